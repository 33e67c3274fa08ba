import type { Ratio } from './types.ts'

/**
 * `numerator / denominator`, or `null` ("no ratio") when the denominator is zero or the quotient is not
 * a finite number. Never returns Infinity, NaN or -0.
 */
export function ratio(numerator: number, denominator: number): Ratio {
  if (denominator === 0) return null
  const q = numerator / denominator
  if (!Number.isFinite(q)) return null
  return q === 0 ? 0 : q
}
