import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import AssumptionSlider from '@/components/inputs/AssumptionSlider.vue'
import { defaultAssumptions } from '@/data/figures'
import { i18nFor } from '../helpers'
import type { AssumptionId } from '@/model'
import { useNoticesStore } from '@/stores/notices'

async function mountSlider(id: AssumptionId, value: number, locale: 'en' | 'fr' = 'en') {
  const updates: number[] = []
  const wrapper = mount(AssumptionSlider, {
    props: { id, modelValue: value, 'onUpdate:modelValue': (v: number) => { updates.push(v); void wrapper.setProps({ modelValue: v }) } },
    global: { plugins: [i18nFor(locale)] },
  })
  const number = wrapper.find<HTMLInputElement>(`input[type="number"][data-assumption="${id}"]`)
  const range = wrapper.find<HTMLInputElement>(`input[type="range"][data-assumption="${id}"]`)
  // Live at once: an island is inert until mounted, never disabled by its own components.
  expect(number.attributes('disabled')).toBeUndefined()
  expect(range.attributes('disabled')).toBeUndefined()
  return { wrapper, number, range, updates }
}

describe('AssumptionSlider', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('pairs a range and a number input on one value, both carrying data-assumption', async () => {
    const { number, range, wrapper } = await mountSlider('training.gpuHours', 2_788_000)
    expect(number.element.value).toBe('2.788')
    expect(range.exists()).toBe(true)
    expect(range.attributes('aria-valuetext')).toBe('2,788,000 GPU-hours')
    expect(wrapper.find('label').text()).toBe('V3 training GPU-hours')
    expect(wrapper.text()).toContain('M GPU-hours')
  })

  it('applies a typed value in display units when committed', async () => {
    const { number, updates } = await mountSlider('workload.outputShare', 0.25)
    number.element.value = '40'
    await number.trigger('change')
    expect(updates).toEqual([0.4])
  })

  it('clamps an out-of-range value and says so in a notice', async () => {
    const { number, updates } = await mountSlider('workload.outputShare', 0.25)
    number.element.value = '150'
    await number.trigger('change')
    expect(updates).toEqual([1])
    expect(number.element.value).toBe('100')
    expect(useNoticesStore().notices.map((n) => n.text)).toEqual([expect.stringContaining('100%')])
  })

  it('refuses text that is not a number, and changes nothing', async () => {
    const { number, updates, wrapper } = await mountSlider('capex.meta', 65e9)
    number.element.value = ''
    await number.trigger('change')
    expect(updates).toEqual([])
    expect(number.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('Type a number')
  })

  it('moves on a log scale when the range moves', async () => {
    const { range, updates } = await mountSlider('price.r1.output', 2.19)
    range.element.value = '0'
    await range.trigger('input')
    expect(updates).toEqual([0])
  })

  it('resets to the source value, and offers no reset when already there', async () => {
    const source = defaultAssumptions()['capex.stargateYears']
    const { wrapper, updates } = await mountSlider('capex.stargateYears', 4)
    const reset = wrapper.find('[data-action="reset-assumption"]')
    expect(reset.attributes('disabled')).toBeUndefined()
    expect(reset.attributes('aria-label')).toBe(`Reset Stargate period to the source's ${source} years`)
    await reset.trigger('click')
    expect(updates).toEqual([source])
    expect(wrapper.find('[data-action="reset-assumption"]').attributes('disabled')).toBeDefined()
  })

  it('speaks French', async () => {
    const { range, wrapper } = await mountSlider('capex.stargate', 500e9, 'fr')
    expect(range.attributes('aria-valuetext')?.replace(/\s/g, ' ')).toBe('500 Md $')
    expect(wrapper.text()).toContain('Md$')
  })
})
