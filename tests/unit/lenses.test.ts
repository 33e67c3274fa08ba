/** The lens registry: every id it names exists, has its words in both languages and its chart table. */
import { describe, expect, it } from 'vitest'
import { CHART_TABLES, type TableContext } from '@/charts/tables'
import { assumptionSpans, defaultAssumptions, getLedger } from '@/data/figures'
import { getFullLedger } from '@/data/full'
import { CHART_IDS, LENSES, lensOfChartId, lensSpec } from '@/lenses'
import type { Messages } from '@/i18n'
import { ASSUMPTION_IDS, computeResults, computeSpread, isAssumptionId, isResultId, stretchedSpan } from '@/model'

const ledger = getLedger()

// The message files as written (the build turns each string into a syntax tree, see vite.config.ts).
const files = import.meta.glob<string>('/src/i18n/*/*.json', { query: '?raw', import: 'default', eager: true })
const messagesOf = (lang: 'en' | 'fr'): Messages => Object.assign(
  {},
  ...Object.entries(files).filter(([path]) => path.includes(`/${lang}/`)).map(([, text]): Messages => JSON.parse(text)),
)
const en = messagesOf('en')
const fr = messagesOf('fr')

/** The message at a dotted key, or `undefined`. */
function message(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return typeof node === 'string' ? node : undefined
}

function expectWords(key: string) {
  expect(message(en, key), `en: ${key}`).toBeTruthy()
  expect(message(fr, key), `fr: ${key}`).toBeTruthy()
}

describe('the lens registry', () => {
  it('puts each lens\'s headline first among its key results, and names only model results', () => {
    for (const lens of LENSES) {
      expect(lens.keyResults[0], lens.id).toBe(lens.headline)
      for (const id of [...lens.results, ...lens.keyResults]) expect(isResultId(id), id).toBe(true)
    }
  })

  it('answers the training lens with Epoch AI\'s method, listed among its four methods', () => {
    const training = lensSpec('training')
    expect(training.headline).toBe('training.epochCost')
    for (const id of ['training.rentalCost', 'training.epochCost', 'training.amortizedCost', 'training.clusterCapex'] as const) {
      expect(training.results).toContain(id)
    }
    for (const id of ['fleet.serverCapex', 'fleet.annualCost', 'fleet.annualCostOverRentalCost'] as const) {
      expect(training.results).toContain(id)
    }
    expect(training.keyResults).toEqual(expect.arrayContaining(['fleet.annualCost', 'fleet.annualCostOverRentalCost']))
  })

  it('holds every assumption in exactly one control group', () => {
    const grouped = LENSES.flatMap((l) => l.groups.flatMap((g) => g.assumptions))
    expect([...grouped].sort()).toEqual([...ASSUMPTION_IDS].sort())
  })

  it('has the words of every group, method, result and chart it names, in English and French', () => {
    for (const lens of LENSES) {
      for (const g of lens.groups) expectWords(g.legend)
      for (const m of lens.methods) expectWords(m.text)
      for (const id of lens.results) expectWords(`results.${id.replace('.', '_')}`)
      for (const id of lens.keyResults) expectWords(`compare.results.${id}`)
    }
  })

  it('cites sources and sets figures beside the results that the ledger holds', () => {
    for (const lens of LENSES) {
      for (const m of lens.methods) for (const id of m.sources) expect(getFullLedger().sourceById.has(id), id).toBe(true)
      for (const id of lens.references) expect(ledger.figureById.has(id), id).toBe(true)
    }
    expect(lensSpec('training').references).toEqual(['semianalysis.serverCapex', 'semianalysis.opex'])
  })

  it('gives every chart a lens and a table whose words exist', () => {
    const a = defaultAssumptions()
    const r = computeResults(a)
    const missing: string[] = []
    const t = (key: string) => {
      if (!message(en, key) || !message(fr, key)) missing.push(key)
      return key
    }
    const spread = computeSpread(a, assumptionSpans())
    const context: TableContext = {
      spread,
      range: (id) => (isAssumptionId(id) ? stretchedSpan(assumptionSpans()[id], a[id]) : spread.ranges[id]),
      message: (key) => t(key),
      label: (id) => id,
      unit: (value) => String(value),
      result: (value) => String(value),
    }
    for (const id of CHART_IDS) {
      expect(lensOfChartId(id), id).toBeDefined()
      const table = CHART_TABLES[id](a, r, t, context)
      expect(table.id).toBe(id)
      expect(table.series.every((s) => s.values.length === table.categories.length), id).toBe(true)
    }
    expect(missing).toEqual([])
  })
})
