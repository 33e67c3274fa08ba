/**
 * Side-by-side comparison of scenarios: which assumptions differ, and the key results of each lens.
 * Pure: the model computes, this only lines the numbers up. Loaded when a comparison is first wanted
 * (the store imports it lazily): the page starts without it.
 */
import type { ChartTable } from '@/charts/types'
import { LENSES, type LensId } from '@/lenses'
import {
  ASSUMPTION_IDS,
  isDefaultDating,
  MODEL_IDS,
  NO_OFF_PEAK,
  computeResults,
  dayEnd,
  offPeakAt,
  resolveSlot,
  slotAsReported,
  type AssumptionId,
  type Assumptions,
  type ModelId,
  type PriceHistory,
  type Ratio,
  type ResultId,
} from '@/model'
import { DEFAULT_DATING, type Dating } from './url'
import type { ScenarioKey } from './scenarioKey'

export { MAX_COMPARED, MIN_COMPARED } from './compareLimits'
export { sameAssumptions } from './values'

/** Dollar amounts from 10^2 to 10^12, drawn side by side in the comparison's grouped chart. */
export const CHART_RESULTS: readonly ResultId[] = [
  'training.rentalCost',
  'training.epochCost',
  'training.amortizedCost',
  'fleet.capex',
  'fleet.annualCost',
  'capex.stargatePerYear',
  'capex.annualTotal',
]

/** The assumptions behind {@link CHART_RESULTS} (for the chart's sources). */
export const CHART_INPUTS: readonly AssumptionId[] = ASSUMPTION_IDS.filter((id) => /^(training|fleet|capex)\./.test(id))

export interface ComparedScenario {
  readonly key: ScenarioKey
  readonly values: Assumptions
  /** The prices' date and picks the scenario goes with (27 January 2025 and none, without). */
  readonly dating?: Dating
}

/** Which endpoint fills one model slot in each scenario, on its own date. */
export interface ComparisonSlot {
  readonly slot: ModelId
  /** The model's name then, per scenario (`null`: no endpoint fills the slot that day). */
  readonly names: readonly (string | null)[]
  readonly differs: readonly boolean[]
  readonly varies: boolean
}

export interface ComparisonRow<Id extends string> {
  readonly id: Id
  /** One per scenario, in column order. */
  readonly values: readonly Ratio[]
  /** Per cell: whether it differs from the first scenario's. */
  readonly differs: readonly boolean[]
  /** Whether any cell differs from another. */
  readonly varies: boolean
}

export interface Comparison {
  readonly keys: readonly ScenarioKey[]
  /** Only the assumptions that are not the same in every scenario. */
  readonly assumptions: readonly ComparisonRow<AssumptionId>[]
  readonly results: readonly { readonly lens: LensId; readonly rows: readonly ComparisonRow<ResultId>[] }[]
  /** The amounts of {@link CHART_RESULTS}, one row per result. */
  readonly chart: readonly ComparisonRow<ResultId>[]
  /** Each scenario's prices' date (`YYYY-MM-DD`), in column order. */
  readonly dates: readonly string[]
  /** Whether any scenario takes its prices from another date than 27 January 2025, or picks an endpoint. */
  readonly dated: boolean
  /**
   * Whether every slot of every scenario reads as on 27 January 2025 (src/model/history.ts): the January
   * names of the slots then hold for every column.
   */
  readonly asReported: boolean
  /** The endpoint in each slot, per scenario (filled only when {@link dated}). */
  readonly slots: readonly ComparisonSlot[]
}

function row<Id extends string>(id: Id, values: readonly Ratio[]): ComparisonRow<Id> {
  const first = values[0]
  const differs = values.map((v) => v !== first)
  return { id, values, differs, varies: differs.some(Boolean) }
}

const isDefault = (d: Dating) => isDefaultDating(d.asOf, d.picks)

/**
 * Lines up the scenarios' assumptions and key results. Each scenario's results come from the model, on its
 * own prices' date: the off-peak prices of the records in force then (given the price history), and the
 * endpoint filling each slot that day.
 */
export function compareScenarios(scenarios: readonly ComparedScenario[], history?: PriceHistory): Comparison {
  const datings = scenarios.map((s) => s.dating ?? DEFAULT_DATING)
  const dated = history !== undefined && datings.some((d) => !isDefault(d))
  const results = scenarios.map((s, i) => {
    const d = datings[i]!
    const at = dayEnd(d.asOf)
    return computeResults(s.values, !history || isDefault(d) || at === null ? NO_OFF_PEAK : offPeakAt(history, at, d.picks))
  })
  const assumptions = ASSUMPTION_IDS.map((id) => row(id, scenarios.map((s) => s.values[id]))).filter((r) => r.varies)
  const slots = !dated ? [] : MODEL_IDS.map((slot): ComparisonSlot => {
    const names = datings.map((d) => resolveSlot(history, slot, dayEnd(d.asOf) ?? history.start, d.picks[slot])?.record.model ?? null)
    const differs = names.map((n) => n !== names[0])
    return { slot, names, differs, varies: differs.some(Boolean) }
  })
  const asReported = !dated || datings.every((d) => MODEL_IDS.every((m) => slotAsReported(history, m, dayEnd(d.asOf) ?? history.start, d.picks[m])))
  return {
    keys: scenarios.map((s) => s.key),
    assumptions,
    results: LENSES.map((lens) => ({
      lens: lens.id,
      rows: lens.keyResults.map((id) => row(id, results.map((r) => r[id]))),
    })),
    chart: CHART_RESULTS.map((id) => row(id, results.map((r) => r[id]))),
    dates: datings.map((d) => d.asOf),
    dated,
    asReported,
    slots,
  }
}

/** The grouped chart's table: one category per result, one series per scenario. */
export function comparisonChartTable(
  comparison: Comparison,
  text: {
    readonly title: string
    readonly categoryLabel: string
    readonly resultLabel: (id: ResultId) => string
    readonly scenarioLabel: (key: ScenarioKey) => string
  },
  sources: readonly string[],
): ChartTable {
  return {
    id: 'compare',
    title: text.title,
    categoryLabel: text.categoryLabel,
    categories: comparison.chart.map((r) => text.resultLabel(r.id)),
    series: comparison.keys.map((key, i) => ({
      label: text.scenarioLabel(key),
      values: comparison.chart.map((r) => r.values[i] ?? null),
      kind: 'usd',
    })),
    sources,
  }
}
