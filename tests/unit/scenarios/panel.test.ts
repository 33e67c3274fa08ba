import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import ScenarioSection from '@/components/scenarios/ScenarioSection.vue'
import { LENSES } from '@/lenses'
import { i18nFor, islandsLoaded } from '../helpers'
import { useScenariosStore } from '@/stores/scenarios'

describe('the scenario section', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  for (const locale of ['en', 'fr'] as const) {
    it(`shows no untranslated key, with a saved scenario and an open comparison (${locale})`, async () => {
      const pinia = createPinia()
      setActivePinia(pinia)
      const w = mount(ScenarioSection, { global: { plugins: [pinia, i18nFor(locale)] } })
      await islandsLoaded(w)
      const store = useScenariosStore()
      store.save('Mine')
      store.setCompared('preset:as-reported', true)
      await w.find('[data-action="compare"]').trigger('click')
      await flushPromises()
      expect(w.find('[data-compare-message]').text()).not.toBe('')
      store.setCompared('preset:skeptic', true)
      await w.find('[data-action="compare"]').trigger('click')
      // The comparison's table loads its code when first wanted.
      await vi.waitFor(() => expect(w.find('[data-compare-table]').exists()).toBe(true))
      const text = w.text()
      expect(text).not.toMatch(/\b(scenarios|compare|share|exports|storage)\.[a-z]/)
      expect(w.findAll('[data-preset]')).toHaveLength(4)
      expect(w.find('[data-field="scenario-name"]').exists()).toBe(true)
      expect(w.find('input[type="file"][data-action="import-json"]').attributes('accept')).toBe('application/json,.json')
      expect(w.find('[data-compare-table]').exists()).toBe(true)
      w.unmount()
    })
  }

  it('has a label for every result and lens of the comparison, in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { te } = i18nFor(locale).global
      for (const lens of LENSES) {
        expect(te(`compare.lens.${lens.id}`), `${locale} ${lens.id}`).toBe(true)
        for (const id of lens.keyResults) expect(te(`compare.results.${id}`), `${locale} ${id}`).toBe(true)
      }
    }
  })
})
