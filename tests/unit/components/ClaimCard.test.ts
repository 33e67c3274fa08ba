import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import ClaimCard from '@/components/claims/ClaimCard.vue'
import ClaimFigures from '@/components/claims/ClaimFigures.vue'
import ClaimHeld from '@/components/claims/ClaimHeld.vue'
import ClaimList from '@/components/claims/ClaimList.vue'
import { getFullLedger } from '@/data/full'
import { useAssumptionsStore } from '@/stores/assumptions'
import { i18nFor, islandsLoaded } from '../helpers'

const ledger = getFullLedger()

const claim = (id: string) => ledger.claims.find((c) => c.id === id)!

describe('ClaimFigures', () => {
  beforeEach(() => setActivePinia(createPinia()))

  const figures = (id: string, locale: 'en' | 'fr' = 'en') => mount(ClaimFigures, { props: { id }, global: { plugins: [i18nFor(locale)] } })

  it('shows the reported figure, the computed value and how far apart they are', () => {
    const w = figures('claim.o1mini')
    expect(w.find('[data-result="claim.o1mini"]').text()).toBe('5.48×')
    expect(w.find('[data-result="claim.o1mini"]').attributes('data-value')).toBe(String(12 / 2.19))
    expect(w.find('.claim-reported').text()).toBe('6×')
    expect(w.find('.claim-gap').text()).toMatch(/^The reported figure is 9\.5% above the computed value\.$/)
  })

  it('shows "—" and no gap when the computed value has no ratio', async () => {
    useAssumptionsStore().set('price.r1.output', 0)
    const w = figures('claim.o1')
    expect(w.find('[data-result="claim.o1"]').text()).toBe('—')
    expect(w.find('[data-result="claim.o1"]').attributes('data-value')).toBe('')
    expect(w.find('.claim-gap').exists()).toBe(false)
  })

  it('speaks French', () => {
    const w = figures('claim.fleetCapex', 'fr')
    expect(w.find('[data-claim-of="fleet.capex"]').text().replace(/\s/g, ' ')).toBe('1,5 Md $')
    expect(w.text()).toContain('Chiffre publié')
  })

  it('gives the computed value its range, as hooks in base units and in words', async () => {
    const w = figures('claim.stargate')
    const current = w.find('[data-claim-of="capex.stargatePerYear"]')
    expect(current.attributes('data-range-low')).toBe(String(20e9))
    expect(current.attributes('data-range-high')).toBe(String(125e9))
    expect(w.find('[data-range]').text()).toBe('Range: $20B to $125B')
    // A claim read off an assumption takes the assumption's own range.
    const loss = figures('claim.nvidiaLoss', 'fr').find('[data-claim-of="market.nvidiaLoss"]')
    expect([loss.attributes('data-range-low'), loss.attributes('data-range-high')]).toEqual([String(589e9), String(600e9)])
    // Published prices alone: no spread.
    expect(figures('claim.o1').find('[data-range]').text()).toBe('No range: only fixed figures go into it')
    useAssumptionsStore().set('capex.stargate', 1000e9)
    await w.vm.$nextTick()
    expect(current.attributes('data-range-high')).toBe(String(250e9))
  })

  it('follows the assumptions', async () => {
    const w = figures('claim.o1')
    expect(w.find('[data-result="claim.o1"]').text()).toBe('27.4×')
    useAssumptionsStore().set('price.o1.output', 21.9)
    await w.vm.$nextTick()
    expect(w.find('[data-result="claim.o1"]').text()).toBe('10×')
  })
})

describe('ClaimCard', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('holds the claim\'s words, verdict and sources, with its figures as an island', async () => {
    const w = mount(ClaimCard, { props: { figure: claim('claim.o1mini') }, global: { plugins: [i18nFor('en')] } })
    await islandsLoaded(w)
    expect(w.find('[data-flag]').text()).toBe('Rounded')
    const island = w.find('[data-island="claim"]')
    expect(island.attributes('data-arg')).toBe('claim.o1mini')
    expect(island.attributes('data-depends')).toBe('scenario')
    expect(island.find('[data-result="claim.o1mini"]').text()).toBe('5.48×')
  })

  it('lists the claim\'s sources as links', () => {
    const w = mount(ClaimCard, { props: { figure: claim('claim.stargate') }, global: { plugins: [i18nFor('en')] } })
    const links = w.findAll('a')
    expect(links.length).toBe(claim('claim.stargate').sources.length)
    for (const a of links) expect(a.attributes('href')).toMatch(/^https:\/\//)
  })
})

describe('ClaimHeld', () => {
  const held = (id: string, locale: 'en' | 'fr' = 'en') => mount(ClaimHeld, { props: { figure: claim(id) }, global: { plugins: [i18nFor(locale)] } })

  it('says from when to when a price claim\'s verdict held, and its low and high, in words and hooks', () => {
    const w = held('claim.o1mini')
    const p = w.find('[data-held="claim.o1mini"]')
    expect(p.find('[data-held-from]').attributes()).toMatchObject({ 'data-held-from': '2025-01-20', 'data-held-to': '2025-01-31' })
    expect(p.find('[data-held-open]').exists()).toBe(false)
    expect(p.attributes()).toMatchObject({ 'data-gap-low-at': '2026-09-22', 'data-gap-high-at': '2026-07-09' })
    expect(Number(p.attributes('data-gap-low'))).toBeCloseTo(0.5 / 1.2, 10)
    expect(p.text().replace(/\s+/g, ' ')).toBe('Over time 6×: held from 20 January 2025 until prices changed on 31 January 2025.'
      + ' In the prices confirmed up to 22 September 2026: lowest 0.417× (from 22 September 2026), highest 21.4× (from 9 July 2026).')
  })

  it('speaks French', () => {
    expect(held('claim.r1Price', 'fr').text().replace(/\s+/g, ' ')).toBe('Dans la durée 2,19 $ : a tenu du 20 janvier 2025 jusqu’au changement de prix du 5 septembre 2025.'
      + ' Sur les prix confirmés jusqu’au 22 septembre 2026 : au plus bas 0,28 $ (dès le 24 avril 2026), au plus haut 2,19 $ (dès le 20 janvier 2025).')
  })

  it('says nothing on a claim that is not about API prices', () => {
    expect(held('claim.stargate').html()).not.toContain('data-held')
  })
})

describe('ClaimList', () => {
  it('renders one card per claim', async () => {
    setActivePinia(createPinia())
    const w = mount(ClaimList, { global: { plugins: [i18nFor('en')] } })
    await islandsLoaded(w)
    expect(w.findAll('[data-claim]').length).toBe(ledger.claims.length)
    expect(w.find('[data-result="claim.o1"]').text()).toBe('27.4×')
  })
})
