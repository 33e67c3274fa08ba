import { HOURS_PER_YEAR, computeEpoch, serverCapexUsd, serverEnergyKwh } from './epoch.ts'
import { ratio } from './ratio.ts'
import type { Assumptions, Ratio } from './types.ts'

const HOURS_PER_DAY = 24
const DAYS_PER_YEAR = 365

export interface TrainingResults {
  /** GPU-hours × rental price: DeepSeek's own method for the $5.576M, in USD. */
  readonly rentalCostUsd: number
  /** Buying the whole cluster outright, in USD. */
  readonly clusterCapexUsd: number
  /** Wall-clock length of the run on the cluster, in days. */
  readonly days: number
  /** Energy drawn by the run, facility included (PUE), in kWh. */
  readonly energyKwh: number
  /** That energy's bill, in USD. */
  readonly energyCostUsd: number
  /** The share of the cluster's price used up during the run, plus energy, in USD. */
  readonly amortizedCostUsd: number
  /** Epoch AI's method: the value the cluster's servers lose during the run, in USD. */
  readonly epochHardwareUsd: number
  /** Epoch AI's method: the servers' energy bill for the run, in USD. */
  readonly epochEnergyUsd: number
  /** Epoch AI's amortised cost of the run: hardware plus energy, in USD. */
  readonly epochCostUsd: number
  /** The claimed fleet (e.g. 50,000 H100s) at its unit price, in USD. */
  readonly fleetCapexUsd: number
  readonly fleetOverRentalCost: Ratio
  readonly fleetOverClusterCapex: Ratio
  /** The claimed fleet as servers with their networking (Epoch AI's factors), in USD. */
  readonly fleetServerCapexUsd: number
  /** A year of owning the fleet: its servers written off over the amortisation period, plus a year of power, in USD. */
  readonly fleetAnnualCostUsd: number
  /** A year of owning the fleet over V3's rental cost. */
  readonly fleetAnnualCostOverRentalCost: Ratio
  /** The o1 comparator over V3's rental cost. */
  readonly o1OverRentalCost: Ratio
}

/**
 * Training cost by four methods (rented GPU-hours, buying the cluster, straight-line wear plus energy,
 * Epoch AI's amortised method), beside what the claimed fleet costs to buy and to own for a year, and the
 * o1 comparator.
 */
export function computeTraining(a: Assumptions): TrainingResults {
  const gpuHours = a['training.gpuHours']
  const rentalCostUsd = gpuHours * a['training.rentalPrice']
  const clusterCapexUsd = a['training.clusterGpus'] * a['training.gpuUnitPrice']
  const days = gpuHours / a['training.clusterGpus'] / HOURS_PER_DAY
  const energyKwh = gpuHours * a['training.gpuPowerKw'] * a['training.pue']
  const energyCostUsd = energyKwh * a['training.energyPrice']
  const amortizedCostUsd =
    (clusterCapexUsd * days) / (DAYS_PER_YEAR * a['training.amortizationYears']) + energyCostUsd
  const epoch = computeEpoch(a)
  const fleetCapexUsd = a['fleet.gpus'] * a['fleet.gpuUnitPrice']
  const fleetServerCapexUsd = serverCapexUsd(a, a['fleet.gpus'], a['fleet.gpuUnitPrice'])
  const fleetAnnualCostUsd =
    fleetServerCapexUsd / a['training.amortizationYears'] +
    serverEnergyKwh(a, a['fleet.gpus'] * HOURS_PER_YEAR) * a['training.energyPrice']
  return {
    rentalCostUsd,
    clusterCapexUsd,
    days,
    energyKwh,
    energyCostUsd,
    amortizedCostUsd,
    epochHardwareUsd: epoch.hardwareUsd,
    epochEnergyUsd: epoch.energyUsd,
    epochCostUsd: epoch.costUsd,
    fleetCapexUsd,
    fleetOverRentalCost: ratio(fleetCapexUsd, rentalCostUsd),
    fleetOverClusterCapex: ratio(fleetCapexUsd, clusterCapexUsd),
    fleetServerCapexUsd,
    fleetAnnualCostUsd,
    fleetAnnualCostOverRentalCost: ratio(fleetAnnualCostUsd, rentalCostUsd),
    o1OverRentalCost: ratio(a['comparator.o1TrainingCost'], rentalCostUsd),
  }
}
