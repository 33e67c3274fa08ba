import { defineStore } from 'pinia'
import { computed, readonly, ref, shallowReactive, watch } from 'vue'
import { assumptionSpans, assumptionsOfPreset, clampAsOf, datedDefaults, defaultAssumptions, priceHistory } from '@/data/figures'
import { DEFAULT_DATING, scenarioFragment, type Dating } from '@/codecs/url'
import {
  DEFAULT_AS_OF,
  isDefaultDating,
  MODEL_IDS,
  NO_OFF_PEAK,
  PRICE_KINDS,
  RESULT_IDS,
  dayEnd,
  offPeakAt,
  type ModelId,
  type OffPeakFactors,
  type Picks,
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
  /** The day whose prices the price assumptions start from (`YYYY-MM-DD`), and the endpoints picked per slot. */
  const asOf = ref(DEFAULT_AS_OF)
  const picks = ref<Picks>({})
  const dating = computed<Dating>(() => ({ asOf: asOf.value, picks: picks.value }))
  /** What each assumption is when the visitor has not moved it: the prices in force on `asOf`. */
  const baseline = computed<Assumptions>(() => datedDefaults(dating.value))
  /**
   * The share link's fragment for the scenario as it is (empty at the defaults): made once per change, for
   * the address bar, the share field and the language switch.
   */
  const linkFragment = computed(() => scenarioFragment(values.value, baseline.value, dating.value))
  /** The off-peak discounts of the records in force on `asOf` (none on the default date). */
  const offPeak = computed<OffPeakFactors>(() => {
    if (isDefaultDating(asOf.value, picks.value)) return NO_OFF_PEAK
    const at = dayEnd(asOf.value)
    return at === null ? NO_OFF_PEAK : offPeakAt(priceHistory(), at, picks.value)
  })

  const all = computed<Results>(() => computeResults(values.value, offPeak.value))

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
  const spread = computed<Spread>(() => computeSpread(values.value, spans, all.value, offPeak.value))
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

  /** Sets each price of `slots` to the price in force on the current date. */
  function applyDatedPrices(slots: readonly ModelId[]): void {
    const base = baseline.value
    const next = { ...values.value }
    for (const m of slots) for (const k of PRICE_KINDS) next[`price.${m}.${k}`] = base[`price.${m}.${k}`]
    values.value = next
  }

  /**
   * Takes prices from another day (clamped to the history's bounds): every price assumption becomes the price
   * in force then. `false` when `day` is no day.
   */
  function setAsOf(day: string): boolean {
    const kept = clampAsOf(day)
    if (kept === null) return false
    asOf.value = kept
    applyDatedPrices(MODEL_IDS)
    return true
  }

  /** Picks the endpoint for a slot (`undefined`: the slot's own chain), and takes its prices on the current date. */
  function pick(slot: ModelId, endpoint: string | undefined): void {
    const next: Partial<Record<ModelId, string>> = { ...picks.value }
    if (endpoint === undefined) delete next[slot]
    else next[slot] = endpoint
    picks.value = next
    applyDatedPrices([slot])
  }

  /** Replaces every assumption at once (a preset, a saved scenario), with the date and picks it goes with. */
  function replace(next: Assumptions, when: Dating = DEFAULT_DATING): void {
    asOf.value = clampAsOf(when.asOf) ?? DEFAULT_AS_OF
    picks.value = { ...when.picks }
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
    asOf.value = DEFAULT_AS_OF
    picks.value = {}
  }

  return {
    values,
    asOf,
    picks,
    dating,
    baseline,
    linkFragment,
    offPeak,
    results,
    ranges,
    spread,
    assumptionRange,
    set,
    replace,
    setAsOf,
    pick,
    applyPreset,
    $reset,
  }
})
