import { computeCapex } from './capex.ts'
import type { OffPeakFactors } from './history.ts'
import { NO_OFF_PEAK, computeInference } from './inference.ts'
import { computeMarket } from './market.ts'
import { spreadOf, type Spans, type Spread } from './ranges.ts'
import { computeTraining } from './training.ts'
import { MODEL_IDS, type Assumptions, type ResultId, type Results } from './types.ts'

export * from './types.ts'
export * from './assumptions.ts'
export { ratio, unsignedZero } from './ratio.ts'
export { NO_OFF_PEAK, apiCostUsd, blendedPriceUsdPerMTok, computeInference } from './inference.ts'
export * from './history.ts'
export { computeTraining } from './training.ts'
export { HOURS_PER_YEAR, computeEpoch, serverCapexUsd, serverEnergyKwh } from './epoch.ts'
export { computeCapex } from './capex.ts'
export { computeMarket } from './market.ts'
export { SAME_GAP, currentValue, isResultId, relativeGap } from './claims.ts'
export * from './held.ts'
export * from './ranges.ts'

/** The per-model result ids, made once: a key built on every call costs more than the arithmetic. */
const PER_MODEL_IDS = MODEL_IDS.map((m) => [m, `api.cost.${m}`, `api.ratio.${m}`, `api.blendedPrice.${m}`] as const)

/**
 * Every result of the model, keyed by result id (docs/model.md gives each formula), from one set of assumptions and the
 * off-peak discounts of the prices' date (history.ts: none at the default date).
 * Money in USD (per month for API bills, per year for capex), time in days, energy in kWh.
 */
export function computeResults(a: Assumptions, offPeak: OffPeakFactors = NO_OFF_PEAK): Results {
  const inference = computeInference(a, offPeak)
  const training = computeTraining(a)
  const capex = computeCapex(a, training)
  const market = computeMarket(a, training, capex)
  // One object literal, then the per-model entries: spreading a built-up object into a literal makes V8
  // take a slow path (about 60 times slower here), and the ranges evaluate the model dozens of times a move.
  const results: Partial<Record<ResultId, number | null>> = {
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
  for (const [m, cost, ratioId, blended] of PER_MODEL_IDS) {
    results[cost] = inference.costUsd[m]
    results[ratioId] = inference.ratioToR1[m]
    results[blended] = inference.blendedUsdPerMTok[m]
  }
  return results as Results
}

/**
 * Every result's range, and each assumption's swing, for assumptions with these spans (see ranges.ts).
 * @param results the results at `a`, when already computed
 */
export function computeSpread(a: Assumptions, spans: Spans, results?: Results, offPeak: OffPeakFactors = NO_OFF_PEAK): Spread {
  const model = offPeak === NO_OFF_PEAK ? computeResults : (x: Assumptions) => computeResults(x, offPeak)
  return spreadOf(a, spans, model, results ?? model(a))
}
