import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { defaultAssumptions } from '@/data/figures'
import { i18nFor } from '../helpers'
import en from '@/i18n/en'
import fr from '@/i18n/fr'
import { DEGRADES, STORAGE_NOTICES, useScenarioStorage, type UseScenarioStorageOptions } from '@/composables/useScenarioStorage'
import { CORRUPT_KEY, MAX_STORED_CHARS, STORAGE_KEY, writeScenarios, type SavedScenario } from '@/codecs/storage'
import { useNoticesStore } from '@/stores/notices'
import { useScenariosStore } from '@/stores/scenarios'

/** An in-memory Storage that can be told to refuse writes. */
class MemoryStorage implements Storage {
  map = new Map<string, string>()
  fail: null | 'quota' | 'security' = null
  get length() { return this.map.size }
  clear() { this.map.clear() }
  getItem(k: string) { return this.map.get(k) ?? null }
  key(i: number) { return [...this.map.keys()][i] ?? null }
  removeItem(k: string) { this.map.delete(k) }
  setItem(k: string, v: string) {
    if (this.fail === 'quota') throw new DOMException('full', 'QuotaExceededError')
    if (this.fail === 'security') throw new DOMException('no', 'SecurityError')
    this.map.set(k, v)
  }
}

const scenario = (id: string, name: string, updatedAt = '2025-01-30T00:00:00.000Z'): SavedScenario => ({
  id, name, values: defaultAssumptions(), createdAt: updatedAt, updatedAt,
})

let pinia: Pinia
/** Mounts a component using the composable, and waits until it has read storage. */
async function start(options: UseScenarioStorageOptions) {
  let ready: Promise<void> = Promise.resolve()
  const Host = defineComponent({ setup: () => { ready = useScenarioStorage(options).ready; return () => null } })
  const wrapper = mount(Host, { global: { plugins: [pinia, i18nFor('en')] } })
  await ready
  await flushPromises()
  return wrapper
}
const noticeKeys = () => useNoticesStore().notices.map((n) => n.key)

describe('useScenarioStorage', () => {
  let storage: MemoryStorage
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    storage = new MemoryStorage()
  })

  it('loads saved scenarios and writes every change', async () => {
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A')]))
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    expect(s.saved.map((x) => x.name)).toEqual(['A'])
    s.save('B')
    await nextTick()
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).scenarios.map((x: SavedScenario) => x.name)).toEqual(['A', 'B'])
    expect(noticeKeys()).toEqual([])
  })

  it('sets corrupt entries aside, loads the rest and reports it', async () => {
    const raw = JSON.stringify({ version: 1, scenarios: [scenario('a', 'A'), { broken: true }] })
    storage.map.set(STORAGE_KEY, raw)
    await start({ storage: () => storage, window })
    expect(useScenariosStore().saved.map((x) => x.name)).toEqual(['A'])
    const aside = JSON.parse(storage.getItem(CORRUPT_KEY)!)
    expect(aside.items).toHaveLength(1)
    expect(JSON.parse(aside.items[0].data)).toEqual({ broken: true })
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).scenarios).toHaveLength(1)
    const notice = useNoticesStore().notices.find((n) => n.key === 'storage-corrupt')!
    expect(notice.text).toContain('One saved scenario could not be read.')
    expect(notice.text).toContain(CORRUPT_KEY)
  })

  it('keeps an unreadable text aside whole', async () => {
    storage.map.set(STORAGE_KEY, '{"version":1,"scenarios":[')
    await start({ storage: () => storage, window })
    expect(useScenariosStore().saved).toEqual([])
    expect(JSON.parse(storage.getItem(CORRUPT_KEY)!).items[0].data).toBe('{"version":1,"scenarios":[')
    expect(noticeKeys()).toContain('storage-corrupt')
  })

  it('does not write over corrupt data it could not set aside', async () => {
    storage.map.set(STORAGE_KEY, 'garbage')
    storage.fail = 'quota'
    await start({ storage: () => storage, window })
    storage.fail = null
    useScenariosStore().save('New')
    await nextTick()
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage')
    expect(useScenariosStore().saved).toHaveLength(1)
  })

  it('never writes over a newer version’s data', async () => {
    const raw = JSON.stringify({ version: 9, scenarios: [scenario('a', 'Future')] })
    storage.map.set(STORAGE_KEY, raw)
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    expect(s.saved.map((x) => x.name)).toEqual(['Future'])
    s.save('Here')
    await nextTick()
    expect(storage.getItem(STORAGE_KEY)).toBe(raw)
    expect(noticeKeys()).toContain('storage-newer')
  })

  it('keeps working in memory when storage is full, and clears the notice once a save succeeds', async () => {
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    storage.fail = 'quota'
    s.save('One')
    await nextTick()
    expect(s.saved).toHaveLength(1)
    expect(useNoticesStore().notices.find((n) => n.key === 'storage-full')?.persistent).toBe(true)
    storage.fail = null
    s.save('Two')
    await nextTick()
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).scenarios).toHaveLength(2)
    expect(noticeKeys()).not.toContain('storage-full')
  })

  it('works in memory when storage is refused altogether', async () => {
    await start({ storage: () => { throw new DOMException('denied', 'SecurityError') }, window })
    const s = useScenariosStore()
    s.save('Only here')
    await nextTick()
    expect(s.saved).toHaveLength(1)
    expect(noticeKeys()).toContain('storage-blocked')
  })

  it('leaves stored text too long to parse untouched, says so, and never writes over it', async () => {
    const huge = `{"version":1,"scenarios":[],"pad":"${'x'.repeat(MAX_STORED_CHARS)}"}`
    storage.map.set(STORAGE_KEY, huge)
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    expect(noticeKeys()).toContain('storage-oversized')
    s.setSaved([scenario('x', 'Kept in this tab')])
    await nextTick()
    expect(storage.map.get(STORAGE_KEY)).toBe(huge)
  })

  it('merges what another tab wrote, by id', async () => {
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A'), scenario('b', 'B')]))
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    // The other tab renamed A, deleted B and saved C.
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A renamed', '2025-02-01T00:00:00.000Z'), scenario('c', 'C')], { b: '2025-02-01T00:00:00.000Z' }))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: storage as unknown as Storage }))
    await nextTick()
    expect(s.saved.map((x) => x.name)).toEqual(['A renamed', 'C'])
  })

  it('keeps a scenario saved here while another tab wrote without it, and writes it back', async () => {
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A')]))
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    s.setSaved([...s.saved, scenario('x', 'Saved here')])
    await nextTick()
    // The other tab saved at the same instant, before hearing of ours: its list lacks ours.
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A'), scenario('y', 'Saved there')]))
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: storage as unknown as Storage }))
    await nextTick()
    expect(s.saved.map((x) => x.name)).toEqual(['A', 'Saved there', 'Saved here'])
    await nextTick()
    const stored = JSON.parse(storage.map.get(STORAGE_KEY) ?? '{}') as { scenarios: { name: string }[] }
    expect(stored.scenarios.map((x) => x.name)).toEqual(['A', 'Saved there', 'Saved here'])
  })

  const stored = () => JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}') as { scenarios: SavedScenario[]; deleted?: { id: string; at: string }[] }
  const otherTabWrote = (text: string) => {
    storage.map.set(STORAGE_KEY, text)
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: storage as unknown as Storage }))
  }

  it('writes a deletion with the list as the store records it, and takes it back on undo', async () => {
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A'), scenario('b', 'B')]))
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    const removed = s.remove('b', new Date('2025-03-01T00:00:00.000Z'))!
    await nextTick()
    expect(stored().scenarios.map((x) => x.id)).toEqual(['a'])
    expect(stored().deleted).toEqual([{ id: 'b', at: '2025-03-01T00:00:00.000Z' }])
    s.restore(removed)
    await nextTick()
    expect(stored().scenarios.map((x) => x.id)).toEqual(['a', 'b'])
    expect(stored().deleted).toBeUndefined()
  })

  it('keeps a deletion made here when another tab writes the scenario back before hearing of it', async () => {
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A'), scenario('b', 'B')]))
    storage.fail = null
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    // The write of our deletion fails (full), so the other tab never read it.
    storage.fail = 'quota'
    s.remove('b')
    await nextTick()
    storage.fail = null
    otherTabWrote(writeScenarios([scenario('a', 'A'), scenario('b', 'B'), scenario('c', 'C')]))
    await nextTick()
    expect(s.saved.map((x) => x.id)).toEqual(['a', 'c'])
    await nextTick()
    expect(stored().scenarios.map((x) => x.id)).toEqual(['a', 'c'])
    expect(stored().deleted?.map((d) => d.id)).toEqual(['b'])
  })

  it('reads the deletions stored with the list and passes on those another tab made', async () => {
    storage.map.set(STORAGE_KEY, writeScenarios([scenario('a', 'A')], { old: '2025-01-01T00:00:00.000Z' }))
    await start({ storage: () => storage, window })
    const s = useScenariosStore()
    expect(s.deleted).toEqual({ old: '2025-01-01T00:00:00.000Z' })
    otherTabWrote(writeScenarios([], { a: '2025-03-01T00:00:00.000Z' }))
    await nextTick()
    expect(s.saved).toEqual([])
    expect(s.deleted).toEqual({ old: '2025-01-01T00:00:00.000Z', a: '2025-03-01T00:00:00.000Z' })
  })

  it('sets aside, at start, what it cannot read of a newer version, and leaves the newer data as it is', async () => {
    const raw = JSON.stringify({ version: 9, scenarios: [scenario('a', 'Future'), 'odd'] })
    storage.map.set(STORAGE_KEY, raw)
    await start({ storage: () => storage, window })
    expect(JSON.parse(storage.getItem(CORRUPT_KEY)!).items.map((i: { data: string }) => i.data)).toEqual(['"odd"'])
    expect(storage.getItem(STORAGE_KEY)).toBe(raw)
    expect(noticeKeys()).toEqual(expect.arrayContaining(['storage-corrupt', 'storage-newer']))
  })

  it('stays in memory when the reading code fails to load, and writes nothing over what is stored', async () => {
    const raw = writeScenarios([scenario('a', 'A')])
    storage.map.set(STORAGE_KEY, raw)
    vi.doMock('@/codecs/storageRead', () => {
      throw new Error('chunk failed to load')
    })
    try {
      await start({ storage: () => storage, window })
    } finally {
      vi.doUnmock('@/codecs/storageRead')
    }
    const s = useScenariosStore()
    s.save('Here only')
    await nextTick()
    expect(s.saved.map((x) => x.name)).toEqual(['Here only'])
    expect(storage.getItem(STORAGE_KEY)).toBe(raw)
  })
})

describe('DEGRADES', () => {
  it('has a message in both languages for every notice it gives, under a notice key of its own', () => {
    const messages = { en: en as unknown as { storage: Record<string, unknown> }, fr: fr as unknown as { storage: Record<string, unknown> } }
    const notices = Object.values(DEGRADES).flatMap((d) => (d.notice ? [d.notice] : []))
    expect(notices.sort()).toEqual(['blocked', 'full', 'newer', 'oversized'])
    for (const n of notices) {
      expect(STORAGE_NOTICES[n]).toBe(`storage-${n}`)
      for (const lang of ['en', 'fr'] as const) expect(messages[lang].storage[n], `${lang} storage.${n}`).toBeTruthy()
    }
  })

  it('never writes over data it must keep, and stops using refused storage', () => {
    expect(DEGRADES.newer.access).toBe('kept')
    expect(DEGRADES.oversized.access).toBe('kept')
    expect(DEGRADES['aside-failed'].access).toBe('kept')
    expect(DEGRADES['reader-failed'].access).toBe('kept')
    expect(DEGRADES.blocked.access).toBe('off')
    expect(DEGRADES.full.access).toBe('open')
  })
})
