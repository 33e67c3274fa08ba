import type { Ratio } from './types.ts'

/** `value` with -0 made 0 (the one place the app drops the sign of a zero, so that no "-0" is ever shown or written). */
export function unsignedZero(value: number): number {
  return value === 0 ? 0 : value
}

/**
 * `numerator / denominator`, or `null` ("no ratio") when the denominator is zero or the quotient is not
 * a finite number. Never returns Infinity, NaN or -0.
 */
export function ratio(numerator: number, denominator: number): Ratio {
  if (denominator === 0) return null
  const q = numerator / denominator
  if (!Number.isFinite(q)) return null
  return unsignedZero(q)
}
