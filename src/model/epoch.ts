/**
 * Epoch AI's way of pricing owned hardware (Cottier et al. 2024, "The rising costs of training frontier AI
 * models", arXiv 2405.21015; code in epoch-research/training-cost-trends): a GPU's price becomes a server's
 * with the chip-to-server factor and the cluster's networking share; the server loses value at a constant
 * rate as better hardware arrives; its power is the GPU's scaled to the whole server, at the average share
 * of the limit a training run draws, with the facility's overhead (PUE).
 */
import type { Assumptions } from './types.ts'

/** Hours in a 365-day year. */
export const HOURS_PER_YEAR = 8760

/**
 * What `gpus` GPUs at `gpuUnitPriceUsd` each cost once they are servers in a cluster, in USD:
 * `gpus × gpuUnitPrice × serverCostFactor / (1 − networkingShare)`.
 */
export function serverCapexUsd(a: Assumptions, gpus: number, gpuUnitPriceUsd: number): number {
  return (gpus * gpuUnitPriceUsd * a['training.serverCostFactor']) / (1 - a['training.networkingShare'])
}

/**
 * The energy drawn by the servers around `gpuHours` GPU-hours, cooling and power distribution included,
 * in kWh: `gpuHours × gpuPowerKw × serverPowerFactor × averagePowerShare × pue`.
 */
export function serverEnergyKwh(a: Assumptions, gpuHours: number): number {
  return (
    gpuHours *
    a['training.gpuPowerKw'] *
    a['training.serverPowerFactor'] *
    a['training.averagePowerShare'] *
    a['training.pue']
  )
}

export interface EpochResults {
  /** The value V3's cluster loses during the run, networking included, in USD. */
  readonly hardwareUsd: number
  /** The servers' energy bill for the run, in USD. */
  readonly energyUsd: number
  /** Hardware plus energy, in USD. */
  readonly costUsd: number
}

/**
 * V3's training run priced by Epoch AI's amortised method. With `k = −ln(1 − valueLossPerYear)` and the
 * run's length `T = gpuHours / clusterGpus / 8760` years:
 * ```
 * startValue = gpuUnitPrice × serverCostFactor / (1 − networkingShare) × (1 − valueLossPerYear)^hardwareAgeYears
 * hardware   = clusterGpus × startValue × (1 − e^(−k·T))
 * energy     = gpuHours × gpuPowerKw × serverPowerFactor × averagePowerShare × pue × energyPrice
 * ```
 * The cluster's size barely matters (it sets how long the run lasts, not how many GPU-hours it takes),
 * unlike the hardware's price, age and rate of value loss.
 */
export function computeEpoch(a: Assumptions): EpochResults {
  const valueLoss = a['training.valueLossPerYear']
  const k = -Math.log1p(-valueLoss)
  const years = a['training.gpuHours'] / a['training.clusterGpus'] / HOURS_PER_YEAR
  const startValueUsd =
    serverCapexUsd(a, 1, a['training.gpuUnitPrice']) * Math.pow(1 - valueLoss, a['training.hardwareAgeYears'])
  // 1 − e^(−k·T), written so that short runs keep their digits.
  const shareLost = -Math.expm1(-k * years)
  const hardwareUsd = a['training.clusterGpus'] * startValueUsd * shareLost
  const energyUsd = serverEnergyKwh(a, a['training.gpuHours']) * a['training.energyPrice']
  return { hardwareUsd, energyUsd, costUsd: hardwareUsd + energyUsd }
}
