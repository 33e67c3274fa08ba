import { describe, expect, it } from 'vitest'
import { apiCostsTable, apiMultiplesTable, capexTable, fleetTable, marketTable, trainingTable } from '@/charts/tables'
import { toChartData, wrapLabel } from '@/charts/chartjs'
import { defaultAssumptions, getLedger } from '@/data/figures'
import { MODEL_IDS, computeResults } from '@/model'

const ledger = getLedger()

const t = (key: string) => key
const a = defaultAssumptions()
const r = computeResults(a)
const palette = { text: '#000', muted: '#333', grid: '#ccc', series: ['#00f', '#f00'] }

describe('chart tables', () => {
  it('carry the model\'s results unrounded, one row per category', () => {
    const costs = apiCostsTable(r, t)
    expect(costs.categories).toEqual(MODEL_IDS.map((m) => `models.${m}`))
    expect(costs.series[0]?.values).toEqual(MODEL_IDS.map((m) => r[`api.cost.${m}`]))
    expect(apiMultiplesTable(r, t).series[0]?.values[2]).toBe(r['api.ratio.o1'])
    expect(trainingTable(a, r, t).series[0]?.values).toEqual([
      r['training.rentalCost'], r['training.epochCost'], r['training.amortizedCost'], r['training.clusterCapex'], r['fleet.capex'],
      a['comparator.o1TrainingCost'],
    ])
    // The fleet bought and owned, beside SemiAnalysis's estimates taken from the ledger.
    expect(fleetTable(r, t).series[0]?.values).toEqual([
      r['fleet.capex'], r['fleet.serverCapex'], 1.6e9, r['fleet.annualCost'], 944e6, r['training.rentalCost'],
    ])
    expect(capexTable(a, r, t).series[0]?.values).toEqual([100e9, 65e9, 80e9, 75e9])
    expect(marketTable(a, r, t).series[0]?.values[0]).toBe(600e9)
  })

  it('name sources that exist in the ledger', () => {
    for (const table of [apiCostsTable(r, t), trainingTable(a, r, t), fleetTable(r, t), capexTable(a, r, t), marketTable(a, r, t)]) {
      expect(table.sources.length, table.id).toBeGreaterThan(0)
      for (const id of table.sources) expect(ledger.sourceById.has(id), id).toBe(true)
    }
    expect(fleetTable(r, t).sources).toEqual(expect.arrayContaining(['semianalysis-debates', 'epoch-cottier']))
  })
})

describe('toChartData', () => {
  it('leaves out bars a log axis cannot draw, and "no value" bars', () => {
    const table = { ...apiMultiplesTable(r, t), series: [{ label: 'x', kind: 'multiple' as const, values: [0, null, 3, 4, 5] }] }
    expect(toChartData(table, palette, true).datasets[0]?.data).toEqual([null, null, 3, 4, 5])
    expect(toChartData(table, palette, false).datasets[0]?.data).toEqual([0, null, 3, 4, 5])
  })

  it('wraps long labels over lines at spaces', () => {
    expect(wrapLabel('Meta')).toBe('Meta')
    expect(wrapLabel('Nvidia\'s loss, 27 Jan 2025')).toEqual(['Nvidia\'s loss,', '27 Jan 2025'])
  })
})
