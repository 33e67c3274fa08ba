import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { defaultAssumptions } from '@/data/figures'
import { i18nFor } from '../helpers'
import { shareFragment, useUrlState } from '@/composables/useUrlState'
import { STORAGE_KEY } from '@/codecs/storage'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useNoticesStore } from '@/stores/notices'
import { useScenariosStore } from '@/stores/scenarios'

let pinia: Pinia
const mounted: Array<{ unmount: () => void }> = []

async function start(hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  const Host = defineComponent({ setup: () => { useUrlState({ debounceMs: 250 }); return () => null } })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18nFor('en')] } })
  mounted.push(wrapper)
  await flushPromises()
  return wrapper
}
const linkNotice = () => useNoticesStore().notices.find((n) => n.key === 'link')

describe('useUrlState', () => {
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
  })
  afterEach(() => {
    for (const w of mounted.splice(0)) w.unmount()
    vi.useRealTimers()
  })

  it('loads the scenario in the link; what the link does not give stays at the defaults', async () => {
    await start('#v=1&capex.stargateYears=4&training.rentalPrice=3')
    const a = useAssumptionsStore()
    expect(a.values).toEqual({ ...defaultAssumptions(), 'capex.stargateYears': 4, 'training.rentalPrice': 3 })
    expect(linkNotice()).toBeUndefined()
  })

  it('says what it ignored or clamped, and rewrites the address to what it loaded', async () => {
    await start('#v=1&capex.meta=abc&nope=1&workload.outputShare=7')
    expect(useAssumptionsStore().values['workload.outputShare']).toBe(1)
    const text = linkNotice()!.text
    expect(text).toContain('“capex.meta” (not a number)')
    expect(text).toContain('“nope” (not a setting of Cost Gap)')
    expect(text).toContain('Output share set to 100%')
    expect(window.location.hash).toBe('#v=1&workload.outputShare=1')
  })

  it('leaves a section link alone and says nothing', async () => {
    await start('#sources')
    expect(useAssumptionsStore().values).toEqual(defaultAssumptions())
    expect(window.location.hash).toBe('#sources')
    expect(useNoticesStore().notices).toEqual([])
  })

  it('follows the assumptions with replaceState, debounced, and never pushes history', async () => {
    await start('')
    vi.useFakeTimers()
    const push = vi.spyOn(window.history, 'pushState')
    const replace = vi.spyOn(window.history, 'replaceState')
    const a = useAssumptionsStore()
    for (const v of [2, 3, 4]) {
      a.set('capex.stargateYears', v)
      await nextTick()
    }
    expect(replace).not.toHaveBeenCalled()
    vi.advanceTimersByTime(300)
    expect(replace).toHaveBeenCalledTimes(1)
    expect(window.location.hash).toBe('#v=1&capex.stargateYears=4')
    a.$reset()
    await nextTick()
    vi.advanceTimersByTime(300)
    expect(window.location.hash).toBe('')
    expect(push).not.toHaveBeenCalled()
  })

  it('loads a link pasted into the same tab', async () => {
    await start('')
    window.history.replaceState(null, '', '/#v=1&market.nvidiaLoss=593000000000')
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    await nextTick()
    expect(useAssumptionsStore().values['market.nvidiaLoss']).toBe(593e9)
  })

  it('never touches saved scenarios', async () => {
    localStorage.setItem(STORAGE_KEY, 'untouched')
    const s = useScenariosStore()
    s.save('Kept')
    await start('#v=2&capex.meta=1')
    expect(s.saved.map((x) => x.name)).toEqual(['Kept'])
    expect(localStorage.getItem(STORAGE_KEY)).toBe('untouched')
    expect(linkNotice()!.text).toContain('newer version')
  })

  it('writes an empty fragment at the defaults', () => {
    expect(shareFragment(defaultAssumptions())).toBe('')
    expect(shareFragment({ ...defaultAssumptions(), 'training.pue': 1.5 })).toBe('v=1&training.pue=1.5')
  })
})
