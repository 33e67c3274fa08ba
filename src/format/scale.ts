/**
 * Slider geometry: where a value sits on a range input and back, on a linear or logarithmic scale.
 * Pure functions of an assumption's spec; no DOM.
 */
import { unsignedZero, type AssumptionSpec } from '@/model'

/** Log sliders move over this many positions (0...LOG_POSITIONS). */
export const LOG_POSITIONS = 1000

/** Removes floating-point noise (16.970000000000002 → 16.97) without visible rounding. */
export function clean(value: number): number {
  return unsignedZero(Number(value.toPrecision(12)))
}

/** Base value → display value (what the number input shows). */
export function toDisplay(spec: AssumptionSpec, base: number): number {
  return clean(base / spec.display.factor)
}

/** Display value → base value. */
export function fromDisplay(spec: AssumptionSpec, display: number): number {
  return clean(display * spec.display.factor)
}

function logBounds(spec: AssumptionSpec): [number, number] {
  const lo = spec.min > 0 ? spec.min : (spec.logFloor ?? spec.max / 1e6)
  return [lo, spec.max]
}

/** The range input's attributes for this spec: positions on a log scale, display units on a linear one. */
export function rangeAttributes(spec: AssumptionSpec): { min: number; max: number; step: number } {
  if (spec.scale === 'log') return { min: 0, max: LOG_POSITIONS, step: 1 }
  return { min: toDisplay(spec, spec.min), max: toDisplay(spec, spec.max), step: spec.display.step }
}

/** Base value → the range input's value. */
export function toPosition(spec: AssumptionSpec, base: number): number {
  if (spec.scale === 'linear') return toDisplay(spec, base)
  const [lo, hi] = logBounds(spec)
  if (base <= lo) return 0
  if (base >= hi) return LOG_POSITIONS
  return (LOG_POSITIONS * Math.log(base / lo)) / Math.log(hi / lo)
}

/**
 * The range input's value → base value. On a log scale, position 0 is the minimum (0 where allowed) and
 * values are kept to three significant digits, so dragging gives 2.19, not 2.1873.
 */
export function fromPosition(spec: AssumptionSpec, position: number): number {
  if (spec.scale === 'linear') return fromDisplay(spec, position)
  const [lo, hi] = logBounds(spec)
  if (position <= 0) return spec.min
  if (position >= LOG_POSITIONS) return hi
  const raw = lo * Math.pow(hi / lo, position / LOG_POSITIONS)
  const rounded = Number(raw.toPrecision(3))
  return spec.min > 0 && spec.display.unit === 'gpus' ? Math.max(spec.min, Math.round(rounded)) : rounded
}
