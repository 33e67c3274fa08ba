import { computeCapex, type CapexResults } from './capex.ts'
import type { OffPeakFactors } from './history.ts'
import { NO_OFF_PEAK, computeInference, type InferenceResults } from './inference.ts'
import { computeMarket, type MarketResults } from './market.ts'
import { spreadOf, type Spans, type Spread } from './ranges.ts'
import { computeTraining, type TrainingResults } from './training.ts'
import { ASSUMPTION_IDS, MODEL_IDS, type AssumptionId, type Assumptions, type ResultId, type Results } from './types.ts'

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
  return resultsOf(computeInference(a, offPeak), costsOf(a))
}

/**
 * The API lens reads the prices and the workload only, and no other lens reads them
 * (tests/unit/model/reads.test.ts checks both): the model is two halves that read disjoint assumptions.
 */
const API_INPUTS: ReadonlySet<AssumptionId> = new Set(ASSUMPTION_IDS.filter((id) => id.startsWith('price.') || id.startsWith('workload.')))
export const readsApi = (id: AssumptionId): boolean => API_INPUTS.has(id)

/** The half of the model that is not the API lens: training, the fleet, capex and the market. */
interface Costs {
  readonly training: TrainingResults
  readonly capex: CapexResults
  readonly market: MarketResults
}

function costsOf(a: Assumptions): Costs {
  const training = computeTraining(a)
  const capex = computeCapex(a, training)
  return { training, capex, market: computeMarket(a, training, capex) }
}

/** Every result, keyed by result id, from the two halves. */
function resultsOf(inference: InferenceResults, { training, capex, market }: Costs): Results {
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
  // Most evaluations move one assumption, so one half of the model: the other half is the one at `a`.
  const inference = computeInference(a, offPeak)
  const costs = costsOf(a)
  const model = (x: Assumptions, moved: readonly AssumptionId[]) => resultsOf(
    moved.some(readsApi) ? computeInference(x, offPeak) : inference,
    moved.some((id) => !readsApi(id)) ? costsOf(x) : costs,
  )
  return spreadOf(a, spans, model, results ?? resultsOf(inference, costs))
}
