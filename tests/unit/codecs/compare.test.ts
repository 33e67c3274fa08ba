import { describe, expect, it } from 'vitest'
import { assumptionsOfPreset, datedDefaults, defaultAssumptions, getLedger } from '@/data/figures'
import { computeResults, dayEnd, offPeakAt, type Assumptions } from '@/model'
import { LENSES } from '@/lenses'
import { CHART_RESULTS, comparisonChartTable, compareScenarios, sameAssumptions } from '@/codecs/compare'
import { keyAssumptionIds } from '@/codecs/exportMeta'

const defaults: Assumptions = defaultAssumptions()
const primary = assumptionsOfPreset('primary-sources')!

describe('compareScenarios', () => {
  const c = compareScenarios([
    { key: 'preset:as-reported', values: defaults },
    { key: 'preset:primary-sources', values: primary },
    { key: 'saved:x', values: { ...defaults, 'training.rentalPrice': 3 } },
  ])

  it('lists only the assumptions that differ, marking cells that differ from the first column', () => {
    const ids = c.assumptions.map((r) => r.id)
    expect(ids).toContain('capex.stargateYears')
    expect(ids).toContain('training.rentalPrice')
    expect(ids).not.toContain('capex.meta')
    const years = c.assumptions.find((r) => r.id === 'capex.stargateYears')!
    expect(years.values).toEqual([5, 4, 5])
    expect(years.differs).toEqual([false, true, false])
  })

  it('gives the key results of every lens, from the model', () => {
    expect(c.results.map((g) => g.lens)).toEqual(LENSES.map((l) => l.id))
    const api = c.results[0]!
    expect(api.rows.map((r) => r.id)).toEqual(LENSES[0]!.keyResults)
    const perYear = c.results.find((g) => g.lens === 'capex')!.rows.find((r) => r.id === 'capex.stargatePerYear')!
    expect(perYear.values).toEqual([100e9, 125e9, 100e9])
    expect(perYear.varies).toBe(true)
    const r1 = api.rows.find((r) => r.id === 'api.cost.r1')!
    expect(r1.values).toEqual([computeResults(defaults)['api.cost.r1'], computeResults(primary)['api.cost.r1'], computeResults(defaults)['api.cost.r1']])
  })

  it('builds the grouped chart table: a category per amount, a series per scenario', () => {
    const table = comparisonChartTable(c, { title: 'T', categoryLabel: 'Amount', resultLabel: (id) => id, scenarioLabel: (k) => k.toUpperCase() }, ['s1'])
    expect(table).toMatchObject({ id: 'compare', title: 'T', categories: CHART_RESULTS, sources: ['s1'] })
    expect(table.series.map((s) => s.label)).toEqual(['PRESET:AS-REPORTED', 'PRESET:PRIMARY-SOURCES', 'SAVED:X'])
    expect(table.series[1]!.values[CHART_RESULTS.indexOf('capex.stargatePerYear')]).toBe(125e9)
  })

  it('says when no assumption differs', () => {
    expect(compareScenarios([{ key: 'saved:a', values: defaults }, { key: 'saved:b', values: { ...defaults } }]).assumptions).toEqual([])
  })
})

describe('sameAssumptions', () => {
  it('compares every value', () => {
    expect(sameAssumptions(defaults, { ...defaults })).toBe(true)
    expect(sameAssumptions(defaults, primary)).toBe(false)
  })
})

describe('keyAssumptionIds', () => {
  it('names the lens’s changed assumptions first, then its main ones, up to four', () => {
    const a = { ...defaults, 'training.pue': 1.5, 'capex.meta': 1 }
    expect(keyAssumptionIds('training-costs', a, defaults)).toEqual(['training.pue', 'training.gpuHours', 'training.rentalPrice', 'training.gpuUnitPrice'])
    expect(keyAssumptionIds('api-costs', defaults, defaults)).toEqual(['workload.tokens', 'workload.outputShare', 'workload.cacheHitRate'])
    expect(keyAssumptionIds('api-costs', { ...defaults, 'price.o1.output': 30 }, defaults)[0]).toBe('price.o1.output')
    expect(keyAssumptionIds('unknown-chart', a, defaults)).toEqual(['training.pue', 'capex.meta'])
  })
})

describe('compareScenarios on each scenario\'s own prices\' date', () => {
  const h = getLedger().history
  const march = { asOf: '2025-03-01', picks: {} }
  // The same assumptions, half the tokens off-peak: only a scenario dated after 26 February 2025 gets the discount.
  const marchValues = { ...datedDefaults(march), 'workload.offPeakShare': 0.5 }

  it('applies the off-peak prices of the records in force on each scenario\'s date', () => {
    const c = compareScenarios([
      { key: 'saved:jan', values: marchValues },
      { key: 'saved:mar', values: marchValues, dating: march },
    ], h)
    const bill = c.results.find((g) => g.lens === 'api')!.rows.find((r) => r.id === 'api.cost.r1')!
    expect(bill.values[0]).toBe(computeResults(marchValues)['api.cost.r1'])
    expect(bill.values[1]).toBe(computeResults(marchValues, offPeakAt(h, dayEnd('2025-03-01')!, {}))['api.cost.r1'])
    expect(bill.values[1]!).toBeLessThan(bill.values[0]!)
    expect(bill.differs).toEqual([false, true])
  })

  it('names the endpoint filling each slot in each column, and says which date each takes its prices from', () => {
    const c = compareScenarios([
      { key: 'preset:as-reported', values: defaults },
      { key: 'saved:july', values: datedDefaults({ asOf: '2025-07-01', picks: {} }), dating: { asOf: '2025-07-01', picks: {} } },
      { key: 'saved:pick', values: datedDefaults({ asOf: '2025-07-01', picks: { o1: 'o1' } }), dating: { asOf: '2025-07-01', picks: { o1: 'o1' } } },
    ], h)
    expect(c.dated).toBe(true)
    expect(c.asReported).toBe(false)
    expect(c.dates).toEqual(['2025-01-27', '2025-07-01', '2025-07-01'])
    const flagship = c.slots.find((s) => s.slot === 'o1')!
    expect(flagship.names).toEqual(['o1', 'o3', 'o1'])
    expect(flagship.differs).toEqual([false, true, false])
    const ratio = c.results.find((g) => g.lens === 'api')!.rows.find((r) => r.id === 'api.ratio.o1')!
    expect(ratio.values[1]).toBeLessThan(ratio.values[0]!)
  })

  it('on the default date alone, is what it always was', () => {
    const c = compareScenarios([
      { key: 'preset:as-reported', values: defaults, dating: { asOf: '2025-01-27', picks: {} } },
      { key: 'preset:primary-sources', values: primary },
    ], h)
    expect(c.dated).toBe(false)
    expect(c.asReported).toBe(true)
    expect(c.slots).toEqual([])
  })
})
