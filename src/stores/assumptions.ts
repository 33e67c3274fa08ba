import { defineStore } from 'pinia'
import { computed, readonly, ref, shallowReactive, watch } from 'vue'
import { assumptionSpans, assumptionsOfPreset, defaultAssumptions } from '@/data/figures'
import {
  RESULT_IDS,
  clampAssumption,
  computeResults,
  computeSpread,
  stretchedSpan,
  type AssumptionId,
  type Assumptions,
  type ResultId,
  type ResultRange,
  type Results,
  type Spread,
} from '@/model'

const sameRange = (x: ResultRange | null | undefined, y: ResultRange | null | undefined) =>
  x === y || (x != null && y != null && Object.is(x.low, y.low) && Object.is(x.high, y.high))

/**
 * What the visitor chose: one value per assumption, in base units. Every number shown is
 * `computeResults(values)`; the store itself does no math.
 */
export const useAssumptionsStore = defineStore('assumptions', () => {
  const values = ref<Record<AssumptionId, number>>(defaultAssumptions())

  const all = computed<Results>(() => computeResults(values.value as Assumptions))

  /**
   * The same results, one reactive entry per result id, updated in place: a component that shows
   * `api.cost.r1` re-renders only when that number changes, not whenever any assumption moves.
   */
  const live = shallowReactive<Record<string, number | null>>({ ...all.value })
  watch(
    all,
    (next) => {
      for (const id of RESULT_IDS) if (!Object.is(live[id], next[id])) live[id] = next[id]
    },
    { flush: 'sync' },
  )
  const results = readonly(live) as Results

  /**
   * Each result's range over the ledger's ranges, and each assumption's swing (the sensitivity charts
   * read it): a few dozen evaluations of the model per move, shared by every result (src/model/ranges.ts).
   */
  const spans = assumptionSpans()
  const spread = computed<Spread>(() => computeSpread(values.value as Assumptions, spans, all.value))
  /** The ranges, one reactive entry per result id, updated in place as `results` are. */
  const liveRanges = shallowReactive<Record<string, ResultRange | null>>({ ...spread.value.ranges })
  watch(
    spread,
    (next) => {
      for (const id of RESULT_IDS) if (!sameRange(liveRanges[id], next.ranges[id])) liveRanges[id] = next.ranges[id]
    },
    { flush: 'sync' },
  )
  const ranges = readonly(liveRanges) as Readonly<Record<ResultId, ResultRange | null>>

  /** An assumption's range: the ledger's, stretched to take in its current value. */
  function assumptionRange(id: AssumptionId): ResultRange {
    return stretchedSpan(spans[id], values.value[id])
  }

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

  return { values, results, ranges, spread, assumptionRange, set, replace, applyPreset, $reset }
})
