/** The saved-scenarios format's migrations: one named step per version, run in order. */
import { describe, expect, it } from 'vitest'
import { STORAGE_VERSION } from '@/codecs/storage'
import { MIGRATIONS, envelopeAndDates, migrate } from '@/codecs/storageMigrations'

const now = new Date('2025-02-01T10:00:00Z')
let n = 0
const o = { newId: () => `new-${++n}`, now }

describe('MIGRATIONS', () => {
  it('has one named step per version before the current one, in order', () => {
    expect(MIGRATIONS).toHaveLength(STORAGE_VERSION)
    expect(MIGRATIONS.map((m) => m.name)).toEqual(['envelopeAndDates'])
    expect(MIGRATIONS[0]).toBe(envelopeAndDates)
  })
})

describe('envelopeAndDates (0 → 1)', () => {
  it('wraps the bare array, giving each entry an id (its own if it had one) and the dates of now', () => {
    const out = envelopeAndDates([{ name: 'A', values: { 'capex.meta': 1 } }, { name: 'B', values: {}, id: 'kept' }], o)
    expect(out).toEqual({
      version: 1,
      scenarios: [
        { id: expect.stringMatching(/^new-/), name: 'A', values: { 'capex.meta': 1 }, createdAt: now.toISOString(), updatedAt: now.toISOString() },
        { id: 'kept', name: 'B', values: {}, createdAt: now.toISOString(), updatedAt: now.toISOString() },
      ],
    })
  })

  it('passes entries it cannot make sense of on unchanged, to be set aside later', () => {
    expect(envelopeAndDates(['junk', { values: {} }], o)).toEqual({ version: 1, scenarios: ['junk', { values: {} }] })
  })
})

describe('migrate', () => {
  it('brings version 0 up to date, and says which version it found', () => {
    expect(migrate([], o)).toEqual({ version: 0, data: { version: 1, scenarios: [] } })
  })

  it('returns the current version and a newer one as they are', () => {
    const current = { version: STORAGE_VERSION, scenarios: [{ id: 'a' }], deleted: [] }
    expect(migrate(current, o)).toEqual({ version: STORAGE_VERSION, data: current })
    const newer = { version: STORAGE_VERSION + 3, scenarios: [], somethingNew: true }
    expect(migrate(newer, o)).toEqual({ version: STORAGE_VERSION + 3, data: newer })
  })

  it('knows no other shape', () => {
    for (const data of [null, 42, 'text', {}, { version: '1', scenarios: [] }, { version: 1, scenarios: {} }, { version: -1, scenarios: [] }]) {
      expect(migrate(data, o)).toBeNull()
    }
  })
})
