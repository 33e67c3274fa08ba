/**
 * When start-up work runs. One scheduler is created per app start (main.ts) and provided to every island,
 * so that nothing about scheduling lives in module state.
 *
 * - `slice()` keeps start-up work in short tasks: it resolves at once while the current task is young and
 *   in a new task (posted through a MessageChannel, without the 4 ms clamp of nested timers) once the task
 *   has run `sliceMs`, so that a tap is never kept waiting long.
 * - `whenIdle(job)` runs work nobody is waiting for (charts far from the viewport) once the page is live and
 *   has had `idleDelayMs` to settle: one job per long idle period, in the order queued.
 */
import type { InjectionKey } from 'vue'

export interface Scheduler {
  /** Yields to the browser if the current task has run long enough. */
  slice(): Promise<void>
  /** Yields to the browser: resolves in a new task. */
  nextTask(): Promise<void>
  /** Queues `job` for an idle period after start-up; the returned function takes it back out. */
  whenIdle(job: () => void): () => void
  /** Says start-up is over: idle jobs may begin once the page has settled. */
  settle(): void
}

export interface SchedulerOptions {
  /** Work per task before yielding, in ms. A long task is 50 ms on a phone ~4x slower than this machine. */
  readonly sliceMs?: number
  /** How long after start-up idle jobs wait, in ms, so that loading is over before they begin. */
  readonly idleDelayMs?: number
}

export const SCHEDULER: InjectionKey<Scheduler> = Symbol('scheduler')

/** The idle time an idle job needs, in ms (the browser gives at most 50). */
const IDLE_JOB_MS = 40

export function createScheduler({ sliceMs = 6, idleDelayMs = 3_000 }: SchedulerOptions = {}): Scheduler {
  const channel = new MessageChannel()
  const waiting: Array<() => void> = []
  channel.port1.onmessage = () => waiting.shift()?.()
  let taskStart = performance.now()

  function nextTask(): Promise<void> {
    return new Promise((resolve) => {
      waiting.push(() => {
        taskStart = performance.now()
        resolve()
      })
      channel.port2.postMessage(null)
    })
  }

  const idle: Array<() => void> = []
  let idleOpen = false
  let idlePosted = false

  function runIdle(deadline?: IdleDeadline): void {
    idlePosted = false
    // A job (building a chart) takes tens of milliseconds: only in a long idle period, never between the
    // frames of a slider being dragged.
    if (!deadline || deadline.timeRemaining() >= IDLE_JOB_MS) idle.shift()?.()
    postIdle()
  }

  function postIdle(): void {
    if (!idleOpen || idlePosted || idle.length === 0) return
    idlePosted = true
    if (typeof requestIdleCallback === 'function') requestIdleCallback(runIdle)
    else setTimeout(runIdle, 50)
  }

  return {
    nextTask,
    slice: () => (performance.now() - taskStart >= sliceMs ? nextTask() : Promise.resolve()),
    whenIdle(job) {
      idle.push(job)
      postIdle()
      return () => {
        const i = idle.indexOf(job)
        if (i >= 0) idle.splice(i, 1)
      }
    },
    settle() {
      setTimeout(() => {
        idleOpen = true
        postIdle()
      }, idleDelayMs)
    },
  }
}
