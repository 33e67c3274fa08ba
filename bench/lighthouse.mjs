// Lighthouse through its Node API: the default config (mobile form factor, simulated throttling of a
// mid-range phone on slow 4G), one fresh Chromium per run, median of the runs. Several pages are measured
// in turn (the app, then a plain static page of the same server, then the app again...), so that a
// slow spell of this shared machine falls on both rather than on one.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { median } from './stats.mjs'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

/** The metric audits reported, by the id report.json uses. */
export const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  siMs: 'speed-index',
}

/**
 * One Lighthouse run in a fresh Chromium.
 * @param {string} url
 * @param {{ chromePath: string, chromeFlags: string[] }} browser
 */
async function runOnce(url, { chromePath, chromeFlags }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags], logLevel: 'silent' })
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES })
    if (!result) throw new Error('Lighthouse returned no result')
    return result.lhr
  } finally {
    await chrome.kill()
  }
}

/**
 * What one run's report says: category scores (0-100), metrics, and the audits that cost points.
 * @param {import('lighthouse').Result} lhr
 */
export function summarise(lhr) {
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100)]))
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? null]))
  /** Audits that count in a category's score and did not get full marks. */
  const failing = Object.fromEntries(CATEGORIES.map((c) => [
    c,
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => `${ref.id} (${Math.round((lhr.audits[ref.id].score ?? 0) * 100)})`),
  ]))
  /** Performance diagnostics and insights that flag a problem (they carry no weight, but explain the score). */
  const diagnostics = (lhr.categories.performance?.auditRefs ?? [])
    .filter((ref) => ref.weight === 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a && typeof a.score === 'number' && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id}${a.displayValue ? `: ${a.displayValue}` : ''}`)
  return { scores, metrics, failing, diagnostics, warnings: lhr.runWarnings ?? [], runtimeError: lhr.runtimeError?.message ?? null }
}

/** The median and the worst of each figure over the runs: lowest score, highest time. */
function medianAndWorst(all) {
  const values = (pick) => all.map(pick).filter((x) => x !== null)
  const worstOf = (list, higherIsWorse) => (list.length === 0 ? null : higherIsWorse ? Math.max(...list) : Math.min(...list))
  return {
    median: {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, median(values((r) => r.scores[c]))])),
      metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, median(values((r) => r.metrics[k]))])),
    },
    worst: {
      scores: Object.fromEntries(CATEGORIES.map((c) => [c, worstOf(values((r) => r.scores[c]), false)])),
      metrics: Object.fromEntries(Object.keys(METRICS).map((k) => [k, worstOf(values((r) => r.metrics[k]), true)])),
    },
  }
}

/**
 * Runs Lighthouse `runs` times on each page, alternating pages run by run (a, b, a, b...), and takes
 * the median and the worst of each figure separately.
 * @param {{ id: string, url: string }[]} pages
 * @param {{ runs: number, chromePath: string, chromeFlags: string[], log?: (s: string) => void }} options
 * @returns {Promise<Record<string, { url: string, runs: ReturnType<typeof summarise>[], median: object, worst: object }>>}
 */
export async function measureLighthouse(pages, { runs, chromePath, chromeFlags, log = () => {} }) {
  const all = Object.fromEntries(pages.map((p) => [p.id, []]))
  for (let i = 0; i < runs; i++) {
    for (const { id, url } of pages) {
      const started = Date.now()
      const s = summarise(await runOnce(url, { chromePath, chromeFlags }))
      all[id].push(s)
      log(`Lighthouse ${id} run ${i + 1}/${runs}: performance ${s.scores.performance}, a11y ${s.scores.accessibility}, ` +
        `best practices ${s.scores['best-practices']}, SEO ${s.scores.seo}, LCP ${Math.round(s.metrics.lcpMs ?? NaN)} ms, ` +
        `TBT ${Math.round(s.metrics.tbtMs ?? NaN)} ms (${((Date.now() - started) / 1000).toFixed(0)} s)`)
      if (s.runtimeError) log(`Lighthouse ${id} run ${i + 1}: ${s.runtimeError}`)
    }
  }
  return Object.fromEntries(pages.map(({ id, url }) => [id, { url, runs: all[id], ...medianAndWorst(all[id]) }]))
}
