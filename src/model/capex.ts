import { ratio } from './ratio.ts'
import type { Assumptions, Ratio } from './types.ts'
import type { TrainingResults } from './training.ts'

export interface CapexResults {
  /** Stargate's total spread evenly over its years, in USD per year. */
  readonly stargatePerYearUsd: number
  /** Stargate per year plus Meta, Microsoft and Amazon, in USD per year. */
  readonly annualTotalUsd: number
  /** How many V3-sized runs (at the rental cost) a year of pledges pays for. */
  readonly rentalRunsPerYear: Ratio
  /** How many claimed fleets a year of pledges buys. */
  readonly fleetsPerYear: Ratio
}

/** The capital-spending pledges per year, and what they buy. */
export function computeCapex(a: Assumptions, training: TrainingResults): CapexResults {
  const stargatePerYearUsd = a['capex.stargate'] / a['capex.stargateYears']
  const annualTotalUsd = stargatePerYearUsd + a['capex.meta'] + a['capex.microsoft'] + a['capex.amazon']
  return {
    stargatePerYearUsd,
    annualTotalUsd,
    rentalRunsPerYear: ratio(annualTotalUsd, training.rentalCostUsd),
    fleetsPerYear: ratio(annualTotalUsd, training.fleetCapexUsd),
  }
}
