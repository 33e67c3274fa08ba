import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { assumptionsOfPreset, getLedger, priceHistory } from '@/data/figures'
import type { Assumptions } from '@/model'
import type { Comparison, ComparedScenario, compareScenarios } from '@/codecs/compare'
import { MAX_COMPARED, MIN_COMPARED } from '@/codecs/compareLimits'
import { parseKey, presetKey, savedKey, type ScenarioKey } from '@/codecs/scenarioKey'
import type { Deletions, SavedScenario } from '@/codecs/storage'
import { withDeletion, withoutDeletions } from '@/codecs/storageMerge'
import { cleanName, sameAssumptions } from '@/codecs/values'
import { DEFAULT_DATING, type Dating } from '@/codecs/url'
import { useAssumptionsStore } from './assumptions'

export type { ScenarioKey } from '@/codecs/scenarioKey'

/** What the current assumptions are: a preset, the saved scenario last opened, or the visitor's own. */
export type CurrentScenario =
  | { readonly kind: 'preset'; readonly id: string }
  | { readonly kind: 'saved'; readonly id: string; readonly name: string }
  | { readonly kind: 'custom' }

export interface RemovedScenario {
  readonly scenario: SavedScenario
  readonly index: number
  readonly wasCompared: boolean
}

export type ComparisonStatus = 'ok' | 'too-few' | 'too-many'

let presets: ReadonlyMap<string, Assumptions> | undefined
/** The values of every preset, by id, worked out once. */
const presetValues = (): ReadonlyMap<string, Assumptions> => (presets ??= new Map(
  getLedger().presets.flatMap((p) => {
    const values = assumptionsOfPreset(p.id)
    return values ? [[p.id, values] as const] : []
  }),
))

const sameDating = (a: Dating, b: Dating) => a.asOf === b.asOf && JSON.stringify(a.picks) === JSON.stringify(b.picks)

/** A fresh id: random where the browser offers it, time and chance otherwise. */
export function newScenarioId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

/**
 * Saved scenarios, which scenarios are compared, and which scenario the current assumptions are.
 * Persistence lives in `useScenarioStorage`; the numbers come from the model through `compareScenarios`,
 * whose code loads when a comparison is first wanted ({@link loadComparison}).
 */
export const useScenariosStore = defineStore('scenarios', () => {
  const assumptions = useAssumptionsStore()

  /** Saved scenarios in the order they were saved. Replaced, never mutated in place (a shallow ref). */
  const saved = shallowRef<readonly SavedScenario[]>([])
  /**
   * Saved scenarios deleted, by id, and when (ISO 8601): recorded as they are deleted, forgotten when one
   * comes back. Storage shares them, so that a scenario deleted in one tab leaves the others too.
   */
  const deleted = shallowRef<Deletions>({})
  /** Scenarios picked for the comparison, in the order picked. */
  const compared = ref<ScenarioKey[]>([])
  /** Whether the comparison is shown. */
  const comparing = ref(false)
  /** The scenario last applied, if any: the current one while the values still match it. */
  const origin = ref<ScenarioKey | null>(null)
  /** The comparison's code (src/codecs/compare.ts), once loaded: the page starts without it. */
  const compare = shallowRef<typeof compareScenarios | null>(null)

  const byId = computed(() => new Map(saved.value.map((s) => [s.id, s])))

  /** The prices' date and picks of a scenario (a preset's are the defaults). */
  function datingOf(key: ScenarioKey): Dating {
    const { kind, id } = parseKey(key)
    return kind === 'preset' ? DEFAULT_DATING : (byId.value.get(id)?.dating ?? DEFAULT_DATING)
  }

  function valuesOf(key: ScenarioKey): Assumptions | undefined {
    const { kind, id } = parseKey(key)
    return kind === 'preset' ? presetValues().get(id) : byId.value.get(id)?.values
  }

  const current = computed<CurrentScenario>(() => {
    const now = assumptions.values
    const o = origin.value === null ? null : parseKey(origin.value)
    if (o?.kind === 'saved') {
      const s = byId.value.get(o.id)
      if (s && sameAssumptions(s.values, now)) return { kind: 'saved', id: s.id, name: s.name }
    }
    const presetIds = [...presetValues().keys()]
    if (o?.kind === 'preset') presetIds.unshift(o.id)
    for (const id of presetIds) {
      const values = presetValues().get(id)
      if (values && sameAssumptions(values, now)) return { kind: 'preset', id }
    }
    return { kind: 'custom' }
  })

  /** `name`, or `name (2)`, `name (3)`... so that no two saved scenarios share a name. */
  function uniqueName(name: string, exceptId?: string): string {
    const taken = new Set(saved.value.filter((s) => s.id !== exceptId).map((s) => s.name.toLocaleLowerCase()))
    if (!taken.has(name.toLocaleLowerCase())) return name
    for (let i = 2; ; i++) {
      const candidate = cleanName(`${name} (${i})`)
      if (!taken.has(candidate.toLocaleLowerCase())) return candidate
    }
  }

  function add(name: string, values: Assumptions, now: Date, dating: Dating = DEFAULT_DATING): SavedScenario | null {
    const clean = cleanName(name)
    if (clean === '') return null
    const at = now.toISOString()
    const scenario: SavedScenario = Object.freeze({
      id: newScenarioId(),
      name: uniqueName(clean),
      values: Object.freeze({ ...values }),
      createdAt: at,
      updatedAt: at,
      ...(dating === DEFAULT_DATING ? {} : { dating }),
    })
    saved.value = [...saved.value, scenario]
    return scenario
  }

  /** Saves the current assumptions under `name` (made unique). `null` when the name is blank. */
  function save(name: string, now = new Date()): SavedScenario | null {
    const scenario = add(name, assumptions.values, now, sameDating(assumptions.dating, DEFAULT_DATING) ? DEFAULT_DATING : assumptions.dating)
    if (scenario) origin.value = savedKey(scenario.id)
    return scenario
  }

  /** Adds a scenario from elsewhere (an imported file) and makes it current. */
  function adopt(name: string, values: Assumptions, dating: Dating = DEFAULT_DATING, now = new Date()): SavedScenario | null {
    const scenario = add(name, values, now, dating)
    if (scenario) load(scenario.id)
    return scenario
  }

  /** Renames a saved scenario; returns the name kept (made unique), or `null` if blank or unknown. */
  function rename(id: string, name: string, now = new Date()): string | null {
    const clean = cleanName(name)
    const target = byId.value.get(id)
    if (clean === '' || !target) return null
    if (clean === target.name) return clean
    const kept = uniqueName(clean, id)
    saved.value = saved.value.map((s) => (s.id === id ? Object.freeze({ ...s, name: kept, updatedAt: now.toISOString() }) : s))
    return kept
  }

  /** Copies a saved scenario under `name` (made unique), right after the original. */
  function duplicate(id: string, name: string, now = new Date()): SavedScenario | null {
    const source = byId.value.get(id)
    const copy = source && add(name, source.values, now, source.dating)
    if (!copy) return null
    const list = saved.value.filter((s) => s.id !== copy.id)
    list.splice(list.findIndex((s) => s.id === id) + 1, 0, copy)
    saved.value = list
    return copy
  }

  /** Deletes a saved scenario, and records when; what it returns brings it back with {@link restore}. */
  function remove(id: string, now = new Date()): RemovedScenario | null {
    const index = saved.value.findIndex((s) => s.id === id)
    const scenario = saved.value[index]
    if (!scenario) return null
    const key = savedKey(id)
    const wasCompared = compared.value.includes(key)
    deleted.value = withDeletion(deleted.value, id, now.toISOString())
    saved.value = saved.value.filter((s) => s.id !== id)
    compared.value = compared.value.filter((k) => k !== key)
    return { scenario, index, wasCompared }
  }

  /** Undoes {@link remove}. */
  function restore(removed: RemovedScenario): void {
    if (byId.value.has(removed.scenario.id)) return
    const list = [...saved.value]
    list.splice(Math.min(removed.index, list.length), 0, removed.scenario)
    deleted.value = withoutDeletions(deleted.value, [removed.scenario.id])
    saved.value = list
    if (removed.wasCompared) compared.value = [...compared.value, savedKey(removed.scenario.id)]
  }

  /** Makes a saved scenario's values the current assumptions. */
  function load(id: string): boolean {
    const s = byId.value.get(id)
    if (!s) return false
    assumptions.replace(s.values, s.dating)
    origin.value = savedKey(id)
    return true
  }

  function applyPreset(id: string): boolean {
    const ok = assumptions.applyPreset(id)
    if (ok) origin.value = presetKey(id)
    return ok
  }

  /** Back to the defaults (the as-reported figures). */
  function resetValues(): void {
    assumptions.$reset()
    origin.value = null
  }

  /**
   * Replaces the saved list (read from storage), and the deletions with `deletions` when given. Picks of
   * scenarios that no longer exist are dropped; a listed scenario is not deleted.
   */
  function setSaved(list: readonly SavedScenario[], deletions: Deletions = deleted.value): void {
    deleted.value = withoutDeletions(deletions, list.map((s) => s.id))
    saved.value = list.map((s) => (Object.isFrozen(s) ? s : Object.freeze({ ...s })))
    compared.value = compared.value.filter((k) => valuesOf(k) !== undefined)
  }

  function isCompared(key: ScenarioKey): boolean {
    return compared.value.includes(key)
  }

  function setCompared(key: ScenarioKey, on: boolean): void {
    const has = compared.value.includes(key)
    if (on && !has && valuesOf(key)) compared.value = [...compared.value, key]
    if (!on && has) compared.value = compared.value.filter((k) => k !== key)
  }

  const comparisonStatus = computed<ComparisonStatus>(() =>
    compared.value.length < MIN_COMPARED ? 'too-few' : compared.value.length > MAX_COMPARED ? 'too-many' : 'ok',
  )

  /** Loads the comparison's code, if it is not yet: {@link comparison} is `null` until then. */
  async function loadComparison(): Promise<void> {
    if (compare.value) return
    const codec = await import('@/codecs/compare')
    compare.value = codec.compareScenarios
  }

  /** The comparison of the picked scenarios; `null` unless 2 to 6 are picked and its code is loaded. */
  const comparison = computed<Comparison | null>(() => {
    const compareScenarios = compare.value
    if (comparisonStatus.value !== 'ok' || !compareScenarios) return null
    const items: ComparedScenario[] = compared.value.flatMap((key) => {
      const values = valuesOf(key)
      return values ? [{ key, values, dating: datingOf(key) }] : []
    })
    // Each on its own prices' date: its off-peak prices and the endpoint in each slot then.
    return compareScenarios(items, priceHistory())
  })

  function $reset(): void {
    saved.value = []
    deleted.value = {}
    compared.value = []
    comparing.value = false
    origin.value = null
  }

  return {
    saved,
    deleted,
    compared,
    comparing,
    origin,
    current,
    comparison,
    comparisonStatus,
    loadComparison,
    valuesOf,
    datingOf,
    save,
    adopt,
    rename,
    duplicate,
    remove,
    restore,
    load,
    applyPreset,
    resetValues,
    setSaved,
    isCompared,
    setCompared,
    $reset,
  }
})
