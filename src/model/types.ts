/**
 * Identifiers and shapes shared by the whole model.
 *
 * Every quantity is a plain number in a base unit: USD, tokens, GPUs, GPU-hours, years, kW, or a share
 * from 0 to 1. API prices are the one exception the trade uses everywhere: USD per million tokens.
 */

/** The five models whose API list prices are compared. */
export const MODEL_IDS = ['r1', 'v3', 'o1', 'o1mini', 'gpt4o'] as const
export type ModelId = (typeof MODEL_IDS)[number]

/** The three list prices of a model, in USD per million tokens. */
export const PRICE_KINDS = ['input', 'cachedInput', 'output'] as const
export type PriceKind = (typeof PRICE_KINDS)[number]

export type PriceId = `price.${ModelId}.${PriceKind}`
export type OutputMultiplierId = `workload.outputMultiplier.${ModelId}`

export const SCALAR_ASSUMPTION_IDS = [
  'workload.tokens',
  'workload.outputShare',
  'workload.cacheHitRate',
  'workload.offPeakShare',
  'training.gpuHours',
  'training.rentalPrice',
  'training.clusterGpus',
  'training.gpuUnitPrice',
  'training.amortizationYears',
  'training.gpuPowerKw',
  'training.pue',
  'training.energyPrice',
  'training.serverCostFactor',
  'training.networkingShare',
  'training.valueLossPerYear',
  'training.hardwareAgeYears',
  'training.serverPowerFactor',
  'training.averagePowerShare',
  'fleet.gpus',
  'fleet.gpuUnitPrice',
  'comparator.o1TrainingCost',
  'capex.stargate',
  'capex.stargateYears',
  'capex.meta',
  'capex.microsoft',
  'capex.amazon',
  'market.nvidiaLoss',
  'market.nvidiaDrop',
  'market.nasdaqDrop',
] as const

export type AssumptionId = PriceId | OutputMultiplierId | (typeof SCALAR_ASSUMPTION_IDS)[number]

/** Every assumption id, in the order the app presents them. */
export const ASSUMPTION_IDS: readonly AssumptionId[] = [
  ...MODEL_IDS.flatMap((m) => PRICE_KINDS.map((k): PriceId => `price.${m}.${k}`)),
  'workload.tokens',
  'workload.outputShare',
  'workload.cacheHitRate',
  'workload.offPeakShare',
  ...MODEL_IDS.map((m): OutputMultiplierId => `workload.outputMultiplier.${m}`),
  ...SCALAR_ASSUMPTION_IDS.slice(4),
]

/** A full set of assumptions: one number per id, in base units. */
export type Assumptions = Readonly<Record<AssumptionId, number>>

/**
 * A quotient that may have no value: `null` when the denominator is zero (or the quotient would not be a
 * finite number). The UI shows it as "—"; it is never Infinity or NaN.
 */
export type Ratio = number | null

export const RESULT_IDS = [
  ...MODEL_IDS.map((m) => `api.cost.${m}` as const),
  ...MODEL_IDS.map((m) => `api.ratio.${m}` as const),
  ...MODEL_IDS.map((m) => `api.blendedPrice.${m}` as const),
  'claim.o1',
  'claim.o1mini',
  'training.rentalCost',
  'training.clusterCapex',
  'training.days',
  'training.energyKwh',
  'training.energyCost',
  'training.amortizedCost',
  'training.epochHardware',
  'training.epochEnergy',
  'training.epochCost',
  'fleet.capex',
  'fleet.overRentalCost',
  'fleet.overClusterCapex',
  'fleet.serverCapex',
  'fleet.annualCost',
  'fleet.annualCostOverRentalCost',
  'comparator.o1OverRentalCost',
  'capex.stargatePerYear',
  'capex.annualTotal',
  'capex.rentalRunsPerYear',
  'capex.fleetsPerYear',
  'market.lossOverRentalCost',
  'market.lossOverAnnualCapex',
  'market.lossOverFleetCapex',
] as const

export type ResultId = (typeof RESULT_IDS)[number]

/** Every result of the model. Quotients are {@link Ratio}s; everything else is a finite number. */
export type Results = Readonly<Record<ResultId, Ratio>>
