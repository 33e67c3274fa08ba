import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createScheduler } from '@/islands/scheduler'

describe('createScheduler', () => {
  it('lets a young task go on, and yields once it has run its slice', async () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1_000)
    const scheduler = createScheduler({ sliceMs: 6 })
    await scheduler.nextTask()
    const order: string[] = []
    now.mockReturnValue(1_003)
    const young = scheduler.slice().then(() => order.push('young'))
    void Promise.resolve().then(() => order.push('microtask'))
    await young
    // Resolved in the same task: before a microtask queued after it.
    expect(order).toEqual(['young', 'microtask'])

    now.mockReturnValue(1_010)
    const posted: string[] = []
    const old = scheduler.slice().then(() => posted.push('old'))
    setTimeout(() => posted.push('timer'), 0)
    await Promise.resolve()
    expect(posted).toEqual([])
    await old
    expect(posted[0]).toBe('old')
  })

  it('gives each scheduler its own clock: one app busy does not make another yield', async () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(0)
    const busy = createScheduler({ sliceMs: 6 })
    now.mockReturnValue(100)
    const fresh = createScheduler({ sliceMs: 6 })
    let resolved = false
    void fresh.slice().then(() => (resolved = true))
    await Promise.resolve()
    expect(resolved).toBe(true)
    resolved = false
    void busy.slice().then(() => (resolved = true))
    await Promise.resolve()
    expect(resolved).toBe(false)
  })

  describe('whenIdle', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'requestIdleCallback'] })
    })
    afterEach(() => vi.useRealTimers())

    it('runs nothing before start-up is over and the page has settled, then one job per idle period, in order', () => {
      const scheduler = createScheduler({ idleDelayMs: 3_000 })
      const ran: number[] = []
      scheduler.whenIdle(() => ran.push(1))
      scheduler.whenIdle(() => ran.push(2))
      vi.advanceTimersByTime(10_000)
      expect(ran).toEqual([])

      scheduler.settle()
      vi.advanceTimersByTime(2_999)
      expect(ran).toEqual([])
      vi.advanceTimersToNextTimer()
      vi.advanceTimersToNextTimer()
      expect(ran).toEqual([1])
      vi.runAllTimers()
      expect(ran).toEqual([1, 2])
    })

    it('takes a job back out when asked', () => {
      const scheduler = createScheduler({ idleDelayMs: 0 })
      const ran: string[] = []
      const cancel = scheduler.whenIdle(() => ran.push('cancelled'))
      scheduler.whenIdle(() => ran.push('kept'))
      cancel()
      scheduler.settle()
      vi.runAllTimers()
      expect(ran).toEqual(['kept'])
    })
  })
})
