import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref, shallowRef } from 'vue'
import { mount } from '@vue/test-utils'
import type { ChartTable } from '@/charts/types'
import { SETTLE_MS, useChartFeed, type UseChartFeedReturn } from '@/composables/useChartFeed'

const tableOf = (value: number): ChartTable => ({
  id: 'test',
  title: 'Test',
  categoryLabel: 'Model',
  sources: [],
  categories: ['R1'],
  series: [{ label: 'Cost', kind: 'usd', values: [value] }],
})

/** Stands in for IntersectionObserver: `show(true)` says the chart came into view. */
let show: (visible: boolean) => void = () => {}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] })
  vi.stubGlobal('IntersectionObserver', class {
    constructor(private readonly callback: IntersectionObserverCallback) {
      show = (visible) => this.callback([{ isIntersecting: visible } as IntersectionObserverEntry], this as unknown as IntersectionObserver)
    }
    observe() {}
    unobserve() {}
    disconnect() {}
  })
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

function feed() {
  const source = shallowRef(tableOf(1))
  const tableShown = ref(false)
  let out!: UseChartFeedReturn
  const wrapper = mount(defineComponent({
    setup() {
      const target = ref<HTMLElement | null>(null)
      out = useChartFeed(() => source.value, target, { tableShown })
      return () => h('figure', { ref: target })
    },
  }))
  return { source, tableShown, out, wrapper }
}

const listedValue = (out: UseChartFeedReturn) => out.listed.value.series[0]?.values[0]
const drawnValue = (out: UseChartFeedReturn) => out.drawn.value.series[0]?.values[0]

describe('useChartFeed', () => {
  it('in view with its table open, draws and lists the new numbers with the next frame', async () => {
    const { source, tableShown, out, wrapper } = feed()
    await nextTick()
    show(true)
    tableShown.value = true
    await nextTick()
    source.value = tableOf(2)
    await nextTick()
    expect(listedValue(out)).toBe(1)
    vi.advanceTimersToNextFrame()
    expect(drawnValue(out)).toBe(2)
    expect(listedValue(out)).toBe(2)
    wrapper.unmount()
  })

  it('in view with its table hidden, draws with the next frame and lists once the numbers are still', async () => {
    const { source, tableShown, out, wrapper } = feed()
    await nextTick()
    show(true)
    for (let v = 2; v <= 4; v++) {
      source.value = tableOf(v)
      await nextTick()
      vi.advanceTimersToNextFrame()
      expect(drawnValue(out)).toBe(v)
      expect(listedValue(out)).toBe(1)
    }
    vi.advanceTimersByTime(SETTLE_MS)
    expect(listedValue(out)).toBe(4)
    // Opening the table lists the numbers at once.
    source.value = tableOf(5)
    await nextTick()
    tableShown.value = true
    await nextTick()
    expect(listedValue(out)).toBe(5)
    wrapper.unmount()
  })

  it('out of view, lists the numbers only once they have been still for a moment, and draws nothing', async () => {
    const { source, out, wrapper } = feed()
    await nextTick()
    show(false)
    for (let v = 2; v <= 5; v++) {
      source.value = tableOf(v)
      await nextTick()
      vi.advanceTimersByTime(SETTLE_MS / 2)
      expect(listedValue(out)).toBe(1)
    }
    vi.advanceTimersByTime(SETTLE_MS)
    expect(listedValue(out)).toBe(5)
    expect(drawnValue(out)).toBe(1)
    // Back in view, the drawing catches up too.
    show(true)
    vi.advanceTimersToNextFrame()
    expect(drawnValue(out)).toBe(5)
    wrapper.unmount()
  })
})
