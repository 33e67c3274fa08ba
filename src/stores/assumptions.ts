import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { assumptionsOfPreset, defaultAssumptions } from '@/data/figures'
import { clampAssumption, computeResults, type AssumptionId, type Assumptions, type Results } from '@/model'

/**
 * What the visitor chose: one value per assumption, in base units. Every number shown is
 * `computeResults(values)`; the store itself does no math.
 */
export const useAssumptionsStore = defineStore('assumptions', () => {
  const values = ref<Record<AssumptionId, number>>(defaultAssumptions())

  const results = computed<Results>(() => computeResults(values.value as Assumptions))

  /**
   * Sets one assumption, clamped to its bounds.
   * @returns the value kept, or `null` when `value` was not a finite number (nothing changes then).
   */
  function set(id: AssumptionId, value: number): number | null {
    const kept = clampAssumption(id, value)
    if (kept !== null) values.value[id] = kept
    return kept
  }

  /** Replaces every assumption at once (a preset, a saved scenario). */
  function replace(next: Assumptions): void {
    values.value = { ...next }
  }

  /** Applies the preset with this id; `false` if there is none. */
  function applyPreset(id: string): boolean {
    const next = assumptionsOfPreset(id)
    if (next) replace(next)
    return next !== undefined
  }

  function $reset(): void {
    values.value = defaultAssumptions()
  }

  return { values, results, set, replace, applyPreset, $reset }
})
