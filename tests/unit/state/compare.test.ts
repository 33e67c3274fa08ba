import { describe, expect, it } from 'vitest'
import { assumptionsOfPreset, defaultAssumptions } from '@/data/figures'
import { computeResults, type Assumptions } from '@/model'
import { LENSES } from '@/lenses'
import { CHART_RESULTS, comparisonChartTable, compareScenarios, sameAssumptions } from '@/state/compare'
import { keyAssumptionIds } from '@/state/exportMeta'

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
