import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { trainingTable } from '@/charts/tables'
import type { ChartTable } from '@/charts/types'
import { useChartExport, type UseChartExportReturn } from '@/composables/useChartExport'
import { defaultAssumptions, getLedger } from '@/data/figures'
import type { Locale } from '@/format/number'
import { computeResults } from '@/model'
import { decodeLink, linkAssumptions } from '@/state/url'
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

  it('give the bare page at the defaults, and keep the sources and the date in the footer', () => {
    const texts = exporter('en', 'https://cost-gap.example/').imageTexts(table())
    expect(texts.links.map((l) => l.url)).toEqual(['https://cost-gap.example/'])
    expect(texts.footer).toMatch(/^Sources: .+\. Cost Gap, March 5, 2026\.$/)
    const first = getLedger().sourceById.get(table().sources[0]!)!
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
})
