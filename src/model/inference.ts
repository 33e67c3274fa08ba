import { ratio } from './ratio.ts'
import { MODEL_IDS, type AssumptionId, type Assumptions, type ModelId, type Ratio } from './types.ts'

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
 * `T(1-s)·((1-h)·input + h·cachedInput) + T·s·k·output`, with T in millions of tokens.
 */
export function apiCostUsd(a: Assumptions, m: ModelId): number {
  const ids = IDS_OF[m]
  const mTok = a['workload.tokens'] / TOKENS_PER_MILLION
  const s = a['workload.outputShare']
  const h = a['workload.cacheHitRate']
  const inputUsd = mTok * (1 - s) * ((1 - h) * a[ids.input] + h * a[ids.cachedInput])
  const outputUsd = mTok * s * a[ids.multiplier] * a[ids.output]
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
  const costUsd = {} as Record<ModelId, number>
  for (const m of MODEL_IDS) costUsd[m] = apiCostUsd(a, m)
  const mTok = a['workload.tokens'] / TOKENS_PER_MILLION
  const ratioToR1 = {} as Record<ModelId, Ratio>
  const blendedUsdPerMTok = {} as Record<ModelId, Ratio>
  for (const m of MODEL_IDS) {
    ratioToR1[m] = ratio(costUsd[m], costUsd.r1)
    blendedUsdPerMTok[m] = ratio(costUsd[m], mTok)
  }
  return {
    costUsd,
    ratioToR1,
    blendedUsdPerMTok,
    claimO1: ratio(a['price.o1.output'], a['price.r1.output']),
    claimO1mini: ratio(a['price.o1mini.output'], a['price.r1.output']),
  }
}
