import fc from 'fast-check'
import { ASSUMPTION_IDS, ASSUMPTION_SPECS, type AssumptionId, type Assumptions } from '@/model'

/** Any value within an assumption's bounds, with the bounds themselves and zero (where allowed) likely. */
export function assumptionValue(id: AssumptionId): fc.Arbitrary<number> {
  const { min, max } = ASSUMPTION_SPECS[id]
  // Subnormal and near-zero doubles are snapped to the lower bound: no one types 1e-300 GPUs, and scaling
  // them underflows to zero, which is floating point, not the model.
  const inside = fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map((v) => (Math.abs(v) < 1e-9 ? min : v))
  return fc.oneof({ weight: 6, arbitrary: inside }, { weight: 1, arbitrary: fc.constantFrom(min, max) })
}

/** Any valid set of assumptions. */
export const assumptionsArb: fc.Arbitrary<Assumptions> = fc.record(
  Object.fromEntries(ASSUMPTION_IDS.map((id) => [id, assumptionValue(id)])) as Record<AssumptionId, fc.Arbitrary<number>>,
)
