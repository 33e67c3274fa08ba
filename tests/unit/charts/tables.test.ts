import { describe, expect, it } from 'vitest'
import { CHART_TABLES, apiCostsTable, apiMultiplesTable, capexTable, fleetTable, marketTable, sensitivityTable, trainingTable, type TableContext } from '@/charts/tables'
import { chartOptions, logBounds, shapeOf, toChartData } from '@/charts/chartjs'
import { wrapLabel } from '@/charts/labels'
import { DOT_RADIUS, barGeometry, dotRadius } from '@/charts/dots'
import { markFor } from '@/charts/marks'
import { assumptionSpans, defaultAssumptions } from '@/data/figures'
import { getFullLedger } from '@/data/full'
import { CHART_IDS, LENSES } from '@/lenses'
import { MODEL_IDS, computeResults, computeSpread, isAssumptionId, stretchedSpan } from '@/model'


const t = (key: string) => key
const a = defaultAssumptions()
const r = computeResults(a)
const palette = { text: '#000', muted: '#333', grid: '#ccc', surface: '#fff', series: ['#00f', '#f00'] }

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
      for (const id of table.sources) expect(getFullLedger().sourceById.has(id), id).toBe(true)
    }
    expect(fleetTable(r, t).sources).toEqual(expect.arrayContaining(['semianalysis-debates', 'epoch-cottier']))
  })
})

const spread = computeSpread(a, assumptionSpans())
const context: TableContext = {
  spread,
  range: (id) => (isAssumptionId(id) ? stretchedSpan(assumptionSpans()[id], a[id]) : spread.ranges[id]),
  message: (key, params) => `${key} ${JSON.stringify(params)}`,
  label: (id) => `label ${id}`,
  unit: (value, id) => `${value} ${id}`,
  result: (value) => String(value),
}

describe('ranges in chart tables', () => {
  it('add each row\'s range as two columns, for results and assumptions alike', () => {
    const training = trainingTable(a, r, t, context.range)
    expect(training.columns?.map((c) => c.label)).toEqual(['ranges.columnLow', 'ranges.columnHigh'])
    expect(training.columns?.[0]?.values[0]).toBe(spread.ranges['training.rentalCost']!.low)
    expect(training.columns?.[1]?.values[5]).toBe(9e8)
    const capex = capexTable(a, r, t, context.range)
    expect(capex.columns?.[0]?.values).toEqual([20e9, 60e9, 80e9, 75e9])
    expect(apiCostsTable(r, t).columns).toBeUndefined()
  })

  it('have every lens chart, with a sensitivity chart for each lens', () => {
    expect(Object.keys(CHART_TABLES).sort()).toEqual([...CHART_IDS].sort())
    for (const lens of LENSES) expect(lens.charts.filter((c) => c.sensitivity).map((c) => c.id)).toEqual([`${lens.id}-sensitivity`])
  })
})

describe('sensitivity tables', () => {
  it('rank what moves the headline result, from the result as set, with each assumption\'s two ends', () => {
    // A year of pledges ($320B): Stargate's $100B to $500B, Amazon's $75B to $105B, 4 to 5 years, Meta's $60B to $65B.
    const table = sensitivityTable('capex', t, context)
    expect(table.id).toBe('capex-sensitivity')
    expect(table.categories).toEqual(['label capex.stargate', 'label capex.amazon', 'label capex.stargateYears', 'label capex.meta'])
    expect(table.base).toBe(320e9)
    const [atLow, atHigh] = table.series
    expect(atLow?.values).toEqual([240e9, 320e9, 345e9, 315e9])
    expect(atHigh?.values).toEqual([320e9, 350e9, 320e9, 320e9])
    expect(table.columns?.[0]).toMatchObject({ values: [100e9, 75e9, 4, 60e9], texts: ['100000000000 capex.stargate', '75000000000 capex.amazon', '4 capex.stargateYears', '60000000000 capex.meta'] })
    expect(table.note).toBe('sensitivity.note {"value":"320000000000"}')
    expect(table.axisTitle).toBe('sensitivity.capex.axis')
    // Its export cites the sources of the ranges too.
    expect(table.sources).toEqual(expect.arrayContaining(['stargate', 'amazon-q4-2024', 'meta-q4-2024']))
    for (const id of table.sources) expect(getFullLedger().sourceById.has(id), id).toBe(true)
    // Every lens has one, of its own headline.
    for (const lens of LENSES) expect(sensitivityTable(lens.id, t, context).base).toBe(r[lens.headline])
  })

  it('rank what moves Epoch AI\'s cost of the run, each bar from one end of one assumption\'s range', () => {
    const table = sensitivityTable('training', t, context)
    expect(table.id).toBe('training-sensitivity')
    // Epoch AI's cost of the run: most moved by how fast hardware loses value and how old it is.
    const ids = table.categories.map((c) => c.replace(/^label /, ''))
    expect(ids.slice(0, 2)).toEqual(['training.valueLossPerYear', 'training.hardwareAgeYears'])
    expect(ids).toHaveLength(8)
    expect(table.base).toBe(r['training.epochCost'])
    const [atLow, atHigh] = table.series
    const spans = assumptionSpans()
    const swings = ids.map((id, i) => {
      if (!isAssumptionId(id)) throw new Error(id)
      const span = spans[id]!
      expect(atLow?.values[i], id).toBeCloseTo(computeResults({ ...a, [id]: span.low })['training.epochCost']!, 6)
      expect(atHigh?.values[i], id).toBeCloseTo(computeResults({ ...a, [id]: span.high })['training.epochCost']!, 6)
      expect(table.columns?.[0]?.values[i], id).toBe(span.low)
      return Math.abs(atHigh!.values[i]! - atLow!.values[i]!)
    })
    // The largest swing first.
    expect(swings).toEqual([...swings].sort((x, y) => y - x))
    expect(table.note).toBe(`sensitivity.note {"value":"${r['training.epochCost']}"}`)
    // Its export cites the sources of the ranges too.
    expect(table.sources).toEqual(expect.arrayContaining(['epoch-cost-model', 'epoch-gpu-price-performance']))
    for (const id of table.sources) expect(getFullLedger().sourceById.has(id), id).toBe(true)
  })

  it('say so when nothing moves the result', () => {
    const fixed = { ...context, spread: computeSpread(a, {}) }
    const table = sensitivityTable('api', t, fixed)
    expect(table.categories).toEqual([])
    expect(table.note).toMatch(/^sensitivity\.empty /)
  })

  it('draw floating bars from the result as set, sharing each row, on an axis that need not start at zero', () => {
    const table = sensitivityTable('capex', t, context)
    const data = toChartData(table, palette, false)
    expect(data.datasets[0]?.data[0]).toEqual([table.base, table.series[0]!.values[0]])
    expect(data.datasets.every((d) => d.grouped === false)).toBe(true)
    const options = chartOptions(shapeOf(table), palette, false, 'en')
    expect(options.scales?.x).toMatchObject({ beginAtZero: false })
    expect(toChartData(apiCostsTable(r, t), palette, false).datasets[0]).toMatchObject({ grouped: true, data: MODEL_IDS.map((m) => r[`api.cost.${m}`]) })
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

describe('marks and labels', () => {
  const table = trainingTable(a, r, t)

  it('draws bars on a linear axis and dots on a log one: the datasets\' type says which', () => {
    expect(toChartData(table, palette, false).datasets.map((d) => d.type)).toEqual(['bar'])
    expect(toChartData(table, palette, true).datasets.map((d) => d.type)).toEqual(['dot'])
    expect(markFor(true)).toBe('dot')
    expect(markFor(false)).toBe('bar')
  })

  it('labels each value in the page\'s language, in the series\' kind', () => {
    const shape = shapeOf({ ...table, series: [...table.series, { label: 'x', kind: 'multiple', values: [1, 2, 3, 4, 5] }] })
    const en = chartOptions(shape, palette, true, 'en').plugins?.valueLabels
    const fr = chartOptions(shape, palette, true, 'fr').plugins?.valueLabels
    expect(en?.format?.(5_576_000, 0)).toBe('$5.58M')
    expect(fr?.format?.(5_576_000, 0).replace(/[\u00a0\u202f]/g, ' ')).toBe('5,58 M $')
    expect(fr?.format?.(27.34, 1)).toBe('27,3×')
    expect(en?.format?.(Number.NaN, 0)).toBe('')
    expect(en?.color).toBe(palette.text)
    expect(en?.halo).toBe(palette.surface)
  })

  it('gives a log axis room around its values, in decades, and leaves other ranges alone', () => {
    const { min, max } = logBounds(2.57e6, 1.5e9)
    expect(Math.log10(2.57e6 / min)).toBeCloseTo(0.15, 9)
    expect(Math.log10(max / 1.5e9)).toBeCloseTo(0.15, 9)
    const wide = logBounds(1e2, 1e12)
    expect(Math.log10(1e2 / wide.min)).toBeCloseTo(0.4, 9)
    expect(logBounds(0, 10)).toEqual({ min: 0, max: 10 })
    expect(logBounds(Number.NaN, 10)).toEqual({ min: Number.NaN, max: 10 })
  })

  it('sizes dots to their slot', () => {
    expect(dotRadius(40)).toBe(DOT_RADIUS)
    expect(dotRadius(8)).toBe(3)
    expect(dotRadius(0)).toBe(2)
  })

  it('reads a bar\'s geometry, and nothing from an element that is not a bar', () => {
    const element = (props: Record<string, unknown>) => ({ getProps: () => props })
    expect(barGeometry(element({ x: 10, y: 20, base: 0, horizontal: true, width: 10, height: 8 }))).toEqual({ x: 10, y: 20, base: 0, horizontal: true, width: 10, height: 8 })
    expect(barGeometry(element({ x: 10, y: 20 }))).toBeNull()
    expect(barGeometry(element({ x: Number.NaN, y: 20, base: 0, horizontal: true }))).toBeNull()
  })
})
