/** The saved-scenarios format: validation, setting corrupt entries aside, deletions and the size cap. */
import { test as propTest, fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { defaultAssumptions } from '@/data/figures'
import type { Assumptions } from '@/model'
import { MAX_STORED_CHARS, STORAGE_VERSION, writeScenarios, type SavedScenario } from '@/codecs/storage'
import { MAX_DELETIONS } from '@/codecs/storageMerge'
import { migrate } from '@/codecs/storageMigrations'
import { appendAside, readScenarios } from '@/codecs/storageRead'
import { cleanName } from '@/codecs/values'
import { assumptionsArb } from '../model/arbitraries'

const defaults: Assumptions = defaultAssumptions()
const now = new Date('2025-02-01T10:00:00Z')
let n = 0
const o = { newId: () => `new-${++n}`, now }

/** Decoding anything and round trips: 10,000 runs in CI, fewer locally. */
const runs = { numRuns: process.env.CI ? 10_000 : 500 }

function scenario(id: string, name: string, patch: Partial<Assumptions> = {}, updatedAt = '2025-01-30T00:00:00.000Z'): SavedScenario {
  return { id, name, values: { ...defaults, ...patch }, createdAt: '2025-01-29T00:00:00.000Z', updatedAt }
}

describe('readScenarios', () => {
  it('reads nothing as an empty list', () => {
    expect(readScenarios(null, defaults, o)).toMatchObject({ scenarios: [], aside: [], status: 'empty', version: null })
  })

  it('round-trips what writeScenarios wrote', () => {
    const list = [scenario('a', 'Stargate in 4 years', { 'capex.stargateYears': 4 }), scenario('b', 'Skeptic-ish', { 'training.rentalPrice': 5 })]
    const r = readScenarios(writeScenarios(list), defaults, o)
    expect(r).toMatchObject({ status: 'ok', aside: [], version: STORAGE_VERSION })
    expect(r.scenarios).toEqual(list)
  })

  propTest.prop([fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 30 }).filter((s) => cleanName(s) !== ''), assumptionsArb), { maxLength: 5 })], runs)(
    'round-trips any valid scenarios',
    (items) => {
      const list = items.map(([name, values], i) => ({ ...scenario(`id-${i}`, cleanName(name)), values: { ...values } }))
      const r = readScenarios(writeScenarios(list), defaults, o)
      expect(r.aside).toEqual([])
      expect(r.scenarios).toEqual(list)
    },
  )

  it('sets an unreadable text aside whole, and loads nothing', () => {
    for (const raw of ['{not json', '"a string"', '42', 'null', '{"version":"1"}', '{"scenarios":[]}', '{"version":1,"scenarios":{}}']) {
      const r = readScenarios(raw, defaults, o)
      expect(r.status, raw).toBe('unreadable')
      expect(r.scenarios).toEqual([])
      expect(r.aside).toEqual([{ reason: 'unreadable', data: raw }])
    }
  })

  it('loads the valid entries and sets the corrupt ones aside', () => {
    const good = scenario('a', 'Good')
    const raw = JSON.stringify({
      version: 1,
      scenarios: [good, { id: 'b', name: 'No values' }, 42, { ...good, id: 'c', values: { 'capex.meta': 'lots' } }, { ...good, id: 'd', name: '   ' }],
    })
    const r = readScenarios(raw, defaults, o)
    expect(r.status).toBe('ok')
    expect(r.scenarios.map((s) => s.id)).toEqual(['a'])
    expect(r.aside.map((a) => a.reason)).toEqual(['invalid-entry', 'invalid-entry', 'invalid-entry', 'invalid-entry'])
    expect(JSON.parse(r.aside[0]!.data)).toEqual({ id: 'b', name: 'No values' })
    expect(r.aside[1]!.data).toBe('42')
  })

  it('clamps out-of-range values, drops unknown ids, fills missing ones, and keeps the original aside', () => {
    const raw = JSON.stringify({
      version: 1,
      scenarios: [{ id: 'a', name: 'Odd', values: { 'workload.outputShare': 3, 'no.such': 1 }, createdAt: 'x', updatedAt: 'y' }],
    })
    const r = readScenarios(raw, defaults, o)
    expect(r.scenarios[0]!.values).toEqual({ ...defaults, 'workload.outputShare': 1 })
    expect(r.aside).toHaveLength(1)
    expect(r.aside[0]!.reason).toBe('adjusted')
  })

  it('gives a fresh id to an entry that repeats one', () => {
    const raw = writeScenarios([scenario('a', 'One'), scenario('a', 'Two')])
    const r = readScenarios(raw, defaults, o)
    expect(r.scenarios.map((s) => s.name)).toEqual(['One', 'Two'])
    expect(new Set(r.scenarios.map((s) => s.id)).size).toBe(2)
  })

  it('migrates version 0 (a bare array) and says it did', () => {
    const raw = JSON.stringify([{ name: 'Old one', values: { 'capex.stargateYears': 4 } }, 'junk'])
    const r = readScenarios(raw, defaults, o)
    expect(r.status).toBe('migrated')
    expect(r.version).toBe(0)
    expect(r.scenarios).toHaveLength(1)
    expect(r.scenarios[0]).toMatchObject({ name: 'Old one', createdAt: now.toISOString() })
    expect(r.scenarios[0]!.values['capex.stargateYears']).toBe(4)
    expect(r.aside).toEqual([{ reason: 'invalid-entry', data: '"junk"' }])
    expect(migrate([], o)).toEqual({ version: 0, data: { version: 1, scenarios: [] } })
  })

  it('reads a newer version best-effort and says it is one (never to be written over)', () => {
    const raw = JSON.stringify({
      version: 7,
      somethingNew: true,
      scenarios: [{ ...scenario('a', 'From the future'), values: { 'capex.meta': 1e11, 'capex.newThing': 3 }, color: 'red' }, 'odd'],
    })
    const r = readScenarios(raw, defaults, o)
    expect(r).toMatchObject({ status: 'future', version: 7 })
    expect(r.scenarios[0]!.values['capex.meta']).toBe(1e11)
    expect(r.aside).toEqual([{ reason: 'invalid-entry', data: '"odd"' }])
  })

  it('ignores keys that try to reach Object.prototype', () => {
    const raw = '{"version":1,"scenarios":[{"id":"a","name":"P","values":{"__proto__":{"polluted":1},"capex.meta":1},"createdAt":"x","updatedAt":"y"}]}'
    const r = readScenarios(raw, defaults, o)
    expect(r.scenarios[0]!.values['capex.meta']).toBe(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  propTest.prop([fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.anything().map((v) => JSON.stringify(v) ?? ''))], runs)(
    'never throws, whatever is stored',
    (raw) => {
      const r = readScenarios(raw, defaults, o)
      expect(Array.isArray(r.scenarios)).toBe(true)
      // Nothing disappears: a non-empty text either loads or is set aside.
      if (raw !== '' && r.scenarios.length === 0 && r.status !== 'ok' && r.status !== 'future' && r.status !== 'migrated') {
        expect(r.aside.length).toBeGreaterThan(0)
      }
    },
  )
})

describe('appendAside', () => {
  it('adds items to what was set aside before, stamped with the time', () => {
    const first = appendAside(null, [{ reason: 'unreadable', data: 'x' }], now)
    const second = appendAside(first, [{ reason: 'invalid-entry', data: 'y' }], now)
    expect(JSON.parse(second)).toEqual({
      version: 1,
      items: [
        { at: now.toISOString(), reason: 'unreadable', data: 'x' },
        { at: now.toISOString(), reason: 'invalid-entry', data: 'y' },
      ],
    })
  })

  it('keeps an unreadable earlier stash as one more item', () => {
    const out = JSON.parse(appendAside('garbage', [{ reason: 'unreadable', data: 'x' }], now))
    expect(out.items[0]).toEqual({ at: null, reason: 'unreadable', data: 'garbage' })
    expect(out.items).toHaveLength(2)
  })
})

describe('size cap', () => {
  it('does not parse stored text beyond the cap, and marks it not to be written over', () => {
    const huge = `{"version":1,"scenarios":[],"pad":"${'x'.repeat(MAX_STORED_CHARS)}"}`
    const r = readScenarios(huge, defaults, o)
    expect(r).toMatchObject({ status: 'oversized', scenarios: [], aside: [] })
  })
})

describe('deletions', () => {
  it('travel with the list and come back when read', () => {
    const text = writeScenarios([scenario('a', 'A')], { gone: '2025-02-02T00:00:00.000Z' })
    const read = readScenarios(text, defaults, o)
    expect(read.deleted).toEqual({ gone: '2025-02-02T00:00:00.000Z' })
    expect(read.scenarios.map((s) => s.id)).toEqual(['a'])
  })

  it('are read leniently: malformed records are ignored, never fatal', () => {
    const text = JSON.stringify({ version: 1, scenarios: [], deleted: [{ id: 'ok', at: 'x' }, 42, { id: '' }, null] })
    const read = readScenarios(text, defaults, o)
    expect(read.status).toBe('ok')
    expect(Object.keys(read.deleted)).toEqual(['ok'])
  })

  it('are capped', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DELETIONS + 50 }, (_, i) => [`id${i}`, new Date(i * 1000).toISOString()]))
    const written = JSON.parse(writeScenarios([], many)) as { deleted: unknown[] }
    expect(written.deleted).toHaveLength(MAX_DELETIONS)
  })
})
