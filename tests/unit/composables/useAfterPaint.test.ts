import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, shallowRef, type ShallowRef } from 'vue'
import { mount } from '@vue/test-utils'
import { useAfterPaint } from '@/composables/useAfterPaint'

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'] })
})
afterEach(() => vi.useRealTimers())

function follow() {
  const source = shallowRef(1)
  let late!: Readonly<ShallowRef<number | null>>
  const wrapper = mount(defineComponent({
    setup() {
      late = useAfterPaint(() => source.value)
      return () => h('p', String(late.value))
    },
  }))
  return { source, late: () => late.value, wrapper }
}

/** Mounted, and past its first frame: it holds the source's first value. */
async function followed() {
  const f = follow()
  await vi.runAllTimersAsync()
  return f
}

describe('useAfterPaint', () => {
  it('starts empty, takes the value after the first frame, and follows a change only after the next', async () => {
    const { source, late, wrapper } = follow()
    expect(late()).toBeNull()
    await vi.runAllTimersAsync()
    expect(late()).toBe(1)
    source.value = 2
    await nextTick()
    expect(late()).toBe(1)
    vi.advanceTimersToNextFrame()
    expect(late()).toBe(1)
    await vi.runAllTimersAsync()
    expect(late()).toBe(2)
    wrapper.unmount()
  })

  it('takes changes made in the meantime together, the latest winning', async () => {
    const { source, late, wrapper } = await followed()
    source.value = 2
    await nextTick()
    source.value = 3
    await nextTick()
    await vi.runAllTimersAsync()
    expect(late()).toBe(3)
    wrapper.unmount()
  })

  it('stops waiting when its component goes', async () => {
    const { source, late, wrapper } = await followed()
    source.value = 2
    await nextTick()
    wrapper.unmount()
    await vi.runAllTimersAsync()
    expect(late()).toBe(1)
  })
})
