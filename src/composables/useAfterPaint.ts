import { onBeforeUnmount, onMounted, shallowRef, watch, type ShallowRef } from 'vue'

/** The longest a change waits for the browser to be idle, in ms. */
const IDLE_TIMEOUT_MS = 200

/**
 * A value that follows `source` once the frame that shows a change has been produced and the browser has
 * a moment to spare: what can come a little later (a chart below the table it draws) then costs that
 * frame nothing, nor the work right after it. `null` at first: the first value, too, comes once the
 * component's first frame is out. Changes in the meantime are taken together, the latest winning.
 */
export function useAfterPaint<T>(source: () => T): Readonly<ShallowRef<T | null>> {
  const value = shallowRef<T | null>(null)
  let cancel: (() => void) | null = null

  function catchUp(): void {
    cancel = null
    value.value = source()
  }
  function whenIdle(): void {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(catchUp, { timeout: IDLE_TIMEOUT_MS })
      cancel = () => cancelIdleCallback(id)
    } else {
      const id = setTimeout(catchUp, 0)
      cancel = () => clearTimeout(id)
    }
  }
  function schedule(): void {
    if (cancel) return
    // A frame's callbacks run before it is produced: the wait for idle time starts within it.
    const id = requestAnimationFrame(whenIdle)
    cancel = () => cancelAnimationFrame(id)
  }
  watch(source, schedule)
  onMounted(schedule)
  onBeforeUnmount(() => cancel?.())
  return value
}
