/**
 * Keeps the saved scenarios in browser storage: reads them at start (setting corrupt entries aside),
 * writes every change, and merges what another tab writes. When storage is refused, full or holds a newer
 * version's data, the app keeps working in memory and says so in a notice: every such case goes through
 * `degrade`, with what it says and does written once, in {@link DEGRADES}.
 */
import { useEventListener } from '@vueuse/core'
import { readonly, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { defaultAssumptions } from '@/data/figures'
import type { Assumptions } from '@/model'
import { CORRUPT_KEY, STORAGE_KEY, writeScenarios, type Deletions, type ReadResult, type SavedScenario } from '@/codecs/storage'
import { mergeScenarios } from '@/codecs/storageMerge'
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

type Reader = typeof import('@/codecs/storageRead')

/** The code that reads stored text (with zod): loaded only when there is something to read. */
function loadReader(): () => Promise<Reader> {
  let reader: Promise<Reader> | undefined
  return () => (reader ??= import('@/codecs/storageRead'))
}

/** Notice keys, so that a condition that ends clears its notice. */
export const STORAGE_NOTICES = {
  full: 'storage-full',
  blocked: 'storage-blocked',
  corrupt: 'storage-corrupt',
  newer: 'storage-newer',
  oversized: 'storage-oversized',
} as const

/**
 * What this tab may do with storage: `open`, read and write; `kept`, read but never written over (a newer
 * version's data, text too long to parse, or corrupt data not set aside); `off`, neither (refused).
 */
type Access = 'open' | 'kept' | 'off'

/** Why this tab keeps its scenarios in memory. */
export type DegradeReason = 'blocked' | 'full' | 'newer' | 'oversized' | 'aside-failed' | 'reader-failed'

/**
 * Each reason's notice (its key in {@link STORAGE_NOTICES} and its message), if it has one of its own, and
 * what storage may be used for after it. Storage that is full stays open: the next change tries again, and
 * a write that succeeds clears the notice. Corrupt data that could not be set aside has its say in the
 * corrupt notice; the reading code failing to load has nothing the visitor could act on.
 */
export const DEGRADES: Readonly<Record<DegradeReason, { readonly notice?: keyof typeof STORAGE_NOTICES; readonly access: Access }>> = {
  blocked: { notice: 'blocked', access: 'off' },
  full: { notice: 'full', access: 'open' },
  newer: { notice: 'newer', access: 'kept' },
  oversized: { notice: 'oversized', access: 'kept' },
  'aside-failed': { access: 'kept' },
  'reader-failed': { access: 'kept' },
}

function errorName(e: unknown): string {
  return e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? e.name : ''
}

function isQuotaError(e: unknown): boolean {
  const name = errorName(e)
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED'
}

/** What storage holds, as this tab last read or wrote it: while the store still holds these, there is nothing to write. */
interface Synced {
  readonly text: string | null
  readonly list: readonly SavedScenario[] | null
  readonly deleted: Deletions | null
}

export function useScenarioStorage(options: UseScenarioStorageOptions = {}): UseScenarioStorageReturn {
  const store = useScenariosStore()
  const notices = useNoticesStore()
  const { t } = useI18n()
  const defaults: Assumptions = defaultAssumptions()
  const state = ref<StorageState>('saved')
  const win = options.window ?? (typeof window === 'undefined' ? undefined : window)
  const reader = loadReader()
  const readOptions = () => ({ newId: newScenarioId, now: new Date() })

  /** `null` when there is none or it was refused. */
  let storage: Storage | null = null
  /** Only ever narrows, by {@link degrade}. */
  let access: Access = 'open'
  let synced: Synced = { text: null, list: null, deleted: null }
  /** Set while stored text is being read: nothing is written until it is in. */
  let reading: Promise<void> | null = null

  /** The one way into memory-only: says why (a reason's notice replaces its earlier one) and narrows what storage may be used for. */
  function degrade(reason: DegradeReason): void {
    const { notice, access: next } = DEGRADES[reason]
    state.value = 'memory'
    if (next === 'off') storage = null
    // Never widens: storage kept from being written over stays so when it is later found full.
    if (next === 'off' || (next === 'kept' && access === 'open')) access = next
    if (notice) notices.push('warning', t(`storage.${notice}`), { key: STORAGE_NOTICES[notice], persistent: true })
  }

  function tryGet(key: string): string | null | undefined {
    try {
      return storage?.getItem(key) ?? null
    } catch {
      degrade('blocked')
      return undefined
    }
  }

  /** Writes and says whether it worked; a full or refused storage degrades. */
  function trySet(key: string, text: string): boolean {
    if (!storage) return false
    try {
      storage.setItem(key, text)
      return true
    } catch (e) {
      degrade(isQuotaError(e) ? 'full' : 'blocked')
      return false
    }
  }

  /** Keeps unreadable entries under {@link CORRUPT_KEY} and reports them; false if that failed (then nothing is written over). */
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
    if (!ok) degrade('aside-failed')
    return ok
  }

  /** Writes the store's list and deletions, unless storage already holds them or may not be written. */
  function persist(): void {
    const list = store.saved
    const deleted = store.deleted
    // Unchanged since read or written (the store replaces both, never changes them in place): writing out a
    // thousand scenarios just to find the same text would cost a start-up dearly.
    if (list === synced.list && deleted === synced.deleted) return
    const text = writeScenarios(list, deleted)
    if (text === synced.text) {
      synced = { text, list, deleted }
      return
    }
    if (access !== 'open' || reading) return
    if (trySet(STORAGE_KEY, text)) {
      synced = { text, list, deleted }
      state.value = 'saved'
      notices.clear(STORAGE_NOTICES.full)
    }
  }

  /**
   * Reads `text` (what storage holds) and sets aside what cannot be read; `null` when it is to be left
   * exactly as it is (too long to parse). A newer version's data is read, and never written over; what
   * cannot be read of it is set aside at start-up (a copy), and left in its data when another tab wrote it.
   */
  function read(text: string | null, r: Reader, when: 'start' | 'merge'): ReadResult | null {
    const result = r.readScenarios(text, defaults, readOptions())
    if (result.status === 'oversized') {
      degrade('oversized')
      return null
    }
    if (result.status !== 'future' || when === 'start') setAside(result, r)
    if (result.status === 'future') degrade('newer')
    synced = { text, list: null, deleted: null }
    return result
  }

  /**
   * Start-up: reads what is there, sets aside what cannot be read, never loses a byte. Storage that holds
   * nothing needs no reading (nor its code): resolved at once.
   */
  function load(): Promise<void> {
    try {
      storage = options.storage ? options.storage() : (win?.localStorage ?? null)
    } catch {
      degrade('blocked')
    }
    const raw = tryGet(STORAGE_KEY)
    if (raw === undefined || raw === null || raw === '' || !storage) return Promise.resolve()
    reading = reader().then(
      (r) => {
        reading = null
        const result = read(raw, r, 'start')
        if (!result) return
        store.setSaved(result.scenarios, result.deleted)
        // Rewrite only what needs it: a migrated format, or entries now kept aside.
        if (access === 'open' && (result.status === 'migrated' || result.aside.length > 0)) persist()
        else synced = { text: raw, list: store.saved, deleted: store.deleted }
      },
      () => {
        // The reading code did not load: what is stored stays exactly as it is, and this tab works in memory.
        reading = null
        degrade('reader-failed')
      },
    )
    return reading
  }

  /** Another tab wrote: merge its list into ours, by id (in the order the writes came). */
  function onStorage(e: StorageEvent): void {
    if (!storage || e.storageArea !== storage || (e.key !== STORAGE_KEY && e.key !== null)) return
    void reader().then(merge, () => {})
  }

  function merge(r: Reader): void {
    const text = tryGet(STORAGE_KEY)
    if (text === undefined) return
    const result = read(text, r, 'merge')
    if (!result) return
    // Not an unreadable write (ours is put back once theirs is safe aside): their list and deletions join
    // ours, our own deletions not yet written included.
    if (result.status !== 'unreadable') {
      const deletions = { ...store.deleted, ...result.deleted }
      store.setSaved(mergeScenarios(store.saved, result.scenarios, deletions), deletions)
    }
    // Anything of ours the other tab did not have is written back at once, so that it reaches them.
    persist()
  }

  // At once: the session calls this before the islands mount, and those that show saved scenarios wait
  // for `ready`, so the saved list is right from its first frame.
  const ready = load()
  watch([() => store.saved, () => store.deleted], persist)
  if (win) useEventListener(win, 'storage', onStorage)

  return { state: readonly(state), ready }
}
