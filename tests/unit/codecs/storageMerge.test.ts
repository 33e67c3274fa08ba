/** Two tabs, one list: merging their lists, and the deletion records that travel with them. */
import { describe, expect, it } from 'vitest'
import { defaultAssumptions } from '@/data/figures'
import type { Assumptions } from '@/model'
import type { SavedScenario } from '@/codecs/storage'
import { MAX_DELETIONS, deletionRecords, mergeScenarios, withDeletion, withoutDeletions } from '@/codecs/storageMerge'

const defaults: Assumptions = defaultAssumptions()

function scenario(id: string, name: string, patch: Partial<Assumptions> = {}, updatedAt = '2025-01-30T00:00:00.000Z'): SavedScenario {
  return { id, name, values: { ...defaults, ...patch }, createdAt: '2025-01-29T00:00:00.000Z', updatedAt }
}

describe('mergeScenarios', () => {
  it('keeps the newer of two versions, adds the other tab’s new ones, keeps ours, and honours deletions', () => {
    const local = [scenario('a', 'A (renamed here)', {}, '2025-02-01T00:00:00.000Z'), scenario('b', 'B'), scenario('c', 'Only here')]
    const remote = [scenario('a', 'A', {}, '2025-01-31T00:00:00.000Z'), scenario('d', 'New there')]
    const merged = mergeScenarios(local, remote, { b: '2025-02-02T00:00:00.000Z' })
    expect(merged.map((s) => s.name)).toEqual(['A (renamed here)', 'New there', 'Only here'])
  })

  it('lets two tabs that saved at the same instant converge on the union, in one order', () => {
    const seed = scenario('s', 'Seed')
    const tabOne = [seed, scenario('x', 'From tab one')]
    const tabTwo = [seed, scenario('y', 'From tab two')]
    const one = mergeScenarios(tabOne, tabTwo, {})
    const two = mergeScenarios(tabTwo, one, {})
    expect(one.map((s) => s.id)).toEqual(['s', 'y', 'x'])
    expect(two.map((s) => s.id)).toEqual(one.map((s) => s.id))
  })
})

describe('deletion records', () => {
  it('record a deletion without touching the records they were given', () => {
    const before = { a: '2025-02-01T00:00:00.000Z' }
    const after = withDeletion(before, 'b', '2025-02-02T00:00:00.000Z')
    expect(after).toEqual({ a: '2025-02-01T00:00:00.000Z', b: '2025-02-02T00:00:00.000Z' })
    expect(before).toEqual({ a: '2025-02-01T00:00:00.000Z' })
  })

  it('forget the deletions of scenarios that are back, and give the same records back when none are', () => {
    const records = { a: '2025-02-01T00:00:00.000Z', b: '2025-02-02T00:00:00.000Z' }
    expect(withoutDeletions(records, ['a', 'z'])).toEqual({ b: '2025-02-02T00:00:00.000Z' })
    expect(records).toHaveProperty('a')
    // The same object: a thousand scenarios read at start-up with no deletion to forget cost no copy.
    expect(withoutDeletions(records, ['x', 'y'])).toBe(records)
  })

  it('are stored oldest first, the latest MAX_DELETIONS only', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_DELETIONS + 5 }, (_, i) => [`id${i}`, new Date(i * 1000).toISOString()]))
    const stored = deletionRecords(many)
    expect(stored).toHaveLength(MAX_DELETIONS)
    expect(stored[0]).toEqual({ id: 'id5', at: new Date(5000).toISOString() })
    expect(stored.at(-1)!.id).toBe(`id${MAX_DELETIONS + 4}`)
  })
})
