// The in-browser measurements, with Playwright driving Debian's Chromium through the app's automation
// hooks (SPEC section 4): slider drag, start-up with 0 and 1,000 saved scenarios, a 6-scenario
// comparison, and the JS heap across save/delete cycles. Each measurement opens a fresh browser context
// (empty storage, cold cache) and returns { status: 'ok' | 'n/a' | 'error', reason?, ...figures }.
import { chromium } from '@playwright/test'
import { installPageHelpers } from './page-helpers.mjs'
import { CORRUPT_KEY, SEEDED_PREFIX, seededName, storageEntries } from './seed.mjs'
import { max, median, percentile } from './stats.mjs'

/** One frame at 60 Hz, and the gap between two frames beyond which a frame counts as dropped. */
export const FRAME_MS = 1000 / 60
export const DROPPED_GAP_MS = 1.5 * FRAME_MS

export const SLIDER_SELECTORS = [
  'input[type=range][data-assumption="workload.tokens"]',
  'input[type=range][data-assumption]',
]

/**
 * Launches Chromium the way the end-to-end tests do.
 * @param {{ chromePath: string, chromeFlags: string[] }} o
 */
export function launch({ chromePath, chromeFlags }) {
  return chromium.launch({ executablePath: chromePath, args: ['--headless', ...chromeFlags] })
}

/**
 * A fresh context and page. Seeds localStorage with `scenarios` saved scenarios first (on a page of the
 * same origin, so that writing 1 MB of storage is not counted in the start-up), then installs the page
 * helpers for the next navigation.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, scenarios?: number, cpuThrottle?: number, helpers?: object }} o
 */
async function openPage(browser, { baseUrl, scenarios = 0, cpuThrottle = 1, helpers = {} }) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const problems = []
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`))
  page.on('dialog', (d) => d.accept())
  // Storage is written from a blank page of the same origin (served by Playwright, not the app), with
  // the same steps with or without scenarios, so that both start-ups see the same connection state.
  const blank = `${baseUrl}/__bench-blank`
  await page.route(blank, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><title>blank</title><link rel="icon" href="data:,">',
  }))
  await page.goto(blank)
  await page.unroute(blank)
  await page.evaluate((entries) => {
    localStorage.clear()
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v)
  }, storageEntries(scenarios))
  await page.addInitScript(installPageHelpers, helpers)
  const cdp = await context.newCDPSession(page)
  if (cpuThrottle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottle })
  return { context, page, cdp, problems }
}

/**
 * Loads the app and waits until it has mounted and the network is quiet (lazy chunks loaded).
 * @param {import('@playwright/test').Page} page
 */
async function loadApp(page) {
  await page.goto('/', { waitUntil: 'load' })
  await page.waitForFunction(() => {
    const root = document.querySelector('[data-v-app]') ?? document.getElementById('app')
    return Boolean(root && root.__vue_app__)
  }, null, { timeout: 15_000 })
  await page.waitForLoadState('networkidle').catch(() => {})
}

/** The first selector that matches an element, or null. */
async function firstPresent(page, selectors) {
  for (const s of selectors) if (await page.locator(s).count() > 0) return s
  return null
}

/**
 * What the app offers today: which hooks are present, and whether a scenario seeded in storage shows up
 * in the saved list (a checkbox labelled with its name). Decides what is measured and what is n/a.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string }} o
 */
export async function probe(browser, o) {
  const { context, page, problems } = await openPage(browser, { ...o, scenarios: 1 })
  try {
    await loadApp(page)
    const has = async (s) => (await page.locator(s).count()) > 0
    return {
      // Saved scenarios may be read only once the page has hydrated: give them a moment.
      listsSaved: await page.getByRole('checkbox', { name: seededName(0) }).waitFor({ timeout: 5000 }).then(() => true, () => false),
      slider: await firstPresent(page, SLIDER_SELECTORS),
      assumption: await has('[data-assumption]'),
      result: await has('[data-result]'),
      nameField: await has('[data-field="scenario-name"]'),
      saveButton: await has('[data-action="save-scenario"]'),
      compareButton: await has('[data-action="compare"]'),
      problems,
    }
  } finally {
    await context.close()
  }
}

/** Main-thread task time so far, in ms (CDP Performance domain). */
async function taskMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics')
  return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0)
}

// ---- slider drag ------------------------------------------------------------------------------------

/**
 * Runs inside the page: drags a range input once per frame (60 Hz), each input dispatched at the start
 * of a frame as Chromium does with rAF-aligned input, and times each input from dispatch to the end of
 * the frame that shows it (rAF, then a task posted from it: style, layout and paint are done by then).
 * Also records the frame timestamps and the long tasks during the drag.
 */
export async function dragInPage({ selector, warmup, count }) {
  const el = document.querySelector(selector)
  const lo = Number(el.min || 0)
  const hi = Number(el.max || 100)
  const step = el.step === 'any' || !Number(el.step) ? (hi - lo) / 1000 : Number(el.step)
  const positions = Math.round((hi - lo) / step)
  // A triangle wave over the middle 40 % of the track, some 40 steps per sweep: every input changes the value.
  const from = Math.round(positions * 0.3)
  const to = Math.round(positions * 0.7)
  const stride = Math.max(1, Math.round((to - from) / 40))
  let k = Math.round((from + to) / 2)
  let direction = 1
  const nextValue = () => {
    if (k + direction * stride > to || k + direction * stride < from) direction = -direction
    k += direction * stride
    return String(lo + k * step)
  }

  const longTasks = []
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries()))
  observer.observe({ type: 'longtask' })
  el.scrollIntoView({ block: 'center' })
  el.focus()
  await window.__bench.afterNextFrame()

  const works = []
  const frames = []
  let started = 0
  await new Promise((resolve) => {
    let i = 0
    const tick = (frameTime) => {
      if (i === warmup + count) {
        window.__bench.afterNextFrame().then(resolve)
        return
      }
      requestAnimationFrame(tick) // first, so the next input goes out on the very next frame
      const index = i++
      if (index === warmup) started = performance.now()
      const t0 = performance.now()
      el.value = nextValue()
      el.dispatchEvent(new Event('input', { bubbles: true }))
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        if (index >= warmup) {
          works.push(performance.now() - t0)
          frames.push(frameTime)
        }
      }
      channel.port2.postMessage(null)
    }
    requestAnimationFrame(tick)
  })
  el.dispatchEvent(new Event('change', { bubbles: true }))
  await new Promise((r) => setTimeout(r, 100)) // long-task entries arrive asynchronously
  longTasks.push(...observer.takeRecords())
  observer.disconnect()
  return {
    works,
    frames,
    longTasks: longTasks.filter((t) => t.startTime >= started).map((t) => ({ startMs: t.startTime - started, durationMs: t.duration })),
  }
}

/**
 * The slider drag: ≥150 inputs at 60 Hz on workload.tokens (or the first slider).
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, selector: string | null, inputs: number, cpuThrottle: number }} o
 */
export async function measureSlider(browser, o) {
  if (!o.selector) return { status: 'n/a', reason: 'no slider: no input[type=range][data-assumption] in the page' }
  const { context, page, cdp, problems } = await openPage(browser, o)
  try {
    await loadApp(page)
    await page.locator(o.selector).first().scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle').catch(() => {}) // charts that load when scrolled into view
    await page.waitForTimeout(300)
    await cdp.send('Performance.enable')
    const before = await taskMs(cdp)
    const r = await page.evaluate(dragInPage, { selector: o.selector, warmup: 15, count: o.inputs })
    const mainThreadMs = (await taskMs(cdp)) - before
    const gaps = r.frames.slice(1).map((t, i) => t - r.frames[i])
    return {
      status: 'ok',
      selector: o.selector,
      inputs: r.works.length,
      p50Ms: percentile(r.works, 50),
      p95Ms: percentile(r.works, 95),
      maxMs: max(r.works),
      longTasks: r.longTasks.length,
      longTaskList: r.longTasks,
      droppedFrames: gaps.filter((g) => g > DROPPED_GAP_MS).length,
      medianFrameGapMs: median(gaps),
      mainThreadMsPerInput: mainThreadMs / (r.works.length + 15),
      problems,
    }
  } finally {
    await context.close()
  }
}

// ---- start-up ---------------------------------------------------------------------------------------

/**
 * One start-up: navigation start to the frame after the app is ready (see page-helpers.mjs).
 * @returns {Promise<{ readyMs: number, frameMs: number, fcpMs: number | null, mainThreadMs: number, listed: number, setAside: boolean }>}
 */
async function startupOnce(browser, o, scenarios) {
  // Any seeded name will do: the list may be paged or sorted newest first.
  const expectText = scenarios > 0 && o.listsSaved ? SEEDED_PREFIX : null
  const { context, page, cdp, problems } = await openPage(browser, {
    ...o, scenarios, helpers: { startup: true, readySelectors: o.readySelectors, expectText },
  })
  try {
    await cdp.send('Performance.enable')
    const before = await taskMs(cdp)
    await page.goto('/', { waitUntil: 'commit' })
    const handle = await page.waitForFunction(() => window.__bench?.startup, null, { timeout: 20_000 }).catch(() => null)
    if (!handle) throw new Error(`the app never became ready${expectText ? ` with "${expectText}" listed` : ''} (20 s)`)
    const { readyMs, frameMs } = await handle.jsonValue()
    await page.waitForLoadState('networkidle').catch(() => {})
    const mainThreadMs = (await taskMs(cdp)) - before
    const extra = await page.evaluate(([corruptKey, prefix]) => ({
      fcpMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      listed: [...document.querySelectorAll('input[type=checkbox]')]
        .filter((c) => [...(c.labels ?? [])].some((l) => l.textContent.includes(prefix)) || (c.getAttribute('aria-label') ?? '').includes(prefix)).length,
      setAside: localStorage.getItem(corruptKey) !== null,
    }), [CORRUPT_KEY, SEEDED_PREFIX])
    return { readyMs, frameMs, mainThreadMs, ...extra, problems }
  } finally {
    await context.close()
  }
}

/**
 * Start-up with 0 and with 1,000 saved scenarios: `runs` of each, interleaved, after one discarded
 * warm-up of each; the figure is the difference of the medians.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, runs: number, features: Awaited<ReturnType<typeof probe>>, cpuThrottle: number, many: number }} options
 */
export async function measureStartup(browser, { features, ...options }) {
  if (!features.result) return { status: 'n/a', reason: 'no [data-result] in the page: no way to tell when the app is ready' }
  // Ready means the same parts, live, in both runs: a result, and what the app has of a slider and the
  // save button (both in sections that load and hydrate after the first paint).
  const readySelectors = ['[data-result]', features.slider, features.saveButton ? '[data-action="save-scenario"]' : null]
    .filter(Boolean)
  const o = { ...options, readySelectors, listsSaved: features.listsSaved }
  const samples = { 0: [], [o.many]: [] }
  const warnings = new Set()
  if (!o.listsSaved) {
    warnings.add('start-up: a scenario seeded in storage is not listed (no saved list yet, or bench/seed.mjs out of step with ' +
      'src/state/storage.ts): the start-up with scenarios times their reading only, not their rendering')
  }
  for (let i = -1; i < o.runs; i++) {
    const order = i % 2 === 0 ? [0, o.many] : [o.many, 0]
    for (const n of order) {
      const s = await startupOnce(browser, o, n)
      if (i >= 0) samples[n].push(s)
      if (n > 0 && o.listsSaved && s.listed === 0) warnings.add(`start-up: the ${n} seeded scenarios were not listed as checkboxes (is bench/seed.mjs in step with src/state/storage.ts?)`)
      if (n > 0 && s.setAside) warnings.add(`start-up: the app set seeded scenarios aside as corrupt (${CORRUPT_KEY}): fix bench/seed.mjs`)
      for (const p of s.problems) warnings.add(`start-up: ${p}`)
    }
  }
  const summary = (list) => ({
    frameMs: median(list.map((s) => s.frameMs)),
    readyMs: median(list.map((s) => s.readyMs)),
    fcpMs: median(list.map((s) => s.fcpMs).filter((x) => x !== null)),
    mainThreadMs: median(list.map((s) => s.mainThreadMs)),
    listed: median(list.map((s) => s.listed)),
    all: list.map((s) => Math.round(s.frameMs)),
  })
  const none = summary(samples[0])
  const many = summary(samples[o.many])
  return {
    status: 'ok',
    runs: o.runs,
    scenarios: o.many,
    none,
    many,
    addedMs: many.frameMs - none.frameMs,
    addedMainThreadMs: many.mainThreadMs - none.mainThreadMs,
    warnings: [...warnings],
  }
}

// ---- comparison of 6 scenarios ----------------------------------------------------------------------

/**
 * Ticks the checkboxes of the seeded scenarios named `names`.
 * @param {import('@playwright/test').Page} page
 */
async function tick(page, names) {
  for (const name of names) await page.getByRole('checkbox', { name }).check()
}

/**
 * Runs inside the page: times an action until a visible comparison table (a table without checkboxes,
 * so not the saved list) names exactly `expect` of the `names`. `action` is 'compare' (click the
 * compare button) or a scenario name (click its checkbox).
 */
function timeTableInPage({ action, names, expect }) {
  const tableWith = (n) => [...document.querySelectorAll('table')].find((t) => t.checkVisibility() &&
    !t.querySelector('input[type=checkbox]') && names.filter((name) => t.textContent.includes(name)).length === n)
  const target = action === 'compare'
    ? document.querySelector('[data-action="compare"]')
    : [...document.querySelectorAll('input[type=checkbox]')].find((c) =>
      [...(c.labels ?? [])].some((l) => l.textContent.includes(action)) || (c.getAttribute('aria-label') ?? '').includes(action))
  if (!target) return null
  return window.__bench.timeUntil(() => target.click(), () => Boolean(tableWith(expect)))
}

/** Runs inside the page: times a slider input until the comparison table changes (null if it never does). */
function timeSliderOnTableInPage({ selector, names }) {
  const table = () => [...document.querySelectorAll('table')].find((t) => t.checkVisibility() &&
    !t.querySelector('input[type=checkbox]') && names.every((n) => t.textContent.includes(n)))
  const before = table()?.textContent
  if (before === undefined) return null
  const el = document.querySelector(selector)
  const step = Number(el.step) || 1
  const value = Number(el.value)
  el.value = String(value + step <= Number(el.max) ? value + step : value - step)
  return window.__bench.timeUntil(
    () => el.dispatchEvent(new Event('input', { bubbles: true })),
    () => { const t = table(); return Boolean(t) && t.textContent !== before },
    1000,
  )
}

/**
 * Opening a comparison of 6 saved scenarios, then updating it: unticking and ticking one scenario, and
 * moving a slider (which changes the comparison only if it includes the current assumptions).
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, compareButton: boolean, selector: string | null, repeats: number, cpuThrottle: number }} o
 */
export async function measureCompare(browser, o) {
  if (!o.compareButton) return { status: 'n/a', reason: 'no [data-action="compare"] button' }
  const names = Array.from({ length: 6 }, (_, i) => seededName(i))
  const { context, page, problems } = await openPage(browser, { ...o, scenarios: 6 })
  try {
    await loadApp(page)
    const listed = await page.getByRole('checkbox', { name: names[0] }).waitFor({ timeout: 5000 }).then(() => true, () => false)
    if (!listed) {
      return { status: 'n/a', reason: `the 6 seeded scenarios are not listed as checkboxes labelled with their names (storage format of bench/seed.mjs?)` }
    }
    await tick(page, names)
    const open = await page.evaluate(timeTableInPage, { action: 'compare', names, expect: 6 })
    if (!open) return { status: 'error', reason: 'no visible table listing the 6 scenarios within 5 s of clicking compare' }
    const updates = []
    for (let i = 0; i < o.repeats; i++) {
      const off = await page.evaluate(timeTableInPage, { action: names[5], names, expect: 5 })
      const on = await page.evaluate(timeTableInPage, { action: names[5], names, expect: 6 })
      if (!off || !on) return { status: 'error', reason: 'the comparison table did not follow a scenario being unticked and ticked' }
      updates.push(off.frameMs, on.frameMs)
    }
    const slider = []
    if (o.selector) {
      for (let i = 0; i < o.repeats; i++) {
        const r = await page.evaluate(timeSliderOnTableInPage, { selector: o.selector, names })
        if (!r) break
        slider.push(r.frameMs)
      }
    }
    return {
      status: 'ok',
      openMs: open.frameMs,
      updateMs: median(updates),
      updateMaxMs: max(updates),
      sliderUpdateMs: slider.length > 0 ? median(slider) : null,
      sliderNote: slider.length > 0 ? null : 'the comparison table does not change when a slider moves (it compares saved scenarios)',
      problems,
    }
  } finally {
    await context.close()
  }
}

// ---- heap across save/delete cycles -----------------------------------------------------------------

/**
 * Saves the current scenario under `name`, then deletes it with the delete control of its entry.
 * @param {import('@playwright/test').Page} page
 */
async function saveAndDelete(page, name) {
  await page.locator('[data-field="scenario-name"]').first().fill(name)
  await page.locator('[data-action="save-scenario"]').first().click()
  const box = page.getByRole('checkbox', { name })
  await box.waitFor({ timeout: 5000 })
  const entry = box.locator('xpath=ancestor::*[self::li or self::tr or @data-scenario][1]')
  const remove = entry.locator('[data-action="delete-scenario"], [data-action="delete"]')
    .or(entry.getByRole('button', { name: /delete|remove|supprimer|effacer/i })).first()
  await remove.click({ timeout: 5000 })
  await box.waitFor({ state: 'detached', timeout: 5000 })
}

/** JS heap in use after two forced garbage collections, in bytes. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

/**
 * JS heap before and after `cycles` save/delete cycles (after 3 warm-up cycles that fill caches).
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, nameField: boolean, saveButton: boolean, cycles: number }} o
 */
export async function measureHeap(browser, o) {
  if (!o.nameField || !o.saveButton) return { status: 'n/a', reason: 'no [data-field="scenario-name"] and [data-action="save-scenario"]' }
  const { context, page, cdp, problems } = await openPage(browser, { ...o, cpuThrottle: 1 })
  try {
    await loadApp(page)
    try {
      for (let i = 0; i < 3; i++) await saveAndDelete(page, `Bench warm-up ${i + 1}`)
    } catch (e) {
      return { status: 'n/a', reason: `could not save and delete a scenario: ${e.message.split('\n')[0]}` }
    }
    const beforeBytes = await heapAfterGc(cdp)
    for (let i = 0; i < o.cycles; i++) await saveAndDelete(page, `Bench cycle ${String(i + 1).padStart(2, '0')}`)
    const afterBytes = await heapAfterGc(cdp)
    return { status: 'ok', cycles: o.cycles, beforeBytes, afterBytes, growthBytes: afterBytes - beforeBytes, problems }
  } finally {
    await context.close()
  }
}
