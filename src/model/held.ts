/**
 * How long each price claim held under the dated list prices (history.ts), and how low and high its value
 * went over the whole history. Pure.
 *
 * What "held" means. A claim's verdict in the ledger (its flag and note) judges the reported figure against
 * the value computed from the prices of the articles' date, 27 January 2025 ({@link DEFAULT_AS_OF}): "6×"
 * against 12 / 2.19 = 5.48× ("rounded"), "nearly 30×" against 60 / 2.19 = 27.4× ("holds"), $2.19 against
 * $2.19. That verdict accepts the gap between the two, measured as the card measures it,
 * |{@link relativeGap}(reported, value then)|: 9.5% for the two ratios, none for R1's price. The verdict
 * held on every date on which the value sits no farther from the reported figure than that, give or take
 * {@link SAME_GAP} (what the card already calls a match): so "6×" holds for values from 5.48× to 6.63×,
 * "nearly 30×" from 27.4× to 33.1×, and $2.19 only at $2.19.
 *
 * The value on a date is the claim's own computation (`claim.o1mini`, `claim.o1`, `price.r1.output`) with
 * the list prices in force then, each slot filled by its default chain of successors (o1 → o3 → GPT-5 …,
 * o1-mini → o3-mini → …), as the app shows it for that date with no endpoint picked; off-peak discounts and
 * the visitor's workload play no part, so neither does the visitor's scenario. Nothing after the last
 * confirmed day is judged: a period still holding then has no end (`to: null`), it held *at least* until then.
 */
import { relativeGap, SAME_GAP } from './claims.ts'
import { DEFAULT_AS_OF, dayEnd, gapExtremes, heldPeriods, type GapStep, type HeldPeriod } from './history.ts'
import type { Ratio } from './types.ts'

/** The price claims, by what checks them (a ledger figure's `claim.checkedBy`): the gap-over-time series each follows. */
export const PRICE_CLAIM_SERIES = {
  'price.r1.output': (s: GapStep): Ratio => s.r1Output,
  'claim.o1mini': (s: GapStep): Ratio => s.small,
  'claim.o1': (s: GapStep): Ratio => s.flagship,
} as const

export type PriceClaimId = keyof typeof PRICE_CLAIM_SERIES

/** Narrows a claim's `checkedBy` to a price claim's. */
export function isPriceClaim(checkedBy: string): checkedBy is PriceClaimId {
  return Object.hasOwn(PRICE_CLAIM_SERIES, checkedBy)
}

/** A claim's value at one end of its range over the history, and when it first got there. */
export interface DatedValue {
  readonly value: number
  readonly at: number
}

/** How a price claim fared over the dated prices. */
export interface ClaimHistory {
  /** The gap the verdict accepted on the articles' date, as a share of the value then (0.095: 9.5%). */
  readonly accepted: number
  /** When the verdict held, in date order; the last one ends `null` if it still held on the last confirmed day. */
  readonly periods: readonly HeldPeriod[]
  /** The value's low and high over the whole history (each from the first change that reached it). */
  readonly low: DatedValue
  readonly high: DatedValue
}

/** The step in force at `t`: the last one at or before it. */
const stepAt = (steps: readonly GapStep[], t: number) => steps.findLast((s) => s.at <= t)

/**
 * When the verdict on a price claim held, and its value's low and high, over `steps`: the gap over time with
 * no endpoint picked (`gapHistory(h, a, {})`; the workload `a` does not matter here), which runs from the
 * history's start to its last confirmed day. `null` when the claim has no value on `verdictAt` (the end of
 * the articles' date by default).
 */
export function claimHistory(steps: readonly GapStep[], id: PriceClaimId, reported: number, verdictAt = dayEnd(DEFAULT_AS_OF)!): ClaimHistory | null {
  const value = PRICE_CLAIM_SERIES[id]
  const then = stepAt(steps, verdictAt)
  const gapThen = then && relativeGap(reported, value(then))
  const extremes = gapExtremes(steps, value)
  if (gapThen === null || gapThen === undefined || !extremes) return null
  const accepted = Math.abs(gapThen)
  const periods = heldPeriods(steps, (s) => {
    const gap = relativeGap(reported, value(s))
    return gap !== null && Math.abs(gap) <= accepted + SAME_GAP
  })
  return {
    accepted,
    periods,
    low: { value: extremes.low, at: extremes.lowAt },
    high: { value: extremes.high, at: extremes.highAt },
  }
}
