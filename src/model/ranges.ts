/**
 * How far each result can go: its range, and its sensitivity to each assumption (a tornado chart).
 *
 * Every assumption has a span: its plausible low and high, in its base unit (the ledger's range). A span
 * of a single point (a published price, the visitor's own workload) has no spread: it follows the slider,
 * whatever the value. A wider span always takes in the assumption's current value: a slider moved past
 * one of its ends stretches it that way.
 *
 * The model is monotone in each assumption taken on its own: with the others fixed, moving one never
 * makes a result go up and then down. (Its results are sums, products and quotients of assumptions;
 * tests/unit/model/ranges.test.ts checks it for every pair of result and assumption, and lists the pairs
 * where it does not hold: Epoch AI's hardware cost against the rate at which hardware loses value, which
 * turns round only for runs of years.) So the
 * result at the two ends of one assumption's span, the others as they are (its *swing*), says which end
 * lowers the result and which raises it: one evaluation per end and per assumption, shared by every
 * result. A result's range is then the result with every assumption at the end that lowers it, and with
 * every assumption at the end that raises it.
 *
 * Where one assumption's direction depends on another's value (a larger share of output tokens raises a
 * bill while output is dearer than input, and lowers it otherwise), those two corners may not be the
 * result's lowest and highest within the spans. A range never leaves out what was evaluated, though: it
 * always holds the current value and every swing, so `low ≤ value ≤ high`.
 */
import { ASSUMPTION_IDS, RESULT_IDS, type AssumptionId, type Assumptions, type Ratio, type ResultId, type Results } from './types.ts'

/** The plausible low and high of an assumption, in its base unit. */
export interface Span {
  readonly low: number
  readonly high: number
}

/** The spans of the assumptions that have one (those without are taken as exact). */
export type Spans = Readonly<Partial<Record<AssumptionId, Span>>>

/** The lowest and highest values of a result over the spans, in its base unit. */
export interface ResultRange {
  readonly low: number
  readonly high: number
}

/** One assumption moved to each end of its span, every other at its current value. */
export interface Swing {
  readonly id: AssumptionId
  /** The two ends: the span, stretched to take in the current value. */
  readonly low: number
  readonly high: number
  readonly atLow: Results
  readonly atHigh: Results
}

export interface Spread {
  /** The results at the current values. */
  readonly results: Results
  /** One per assumption whose (stretched) span is wider than a point, in the app's order. */
  readonly swings: readonly Swing[]
  /** Each result's range; `null` where the result itself has no value ("no ratio"). */
  readonly ranges: Readonly<Record<ResultId, ResultRange | null>>
}

/** One bar of a tornado chart: a result with one assumption at each end of its span. */
export interface SensitivityBar {
  readonly id: AssumptionId
  /** The assumption's two ends (see {@link Swing}). */
  readonly low: number
  readonly high: number
  /** The result with the assumption at its low end, and at its high end. */
  readonly atLow: number
  readonly atHigh: number
  /** How far apart those two are: `|atHigh − atLow|`. */
  readonly swing: number
}

/**
 * An assumption's span at its current value: the value alone when the span is a point (or there is
 * none), the span stretched to take in the value otherwise.
 */
export function stretchedSpan(span: Span | undefined, value: number): Span {
  if (!span || span.low === span.high) return { low: value, high: value }
  return { low: Math.min(span.low, value), high: Math.max(span.high, value) }
}

/**
 * +1 when the result rises from the low end to the high end, −1 when it falls, 0 when it stays (within
 * `tolerance`, a share of its size) or has no value at either end.
 */
function direction(atLow: Ratio, atHigh: Ratio, tolerance = 0): -1 | 0 | 1 {
  if (atLow === null || atHigh === null) return 0
  const slack = tolerance * Math.max(Math.abs(atLow), Math.abs(atHigh))
  if (atHigh - atLow > slack) return 1
  if (atLow - atHigh > slack) return -1
  return 0
}

/** A swing smaller than this share of the result is rounding (an input that cancels out), not a bar. */
const ROUNDING = 1e-12

/** The lowest of a value and others that may have none (`null`): `null` only when the value has none. */
function lower(value: Ratio, x: Ratio, y: Ratio): Ratio {
  let low = value
  if (low !== null && x !== null && x < low) low = x
  if (low !== null && y !== null && y < low) low = y
  return low
}

/** The highest of a value and others that may have none (`null`): `null` only when the value has none. */
function higher(value: Ratio, x: Ratio, y: Ratio): Ratio {
  let high = value
  if (high !== null && x !== null && x > high) high = x
  if (high !== null && y !== null && y > high) high = y
  return high
}

/** Which end of each swing a corner takes: 0 either (the result does not move), 1 the low end, 2 the high end. */
type Corner = Uint8Array

/**
 * Folds the corners that do not contradict one another into one, so that results which move with
 * different assumptions share an evaluation: a corner takes the ends its results need, and leaves the
 * rest at their current values.
 */
function mergeCorners(wanted: readonly Corner[]): { corners: Corner[]; of: number[] } {
  const corners: Corner[] = []
  const fits = (corner: Corner, want: Corner) => {
    for (let k = 0; k < want.length; k++) if (want[k] !== 0 && corner[k] !== 0 && corner[k] !== want[k]) return false
    return true
  }
  const of = wanted.map((want) => {
    if (want.every((end) => end === 0)) return -1
    let i = corners.findIndex((c) => fits(c, want))
    if (i < 0) i = corners.push(new Uint8Array(want.length)) - 1
    const corner = corners[i]!
    for (let k = 0; k < want.length; k++) if (want[k] !== 0) corner[k] = want[k]!
    return i
  })
  return { corners, of }
}

/**
 * Every result's range and each assumption's swing (see the module's comment). Costs two evaluations
 * of the model per assumption whose span is wider than a point (one when its value sits at an end), and
 * one per corner that the ranges need, most of them shared between results.
 * @param compute the model (`computeResults`), told which assumptions differ from `a` (a model in parts
 *   may recompute only the parts that read them)
 * @param results the results at `a`, when already computed
 */
export function spreadOf(
  a: Assumptions,
  spans: Spans,
  compute: (a: Assumptions, moved: readonly AssumptionId[]) => Results,
  results: Results = compute(a, []),
): Spread {
  // Every set of assumptions evaluated here is a copy of one plain object: the model then reads objects
  // of a single shape, which V8 reads fastest (the store's values are a reactive proxy).
  const base: Assumptions = { ...a }
  const swings: Swing[] = []
  for (const id of ASSUMPTION_IDS) {
    const { low, high } = stretchedSpan(spans[id], base[id])
    if (low === high) continue
    const moved = [id]
    const at = (v: number) => (v === base[id] ? results : compute({ ...base, [id]: v }, moved))
    swings.push({ id, low, high, atLow: at(low), atHigh: at(high) })
  }

  // Per result (by its index in RESULT_IDS): the lowest and highest values seen so far, and the corner
  // that lowers it and the one that raises it. Each swing's results are read once, into arrays.
  const n = RESULT_IDS.length
  const lows = RESULT_IDS.map((r) => results[r])
  const highs = lows.slice()
  const wanted: Corner[] = []
  for (let i = 0; i < 2 * n; i++) wanted.push(new Uint8Array(swings.length))
  swings.forEach((s, k) => {
    for (let i = 0; i < n; i++) {
      const r = RESULT_IDS[i]!
      const atLow = s.atLow[r]
      const atHigh = s.atHigh[r]
      lows[i] = lower(lows[i]!, atLow, atHigh)
      highs[i] = higher(highs[i]!, atLow, atHigh)
      const d = direction(atLow, atHigh)
      if (d !== 0) {
        wanted[2 * i]![k] = d > 0 ? 1 : 2
        wanted[2 * i + 1]![k] = d > 0 ? 2 : 1
      }
    }
  })
  const { corners, of } = mergeCorners(wanted)
  const atCorner = corners.map((corner) => {
    const values: Record<AssumptionId, number> = { ...base }
    const moved: AssumptionId[] = []
    corner.forEach((end, k) => {
      const s = swings[k]!
      if (end !== 0) {
        values[s.id] = end === 1 ? s.low : s.high
        moved.push(s.id)
      }
    })
    return compute(values, moved)
  })

  const ranges = {} as Record<ResultId, ResultRange | null>
  RESULT_IDS.forEach((r, i) => {
    if (results[r] === null) {
      ranges[r] = null
      return
    }
    const down = atCorner[of[2 * i]!]?.[r] ?? null
    const up = atCorner[of[2 * i + 1]!]?.[r] ?? null
    ranges[r] = { low: lower(lows[i]!, down, up)!, high: higher(highs[i]!, down, up)! }
  })
  return { results, swings, ranges }
}

/**
 * What moves a result most: one bar per assumption that moves it, with the result at each end of the
 * assumption's span, the largest swings first (ties in the app's order), at most `max`. Assumptions at
 * whose ends the result has no value ("no ratio") are left out.
 */
export function sensitivity(spread: Spread, id: ResultId, max = 8): SensitivityBar[] {
  const bars: SensitivityBar[] = []
  for (const s of spread.swings) {
    const atLow = s.atLow[id]
    const atHigh = s.atHigh[id]
    if (atLow === null || atHigh === null || direction(atLow, atHigh, ROUNDING) === 0) continue
    bars.push({ id: s.id, low: s.low, high: s.high, atLow, atHigh, swing: Math.abs(atHigh - atLow) })
  }
  return bars.sort((x, y) => y.swing - x.swing).slice(0, max)
}
