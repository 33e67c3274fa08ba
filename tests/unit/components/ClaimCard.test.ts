import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import ClaimCard from '@/components/claims/ClaimCard.vue'
import ClaimList from '@/components/claims/ClaimList.vue'
import { getLedger } from '@/data/figures'
import { createAppI18n } from '@/i18n'
import { useAssumptionsStore } from '@/stores/assumptions'

const ledger = getLedger()

const claim = (id: string) => ledger.claims.find((c) => c.id === id)!

function mountCard(id: string, current: number | null, locale: 'en' | 'fr' = 'en') {
  return mount(ClaimCard, {
    props: { figure: claim(id), current },
    global: { plugins: [createAppI18n(locale)] },
  })
}

describe('ClaimCard', () => {
  it('shows the reported figure, the computed value and how far apart they are', () => {
    const w = mountCard('claim.o1mini', 12 / 2.19)
    expect(w.find('[data-result="claim.o1mini"]').text()).toBe('5.48×')
    expect(w.find('[data-result="claim.o1mini"]').attributes('data-value')).toBe(String(12 / 2.19))
    expect(w.find('.reported').text()).toBe('6×')
    expect(w.find('.gap').text()).toMatch(/^The reported figure is 9\.5% above the computed value\.$/)
    expect(w.find('[data-flag]').text()).toBe('Rounded')
  })

  it('shows "—" and no gap when the computed value has no ratio', () => {
    const w = mountCard('claim.o1', null)
    expect(w.find('[data-result="claim.o1"]').text()).toBe('—')
    expect(w.find('[data-result="claim.o1"]').attributes('data-value')).toBe('')
    expect(w.find('.gap').exists()).toBe(false)
  })

  it('speaks French', () => {
    const w = mountCard('claim.fleetCapex', 1.5e9, 'fr')
    expect(w.find('[data-claim-of="fleet.capex"]').text().replace(/\s/g, ' ')).toBe('1,5 Md $')
    expect(w.find('[data-flag]').text()).toBe('Contesté')
    expect(w.text()).toContain('Chiffre publié')
  })

  it('lists the claim\'s sources as links', () => {
    const w = mountCard('claim.stargate', 100e9)
    const links = w.findAll('a')
    expect(links.length).toBe(claim('claim.stargate').sources.length)
    for (const a of links) expect(a.attributes('href')).toMatch(/^https:\/\//)
  })
})

describe('ClaimList', () => {
  it('renders one card per claim and follows the assumptions store', async () => {
    setActivePinia(createPinia())
    const w = mount(ClaimList, { global: { plugins: [createAppI18n('en')] } })
    expect(w.findAll('[data-claim]').length).toBe(ledger.claims.length)
    expect(w.find('[data-result="claim.o1"]').text()).toBe('27.4×')
    useAssumptionsStore().set('price.o1.output', 21.9)
    await w.vm.$nextTick()
    expect(w.find('[data-result="claim.o1"]').text()).toBe('10×')
  })
})
