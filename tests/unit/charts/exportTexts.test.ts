import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { historyTable } from '@/charts/history'
import { apiCostsTable, trainingTable } from '@/charts/tables'
import type { ChartTable } from '@/charts/types'
import { useChartExport, type UseChartExportReturn } from '@/composables/useChartExport'
import { defaultAssumptions } from '@/data/figures'
import type { Locale } from '@/format/number'
import { getFullLedger } from '@/data/full'
import { computeResults, dayEnd, recordAt } from '@/model'
import { decodeLink, linkAssumptions } from '@/codecs/url'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useScenariosStore } from '@/stores/scenarios'
import { i18nFor } from '../helpers'

let pinia: Pinia
const DAY = new Date('2026-03-05T12:00:00Z')

function exporter(locale: Locale, address: string): UseChartExportReturn {
  let api: UseChartExportReturn | undefined
  const Host = defineComponent({ setup: () => { api = useChartExport({ now: () => DAY, address: () => address }); return () => null } })
  mount(Host, { global: { plugins: [pinia, i18nFor(locale)] } })
  return api!
}

const table = (): ChartTable => {
  const a = useAssumptionsStore().values
  return trainingTable(a, computeResults(a), (k) => k)
}

describe('the PNG export\'s words', () => {
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
  })

  it('end with the share link of the scenario shown, for the language page shown', () => {
    useAssumptionsStore().set('training.rentalPrice', 3)
    useAssumptionsStore().set('capex.stargateYears', 4)
    const fr = exporter('fr', 'https://cost-gap.example/fr/').imageTexts(table())
    expect(fr.links).toEqual([{ label: 'Ouvrir ce scénario dans Cost Gap :', url: 'https://cost-gap.example/fr/#v=1&training.rentalPrice=3&capex.stargateYears=4' }])
    // The link reopens exactly these numbers.
    const url = new URL(fr.links[0]!.url)
    expect(url.pathname).toBe('/fr/')
    expect(linkAssumptions(decodeLink(url.hash), defaultAssumptions())).toEqual(useAssumptionsStore().values)

    const en = exporter('en', 'https://cost-gap.example/').imageTexts(table())
    expect(en.links).toEqual([{ label: 'Open this scenario in Cost Gap:', url: 'https://cost-gap.example/#v=1&training.rentalPrice=3&capex.stargateYears=4' }])
  })

  it('give the bare page at the defaults, and keep the sources and the date in the footer', async () => {
    const exp = exporter('en', 'https://cost-gap.example/')
    await exp.loadSources()
    const texts = exp.imageTexts(table())
    expect(texts.links.map((l) => l.url)).toEqual(['https://cost-gap.example/'])
    expect(texts.footer).toMatch(/^Sources: .+\. Cost Gap, March 5, 2026\.$/)
    const first = getFullLedger().sourceById.get(table().sources[0]!)!
    expect(texts.footer).toContain(`${first.publisher}, “${first.title}”`)
    expect(exporter('fr', 'https://cost-gap.example/fr/').imageTexts(table()).footer).toMatch(/Cost Gap, 5 mars 2026\.$/)
  })

  it('give the comparison one link per compared scenario, named', () => {
    const scenarios = useScenariosStore()
    scenarios.setCompared('preset:as-reported', true)
    scenarios.setCompared('preset:skeptic', true)
    const compare: ChartTable = { id: 'compare', title: 'x', categoryLabel: 'y', categories: [], series: [], sources: [] }
    const { links } = exporter('en', 'https://cost-gap.example/').imageTexts(compare)
    expect(links.map((l) => l.label)).toEqual(['Open “As reported” in Cost Gap:', 'Open “Skeptic” in Cost Gap:'])
    expect(links[0]!.url).toBe('https://cost-gap.example/')
    const skeptic = scenarios.valuesOf('preset:skeptic')!
    expect(linkAssumptions(decodeLink(new URL(links[1]!.url).hash), defaultAssumptions())).toEqual(skeptic)
  })

  it('cite the dated records in force on the prices\' date, not the January figures\' sources', async () => {
    const store = useAssumptionsStore()
    store.setAsOf('2025-07-01')
    const exp = exporter('en', 'https://cost-gap.example/')
    await exp.loadSources()
    const x = { history: { asOf: store.asOf, picks: store.picks, day: String, price: String } }
    const costs = apiCostsTable(computeResults(store.values), (k) => k, undefined, x)
    const full = getFullLedger()
    const o3 = full.history.endpoints.find((e) => e.id === 'o3')!
    const o3Sources = recordAt(o3, dayEnd('2025-07-01')!)!.sources!
    const texts = exp.imageTexts(costs)
    const first = full.sourceById.get(o3Sources[0]!)!
    expect(texts.footer).toContain(`${first.publisher}, “${first.title}”`)
    // o1's January list-price sources are not cited: o1 does not fill a slot that day.
    const o1 = full.history.endpoints.find((e) => e.id === 'o1')!.records[0]!.sources!
    for (const id of o1.filter((s) => !o3Sources.includes(s))) expect(texts.footer).not.toContain(full.sourceById.get(id)!.title)
    // The subtitle says the date the prices are taken from.
    expect(texts.subtitle).toContain('Prices as of 1 July 2025')
  })

  it('cite the history chart\'s records, a few, then point to the sources table', async () => {
    const exp = exporter('fr', 'https://cost-gap.example/fr/')
    await exp.loadSources()
    const history = historyTable(useAssumptionsStore().values, (k) => k, { asOf: '2025-01-27', picks: {}, day: String, price: String, message: (k) => k })
    expect(history.records!.length).toBeGreaterThan(5)
    const footer = exp.imageTexts(history).footer
    const full = getFullLedger()
    const firstRecord = full.history.endpoints.find((e) => e.id === history.records![0]!.endpoint)!.records.find((r) => r.from === history.records![0]!.from)!
    expect(footer).toContain(full.sourceById.get(firstRecord.sources![0]!)!.title)
    expect(footer).toMatch(/et \d+ autres, listées avec les prix datés dans le tableau des sources de Cost Gap/)
  })
})
