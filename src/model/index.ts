import { computeCapex } from './capex.ts'
import { computeInference } from './inference.ts'
import { computeMarket } from './market.ts'
import { computeTraining } from './training.ts'
import { MODEL_IDS, type Assumptions, type ResultId, type Results } from './types.ts'

export * from './types.ts'
export * from './assumptions.ts'
export { ratio } from './ratio.ts'
export { apiCostUsd, blendedPriceUsdPerMTok, computeInference } from './inference.ts'
export { computeTraining } from './training.ts'
export { HOURS_PER_YEAR, computeEpoch, serverCapexUsd, serverEnergyKwh } from './epoch.ts'
export { computeCapex } from './capex.ts'
export { computeMarket } from './market.ts'
export { currentValue, isResultId, relativeGap } from './claims.ts'

/**
 * Every result of the model, keyed by result id (SPEC section 2), from one set of assumptions.
 * Money in USD (per month for API bills, per year for capex), time in days, energy in kWh.
 */
export function computeResults(a: Assumptions): Results {
  const inference = computeInference(a)
  const training = computeTraining(a)
  const capex = computeCapex(a, training)
  const market = computeMarket(a, training, capex)
  const perModel: Partial<Record<ResultId, number | null>> = {}
  for (const m of MODEL_IDS) {
    perModel[`api.cost.${m}`] = inference.costUsd[m]
    perModel[`api.ratio.${m}`] = inference.ratioToR1[m]
    perModel[`api.blendedPrice.${m}`] = inference.blendedUsdPerMTok[m]
  }
  return {
    ...(perModel as Record<`api.${'cost' | 'ratio' | 'blendedPrice'}.${(typeof MODEL_IDS)[number]}`, number | null>),
    'claim.o1': inference.claimO1,
    'claim.o1mini': inference.claimO1mini,
    'training.rentalCost': training.rentalCostUsd,
    'training.clusterCapex': training.clusterCapexUsd,
    'training.days': training.days,
    'training.energyKwh': training.energyKwh,
    'training.energyCost': training.energyCostUsd,
    'training.amortizedCost': training.amortizedCostUsd,
    'training.epochHardware': training.epochHardwareUsd,
    'training.epochEnergy': training.epochEnergyUsd,
    'training.epochCost': training.epochCostUsd,
    'fleet.capex': training.fleetCapexUsd,
    'fleet.overRentalCost': training.fleetOverRentalCost,
    'fleet.overClusterCapex': training.fleetOverClusterCapex,
    'fleet.serverCapex': training.fleetServerCapexUsd,
    'fleet.annualCost': training.fleetAnnualCostUsd,
    'fleet.annualCostOverRentalCost': training.fleetAnnualCostOverRentalCost,
    'comparator.o1OverRentalCost': training.o1OverRentalCost,
    'capex.stargatePerYear': capex.stargatePerYearUsd,
    'capex.annualTotal': capex.annualTotalUsd,
    'capex.rentalRunsPerYear': capex.rentalRunsPerYear,
    'capex.fleetsPerYear': capex.fleetsPerYear,
    'market.lossOverRentalCost': market.lossOverRentalCost,
    'market.lossOverAnnualCapex': market.lossOverAnnualCapex,
    'market.lossOverFleetCapex': market.lossOverFleetCapex,
  }
}
