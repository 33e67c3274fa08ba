#!/usr/bin/env node
// The performance benchmark. Builds the app into dist-bench/ with `npm run build` (which must take
// `--outDir`), serves it with gzip on 127.0.0.1 beside a plain static page (bench/plain/, under
// /__plain/), measures both in Debian's Chromium, prints one table (metric | figure | budget | pass |
// note), writes bench/report.json, and exits 1 when a budget is missed. See bench/README.md.
//
//   node bench/run.mjs [--no-build] [--dir dist-bench] [--port 4401] [--lighthouse-runs 3]
//                      [--startup-runs 5] [--inputs 180] [--cycles 20] [--cpu-throttle 1]
//                      [--skip lighthouse,live,link,slider,startup,compare,heap] [--strict]
//                      [--profile DIR]
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  launch, measureCompare, measureHeap, measureLink, measureSlider, measureStartup, measureTimeToLive, probe,
} from './browser.mjs'
import { measureLighthouse } from './lighthouse.mjs'
import { PLAIN_PREFIX, startServer } from './serve.mjs'
import { kb, measureInitialAssets } from './size.mjs'
import { round } from './stats.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const REPORT = join(ROOT, 'bench', 'report.json')

/** The budgets, in one place (bench/README.md says how each figure is measured). */
export const BUDGETS = {
  initialJsGzipBytes: 110_000,
  lighthousePerformance: 98, // median of the runs
  lighthouseTbtMs: 100, // median
  lighthouseLcpRatio: 1.1, // the app's median LCP over the plain page's, measured in the same run
  lighthouseOther: 100, // accessibility, best practices, SEO: median
  timeToLiveAfterPaintMs: 400, // median, CPU not slowed
  timeToLiveAfterPaintSlowMs: 1_200, // median, CPU slowed 4×
  linkWrongFrames: 0, // frames showing a default that the share link overrides, in any run
  sliderP95Ms: 8,
  sliderLongTasks: 0,
  sliderFrameGaps: 0, // gaps over 25 ms between the drag's frames
  startupAddedMs: 100,
  compareMs: 30, // opening, and each update
  // 20 saved-and-deleted scenarios hold ~40 KB of data. Retaining per-cycle component trees, listeners or
  // notices is what a leak looks like, and 20 of those pass 2 MB; GC noise after a forced collection is
  // far below that. See bench/README.md.
  heapGrowthBytes: 2_000_000,
}

/** How much the second time-to-live measurement slows the page's CPU (CDP), like a mid-range phone. */
export const SLOW_CPU = 4

/** Chromium flags needed on this machine (root, no display): no sandbox, no GPU, no calls to Google. */
export const CHROME_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
]

const STEPS = ['lighthouse', 'live', 'link', 'slider', 'startup', 'compare', 'heap']

/** @param {string[]} argv */
function parseArgs(argv) {
  const o = {
    build: true, dir: 'dist-bench', port: 4401, lighthouseRuns: 3, startupRuns: 5, inputs: 180, cycles: 20,
    cpuThrottle: 1, skip: new Set(), strict: false, profile: null,
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  }
  const number = (i, name) => {
    const n = Number(argv[i])
    if (!Number.isFinite(n) || n < 0) throw new Error(`${name} takes a number`)
    return n
  }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--no-build') o.build = false
    else if (a === '--dir') o.dir = argv[++i]
    else if (a === '--port') o.port = number(++i, a)
    else if (a === '--lighthouse-runs') o.lighthouseRuns = number(++i, a)
    else if (a === '--startup-runs') o.startupRuns = number(++i, a)
    else if (a === '--inputs') o.inputs = Math.max(150, number(++i, a))
    else if (a === '--cycles') o.cycles = number(++i, a)
    else if (a === '--cpu-throttle') o.cpuThrottle = number(++i, a)
    else if (a === '--skip') for (const s of argv[++i].split(',')) {
      if (!STEPS.includes(s)) throw new Error(`--skip takes ${STEPS.join(', ')}`)
      o.skip.add(s)
    }
    else if (a === '--strict') o.strict = true
    else if (a === '--profile') o.profile = argv[++i]
    else throw new Error(`Unknown option ${a} (see the top of bench/run.mjs)`)
  }
  return o
}

const log = (s) => console.log(`[bench] ${s}`)

/**
 * Runs a command in the project; its output is shown only if it fails.
 * @param {string} cmd
 * @param {string[]} args
 */
function quietly(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 })
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '')
    process.stderr.write(r.stderr ?? '')
    throw new Error(`${cmd} ${args.join(' ')} failed`)
  }
}

/** Builds the app exactly as production does (`npm run build`, prerendering included) into `dir`. */
function build(dir) {
  log(`npm run build -- --outDir ${dir}`)
  quietly('npm', ['run', 'build', '--', '--outDir', dir])
}

/**
 * What the initial JS is made of, by package and source folder. The production build keeps no source
 * maps, so this builds the app once more with hidden maps (the JS is the same, byte for byte) into a
 * temporary directory and reads them. Best effort: null if that build fails.
 */
function bundleBreakdown() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'cost-gap-bench-maps-'))
  try {
    quietly(process.execPath, ['scripts/build.mjs', '--outDir', tmp, '--quiet', '--hidden-sourcemaps'])
    const parts = new Map()
    for (const { parts: list } of measureInitialAssets(tmp, { modules: true }).modules) {
      for (const p of list ?? []) parts.set(p.group, (parts.get(p.group) ?? 0) + p.bytes)
    }
    const total = [...parts.values()].reduce((a, b) => a + b, 0)
    return [...parts.entries()].map(([group, bytes]) => ({ group, bytes, share: round(bytes / total, 3) })).sort((a, b) => b.bytes - a.bytes)
  } catch (e) {
    log(`no breakdown of the initial JS: ${e instanceof Error ? e.message : e}`)
    return null
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

// ---- rows of the table --------------------------------------------------------------------------------

/** Bytes for people: KB (1,000 bytes, as Vite prints them) below a megabyte, MB above. */
const bytes = (n) => (Math.abs(n) >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : kb(n))

/**
 * One line of the table and of report.json.
 * @param {string} metric
 * @param {number | null} value the figure, in `unit`
 * @param {string} unit
 * @param {{ budget?: string, pass?: boolean | null, note?: string, digits?: number }} [o] pass null: no budget
 */
function row(metric, value, unit, { budget = '', pass = null, note = '', digits = 1 } = {}) {
  const shown = value === null ? '—' : unit === 'bytes' ? bytes(value) : `${round(value, digits)}${unit ? ` ${unit}` : ''}`
  return { metric, value: value === null ? null : round(value, 3), unit, figure: shown, budget, pass, note }
}

/** Rows saying a measurement could not be taken. */
function naRows(metric, r) {
  return [{ metric, value: null, unit: '', figure: r.status === 'error' ? 'error' : 'n/a', budget: '', pass: r.status === 'error' ? false : 'n/a', note: r.reason }]
}

function sizeRows(s) {
  return [
    row('Initial JS (gzip)', s.totals.jsGzip, 'bytes', {
      budget: `≤ ${kb(BUDGETS.initialJsGzipBytes)}`, pass: s.totals.jsGzip <= BUDGETS.initialJsGzipBytes, note: `${s.js.length} files: the app and what it needs to go live (first visit)`,
    }),
    row('Initial JS with saved scenarios (gzip)', s.totals.jsGzipWithSaved, 'bytes', {
      budget: `≤ ${kb(BUDGETS.initialJsGzipBytes)}`, pass: s.totals.jsGzipWithSaved <= BUDGETS.initialJsGzipBytes, note: `+ ${s.whenSaved.length} files that read stored scenarios`,
    }),
    row('Initial CSS (gzip)', s.totals.cssGzip, 'bytes'),
    row('index.html (gzip)', s.totals.html.gzip, 'bytes', { note: 'grows with the prerendered first screen' }),
    row('Lazy JS+CSS (gzip)', s.lazy.reduce((n, x) => n + x.gzip, 0), 'bytes', { note: `${s.lazy.length} chunks` }),
  ]
}

/** Scores of every run, for the note column. */
const runsOf = (page, pick) => page.runs.map(pick).map((x) => (x === null ? '—' : Math.round(x))).join(', ')

function lighthouseRows(lh, runs) {
  const { app, plain } = lh
  const { scores, metrics } = app.median
  const other = (id, label) => row(`Lighthouse ${label} (median)`, scores[id], '', {
    budget: `= ${BUDGETS.lighthouseOther}`, pass: scores[id] === BUDGETS.lighthouseOther, digits: 0,
    note: `runs ${runsOf(app, (r) => r.scores[id])}`,
  })
  const ms = (x) => (x === null ? '—' : `${Math.round(x)} ms`)
  const ratio = metrics.lcpMs !== null && plain.median.metrics.lcpMs ? metrics.lcpMs / plain.median.metrics.lcpMs : null
  return [
    row(`Lighthouse performance (median of ${runs})`, scores.performance, '', {
      budget: `≥ ${BUDGETS.lighthousePerformance}`, pass: scores.performance >= BUDGETS.lighthousePerformance, digits: 0,
      note: `runs ${runsOf(app, (r) => r.scores.performance)}; worst ${app.worst.scores.performance}`,
    }),
    other('accessibility', 'accessibility'),
    other('best-practices', 'best practices'),
    other('seo', 'SEO'),
    row('Lighthouse FCP (median)', metrics.fcpMs, 'ms', { digits: 0, note: `worst ${ms(app.worst.metrics.fcpMs)}` }),
    row('Lighthouse LCP (median)', metrics.lcpMs, 'ms', { digits: 0, note: `worst ${ms(app.worst.metrics.lcpMs)}; budget: ratio to the plain page below` }),
    row('Lighthouse TBT (median)', metrics.tbtMs, 'ms', {
      budget: `≤ ${BUDGETS.lighthouseTbtMs} ms`, pass: metrics.tbtMs <= BUDGETS.lighthouseTbtMs, digits: 0,
      note: `runs ${runsOf(app, (r) => r.metrics.tbtMs)}; worst ${ms(app.worst.metrics.tbtMs)}`,
    }),
    row('Lighthouse CLS (median)', metrics.cls, '', { digits: 3 }),
    row(`Plain page: Lighthouse performance (median of ${runs})`, plain.median.scores.performance, '', {
      digits: 0, note: `runs ${runsOf(plain, (r) => r.scores.performance)}; a11y/BP/SEO ${['accessibility', 'best-practices', 'seo'].map((c) => plain.median.scores[c]).join('/')}`,
    }),
    row('Plain page: Lighthouse FCP (median)', plain.median.metrics.fcpMs, 'ms', { digits: 0, note: `worst ${ms(plain.worst.metrics.fcpMs)}` }),
    row('Plain page: Lighthouse LCP (median)', plain.median.metrics.lcpMs, 'ms', { digits: 0, note: `worst ${ms(plain.worst.metrics.lcpMs)}` }),
    row('Plain page: Lighthouse TBT (median)', plain.median.metrics.tbtMs, 'ms', { digits: 0, note: `worst ${ms(plain.worst.metrics.tbtMs)}` }),
    row('Lighthouse LCP, app / plain page (medians)', ratio, '', {
      budget: `≤ ${BUDGETS.lighthouseLcpRatio}`, pass: ratio !== null && ratio <= BUDGETS.lighthouseLcpRatio, digits: 2,
      note: `${ms(metrics.lcpMs)} / ${ms(plain.median.metrics.lcpMs)}; runs alternate app, plain`,
    }),
  ]
}

/** The time-to-live budget (after first paint, median) at a CPU slowdown, if there is one for it. */
function liveBudgetMs(rate) {
  if (rate === 1) return BUDGETS.timeToLiveAfterPaintMs
  if (rate === SLOW_CPU) return BUDGETS.timeToLiveAfterPaintSlowMs
  return null
}

/** Rows of a time-to-live measurement at CPU slowdown `rate`. */
const liveRows = (rate) => (r) => {
  const cpu = rate > 1 ? `, CPU ${rate}×` : ''
  if (r.status !== 'ok') return naRows(`Time to live${cpu}`, r)
  const budget = liveBudgetMs(rate)
  return [
    row(`Time to live${cpu}, from navigation (median of ${r.runs})`, r.fromNavigation.median, 'ms', {
      digits: 0, note: `worst ${Math.round(r.fromNavigation.worst)} ms; runs ${r.fromNavigation.all.join(', ')}`,
    }),
    row(`Time to live${cpu}, after first paint (median)`, r.afterPaint.median, 'ms', {
      digits: 0, budget: budget === null ? '' : `≤ ${budget.toLocaleString('en')} ms`, pass: budget === null ? null : r.afterPaint.median <= budget,
      note: `worst ${Math.round(r.afterPaint.worst)} ms; FCP ${Math.round(r.fcp.median)} ms (median)`,
    }),
  ]
}

function linkRows(r) {
  if (r.status !== 'ok') return naRows('Link: first correct frame', r)
  return [
    row(`Link: first correct frame, from navigation (median of ${r.runs})`, r.correct.median, 'ms', {
      digits: 0, note: `worst ${Math.round(r.correct.worst)} ms; runs ${r.correct.all.join(', ')}`,
    }),
    row('Link: wrong frames (most in a run)', r.wrongFrames, '', {
      digits: 0, budget: `= ${BUDGETS.linkWrongFrames}`, pass: r.wrongFrames <= BUDGETS.linkWrongFrames,
      note: `defaults shown before the link's values; runs ${r.wrongFramesAll.join(', ')}`,
    }),
  ]
}

function sliderRows(r) {
  if (r.status !== 'ok') return naRows('Slider drag', r)
  return [
    row(`Slider work per input p50 (${r.inputs} inputs)`, r.p50Ms, 'ms', { note: r.selector }),
    row('Slider work per input p95', r.p95Ms, 'ms', { budget: `≤ ${BUDGETS.sliderP95Ms} ms`, pass: r.p95Ms <= BUDGETS.sliderP95Ms, note: `max ${round(r.maxMs, 1)} ms` }),
    row('Slider long tasks', r.longTasks, '', { budget: `= ${BUDGETS.sliderLongTasks}`, pass: r.longTasks <= BUDGETS.sliderLongTasks, digits: 0 }),
    row('Slider frame gaps > 25 ms', r.frameGaps, '', {
      budget: `= ${BUDGETS.sliderFrameGaps}`, pass: r.frameGaps <= BUDGETS.sliderFrameGaps, digits: 0, note: `median gap ${round(r.medianFrameGapMs, 1)} ms`,
    }),
    row('Slider main-thread time per input', r.mainThreadMsPerInput, 'ms', { note: 'CDP TaskDuration / inputs' }),
  ]
}

function startupRows(r) {
  if (r.status !== 'ok') return naRows('Start-up', r)
  return [
    row('Start-up, 0 saved scenarios (median)', r.none.readyMs, 'ms', { digits: 0, note: `runs ${r.none.all.join(', ')}; FCP ${round(r.none.fcpMs, 0)} ms` }),
    row(`Start-up, ${r.scenarios} saved scenarios (median)`, r.many.readyMs, 'ms', { digits: 0, note: `runs ${r.many.all.join(', ')}; ${r.many.listed} listed` }),
    row(`Start-up added by ${r.scenarios} scenarios`, r.addedMs, 'ms', {
      budget: `≤ ${BUDGETS.startupAddedMs} ms`, pass: r.addedMs <= BUDGETS.startupAddedMs, digits: 0,
      note: `main-thread time added ${round(r.addedMainThreadMs, 0)} ms`,
    }),
  ]
}

function compareRows(r) {
  if (r.status !== 'ok') return naRows('Comparison of 6 scenarios', r)
  return [
    row('Compare 6: open', r.openMs, 'ms', { budget: `≤ ${BUDGETS.compareMs} ms`, pass: r.openMs <= BUDGETS.compareMs }),
    row('Compare 6: update (untick/tick, median)', r.updateMs, 'ms', {
      budget: `≤ ${BUDGETS.compareMs} ms`, pass: r.updateMs <= BUDGETS.compareMs, note: `max ${round(r.updateMaxMs, 1)} ms`,
    }),
    r.sliderUpdateMs === null
      ? row('Compare 6: update on slider input', null, '', { note: r.sliderNote })
      : row('Compare 6: update on slider input (median)', r.sliderUpdateMs, 'ms', { budget: `≤ ${BUDGETS.compareMs} ms`, pass: r.sliderUpdateMs <= BUDGETS.compareMs }),
  ]
}

function heapRows(r) {
  if (r.status !== 'ok') return naRows('JS heap, save/delete cycles', r)
  return [
    row('JS heap before cycles (after GC)', r.beforeBytes, 'bytes'),
    row(`JS heap after ${r.cycles} save/delete cycles`, r.afterBytes, 'bytes'),
    row('JS heap growth', r.growthBytes, 'bytes', { budget: `≤ ${bytes(BUDGETS.heapGrowthBytes)}`, pass: r.growthBytes <= BUDGETS.heapGrowthBytes }),
  ]
}

/** Prints the rows as an aligned text table. */
function printTable(rows) {
  const status = (p) => (p === true ? 'ok' : p === false ? 'FAIL' : p === 'n/a' ? 'n/a' : '')
  const cells = rows.map((r) => [r.metric, r.figure, r.budget, status(r.pass), r.note])
  const head = ['metric', 'figure', 'budget', 'pass', 'note']
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)))
  widths[4] = Math.min(widths[4], 64)
  const line = (c) => c.map((x, i) => String(x).slice(0, i === 4 ? 64 : undefined).padEnd(widths[i])).join(' | ').trimEnd()
  console.log(line(head))
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'))
  for (const c of cells) console.log(line(c))
}

// ---- main -------------------------------------------------------------------------------------------

async function main() {
  const o = parseArgs(process.argv.slice(2))
  const startedAt = new Date()
  const loadAtStart = os.loadavg().map((x) => round(x, 2))
  const t0 = Date.now()
  if (!existsSync(o.chromePath)) throw new Error(`No Chromium at ${o.chromePath}: apt-get install -y chromium, or set CHROME_PATH.`)
  const dir = join(ROOT, o.dir)
  if (o.build) build(o.dir)

  const size = measureInitialAssets(dir)
  size.breakdown = bundleBreakdown()
  const rows = [...sizeRows(size)]
  const details = { size, warnings: [] }
  const warn = (s) => {
    details.warnings.push(s)
    console.warn(`[bench] warning: ${s}`)
  }

  const server = await startServer({ dir, port: o.port })
  log(`serving ${relative(ROOT, dir)} on ${server.url} (gzip)`)
  const browser = await launch({ chromePath: o.chromePath, chromeFlags: CHROME_FLAGS })
  const common = { baseUrl: server.url, cpuThrottle: o.cpuThrottle }
  try {
    details.chromium = browser.version()
    const features = await probe(browser, common)
    details.features = features
    for (const p of features.problems) warn(`on load: ${p}`)

    if (!o.skip.has('lighthouse')) {
      // The app and the plain page in turn, so that both see the same spells of a busy machine.
      const pages = [{ id: 'app', url: `${server.url}/` }, { id: 'plain', url: `${server.url}${PLAIN_PREFIX}` }]
      details.lighthouse = await measureLighthouse(pages, { runs: o.lighthouseRuns, chromePath: o.chromePath, chromeFlags: CHROME_FLAGS, log })
      rows.push(...lighthouseRows(details.lighthouse, o.lighthouseRuns))
    }
    const runs = o.startupRuns
    // A CPU profile of what is measured, to open in Chromium's DevTools (Performance, Load profile).
    const profileFile = (name) => (o.profile ? join(o.profile, `${name}.cpuprofile`) : null)
    if (o.profile) mkdirSync(o.profile, { recursive: true })
    // [the --skip name, the key in report.json, what the log says, the measurement, its rows]
    const steps = [
      ['live', 'live', 'time to live', () => measureTimeToLive(browser, { ...common, runs }), liveRows(o.cpuThrottle)],
      ['live', 'liveSlowCpu', `time to live, CPU ${SLOW_CPU}×`, () => measureTimeToLive(browser, { ...common, runs, cpuThrottle: SLOW_CPU }), liveRows(SLOW_CPU)],
      ['link', 'link', 'first correct frame with a share link', () => measureLink(browser, { ...common, runs }), linkRows],
      ['slider', 'slider', 'slider drag', () => measureSlider(browser, { ...common, selector: features.slider, inputs: o.inputs, profile: profileFile('slider') }), sliderRows],
      ['startup', 'startup', 'start-up with 0 and 1,000 scenarios', () => measureStartup(browser, { ...common, runs, features, many: 1000 }), startupRows],
      ['compare', 'compare', 'comparison of 6 scenarios', () => measureCompare(browser, { ...common, compareButton: features.compareButton, selector: features.slider, repeats: 10, profile: profileFile('compare') }), compareRows],
      ['heap', 'heap', 'heap across save/delete cycles', () => measureHeap(browser, { ...common, nameField: features.nameField, saveButton: features.saveButton, cycles: o.cycles }), heapRows],
    ]
    for (const [id, key, label, measure, toRows] of steps) {
      if (o.skip.has(id)) continue
      log(label)
      let r
      try {
        r = await measure()
      } catch (e) {
        r = { status: 'error', reason: e instanceof Error ? e.message.split('\n')[0] : String(e) }
      }
      details[key] = r
      if (r.status === 'n/a') warn(`${label}: n/a, ${r.reason}`)
      if (r.status === 'error') warn(`${label}: could not be measured: ${r.reason}`)
      for (const w of [...(r.warnings ?? []), ...(r.problems ?? []).map((p) => `${label}: ${p}`)]) warn(w)
      rows.push(...toRows(r))
    }
  } finally {
    await browser.close()
    await server.close()
  }

  const failed = rows.filter((r) => r.pass === false || (o.strict && r.pass === 'n/a'))
  const report = {
    date: startedAt.toISOString(),
    durationS: Math.round((Date.now() - t0) / 1000),
    pass: failed.length === 0,
    machine: {
      cores: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, memoryGB: round(os.totalmem() / 2 ** 30, 1),
      loadAverageAtStart: loadAtStart, loadAverage: os.loadavg().map((x) => round(x, 2)), node: process.version, platform: `${os.platform()} ${os.release()}`,
    },
    chromium: details.chromium ?? null,
    options: { ...o, skip: [...o.skip] },
    budgets: BUDGETS,
    rows,
    details,
  }
  writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`)

  console.log('')
  printTable(rows)
  if (details.lighthouse) {
    // The audits that cost points, from the app's run whose performance score is the median one.
    const { runs, median } = details.lighthouse.app
    const typical = runs.find((r) => r.scores.performance === median.scores.performance) ?? runs[0]
    for (const [category, audits] of Object.entries(typical?.failing ?? {})) {
      if (audits.length > 0) console.log(`Lighthouse ${category}, audits short of full marks (median run): ${audits.join(', ')}`)
    }
    if (typical?.diagnostics.length > 0) console.log(`Lighthouse diagnostics (median run): ${typical.diagnostics.join('; ')}`)
    // The plain page is the baseline: anything it loses points on is a flaw of the page, to fix in bench/plain/.
    const plainFailing = [...new Set(details.lighthouse.plain.runs.flatMap((run) => Object.values(run.failing).flat().map((a) => a.replace(/ \(\d+\)$/, ''))))]
      .filter((a) => !/^(first-contentful-paint|largest-contentful-paint|speed-index|total-blocking-time|interactive|cumulative-layout-shift)\b/.test(a))
    if (plainFailing.length > 0) console.log(`Plain page, non-timing audits short of full marks: ${plainFailing.join(', ')}`)
  }
  if (size.breakdown) {
    const top = size.breakdown.filter((p) => p.share >= 0.02).map((p) => `${p.group} ${Math.round(p.share * 100)}%`)
    console.log(`Initial JS by origin (minified bytes): ${top.join(', ')}`)
  }
  console.log(`\n${report.machine.cores} cores, load ${loadAtStart[0]} at start and ${report.machine.loadAverage[0]} at the end (1 min), ${report.chromium}; ${report.durationS} s. Report: ${relative(ROOT, REPORT)}`)
  console.log(failed.length === 0 ? 'All measured budgets met.' : `Budgets missed: ${failed.map((r) => r.metric).join('; ')}`)
  return failed.length === 0 ? 0 : 1
}

main().then((code) => process.exit(code), (e) => {
  console.error(`[bench] ${e instanceof Error ? e.message : e}`)
  process.exit(2)
})
