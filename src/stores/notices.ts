import { defineStore } from 'pinia'
import { ref } from 'vue'

export type NoticeLevel = 'info' | 'warning' | 'error'

export interface Notice {
  readonly id: number
  readonly level: NoticeLevel
  /** Already translated text: notices are plain text, never HTML. */
  readonly text: string
  /** A key that identifies a lasting condition (e.g. 'storage-full'): pushing it again replaces it. */
  readonly key?: string
  /** Lasting notices stay until dismissed or cleared by their key; others can be dismissed. */
  readonly persistent: boolean
}

/** Messages for the visitor: a link partly ignored, storage full, a bad import, a value clamped. */
export const useNoticesStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([])
  let next = 1

  function push(level: NoticeLevel, text: string, options: { key?: string; persistent?: boolean } = {}): number {
    const id = next++
    const notice: Notice = { id, level, text, key: options.key, persistent: options.persistent ?? false }
    notices.value = [...notices.value.filter((n) => options.key === undefined || n.key !== options.key), notice]
    return id
  }

  function dismiss(id: number): void {
    notices.value = notices.value.filter((n) => n.id !== id)
  }

  /** Removes the notice of a condition that no longer holds (e.g. a save succeeded after 'storage-full'). */
  function clear(key: string): void {
    notices.value = notices.value.filter((n) => n.key !== key)
  }

  function $reset(): void {
    notices.value = []
  }

  return { notices, push, dismiss, clear, $reset }
})
