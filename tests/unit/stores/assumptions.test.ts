import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultAssumptions } from '@/data/figures'
import { useAssumptionsStore } from '@/stores/assumptions'

describe('useAssumptionsStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts at the ledger defaults and exposes the model results', () => {
    const s = useAssumptionsStore()
    expect(s.values).toEqual(defaultAssumptions())
    expect(s.results['api.cost.r1']).toBeCloseTo(96, 9)
  })

  it('clamps out-of-range values and refuses non-numbers', () => {
    const s = useAssumptionsStore()
    expect(s.set('workload.outputShare', 1.7)).toBe(1)
    expect(s.values['workload.outputShare']).toBe(1)
    expect(s.set('training.clusterGpus', 0)).toBe(1)
    expect(s.set('capex.meta', Number.NaN)).toBeNull()
    expect(s.values['capex.meta']).toBe(defaultAssumptions()['capex.meta'])
  })

  it('recomputes when an assumption moves, and resets', () => {
    const s = useAssumptionsStore()
    s.set('capex.stargateYears', 4)
    expect(s.results['capex.stargatePerYear']).toBe(125e9)
    s.$reset()
    expect(s.results['capex.stargatePerYear']).toBe(100e9)
  })

  it('keeps each result\'s range, which follows the sliders', () => {
    const s = useAssumptionsStore()
    expect(s.ranges['capex.stargatePerYear']).toEqual({ low: 20e9, high: 125e9 })
    const before = s.ranges['api.cost.r1']
    s.set('workload.tokens', 200e6)
    // The workload has no spread of its own: the bill's range doubles with it.
    expect(s.ranges['api.cost.r1']!.low).toBeCloseTo(2 * before!.low, 9)
    expect(s.ranges['api.cost.r1']!.high).toBeCloseTo(2 * before!.high, 9)
    // Past the end of its range, an assumption stretches it.
    s.set('capex.stargateYears', 10)
    expect(s.ranges['capex.stargatePerYear']).toEqual({ low: 10e9, high: 125e9 })
    expect(s.assumptionRange('capex.stargateYears')).toEqual({ low: 4, high: 10 })
    expect(s.spread.swings.some((w) => w.id === 'capex.stargateYears')).toBe(true)
  })

  it('applies presets from the ledger and refuses unknown ones', () => {
    const s = useAssumptionsStore()
    expect(s.applyPreset('primary-sources')).toBe(true)
    expect(s.values['capex.stargateYears']).toBe(4)
    expect(s.applyPreset('no-such-preset')).toBe(false)
    expect(s.values['capex.stargateYears']).toBe(4)
  })
})
