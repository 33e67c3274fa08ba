/** The store's prices date: choosing a day sets the prices in force then; picks, off-peak, reset. */
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { asOfBounds, defaultAssumptions } from '@/data/figures'
import { DEFAULT_AS_OF } from '@/model'
import { useAssumptionsStore } from '@/stores/assumptions'

describe('the prices date in the store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts on 27 January 2025 with the ledger\'s figures', () => {
    const s = useAssumptionsStore()
    expect(s.asOf).toBe(DEFAULT_AS_OF)
    expect(s.baseline).toEqual(defaultAssumptions())
  })

  it('sets every price to the one in force on the day chosen, and keeps the workload as it was', () => {
    const s = useAssumptionsStore()
    s.set('workload.tokens', 5e8)
    s.setAsOf('2025-07-01')
    expect(s.values['price.o1.output']).toBe(8)
    expect(s.values['price.r1.output']).toBe(2.19)
    expect(s.values['workload.tokens']).toBe(5e8)
    expect(s.results['claim.o1']).toBeCloseTo(8 / 2.19, 10)
    // A price the visitor moves differs from its baseline, which is what marks it as moved.
    s.set('price.o1.output', 12)
    expect(s.baseline['price.o1.output']).toBe(8)
  })

  it('keeps the share link\'s fragment: empty at the defaults, the date and what differs from its prices', () => {
    const s = useAssumptionsStore()
    expect(s.linkFragment).toBe('')
    s.set('training.pue', 1.5)
    expect(s.linkFragment).toBe('v=1&training.pue=1.5')
    s.set('training.pue', defaultAssumptions()['training.pue'])
    s.setAsOf('2025-07-01')
    // The day's prices are the baseline: only the date goes into the link.
    expect(s.linkFragment).toBe('v=1&asOf=2025-07-01')
    s.set('price.o1.output', 12)
    expect(s.linkFragment).toBe('v=1&asOf=2025-07-01&price.o1.output=12')
  })

  it('takes a picked endpoint\'s prices, and brings a day outside the history within it', () => {
    const s = useAssumptionsStore()
    s.setAsOf('2025-07-01')
    s.pick('o1', 'o1')
    expect(s.values['price.o1.output']).toBe(60)
    s.pick('o1', undefined)
    expect(s.values['price.o1.output']).toBe(8)
    s.setAsOf('2031-01-01')
    expect(s.asOf).toBe(asOfBounds().max)
    expect(s.setAsOf('not a day')).toBe(false)
  })

  it('applies off-peak prices from 26 February 2025 to the share of tokens sent off-peak', () => {
    const s = useAssumptionsStore()
    s.setAsOf('2025-03-01')
    const peak = s.results['api.cost.r1']!
    s.set('workload.offPeakShare', 1)
    expect(s.results['api.cost.r1']).toBeCloseTo(75 * 0.135 + 25 * 0.55, 10)
    expect(s.results['api.cost.r1']).toBeLessThan(peak)
    s.$reset()
    expect(s.asOf).toBe(DEFAULT_AS_OF)
    expect(s.values).toEqual(defaultAssumptions())
  })
})
