/** Invariants of the model, for any valid assumptions (fast-check). */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import {
  ASSUMPTION_IDS,
  ASSUMPTION_SPECS,
  MODEL_IDS,
  RESULT_IDS,
  apiCostUsd,
  clampAssumption,
  computeResults,
  ratio,
  serverCapexUsd,
  type Assumptions,
} from '@/model'
import { assumptionValue, assumptionsArb } from './arbitraries'

const runs = { numRuns: process.env.CI ? 2_000 : 300 }
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))

describe('model invariants', () => {
  it('the ratios and blended prices do not move, not even in the last digit, when only the volume does', () => {
    fc.assert(
      fc.property(assumptionsArb, assumptionValue('workload.tokens'), (a, tokens) => {
        if (a['workload.tokens'] === 0 || tokens === 0) return true
        const r = computeResults(a)
        const s = computeResults({ ...a, 'workload.tokens': tokens })
        return MODEL_IDS.every((m) => Object.is(r[`api.ratio.${m}`], s[`api.ratio.${m}`]) && Object.is(r[`api.blendedPrice.${m}`], s[`api.blendedPrice.${m}`]))
      }),
      runs,
    )
  })

  it('every result is finite and not negative, or "no ratio"', () => {
    fc.assert(
      fc.property(assumptionsArb, (a) => {
        const r = computeResults(a)
        for (const id of RESULT_IDS) {
          const v = r[id]
          if (v === null) continue
          if (!Number.isFinite(v) || v < 0 || Object.is(v, -0)) return false
        }
        return true
      }),
      runs,
    )
  })

  it('API costs scale linearly with tokens', () => {
    fc.assert(
      fc.property(assumptionsArb, fc.double({ min: 0, max: 1_000, noNaN: true }), (a, k) => {
        const scaled: Assumptions = { ...a, 'workload.tokens': a['workload.tokens'] * k }
        return MODEL_IDS.every((m) => close(apiCostUsd(scaled, m), apiCostUsd(a, m) * k))
      }),
      runs,
    )
  })

  it('API costs scale linearly with prices', () => {
    fc.assert(
      fc.property(assumptionsArb, fc.double({ min: 0, max: 100, noNaN: true }), (a, k) => {
        const scaled = { ...a } as Record<(typeof ASSUMPTION_IDS)[number], number>
        for (const id of ASSUMPTION_IDS) if (id.startsWith('price.')) scaled[id] = a[id] * k
        return MODEL_IDS.every((m) => close(apiCostUsd(scaled, m), apiCostUsd(a, m) * k))
      }),
      runs,
    )
  })

  it('training and fleet costs scale linearly with their prices', () => {
    fc.assert(
      fc.property(assumptionsArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (a, k) => {
        const scaled: Assumptions = {
          ...a,
          'training.rentalPrice': a['training.rentalPrice'] * k,
          'fleet.gpuUnitPrice': a['fleet.gpuUnitPrice'] * k,
        }
        const r0 = computeResults(a)
        const r1 = computeResults(scaled)
        return (
          close(r1['training.rentalCost']!, r0['training.rentalCost']! * k) &&
          close(r1['fleet.capex']!, r0['fleet.capex']! * k)
        )
      }),
      runs,
    )
  })

  it('a ratio is unchanged when both sides\' prices are scaled together', () => {
    fc.assert(
      fc.property(assumptionsArb, fc.double({ min: 0.001, max: 1_000, noNaN: true }), (a, k) => {
        const scaled = { ...a } as Record<(typeof ASSUMPTION_IDS)[number], number>
        for (const id of ASSUMPTION_IDS) if (id.startsWith('price.')) scaled[id] = a[id] * k
        const r0 = computeResults(a)
        const r1 = computeResults(scaled)
        return [...MODEL_IDS.map((m) => `api.ratio.${m}` as const), 'claim.o1' as const, 'claim.o1mini' as const].every(
          (id) => {
            const x = r0[id]
            const y = r1[id]
            if (x === null || y === null) return x === y
            return Math.abs(x - y) <= 1e-9 * Math.max(1, x)
          },
        )
      }),
      runs,
    )
  })

  it('a zero denominator gives "no ratio", never Infinity or NaN', () => {
    fc.assert(
      fc.property(assumptionsArb, (a) => {
        const free: Assumptions = {
          ...a,
          'price.r1.input': 0,
          'price.r1.cachedInput': 0,
          'price.r1.output': 0,
          'training.rentalPrice': 0,
          'fleet.gpuUnitPrice': 0,
        }
        const r = computeResults(free)
        return (
          MODEL_IDS.every((m) => r[`api.ratio.${m}`] === null) &&
          r['claim.o1'] === null &&
          r['claim.o1mini'] === null &&
          r['fleet.overRentalCost'] === null &&
          r['fleet.annualCostOverRentalCost'] === null &&
          r['comparator.o1OverRentalCost'] === null &&
          r['capex.rentalRunsPerYear'] === null &&
          r['capex.fleetsPerYear'] === null &&
          r['market.lossOverRentalCost'] === null
        )
      }),
      runs,
    )
  })

  it('Epoch AI\'s hardware cost lies between zero and both the cluster\'s value and its straight-line loss', () => {
    fc.assert(
      fc.property(assumptionsArb, (a) => {
        const r = computeResults(a)
        const hardware = r['training.epochHardware']!
        const aged = serverCapexUsd(a, a['training.clusterGpus'], a['training.gpuUnitPrice']) *
          Math.pow(1 - a['training.valueLossPerYear'], a['training.hardwareAgeYears'])
        // log1p, as the model: for a loss of 2.6e-9 a year, log(1 - v) keeps only a few digits of v.
        const k = -Math.log1p(-a['training.valueLossPerYear'])
        const straight = aged * k * (a['training.gpuHours'] / a['training.clusterGpus'] / 8760)
        const slack = 1 + 1e-9
        return hardware >= 0 && hardware <= aged * slack && hardware <= straight * slack &&
          close(r['training.epochCost']!, hardware + r['training.epochEnergy']!)
      }),
      runs,
    )
  })

  it('a year of owning the fleet grows in proportion to the fleet', () => {
    fc.assert(
      fc.property(assumptionsArb, fc.integer({ min: 1, max: 10 }), (a, k) => {
        const bigger: Assumptions = { ...a, 'fleet.gpus': Math.min(1_000_000, a['fleet.gpus'] * k) }
        const factor = bigger['fleet.gpus'] / a['fleet.gpus']
        const r0 = computeResults(a)
        const r1 = computeResults(bigger)
        return close(r1['fleet.annualCost']!, r0['fleet.annualCost']! * factor) &&
          close(r1['fleet.serverCapex']!, r0['fleet.serverCapex']! * factor)
      }),
      runs,
    )
  })

  it('ratio() never returns Infinity, NaN or -0', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (n, d) => {
        const q = ratio(n, d)
        return q === null || (Number.isFinite(q) && !Object.is(q, -0))
      }),
      runs,
    )
  })

  it('clamping keeps every finite value within bounds and refuses the rest', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSUMPTION_IDS), fc.double(), (id, v) => {
        const kept = clampAssumption(id, v)
        if (!Number.isFinite(v)) return kept === null
        const { min, max } = ASSUMPTION_SPECS[id]
        if (kept === null || kept < min || kept > max) return false
        return v >= min && v <= max ? kept === (v === 0 ? 0 : v) : kept === min || kept === max
      }),
      runs,
    )
  })
})
