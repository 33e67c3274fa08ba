/**
 * What each lens holds, declared once: its groups of assumptions, the methods it states, the results it
 * lists and its headline among them, the ledger figures it sets beside them, its charts, the assumptions an
 * exported chart names, and the results a comparison shows. The lens sections, the comparison, the chart
 * exports and the data tables all read this list. Plain data, no Vue.
 */
import { MODEL_IDS, PRICE_KINDS, type AssumptionId, type ModelId, type ResultId } from '@/model'

export const LENS_IDS = ['api', 'training', 'capex', 'market'] as const
export type LensId = (typeof LENS_IDS)[number]

export const CHART_IDS = [
  'api-costs',
  'api-multiples',
  'api-history',
  'training-costs',
  'fleet-costs',
  'capex-pledges',
  'market-loss',
  'api-sensitivity',
  'training-sensitivity',
  'capex-sensitivity',
  'market-sensitivity',
] as const
export type ChartId = (typeof CHART_IDS)[number]

/** A fieldset of sliders. */
export interface ControlGroupSpec {
  /** Unique across lenses: `api.workload`, `api.prices.r1`, `training.run`... */
  readonly id: string
  /** The i18n key of its legend, with `{model}` filled in for per-model groups. */
  readonly legend: string
  readonly model?: ModelId
  readonly assumptions: readonly AssumptionId[]
}

export interface ChartSpec {
  readonly id: ChartId
  /** Starts on a logarithmic axis: its bars span orders of magnitude. */
  readonly log: boolean
  /**
   * A sensitivity (tornado) chart of the lens's headline result: one bar per assumption, from the result
   * at the low end of the assumption's range to the result at its high end. Always on a linear axis.
   */
  readonly sensitivity?: true
  /** A chart over time (the gap's history): steps against dates, drawn as lines. */
  readonly overTime?: true
}

/** A sentence under a lens's lead that states how a number is worked out, and the sources it cites. */
export interface MethodSpec {
  /** The i18n key of the sentence. */
  readonly text: string
  /** Ledger source ids, cited after the sentence. */
  readonly sources: readonly string[]
}

export interface LensSpec {
  readonly id: LensId
  readonly groups: readonly ControlGroupSpec[]
  readonly methods: readonly MethodSpec[]
  /** Listed beside the charts. The API lens shows a table per model instead (`modelTable`). */
  readonly results: readonly ResultId[]
  /**
   * The one number the lens answers with, the gap it is about: its sensitivity chart shows what moves it.
   * It is also the first of {@link keyResults}, the lens's headline results.
   */
  readonly headline: ResultId
  /** Ledger figures that are no assumption (others' estimates), listed after the results for comparison. */
  readonly references: readonly string[]
  readonly modelTable: boolean
  readonly charts: readonly ChartSpec[]
  /** Named under an exported chart's title, after the ones the scenario changed. */
  readonly keyAssumptions: readonly AssumptionId[]
  /** The lens's headline results, the headline first: what a comparison of scenarios shows for it. */
  readonly keyResults: readonly ResultId[]
}

export const LENSES: readonly LensSpec[] = [
  {
    id: 'api',
    groups: [
      { id: 'api.workload', legend: 'lenses.api.workload', assumptions: ['workload.tokens', 'workload.outputShare', 'workload.cacheHitRate', 'workload.offPeakShare'] },
      ...MODEL_IDS.map((model): ControlGroupSpec => ({
        id: `api.prices.${model}`,
        legend: 'lenses.api.pricesOf',
        model,
        assumptions: PRICE_KINDS.map((k): AssumptionId => `price.${model}.${k}`),
      })),
      { id: 'api.reasoning', legend: 'lenses.api.reasoning', assumptions: MODEL_IDS.map((m): AssumptionId => `workload.outputMultiplier.${m}`) },
    ],
    methods: [],
    results: [],
    headline: 'api.ratio.o1',
    references: [],
    modelTable: true,
    charts: [
      { id: 'api-costs', log: false },
      { id: 'api-multiples', log: false },
      { id: 'api-history', log: true, overTime: true },
      { id: 'api-sensitivity', log: false, sensitivity: true },
    ],
    keyAssumptions: ['workload.tokens', 'workload.outputShare', 'workload.cacheHitRate'],
    keyResults: ['api.ratio.o1', 'api.cost.r1', 'api.cost.o1', 'api.ratio.o1mini', 'claim.o1mini'],
  },
  {
    id: 'training',
    groups: [
      { id: 'training.run', legend: 'lenses.training.run', assumptions: ['training.gpuHours', 'training.rentalPrice', 'training.clusterGpus'] },
      {
        id: 'training.hardware',
        legend: 'lenses.training.hardware',
        assumptions: ['training.gpuUnitPrice', 'training.amortizationYears', 'training.gpuPowerKw', 'training.pue', 'training.energyPrice'],
      },
      {
        id: 'training.epoch',
        legend: 'lenses.training.epoch',
        assumptions: [
          'training.serverCostFactor',
          'training.networkingShare',
          'training.valueLossPerYear',
          'training.hardwareAgeYears',
          'training.serverPowerFactor',
          'training.averagePowerShare',
        ],
      },
      { id: 'training.claims', legend: 'lenses.training.claims', assumptions: ['fleet.gpus', 'fleet.gpuUnitPrice', 'comparator.o1TrainingCost'] },
    ],
    methods: [{ text: 'lenses.training.epochMethod', sources: ['epoch-cottier', 'epoch-cost-model'] }],
    results: [
      'training.rentalCost',
      'training.epochCost',
      'training.amortizedCost',
      'training.clusterCapex',
      'training.epochHardware',
      'training.epochEnergy',
      'training.days',
      'training.energyKwh',
      'training.energyCost',
      'fleet.capex',
      'fleet.serverCapex',
      'fleet.annualCost',
      'fleet.annualCostOverRentalCost',
      'fleet.overRentalCost',
      'fleet.overClusterCapex',
      'comparator.o1OverRentalCost',
    ],
    // The run's cost by the one published method that counts owning the hardware.
    headline: 'training.epochCost',
    references: ['semianalysis.serverCapex', 'semianalysis.opex'],
    modelTable: false,
    charts: [{ id: 'training-costs', log: true }, { id: 'fleet-costs', log: true }, { id: 'training-sensitivity', log: false, sensitivity: true }],
    keyAssumptions: ['training.gpuHours', 'training.rentalPrice', 'training.gpuUnitPrice'],
    keyResults: [
      'training.epochCost',
      'training.rentalCost',
      'training.amortizedCost',
      'fleet.capex',
      'fleet.annualCost',
      'fleet.annualCostOverRentalCost',
    ],
  },
  {
    id: 'capex',
    groups: [
      { id: 'capex.stargate', legend: 'lenses.capex.stargate', assumptions: ['capex.stargate', 'capex.stargateYears'] },
      { id: 'capex.others', legend: 'lenses.capex.others', assumptions: ['capex.meta', 'capex.microsoft', 'capex.amazon'] },
    ],
    methods: [],
    results: ['capex.stargatePerYear', 'capex.annualTotal', 'capex.rentalRunsPerYear', 'capex.fleetsPerYear'],
    headline: 'capex.annualTotal',
    references: [],
    modelTable: false,
    charts: [{ id: 'capex-pledges', log: false }, { id: 'capex-sensitivity', log: false, sensitivity: true }],
    keyAssumptions: ['capex.stargate', 'capex.stargateYears'],
    keyResults: ['capex.annualTotal', 'capex.stargatePerYear', 'capex.rentalRunsPerYear'],
  },
  {
    id: 'market',
    groups: [{ id: 'market.day', legend: 'lenses.market.day', assumptions: ['market.nvidiaLoss', 'market.nvidiaDrop', 'market.nasdaqDrop'] }],
    methods: [],
    results: ['market.lossOverRentalCost', 'market.lossOverAnnualCapex', 'market.lossOverFleetCapex'],
    headline: 'market.lossOverRentalCost',
    references: [],
    modelTable: false,
    charts: [{ id: 'market-loss', log: true }, { id: 'market-sensitivity', log: false, sensitivity: true }],
    keyAssumptions: ['market.nvidiaLoss', 'market.nvidiaDrop'],
    keyResults: ['market.lossOverRentalCost', 'market.lossOverAnnualCapex'],
  },
]

const lensById = new Map(LENSES.map((l) => [l.id, l]))
const groupById = new Map(LENSES.flatMap((l) => l.groups.map((g) => [g.id, g] as const)))
const lensOfChart = new Map(LENSES.flatMap((l) => l.charts.map((c) => [c.id, l] as const)))

export function lensSpec(id: LensId): LensSpec {
  return lensById.get(id)!
}

export function isLensId(value: string): value is LensId {
  return lensById.has(value as LensId)
}

/** A control group by id, or `undefined`. */
export function controlGroup(id: string): ControlGroupSpec | undefined {
  return groupById.get(id)
}

export function isChartId(value: string): value is ChartId {
  return lensOfChart.has(value as ChartId)
}

/** A lens chart's spec, or `undefined`. */
export function chartSpec(id: string): ChartSpec | undefined {
  return lensOfChart.get(id as ChartId)?.charts.find((c) => c.id === id)
}

/** The lens a chart belongs to, or `undefined` (the comparison's chart belongs to none). */
export function lensOfChartId(id: string): LensSpec | undefined {
  return lensOfChart.get(id as ChartId)
}

/** Whether an assumption belongs to one of the lens's groups. */
export function lensHolds(lens: LensSpec, id: AssumptionId): boolean {
  return lens.groups.some((g) => g.assumptions.includes(id))
}
