/**
 * Side-by-side comparison of scenarios: which assumptions differ, and the key results of each lens.
 * Pure: the model computes, this only lines the numbers up.
 */
import type { ChartTable } from '@/charts/types'
import { LENSES, type LensId } from '@/lenses'
import {
  ASSUMPTION_IDS,
  computeResults,
  type AssumptionId,
  type Assumptions,
  type Ratio,
  type ResultId,
} from '@/model'
import type { ScenarioKey } from './scenarioKey'

export const MIN_COMPARED = 2
export const MAX_COMPARED = 6

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
}

function row<Id extends string>(id: Id, values: readonly Ratio[]): ComparisonRow<Id> {
  const first = values[0]
  const differs = values.map((v) => v !== first)
  return { id, values, differs, varies: differs.some(Boolean) }
}

/** Lines up the scenarios' assumptions and key results. Each scenario's results come from the model. */
export function compareScenarios(scenarios: readonly ComparedScenario[]): Comparison {
  const results = scenarios.map((s) => computeResults(s.values))
  const assumptions = ASSUMPTION_IDS.map((id) => row(id, scenarios.map((s) => s.values[id]))).filter((r) => r.varies)
  return {
    keys: scenarios.map((s) => s.key),
    assumptions,
    results: LENSES.map((lens) => ({
      lens: lens.id,
      rows: lens.keyResults.map((id) => row(id, results.map((r) => r[id]))),
    })),
    chart: CHART_RESULTS.map((id) => row(id, results.map((r) => r[id]))),
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

/** Whether two sets of assumptions hold exactly the same numbers. */
export function sameAssumptions(a: Assumptions, b: Assumptions): boolean {
  return ASSUMPTION_IDS.every((id) => a[id] === b[id])
}
