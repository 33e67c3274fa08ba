// The in-browser measurements, with Playwright driving Debian's Chromium through the app's `data-*`
// hooks (sliders `data-assumption`, results `data-result` with their figure in `data-value`, buttons
// `data-action`, the name field `data-field`): time to live, the first correct frame with a share link,
// slider drag, start-up with 0 and 1,000 saved scenarios, a 6-scenario comparison, and the JS heap
// across save/delete cycles. Each measurement opens a fresh browser context (empty storage, cold cache)
// and returns { status: 'ok' | 'n/a' | 'error', reason?, ...figures }.
//
// Nothing here relies on how the app starts (framework internals, hydration markers): "live" is judged
// by behaviour, a slider that moves a number (see page-helpers.mjs).
import { writeFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { installPageHelpers } from './page-helpers.mjs'
import { CORRUPT_KEY, SEEDED_PREFIX, seededName, storageEntries } from './seed.mjs'
import { max, median, percentile } from './stats.mjs'

/** One frame at 60 Hz, and the gap between two frames beyond which a frame counts as missed (1.5 frames). */
export const FRAME_MS = 1000 / 60
export const FRAME_GAP_MS = 25

export const SLIDER_SELECTORS = [
  'input[type=range][data-assumption="workload.tokens"]',
  'input[type=range][data-assumption]',
]

/** The slider moved, and the result watched, to tell that the page is live. */
export const LIVE_SLIDER = 'input[type=range][data-assumption="workload.tokens"]'
export const LIVE_RESULT = '[data-result="api.cost.r1"]'
/**
 * Where the visitor of the time-to-live measure goes at first paint: the lens that holds the slider, as
 * the page's navigation takes them there. A slider far below the fold cannot be moved before a visitor
 * gets to it, and an app may build what is far below only as it comes near.
 */
export const LIVE_JUMP = '[data-lens="api"]'
/** How long after navigation a page may take to go live, or to show a link's values, before we give up. */
export const LIVE_TIMEOUT_MS = 20_000

/**
 * The share link of the link measure and the values it must show, against the defaults it overrides.
 * `capex.stargateYears` is in years, `workload.tokens` in tokens a month: Stargate's $500B over 4 years
 * instead of 5 is $125B a year instead of $100B, and twice the tokens double R1's monthly bill, $96 → $192.
 */
export const LINK = {
  fragment: '#v=1&capex.stargateYears=4&workload.tokens=200000000',
  results: [
    { id: 'capex.stargatePerYear', expect: 125e9, fallback: 100e9 },
    { id: 'api.cost.r1', expect: 192, fallback: 96 },
  ],
}

/**
 * Options of the page's live watcher (page-helpers.mjs). To measure, only behaviour counts: a moved
 * slider changes a number. To wait before another measurement, `<html data-live>` set by the app is
 * taken as well, and a slider moved to find out is put back, so that the measurement starts at the defaults.
 * @param {{ measure?: boolean, expectLabel?: string | null }} [o]
 */
export function liveWatch({ measure = false, expectLabel = null } = {}) {
  return {
    slider: LIVE_SLIDER, result: LIVE_RESULT, jumpTo: measure ? LIVE_JUMP : null, expectLabel,
    acceptAttribute: !measure, restore: !measure, timeoutMs: LIVE_TIMEOUT_MS,
  }
}

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
 * helpers for the next navigation (by default, a live watcher to wait with, see loadApp), then slows the
 * page's CPU by `cpuThrottle` (CDP; it holds across the navigation).
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, scenarios?: number, cpuThrottle?: number, helpers?: object }} o
 */
async function openPage(browser, { baseUrl, scenarios = 0, cpuThrottle = 1, helpers = { live: liveWatch() } }) {
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
 * Navigates and waits for what the page's watchers (installed by openPage) resolve to. The watchers
 * give up on their own after LIVE_TIMEOUT_MS, so this always returns.
 * @param {import('@playwright/test').Page} page
 * @param {string} path
 * @param {'live' | 'link'} watcher
 */
async function navigateAndWatch(page, path, watcher) {
  await page.goto(path, { waitUntil: 'commit' })
  // Awaits a promise in the page: no polling from here, which would add work to the frames measured.
  const r = await page.evaluate((name) => window.__bench?.[name] ?? { error: 'the page helpers did not run' }, watcher)
  if (r.error) throw new Error(r.error)
  return r
}

/**
 * Scrolls an element into the viewport, again until it is there: sections away from the viewport are laid
 * out only near it (content-visibility), and a jump into one never shown lands by its placeholder height.
 */
async function scrollToView(locator) {
  for (let i = 0; i < 10; i++) {
    const inView = await locator.evaluate((el) => {
      el.scrollIntoView({ block: 'center' })
      return new Promise((resolve) => {
        const io = new IntersectionObserver(([e]) => (io.disconnect(), resolve(e.isIntersecting)))
        requestAnimationFrame(() => requestAnimationFrame(() => io.observe(el)))
      })
    })
    if (inView) return
  }
  throw new Error('could not scroll the slider into view')
}

/**
 * Loads the app and waits until it is live (the app's `<html data-live>`, or a slider that moves a
 * number, put back at once) and the network is quiet (lazy chunks loaded).
 * @param {import('@playwright/test').Page} page
 * @param {string[]} problems where to say that the slider could not be put back
 */
async function loadApp(page, problems) {
  const live = await navigateAndWatch(page, '/', 'live')
  if (live.restored === false) problems.push(`the slider moved to see that the page is live did not bring ${LIVE_RESULT} back to ${live.baseline}`)
  await page.waitForLoadState('load')
  await page.waitForLoadState('networkidle').catch(() => {})
  return live
}

/** The first selector that matches an element, or null. */
async function firstPresent(page, selectors) {
  for (const s of selectors) if (await page.locator(s).count() > 0) return s
  return null
}

/**
 * What the app offers today: whether it goes live, which hooks are present, whether a scenario seeded
 * in storage shows up in the saved list (a checkbox labelled with its name), and whether the results
 * of the link measure show the defaults it assumes. Decides what is measured and what is n/a.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string }} o
 */
export async function probe(browser, o) {
  const { context, page, problems } = await openPage(browser, { ...o, scenarios: 1 })
  try {
    const live = await loadApp(page, problems).catch((e) => {
      problems.push(e instanceof Error ? e.message : String(e))
      return null
    })
    const has = async (s) => (await page.locator(s).count()) > 0
    for (const { id, fallback } of LINK.results) {
      const shown = await page.locator(`[data-result="${id}"]`).first().getAttribute('data-value', { timeout: 1000 }).catch(() => null)
      if (shown === null) problems.push(`no [data-result="${id}"] with a data-value: the link measure cannot work`)
      else if (Number(shown) !== fallback) problems.push(`[data-result="${id}"] shows ${shown} at the defaults, not ${fallback}: update LINK in bench/browser.mjs`)
    }
    return {
      live: live !== null,
      liveVia: live?.via ?? null,
      // Saved scenarios may be read only once the page is live: give them a moment.
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

/** A sample as report.json keeps it: its problems are reported once, as warnings. */
const withoutProblems = (sample) => Object.fromEntries(Object.entries(sample).filter(([k]) => k !== 'problems'))

/** Median, worst (largest) and every value of a list of times, rounded for the note column. */
function spread(list) {
  return { median: median(list), worst: max(list), all: list.map((x) => Math.round(x)) }
}

// ---- time to live -----------------------------------------------------------------------------------

/**
 * One load of the app: navigation start to the end of the first frame in which a moved slider has
 * changed a number, and the first contentful paint.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, cpuThrottle: number }} o
 */
async function liveOnce(browser, o) {
  const { context, page, problems } = await openPage(browser, { ...o, helpers: { live: liveWatch({ measure: true }) } })
  try {
    const r = await navigateAndWatch(page, '/', 'live')
    return { ...r, afterPaintMs: r.liveMs - r.fcpMs, problems }
  } finally {
    await context.close()
  }
}

/**
 * Time to live, `runs` times after one discarded warm-up (which fills the server's gzip cache and the
 * system's file cache), each in a fresh context at `cpuThrottle`.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, runs: number, cpuThrottle: number }} o
 */
export async function measureTimeToLive(browser, o) {
  const samples = []
  const warnings = new Set()
  const where = o.cpuThrottle > 1 ? `time to live (CPU ${o.cpuThrottle}×)` : 'time to live'
  for (let i = -1; i < o.runs; i++) {
    const s = await liveOnce(browser, o)
    if (i >= 0) samples.push(s)
    for (const p of s.problems) warnings.add(`${where}: ${p}`)
    if (s.disabledAtLive) warnings.add(`${where}: the slider was disabled when it answered: a person could not have moved it yet`)
    // The app's own marker, if it sets one, should not come before the page answers: loadApp trusts it.
    if (s.attributeMs !== null && s.attributeMs < s.liveRafMs - 3 * FRAME_MS) {
      warnings.add(`${where}: <html data-live> was set ${Math.round(s.liveRafMs - s.attributeMs)} ms before the slider answered`)
    }
  }
  return {
    status: 'ok',
    cpuThrottle: o.cpuThrottle,
    runs: o.runs,
    fromNavigation: spread(samples.map((s) => s.liveMs)),
    afterPaint: spread(samples.map((s) => s.afterPaintMs)),
    fcp: spread(samples.map((s) => s.fcpMs)),
    attempts: spread(samples.map((s) => s.attempts)),
    attribute: samples.every((s) => s.attributeMs !== null) ? spread(samples.map((s) => s.attributeMs)) : null,
    samples: samples.map(withoutProblems),
    warnings: [...warnings],
  }
}

// ---- first correct frame with a share link ---------------------------------------------------------

/**
 * One load of the app with the share link: the first frame showing the link's values, and the frames
 * before it that showed the defaults.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, cpuThrottle: number }} o
 */
async function linkOnce(browser, o) {
  const { context, page, problems } = await openPage(browser, { ...o, helpers: { link: { results: LINK.results, timeoutMs: LIVE_TIMEOUT_MS } } })
  try {
    return { ...(await navigateAndWatch(page, `/${LINK.fragment}`, 'link')), problems }
  } finally {
    await context.close()
  }
}

/**
 * The first correct frame with a share link, `runs` times after one discarded warm-up. Nothing is
 * moved: the link alone must bring the page to its values.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, runs: number, cpuThrottle: number }} o
 */
export async function measureLink(browser, o) {
  const samples = []
  const warnings = new Set()
  for (let i = -1; i < o.runs; i++) {
    const s = await linkOnce(browser, o)
    if (i >= 0) samples.push(s)
    for (const p of s.problems) warnings.add(`link: ${p}`)
  }
  return {
    status: 'ok',
    runs: o.runs,
    link: LINK.fragment,
    correct: spread(samples.map((s) => s.correctMs)),
    wrongFrames: max(samples.map((s) => s.wrongFrames)),
    wrongFramesAll: samples.map((s) => s.wrongFrames),
    fcp: spread(samples.map((s) => s.fcpMs)),
    samples: samples.map(withoutProblems),
    warnings: [...warnings],
  }
}

// ---- slider drag ------------------------------------------------------------------------------------

/**
 * Starts a CPU profile of the page when `file` is given (bench's --profile), sampled every 100 µs;
 * the function returned stops it and writes it there, for DevTools. Nothing happens without a file.
 * @param {import('@playwright/test').CDPSession} cdp
 * @param {string | null | undefined} file
 */
async function startProfile(cdp, file) {
  if (!file) return async () => {}
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  return async () => {
    const { profile } = await cdp.send('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
  }
}

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
 * The slider drag, once the page is live: ≥150 inputs at 60 Hz on workload.tokens (or the first slider).
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, selector: string | null, inputs: number, cpuThrottle: number, profile?: string | null }} o
 */
export async function measureSlider(browser, o) {
  if (!o.selector) return { status: 'n/a', reason: 'no slider: no input[type=range][data-assumption] in the page' }
  const { context, page, cdp, problems } = await openPage(browser, o)
  try {
    await loadApp(page, problems)
    await scrollToView(page.locator(o.selector).first())
    await page.waitForLoadState('networkidle').catch(() => {}) // charts that load when scrolled into view
    // Charts near the slider may build and animate once in view: start when frames come steadily.
    if (!(await page.evaluate(() => window.__bench.quiet()))) problems.push('the page never had 10 steady frames in a row before the drag (5 s)')
    await cdp.send('Performance.enable')
    const before = await taskMs(cdp)
    const stopProfile = await startProfile(cdp, o.profile)
    const r = await page.evaluate(dragInPage, { selector: o.selector, warmup: 15, count: o.inputs })
    const mainThreadMs = (await taskMs(cdp)) - before
    await stopProfile()
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
      frameGaps: gaps.filter((g) => g > FRAME_GAP_MS).length,
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
 * One start-up: navigation start to the end of the first frame in which the page is live (a moved
 * slider has changed a number) and, with `scenarios`, a checkbox labelled with a seeded name is in the page.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ baseUrl: string, cpuThrottle: number, listsSaved: boolean }} o
 * @param {number} scenarios
 */
async function startupOnce(browser, o, scenarios) {
  // Any seeded name will do: the list may be paged or sorted newest first.
  const expectLabel = scenarios > 0 && o.listsSaved ? SEEDED_PREFIX : null
  const { context, page, cdp, problems } = await openPage(browser, {
    ...o, scenarios, helpers: { live: liveWatch({ measure: true, expectLabel }) },
  })
  try {
    await cdp.send('Performance.enable')
    const before = await taskMs(cdp)
    const r = await navigateAndWatch(page, '/', 'live').catch((e) => {
      throw new Error(`with ${scenarios} saved scenarios: ${e.message}`)
    })
    await page.waitForLoadState('networkidle').catch(() => {})
    const mainThreadMs = (await taskMs(cdp)) - before
    const extra = await page.evaluate(([corruptKey, prefix]) => ({
      listed: [...document.querySelectorAll('input[type=checkbox]')]
        .filter((c) => [...(c.labels ?? [])].some((l) => l.textContent.includes(prefix)) || (c.getAttribute('aria-label') ?? '').includes(prefix)).length,
      setAside: localStorage.getItem(corruptKey) !== null,
    }), [CORRUPT_KEY, SEEDED_PREFIX])
    return { readyMs: r.readyMs, liveMs: r.liveMs, listedMs: expectLabel ? r.listedMs : null, fcpMs: r.fcpMs, mainThreadMs, ...extra, problems }
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
  const o = { ...options, listsSaved: features.listsSaved }
  const samples = { 0: [], [o.many]: [] }
  const warnings = new Set()
  if (!o.listsSaved) {
    warnings.add('start-up: a scenario seeded in storage is not listed (no saved list yet, or bench/seed.mjs out of step with ' +
      'src/codecs/storage.ts): the start-up with scenarios times their reading only, not their rendering')
  }
  for (let i = -1; i < o.runs; i++) {
    const order = i % 2 === 0 ? [0, o.many] : [o.many, 0]
    for (const n of order) {
      const s = await startupOnce(browser, o, n)
      if (i >= 0) samples[n].push(s)
      if (n > 0 && s.setAside) warnings.add(`start-up: the app set seeded scenarios aside as corrupt (${CORRUPT_KEY}): fix bench/seed.mjs`)
      for (const p of s.problems) warnings.add(`start-up: ${p}`)
    }
  }
  const summary = (list) => ({
    readyMs: median(list.map((s) => s.readyMs)),
    liveMs: median(list.map((s) => s.liveMs)),
    listedMs: o.listsSaved ? median(list.map((s) => s.listedMs).filter((x) => x !== null)) : null,
    fcpMs: median(list.map((s) => s.fcpMs).filter((x) => x !== null)),
    mainThreadMs: median(list.map((s) => s.mainThreadMs)),
    listed: median(list.map((s) => s.listed)),
    all: list.map((s) => Math.round(s.readyMs)),
  })
  const none = summary(samples[0])
  const many = summary(samples[o.many])
  return {
    status: 'ok',
    runs: o.runs,
    scenarios: o.many,
    none,
    many,
    addedMs: many.readyMs - none.readyMs,
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
 * Runs inside the page: times an action until a comparison table a person can see (a table without
 * checkboxes, so not the saved list) names exactly `expect` of the `names`. `action` is 'compare' (click
 * the compare button) or a scenario name (click its checkbox). The tables are looked at once before the
 * action: whatever the page left to lay out before it (the sections away from the viewport, after the
 * slider moved to see that the page is live) is not the action's.
 */
function timeTableInPage({ action, names, expect }) {
  // A table a person can see: rendered, and larger than the 1 px box of a visually hidden one (a chart's
  // data table for screen readers lists the same names, and is not what a person waits for).
  const seen = (t) => t.checkVisibility() && t.getBoundingClientRect().width > 1 && t.getBoundingClientRect().height > 1
  const tableWith = (n) => [...document.querySelectorAll('table')].find((t) => seen(t) &&
    !t.querySelector('input[type=checkbox]') && names.filter((name) => t.textContent.includes(name)).length === n)
  tableWith(expect)
  const target = action === 'compare'
    ? document.querySelector('[data-action="compare"]')
    : [...document.querySelectorAll('input[type=checkbox]')].find((c) =>
      [...(c.labels ?? [])].some((l) => l.textContent.includes(action)) || (c.getAttribute('aria-label') ?? '').includes(action))
  if (!target) return null
  return window.__bench.timeUntil(() => target.click(), () => Boolean(tableWith(expect)))
}

/** Runs inside the page: times a slider input until the comparison table changes (null if it never does). */
function timeSliderOnTableInPage({ selector, names }) {
  const seen = (t) => t.checkVisibility() && t.getBoundingClientRect().width > 1 && t.getBoundingClientRect().height > 1
  const table = () => [...document.querySelectorAll('table')].find((t) => seen(t) &&
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
  const { context, page, cdp, problems } = await openPage(browser, { ...o, scenarios: 6 })
  try {
    await loadApp(page, problems)
    const listed = await page.getByRole('checkbox', { name: names[0] }).waitFor({ timeout: 5000 }).then(() => true, () => false)
    if (!listed) {
      return { status: 'n/a', reason: `the 6 seeded scenarios are not listed as checkboxes labelled with their names (storage format of bench/seed.mjs?)` }
    }
    await tick(page, names)
    const stopProfile = await startProfile(cdp, o.profile)
    const open = await page.evaluate(timeTableInPage, { action: 'compare', names, expect: 6 })
    if (!open) return { status: 'error', reason: 'no visible table listing the 6 scenarios within 5 s of clicking compare' }
    const updates = []
    for (let i = 0; i < o.repeats; i++) {
      const off = await page.evaluate(timeTableInPage, { action: names[5], names, expect: 5 })
      const on = await page.evaluate(timeTableInPage, { action: names[5], names, expect: 6 })
      if (!off || !on) return { status: 'error', reason: 'the comparison table did not follow a scenario being unticked and ticked' }
      updates.push(off.frameMs, on.frameMs)
    }
    await stopProfile()
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
    await loadApp(page, problems)
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
