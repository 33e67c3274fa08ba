import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultAssumptions } from '@/data/figures'
import { savedKey } from '@/codecs/scenarioKey'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useScenariosStore } from '@/stores/scenarios'

describe('useScenariosStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('knows the current scenario: a preset, the saved one opened, or custom', () => {
    const s = useScenariosStore()
    const a = useAssumptionsStore()
    expect(s.current).toEqual({ kind: 'preset', id: 'as-reported' })
    s.applyPreset('skeptic')
    expect(s.current).toEqual({ kind: 'preset', id: 'skeptic' })
    a.set('capex.meta', 1e9)
    expect(s.current).toEqual({ kind: 'custom' })
    const saved = s.save('Mine')!
    expect(s.current).toEqual({ kind: 'saved', id: saved.id, name: 'Mine' })
    s.resetValues()
    expect(s.current).toEqual({ kind: 'preset', id: 'as-reported' })
    expect(s.load(saved.id)).toBe(true)
    expect(a.values['capex.meta']).toBe(1e9)
    expect(s.current.kind).toBe('saved')
  })

  it('saves under a clean, unique name and refuses a blank one', () => {
    const s = useScenariosStore()
    expect(s.save('   ')).toBeNull()
    expect(s.save('  Stargate\n4 years ')!.name).toBe('Stargate 4 years')
    expect(s.save('stargate 4 YEARS')!.name).toBe('stargate 4 YEARS (2)')
    expect(s.save('Stargate 4 years')!.name).toBe('Stargate 4 years (3)')
    expect(s.saved).toHaveLength(3)
  })

  it('keeps a snapshot: later changes to the assumptions do not alter a saved scenario', () => {
    const s = useScenariosStore()
    const a = useAssumptionsStore()
    const saved = s.save('Snapshot')!
    a.set('capex.meta', 1)
    expect(saved.values['capex.meta']).toBe(defaultAssumptions()['capex.meta'])
    expect(Object.isFrozen(saved)).toBe(true)
  })

  it('renames, duplicates next to the original, deletes and undoes', () => {
    const s = useScenariosStore()
    const first = s.save('First')!
    const second = s.save('Second')!
    expect(s.rename(first.id, 'Second')).toBe('Second (2)')
    expect(s.rename(first.id, '  ')).toBeNull()
    expect(s.rename('nope', 'x')).toBeNull()
    const copy = s.duplicate(first.id, 'Second (2) (copy)')!
    expect(s.saved.map((x) => x.name)).toEqual(['Second (2)', 'Second (2) (copy)', 'Second'])
    s.setCompared(savedKey(copy.id), true)
    const removed = s.remove(copy.id)!
    expect(s.saved.map((x) => x.id)).toEqual([first.id, second.id])
    expect(s.compared).toEqual([])
    s.restore(removed)
    expect(s.saved.map((x) => x.id)).toEqual([first.id, copy.id, second.id])
    expect(s.compared).toEqual([savedKey(copy.id)])
  })

  it('compares 2 to 6 presets and saved scenarios, once the comparison\'s code is loaded', async () => {
    const s = useScenariosStore()
    expect(s.comparisonStatus).toBe('too-few')
    s.setCompared('preset:as-reported', true)
    expect(s.comparison).toBeNull()
    s.setCompared('preset:primary-sources', true)
    s.setCompared('preset:no-such', true)
    expect(s.compared).toEqual(['preset:as-reported', 'preset:primary-sources'])
    expect(s.comparisonStatus).toBe('ok')
    expect(s.comparison).toBeNull()
    await s.loadComparison()
    expect(s.comparison!.assumptions.some((r) => r.id === 'capex.stargateYears')).toBe(true)
    for (let i = 0; i < 5; i++) s.setCompared(savedKey(s.save(`S${i}`)!.id), true)
    expect(s.comparisonStatus).toBe('too-many')
    expect(s.comparison).toBeNull()
  })

  it('drops comparison picks of scenarios that another tab deleted', () => {
    const s = useScenariosStore()
    const kept = s.save('Kept')!
    const gone = s.save('Gone')!
    s.setCompared(savedKey(kept.id), true)
    s.setCompared(savedKey(gone.id), true)
    s.setSaved([kept])
    expect(s.compared).toEqual([savedKey(kept.id)])
  })

  it('adopts an imported scenario: added to the list and shown', () => {
    const s = useScenariosStore()
    const a = useAssumptionsStore()
    const values = { ...defaultAssumptions(), 'training.pue': 2 }
    const added = s.adopt('Imported', values)!
    expect(a.values['training.pue']).toBe(2)
    expect(s.current).toEqual({ kind: 'saved', id: added.id, name: 'Imported' })
  })

  it('records a deletion when it deletes, and forgets it when the deletion is undone', () => {
    const s = useScenariosStore()
    const kept = s.save('Kept')!
    const gone = s.save('Gone')!
    expect(s.deleted).toEqual({})
    const removed = s.remove(gone.id, new Date('2025-03-01T12:00:00Z'))!
    expect(s.deleted).toEqual({ [gone.id]: '2025-03-01T12:00:00.000Z' })
    expect(s.remove('no-such')).toBeNull()
    expect(Object.keys(s.deleted)).toEqual([gone.id])
    s.restore(removed)
    expect(s.deleted).toEqual({})
    expect(s.saved.map((x) => x.id)).toEqual([kept.id, gone.id])
  })

  it('takes the deletions storage read with the list, never one of a listed scenario', () => {
    const s = useScenariosStore()
    const a = s.save('A')!
    s.setSaved([a], { [a.id]: '2025-03-01T00:00:00.000Z', other: '2025-03-02T00:00:00.000Z' })
    expect(s.deleted).toEqual({ other: '2025-03-02T00:00:00.000Z' })
    // Without deletions, the ones recorded stay.
    s.setSaved([])
    expect(s.deleted).toEqual({ other: '2025-03-02T00:00:00.000Z' })
    s.$reset()
    expect(s.deleted).toEqual({})
  })
})
