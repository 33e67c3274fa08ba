import { ratio } from './ratio.ts'
import type { CapexResults } from './capex.ts'
import type { TrainingResults } from './training.ts'
import type { Assumptions, Ratio } from './types.ts'

export interface MarketResults {
  /** Nvidia's one-day loss in V3-sized training runs. */
  readonly lossOverRentalCost: Ratio
  /** Nvidia's one-day loss in years of pledged capex. */
  readonly lossOverAnnualCapex: Ratio
  /** Nvidia's one-day loss in claimed fleets. */
  readonly lossOverFleetCapex: Ratio
}

/** Nvidia's loss of 27 January 2025 set against the other figures. */
export function computeMarket(a: Assumptions, training: TrainingResults, capex: CapexResults): MarketResults {
  const loss = a['market.nvidiaLoss']
  return {
    lossOverRentalCost: ratio(loss, training.rentalCostUsd),
    lossOverAnnualCapex: ratio(loss, capex.annualTotalUsd),
    lossOverFleetCapex: ratio(loss, training.fleetCapexUsd),
  }
}
