import { isAssumptionId } from './assumptions.ts'
import { unsignedZero } from './ratio.ts'
import { RESULT_IDS, type AssumptionId, type Assumptions, type Ratio, type ResultId, type Results } from './types.ts'

const resultIds: ReadonlySet<string> = new Set(RESULT_IDS)

/** Narrows an untrusted string to a result id. */
export function isResultId(value: string): value is ResultId {
  return resultIds.has(value)
}

/**
 * The current value behind a headline claim: a model result (e.g. `claim.o1`) or an assumption
 * (e.g. `market.nvidiaLoss`). `undefined` when the id names neither.
 */
export function currentValue(id: string, a: Assumptions, r: Results): Ratio | undefined {
  if (isResultId(id)) return r[id]
  if (isAssumptionId(id)) return a[id as AssumptionId]
  return undefined
}

/**
 * A reported figure this close to the computed one (as a share of it, either way) matches it: the claim
 * card says so rather than print a gap of 0.0%.
 */
export const SAME_GAP = 0.0005

/**
 * How far a reported figure sits from the computed one, as a share of the computed one:
 * `reported / current - 1` (0.095 means 9.5% above). `null` when the computed value is zero or missing.
 */
export function relativeGap(reported: number, current: Ratio | undefined): Ratio {
  if (current === null || current === undefined || current === 0) return null
  const gap = reported / current - 1
  return Number.isFinite(gap) ? unsignedZero(gap) : null
}
