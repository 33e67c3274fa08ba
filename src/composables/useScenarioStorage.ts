/**
 * Keeps the saved scenarios in browser storage: reads them at start (setting corrupt entries aside),
 * writes every change, and merges what another tab writes. When storage is refused, full or holds a newer
 * version's data, the app keeps working in memory and says so in a notice.
 */
import { useEventListener } from '@vueuse/core'
import { readonly, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { defaultAssumptions } from '@/data/figures'
import type { Assumptions } from '@/model'
import {
  CORRUPT_KEY,
  STORAGE_KEY,
  mergeScenarios,
  type SavedScenario,
  writeScenarios,
  type ReadResult,
} from '@/state/storage'
import { useNoticesStore } from '@/stores/notices'
import { newScenarioId, useScenariosStore } from '@/stores/scenarios'

/** `saved`: in storage; `memory`: this tab only (storage refused, full, or holding a newer version's data). */
export type StorageState = 'saved' | 'memory'

export interface UseScenarioStorageOptions {
  /** Where to keep scenarios; reading `window.localStorage` itself may throw (storage refused). */
  readonly storage?: () => Storage
  /** The window whose `storage` events tell of other tabs' writes. */
  readonly window?: Window
}

export interface UseScenarioStorageReturn {
  readonly state: Readonly<Ref<StorageState>>
  /** Resolves once what storage held is in the store: at once when it held nothing. */
  readonly ready: Promise<void>
}

type Reader = typeof import('@/state/storageRead')

/** The code that reads stored text (with zod): loaded only when there is something to read. */
function loadReader(): () => Promise<Reader> {
  let reader: Promise<Reader> | undefined
  return () => (reader ??= import('@/state/storageRead'))
}

/** Notice keys, so that a condition that ends clears its notice. */
export const STORAGE_NOTICES = {
  full: 'storage-full',
  blocked: 'storage-blocked',
  corrupt: 'storage-corrupt',
  newer: 'storage-newer',
  oversized: 'storage-oversized',
} as const

function errorName(e: unknown): string {
  return e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? e.name : ''
}

function isQuotaError(e: unknown): boolean {
  const name = errorName(e)
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

export function useScenarioStorage(options: UseScenarioStorageOptions = {}): UseScenarioStorageReturn {
  const store = useScenariosStore()
  const notices = useNoticesStore()
  const { t } = useI18n()
  const defaults: Assumptions = defaultAssumptions()
  const state = ref<StorageState>('saved')
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window)

  let storage: Storage | null = null
  /** False while the stored data must not be written over (a newer version's, or corrupt data not yet set aside). */
  let writable = true
  /** The text last read from or written to storage: nothing to write while the list still serialises to it. */
  let lastText: string | null = null
  /** The list as last read or written: while the store still holds it, there is nothing to write. */
  let lastList: readonly SavedScenario[] | null = null
  /** Deletions known to this tab (from storage, and its own): they travel with the list. */
  let deleted: Record<string, string> = {}
  /** The ids of the list last persisted or loaded: an id gone from it since was deleted here. */
  let previousIds = new Set<string>()
  /** True while stored text is being read: nothing is written until it is in. */
  let loading = false

  const readOptions = () => ({ newId: newScenarioId, now: new Date() })
  const reader = loadReader()

  function blocked(): void {
    storage = null
    state.value = 'memory'
    notices.push('warning', t('storage.blocked'), { key: STORAGE_NOTICES.blocked, persistent: true })
  }

  function tryGet(key: string): string | null | undefined {
    try {
      return storage?.getItem(key) ?? null
    } catch {
      blocked()
      return undefined
    }
  }

  /** Writes and says whether it worked; reports a full or refused storage. */
  function trySet(key: string, text: string): boolean {
    if (!storage) return false
    try {
      storage.setItem(key, text)
      return true
    } catch (e) {
      if (isQuotaError(e)) {
        state.value = 'memory'
        notices.push('warning', t('storage.full'), { key: STORAGE_NOTICES.full, persistent: true })
      } else blocked()
      return false
    }
  }

  /** Data written by a newer version: read, never written over, and said so. */
  function newer(): void {
    writable = false
    state.value = 'memory'
    notices.push('warning', t('storage.newer'), { key: STORAGE_NOTICES.newer, persistent: true })
  }

  /** Stored text too long to parse: left exactly as it is, never written over, and said so. */
  function oversized(): void {
    writable = false
    state.value = 'memory'
    notices.push('warning', t('storage.oversized'), { key: STORAGE_NOTICES.oversized, persistent: true })
  }

  /** Keeps unreadable entries under {@link CORRUPT_KEY}; false if that failed (then nothing is written over). */
  function setAside(result: ReadResult, { appendAside }: Reader): boolean {
    if (result.aside.length === 0) return true
    const existing = tryGet(CORRUPT_KEY)
    const ok = existing !== undefined && trySet(CORRUPT_KEY, appendAside(existing, result.aside, new Date()))
    const unreadable = result.aside.filter((a) => a.reason !== 'adjusted').length
    const adjusted = result.aside.length - unreadable
    const parts = [
      unreadable > 0 ? t(result.status === 'unreadable' ? 'storage.unreadable' : 'storage.corrupt', { count: unreadable }, unreadable) : '',
      adjusted > 0 ? t('storage.adjusted', { count: adjusted }, adjusted) : '',
      ok ? t('storage.keptAside', { key: CORRUPT_KEY }) : t('storage.leftInPlace'),
    ]
    notices.push('warning', parts.filter(Boolean).join(' '), { key: STORAGE_NOTICES.corrupt, persistent: true })
    return ok
  }

  /** Records what left the list since last time as deleted (and forgets a deletion undone). */
  function noteDeletions(list: readonly SavedScenario[]): void {
    const ids = new Set(list.map((s) => s.id))
    const at = new Date().toISOString()
    const next = { ...deleted }
    for (const id of previousIds) if (!ids.has(id) && !Object.hasOwn(next, id)) next[id] = at
    for (const id of ids) delete next[id]
    deleted = next
    previousIds = ids
  }

  function persist(): void {
    const list = store.saved
    // Unchanged since read or written (the store's list is replaced, never changed in place): writing out a
    // thousand scenarios just to find the same text would cost a start-up dearly.
    if (list === lastList) return
    noteDeletions(list)
    const text = writeScenarios(list, deleted)
    if (text === lastText) {
      lastList = list
      return
    }
    if (!storage || !writable || loading) return
    if (trySet(STORAGE_KEY, text)) {
      lastText = text
      lastList = list
      state.value = 'saved'
      notices.clear(STORAGE_NOTICES.full)
    }
  }

  /**
   * Start-up: reads what is there, sets aside what cannot be read, never loses a byte. Storage that holds
   * nothing needs no reading (nor its code): resolved at once.
   */
  function load(): Promise<void> {
    try {
      storage = options.storage ? options.storage() : (win?.localStorage ?? null)
    } catch {
      blocked()
    }
    const raw = tryGet(STORAGE_KEY)
    if (raw === undefined || raw === null || raw === '' || !storage) return Promise.resolve()
    loading = true
    return reader().then(
      (r) => {
        loading = false
        apply(raw, r)
      },
      () => {
        // The reading code did not load: what is stored stays exactly as it is, and this tab works in memory.
        loading = false
        writable = false
        state.value = 'memory'
      },
    )
  }

  function apply(raw: string, r: Reader): void {
    const result = r.readScenarios(raw, defaults, readOptions())
    if (result.status === 'oversized') return oversized()
    const asideOk = setAside(result, r)
    if (result.status === 'future') newer()
    if (!asideOk) {
      writable = false
      state.value = 'memory'
    }
    store.setSaved(result.scenarios)
    deleted = { ...result.deleted }
    previousIds = new Set(result.scenarios.map((sc) => sc.id))
    lastText = raw
    // Rewrite only what needs it: a migrated format, or entries now kept aside.
    if (writable && (result.status === 'migrated' || result.aside.length > 0)) persist()
    else lastList = store.saved
  }

  /** Another tab wrote: merge its list into ours, by id (in the order the writes came). */
  function onStorage(e: StorageEvent): void {
    if (!storage || e.storageArea !== storage || (e.key !== STORAGE_KEY && e.key !== null)) return
    void reader().then(merge, () => {})
  }

  function merge(r: Reader): void {
    const text = tryGet(STORAGE_KEY)
    if (text === undefined) return
    const result = r.readScenarios(text, defaults, readOptions())
    if (result.status === 'oversized') return oversized()
    // What another tab wrote and this one cannot read is kept aside and reported, as at start-up (a newer
    // version's data is never written over, so it stays where it is).
    if (result.status === 'future') newer()
    else if (!setAside(result, r)) {
      writable = false
      state.value = 'memory'
    }
    lastText = text
    // Storage now holds their text, not our list.
    lastList = null
    // An unreadable write: keep ours, and put it back once theirs is safe aside.
    if (result.status === 'unreadable') persist()
    else {
      // Storage says what was deleted; this tab's own deletions not yet written still count.
      noteDeletions(store.saved)
      deleted = { ...deleted, ...result.deleted }
      const merged = mergeScenarios(store.saved, result.scenarios, deleted)
      // Ids the other tab deleted leave quietly (they are already recorded as deleted).
      previousIds = new Set(merged.map((sc) => sc.id))
      store.setSaved(merged)
      // Anything of ours the other tab did not have is written back at once, so that it reaches them.
      persist()
    }
  }

  // At once: the session calls this before the islands mount, and those that show saved scenarios wait
  // for `ready`, so the saved list is right from its first frame.
  const ready = load()
  watch(() => store.saved, persist)
  if (win) useEventListener(win, 'storage', onStorage)

  return { state: readonly(state), ready }
}
