import { ratio } from './ratio.ts'
import { MODEL_IDS, type Assumptions, type ModelId, type Ratio } from './types.ts'

const TOKENS_PER_MILLION = 1e6

/**
 * Monthly API bill of model `m` for the workload, in USD per month:
 * `T(1-s)·((1-h)·input + h·cachedInput) + T·s·k·output`, with T in millions of tokens.
 */
export function apiCostUsd(a: Assumptions, m: ModelId): number {
  const mTok = a['workload.tokens'] / TOKENS_PER_MILLION
  const s = a['workload.outputShare']
  const h = a['workload.cacheHitRate']
  const k = a[`workload.outputMultiplier.${m}`]
  const inputUsd = mTok * (1 - s) * ((1 - h) * a[`price.${m}.input`] + h * a[`price.${m}.cachedInput`])
  const outputUsd = mTok * s * k * a[`price.${m}.output`]
  return inputUsd + outputUsd
}

/**
 * Blended price of model `m` in USD per million tokens of the workload (its bill over its volume):
 * `null` when the workload has no tokens.
 */
export function blendedPriceUsdPerMTok(a: Assumptions, m: ModelId): Ratio {
  return ratio(apiCostUsd(a, m), a['workload.tokens'] / TOKENS_PER_MILLION)
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

/** Every result of the API-price lens. */
export function computeInference(a: Assumptions): InferenceResults {
  const costUsd = Object.fromEntries(MODEL_IDS.map((m) => [m, apiCostUsd(a, m)])) as Record<ModelId, number>
  const r1 = costUsd.r1
  return {
    costUsd,
    ratioToR1: Object.fromEntries(MODEL_IDS.map((m) => [m, ratio(costUsd[m], r1)])) as Record<ModelId, Ratio>,
    blendedUsdPerMTok: Object.fromEntries(
      MODEL_IDS.map((m) => [m, blendedPriceUsdPerMTok(a, m)]),
    ) as Record<ModelId, Ratio>,
    claimO1: ratio(a['price.o1.output'], a['price.r1.output']),
    claimO1mini: ratio(a['price.o1mini.output'], a['price.r1.output']),
  }
}
