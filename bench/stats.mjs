// Small statistics helpers shared by the benchmark scripts.

/**
 * The p-th percentile (0-100) of a list of numbers, by linear interpolation between closest ranks.
 * @param {number[]} values
 * @param {number} p
 * @returns {number | null} null for an empty list
 */
export function percentile(values, p) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo)
}

/** @param {number[]} values @returns {number | null} */
export const median = (values) => percentile(values, 50)

/** @param {number[]} values @returns {number | null} */
export const max = (values) => (values.length === 0 ? null : Math.max(...values))

/**
 * Rounds for display and for report.json: no long binary fractions in the figures.
 * @param {number | null} x
 * @param {number} digits
 */
export function round(x, digits = 1) {
  if (x === null || !Number.isFinite(x)) return x
  const f = 10 ** digits
  return Math.round(x * f) / f
}
