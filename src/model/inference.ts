import type { OffPeakFactors } from './history.ts'
import { ratio } from './ratio.ts'
import { MODEL_IDS, type AssumptionId, type Assumptions, type ModelId, type Ratio } from './types.ts'

/** No off-peak prices anywhere (the January 2025 records have none). */
export const NO_OFF_PEAK: OffPeakFactors = Object.freeze({})

const TOKENS_PER_MILLION = 1e6

/** The assumption ids of each model's prices and output length, made once (the model runs dozens of times a move). */
const IDS_OF: Readonly<Record<ModelId, { input: AssumptionId; cachedInput: AssumptionId; output: AssumptionId; multiplier: AssumptionId }>> =
  Object.fromEntries(MODEL_IDS.map((m) => [m, {
    input: `price.${m}.input`,
    cachedInput: `price.${m}.cachedInput`,
    output: `price.${m}.output`,
    multiplier: `workload.outputMultiplier.${m}`,
  }])) as Record<ModelId, { input: AssumptionId; cachedInput: AssumptionId; output: AssumptionId; multiplier: AssumptionId }>

/**
 * Monthly API bill of model `m` for the workload, in USD per month:
 * `T(1-s)·((1-h)·input + h·cachedInput) + T·s·k·output`, with T in millions of tokens. Where the slot's
 * dated record has off-peak prices (`offPeak`, each off-peak price over the standard one), a share σ
 * (`workload.offPeakShare`) of the tokens pays them: each price p becomes `p·(1 - σ + σ·f)`.
 */
export function apiCostUsd(a: Assumptions, m: ModelId, offPeak: OffPeakFactors = NO_OFF_PEAK): number {
  return billUsd(a, m, offPeak, a['workload.tokens'] / TOKENS_PER_MILLION)
}

/** The bill of {@link apiCostUsd} for `mTok` million tokens of the workload's mix. */
function billUsd(a: Assumptions, m: ModelId, offPeak: OffPeakFactors, mTok: number): number {
  const ids = IDS_OF[m]
  const s = a['workload.outputShare']
  const h = a['workload.cacheHitRate']
  const f = offPeak[m]
  const sigma = f ? a['workload.offPeakShare'] : 0
  const input = a[ids.input] * (f ? 1 - sigma + sigma * f.input : 1)
  const cached = a[ids.cachedInput] * (f ? 1 - sigma + sigma * f.cachedInput : 1)
  const output = a[ids.output] * (f ? 1 - sigma + sigma * f.output : 1)
  const inputUsd = mTok * (1 - s) * ((1 - h) * input + h * cached)
  const outputUsd = mTok * s * a[ids.multiplier] * output
  return inputUsd + outputUsd
}

/**
 * Blended price of model `m` in USD per million tokens of the workload (its bill over its volume):
 * `null` when the workload has no tokens.
 */
export function blendedPriceUsdPerMTok(a: Assumptions, m: ModelId, offPeak: OffPeakFactors = NO_OFF_PEAK): Ratio {
  return a['workload.tokens'] === 0 ? null : billUsd(a, m, offPeak, 1)
}

export interface InferenceResults {
  /** USD per month, per model. */
  readonly costUsd: Readonly<Record<ModelId, number>>
  /** Each model's bill over R1's; `null` when R1 costs nothing. */
  readonly ratioToR1: Readonly<Record<ModelId, Ratio>>
  /** USD per million tokens of the workload, per model. */
  readonly blendedUsdPerMTok: Readonly<Record<ModelId, Ratio>>
  /** The headline "nearly 30x": o1's output price over R1's. */
  readonly claimO1: Ratio
  /** The headline "6x": o1-mini's output price over R1's. */
  readonly claimO1mini: Ratio
}

/** Every result of the API-price lens; the claims compare list prices, off-peak prices aside. */
export function computeInference(a: Assumptions, offPeak: OffPeakFactors = NO_OFF_PEAK): InferenceResults {
  const costUsd = {} as Record<ModelId, number>
  for (const m of MODEL_IDS) costUsd[m] = apiCostUsd(a, m, offPeak)
  // The ratios and blended prices are those of a million tokens of the mix: the bill over its volume, and
  // one bill over another, without the volume in them, so that moving only the volume moves neither,
  // not even in the last digit (and nothing that shows them is redrawn).
  const blendedUsdPerMTok = {} as Record<ModelId, Ratio>
  for (const m of MODEL_IDS) blendedUsdPerMTok[m] = blendedPriceUsdPerMTok(a, m, offPeak)
  const r1 = blendedUsdPerMTok.r1
  const ratioToR1 = {} as Record<ModelId, Ratio>
  for (const m of MODEL_IDS) {
    const blended = blendedUsdPerMTok[m]
    ratioToR1[m] = blended === null || r1 === null ? null : ratio(blended, r1)
  }
  return {
    costUsd,
    ratioToR1,
    blendedUsdPerMTok,
    claimO1: ratio(a['price.o1.output'], a['price.r1.output']),
    claimO1mini: ratio(a['price.o1mini.output'], a['price.r1.output']),
  }
}
