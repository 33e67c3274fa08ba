import { unsignedZero } from './ratio.ts'
import { ASSUMPTION_IDS, MODEL_IDS, type AssumptionId, type Assumptions } from './types.ts'

/** The base units of the model and the ledger. */
export const BASE_UNITS = [
  'usd', 'usdPerMTok', 'tokens', 'share', 'multiplier', 'ratio', 'gpus', 'gpuHours', 'usdPerGpuHour',
  'usdPerGpu', 'years', 'kw', 'usdPerKwh',
] as const
export type BaseUnit = (typeof BASE_UNITS)[number]

/** The unit a person types in: the base unit divided by `factor`. */
export type DisplayUnit =
  | 'usdPerMTok'
  | 'mTokPerMonth'
  | 'percent'
  | 'multiplier'
  | 'mGpuHours'
  | 'usdPerGpuHour'
  | 'gpus'
  | 'kUsdPerGpu'
  | 'years'
  | 'kw'
  | 'ratio'
  | 'usdPerKwh'
  | 'mUsd'
  | 'bUsd'

export interface AssumptionSpec {
  readonly id: AssumptionId
  readonly unit: BaseUnit
  /** Smallest allowed value, in the base unit. */
  readonly min: number
  /** Largest allowed value, in the base unit. */
  readonly max: number
  /** `log` where sensible values span orders of magnitude. */
  readonly scale: 'linear' | 'log'
  /** On a log scale whose `min` is 0: the smallest positive value the slider reaches. */
  readonly logFloor?: number
  /**
   * How a person reads and types it: base value = display value × `factor`. `step` is the slider's step
   * in display units on a linear scale (typed values may be finer).
   */
  readonly display: { readonly unit: DisplayUnit; readonly factor: number; readonly step: number }
}

type SpecShape = Omit<AssumptionSpec, 'id'>

const price: SpecShape = {
  unit: 'usdPerMTok', min: 0, max: 200, scale: 'log', logFloor: 0.001,
  display: { unit: 'usdPerMTok', factor: 1, step: 0.001 },
}
const share: SpecShape = {
  unit: 'share', min: 0, max: 1, scale: 'linear',
  display: { unit: 'percent', factor: 0.01, step: 1 },
}
const billions = (max: number): SpecShape => ({
  unit: 'usd', min: 0, max, scale: 'linear',
  display: { unit: 'bUsd', factor: 1e9, step: 1 },
})
const gpuPrice: SpecShape = {
  unit: 'usdPerGpu', min: 0, max: 100_000, scale: 'linear',
  display: { unit: 'kUsdPerGpu', factor: 1e3, step: 0.5 },
}
/** A factor of 1 or more (server over chip, in cost or in power). */
const factor: SpecShape = {
  unit: 'multiplier', min: 1, max: 4, scale: 'linear',
  display: { unit: 'multiplier', factor: 1, step: 0.01 },
}
/** A share that is divided by, or taken the logarithm of, once subtracted from 1: kept below 100%. */
const partShare: SpecShape = { ...share, max: 0.9 }
const gpuCount: SpecShape = {
  unit: 'gpus', min: 1, max: 1_000_000, scale: 'log',
  display: { unit: 'gpus', factor: 1, step: 1 },
}

const shapes: Record<AssumptionId, SpecShape> = {
  ...(Object.fromEntries(
    MODEL_IDS.flatMap((m) => [
      [`price.${m}.input`, price],
      [`price.${m}.cachedInput`, price],
      [`price.${m}.output`, price],
      [`workload.outputMultiplier.${m}`, {
        unit: 'multiplier', min: 0, max: 20, scale: 'linear',
        display: { unit: 'multiplier', factor: 1, step: 0.1 },
      }],
    ]),
  ) as Record<AssumptionId, SpecShape>),
  'workload.tokens': {
    unit: 'tokens', min: 0, max: 1e12, scale: 'log', logFloor: 1e5,
    display: { unit: 'mTokPerMonth', factor: 1e6, step: 0.001 },
  },
  'workload.outputShare': share,
  'workload.cacheHitRate': share,
  'workload.offPeakShare': share,
  'training.gpuHours': {
    unit: 'gpuHours', min: 1_000, max: 1e9, scale: 'log',
    display: { unit: 'mGpuHours', factor: 1e6, step: 0.001 },
  },
  'training.rentalPrice': {
    unit: 'usdPerGpuHour', min: 0, max: 20, scale: 'linear',
    display: { unit: 'usdPerGpuHour', factor: 1, step: 0.05 },
  },
  'training.clusterGpus': gpuCount,
  'training.gpuUnitPrice': gpuPrice,
  'training.amortizationYears': {
    unit: 'years', min: 0.5, max: 10, scale: 'linear',
    display: { unit: 'years', factor: 1, step: 0.5 },
  },
  'training.gpuPowerKw': {
    unit: 'kw', min: 0, max: 3, scale: 'linear',
    display: { unit: 'kw', factor: 1, step: 0.05 },
  },
  'training.pue': {
    unit: 'ratio', min: 1, max: 3, scale: 'linear',
    display: { unit: 'ratio', factor: 1, step: 0.01 },
  },
  'training.energyPrice': {
    unit: 'usdPerKwh', min: 0, max: 1, scale: 'linear',
    display: { unit: 'usdPerKwh', factor: 1, step: 0.005 },
  },
  'training.serverCostFactor': factor,
  'training.networkingShare': partShare,
  'training.valueLossPerYear': partShare,
  'training.hardwareAgeYears': {
    unit: 'years', min: 0, max: 5, scale: 'linear',
    display: { unit: 'years', factor: 1, step: 0.1 },
  },
  'training.serverPowerFactor': factor,
  'training.averagePowerShare': share,
  'fleet.gpus': gpuCount,
  'fleet.gpuUnitPrice': gpuPrice,
  'comparator.o1TrainingCost': {
    unit: 'usd', min: 0, max: 1e10, scale: 'log', logFloor: 1e5,
    display: { unit: 'mUsd', factor: 1e6, step: 0.1 },
  },
  'capex.stargate': billions(2_000e9),
  'capex.stargateYears': {
    unit: 'years', min: 1, max: 20, scale: 'linear',
    display: { unit: 'years', factor: 1, step: 1 },
  },
  'capex.meta': billions(500e9),
  'capex.microsoft': billions(500e9),
  'capex.amazon': billions(500e9),
  'market.nvidiaLoss': billions(3_000e9),
  'market.nvidiaDrop': share,
  'market.nasdaqDrop': share,
}

/** Bounds, units and scales of every assumption, keyed by id. */
export const ASSUMPTION_SPECS: Readonly<Record<AssumptionId, AssumptionSpec>> = Object.fromEntries(
  ASSUMPTION_IDS.map((id) => [id, { id, ...shapes[id] }]),
) as Record<AssumptionId, AssumptionSpec>

const idSet: ReadonlySet<string> = new Set(ASSUMPTION_IDS)

/** Narrows an untrusted string to an assumption id. */
export function isAssumptionId(value: string): value is AssumptionId {
  return idSet.has(value)
}

/**
 * Brings a value inside an assumption's bounds.
 * @returns the clamped value, or `null` when `value` is not a finite number at all.
 */
export function clampAssumption(id: AssumptionId, value: number): number | null {
  if (!Number.isFinite(value)) return null
  const { min, max } = ASSUMPTION_SPECS[id]
  const clamped = Math.min(max, Math.max(min, value))
  return unsignedZero(clamped)
}

/** True when every assumption is a finite number within its bounds. */
export function isValidAssumptions(a: Assumptions): boolean {
  return ASSUMPTION_IDS.every((id) => {
    const v = a[id]
    const { min, max } = ASSUMPTION_SPECS[id]
    return Number.isFinite(v) && v >= min && v <= max
  })
}
