/**
 * How long each price claim held (docs/model.md, "How long a price claim held"): concrete dates read through
 * the ledger's dated records (seeds/prices.json, each record with its sources), and the rule for "held" at
 * its edges.
 */
import { describe, expect, it } from 'vitest'
import { defaultAssumptions, getLedger } from '@/data/figures'
import { claimHistory, gapHistory, instantOf, isPriceClaim, type GapStep, type PriceClaimId } from '@/model'

const h = getLedger().history
const steps = gapHistory(h, defaultAssumptions(), {})
const reported = (id: string) => getLedger().figureById.get(id)!.value
const of = (claim: string, checkedBy: PriceClaimId) => {
  expect(getLedger().figureById.get(claim)!.claim?.checkedBy).toBe(checkedBy)
  return claimHistory(steps, checkedBy, reported(claim))!
}
const day = (text: string) => instantOf(text)!

describe('the price claims', () => {
  it('are the three checked against API prices, and no other claim', () => {
    const priced = getLedger().claims.filter((f) => isPriceClaim(f.claim?.checkedBy ?? '')).map((f) => f.id)
    expect(priced).toEqual(['claim.r1Price', 'claim.o1mini', 'claim.o1'])
  })
})

describe('when each verdict held', () => {
  it('"6×" (5.48×, rounded): from R1\'s launch on 20 January 2025 until o1-mini\'s cut to $4.40 on 31 January 2025', () => {
    const c = of('claim.o1mini', 'claim.o1mini')
    expect(c.accepted).toBeCloseTo(6 / (12 / 2.19) - 1, 10)
    expect(c.periods).toEqual([{ from: day('2025-01-20'), to: day('2025-01-31') }])
  })

  it('"nearly 30×" (27.4×): until o3 took the flagship slot at $40 on 16 April 2025 (18.3×)', () => {
    const c = of('claim.o1', 'claim.o1')
    expect(c.accepted).toBeCloseTo(30 / (60 / 2.19) - 1, 10)
    expect(c.periods).toEqual([{ from: day('2025-01-20'), to: day('2025-04-16') }])
  })

  it('R1 at $2.19: until V3.1\'s prices at 16:00 UTC on 5 September 2025 (output $1.68)', () => {
    const c = of('claim.r1Price', 'price.r1.output')
    expect(c.accepted).toBe(0)
    expect(c.periods).toEqual([{ from: day('2025-01-20'), to: day('2025-09-05T16:00Z') }])
  })

  it('does not count GPT-5.2 at $14 over $0.42 (33.3×, 10% off 30) as "nearly 30×" again, a gap the verdict never accepted', () => {
    const dec = steps.find((s) => s.at === day('2025-12-11'))!
    expect(dec.flagship).toBeCloseTo(14 / 0.42, 10)
    expect(of('claim.o1', 'claim.o1').periods.some((p) => p.from >= day('2025-12-11'))).toBe(false)
  })

  it('does not depend on the visitor\'s workload (list prices only)', () => {
    const other = gapHistory(h, { ...defaultAssumptions(), 'workload.cacheHitRate': 0.9, 'workload.offPeakShare': 1, 'workload.outputShare': 0.8 }, {})
    for (const id of ['claim.o1', 'claim.o1mini', 'price.r1.output'] as const) {
      expect(claimHistory(other, id, 6)).toEqual(claimHistory(steps, id, 6))
    }
  })
})

describe('low and high over the whole history, up to the last confirmed day', () => {
  it('the flagship gap: 3.65× from o3\'s cut to $8 on 10 June 2025, 107× from DeepSeek\'s $0.28 on 24 April 2026 (GPT-5.5 at $30)', () => {
    const c = of('claim.o1', 'claim.o1')
    expect(c.low).toEqual({ value: 8 / 2.19, at: day('2025-06-10') })
    expect(c.high.value).toBeCloseTo(30 / 0.28, 10)
    expect(c.high.at).toBe(day('2026-04-24'))
  })

  it('the small-model gap: 21.4× from GPT-5.6 Luna on 9 July 2026; 0.42× on 22 September 2026, GPT-6 Luna at $0.50 over $1.20', () => {
    const c = of('claim.o1mini', 'claim.o1mini')
    expect(c.high.value).toBeCloseTo(6 / 0.28, 10)
    expect(c.high.at).toBe(day('2026-07-09'))
    expect(c.low.value).toBeCloseTo(0.5 / 1.2, 10)
    expect(c.low.at).toBe(day('2026-09-22'))
  })

  it('R1\'s price: $0.28 from 24 April 2026 (V4-Flash\'s alias), $2.19 at launch', () => {
    const c = of('claim.r1Price', 'price.r1.output')
    expect(c.low).toEqual({ value: 0.28, at: day('2026-04-24') })
    expect(c.high).toEqual({ value: 2.19, at: day('2025-01-20') })
  })

  it('never reaches past the last confirmed day', () => {
    for (const [claim, id] of [['claim.o1', 'claim.o1'], ['claim.o1mini', 'claim.o1mini'], ['claim.r1Price', 'price.r1.output']] as const) {
      const c = of(claim, id)
      expect(Math.max(c.low.at, c.high.at, ...c.periods.map((p) => p.to ?? p.from))).toBeLessThanOrEqual(h.lastConfirmed)
    }
  })
})

describe('the rule, on made-up steps', () => {
  const step = (at: string, flagship: number | null): GapStep => ({
    at: day(at), flagship, small: null, flagshipBill: null, smallBill: null, r1Output: null, names: { r1: null, o1: null, o1mini: null },
  })
  const made = [step('2025-01-01', null), step('2025-01-20', 27.4), step('2025-03-01', 33.2), step('2025-04-01', 24), step('2025-05-01', 32), step('2025-06-01', 28)]

  it('holds within the gap accepted on the articles\' date either way, and merges consecutive steps', () => {
    // 30 / 27.4 − 1 = 9.5%: 33.2× is 9.6% off (out), 32× is 6.3% off (in), 24× is 25% off (out).
    const c = claimHistory(made, 'claim.o1', 30)!
    expect(c.periods).toEqual([
      { from: day('2025-01-20'), to: day('2025-03-01') },
      { from: day('2025-05-01'), to: null },
    ])
  })

  it('leaves a period still holding on the last step open (`to: null`): it held at least that long, nothing is guessed after', () => {
    const c = claimHistory(made.slice(0, 2), 'claim.o1', 30)!
    expect(c.periods).toEqual([{ from: day('2025-01-20'), to: null }])
  })

  it('has nothing to say without a value on the articles\' date', () => {
    expect(claimHistory([step('2025-01-01', null), step('2025-02-01', 27)], 'claim.o1', 30)).toBeNull()
  })
})
