/**
 * The model is two halves that read disjoint assumptions (src/model/index.ts): the API lens reads the
 * prices and the workload, and nothing else does. computeSpread leans on it to evaluate one half per
 * swing; these tests fail if a lens starts reading across.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { assumptionSpans } from '@/data/figures'
import {
  computeCapex,
  computeInference,
  computeMarket,
  computeResults,
  computeSpread,
  computeTraining,
  readsApi,
  spreadOf,
  type AssumptionId,
  type Assumptions,
  type OffPeakFactors,
} from '@/model'
import { assumptionsArb } from './arbitraries'

const runs = { numRuns: process.env.CI ? 500 : 100 }

/** The assumptions that `read` reads, from a set of assumptions that records each read. */
function readsOf(a: Assumptions, read: (a: Assumptions) => unknown): Set<AssumptionId> {
  const seen = new Set<AssumptionId>()
  const recording = new Proxy(a, {
    get(target, key, receiver) {
      if (typeof key === 'string') seen.add(key as AssumptionId)
      return Reflect.get(target, key, receiver) as unknown
    },
  })
  read(recording)
  return seen
}

/** Off-peak discounts on every slot, so that the off-peak share is read too. */
const offPeak: OffPeakFactors = { r1: { input: 0.25, cachedInput: 0.25, output: 0.25 }, o1: { input: 0.5, cachedInput: 0.5, output: 0.5 } }

describe('the two halves of the model', () => {
  it('read disjoint assumptions: the API lens the prices and workload, the other lenses none of them', () => {
    fc.assert(fc.property(assumptionsArb, (a) => {
      const api = readsOf(a, (x) => computeInference(x, offPeak))
      const costs = readsOf(a, (x) => {
        const training = computeTraining(x)
        computeMarket(x, training, computeCapex(x, training))
      })
      for (const id of api) expect(readsApi(id), `the API lens reads ${id}`).toBe(true)
      for (const id of costs) expect(readsApi(id), `the cost lenses read ${id}`).toBe(false)
    }), runs)
  })

  it('give the same spread as the whole model evaluated for every swing and corner', () => {
    const spans = assumptionSpans()
    fc.assert(fc.property(assumptionsArb, fc.boolean(), (a, discounted) => {
      const factors = discounted ? offPeak : undefined
      const whole = spreadOf(a, spans, (x) => computeResults(x, factors))
      expect(computeSpread(a, spans, undefined, factors)).toEqual(whole)
    }), runs)
  })
})
