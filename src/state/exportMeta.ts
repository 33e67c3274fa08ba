/** Which assumptions an exported chart's subtitle names. Pure. */
import { ASSUMPTION_IDS, type AssumptionId, type Assumptions } from '@/model'

/** The assumptions that matter most to the charts of each lens, by chart id prefix. */
const LENS_ASSUMPTIONS: ReadonlyArray<readonly [prefix: string, ids: readonly AssumptionId[]]> = [
  ['api', ['workload.tokens', 'workload.outputShare', 'workload.cacheHitRate']],
  ['training', ['training.gpuHours', 'training.rentalPrice', 'training.clusterGpus']],
  ['capex', ['capex.stargate', 'capex.stargateYears']],
  ['market', ['market.nvidiaLoss', 'market.nvidiaDrop']],
]

/**
 * Up to `max` assumptions to name under a chart's title: first those of the chart's lens that the scenario
 * changed, then the lens's main ones, then other changed ones. Ids come in the app's order within each group.
 */
export function keyAssumptionIds(chartId: string, values: Assumptions, defaults: Assumptions, max = 4): AssumptionId[] {
  const lens = LENS_ASSUMPTIONS.find(([prefix]) => chartId === prefix || chartId.startsWith(`${prefix}-`) || chartId.startsWith(`${prefix}.`))
  const own = lens?.[1] ?? []
  const prefix = lens?.[0]
  const changed = ASSUMPTION_IDS.filter((id) => values[id] !== defaults[id])
  const inLens = (id: AssumptionId) =>
    own.includes(id) || (prefix !== undefined && (id.startsWith(`${prefix}.`) || (prefix === 'api' && /^(price|workload)\./.test(id))))
  const picked: AssumptionId[] = []
  for (const id of [...changed.filter(inLens), ...own, ...changed]) {
    if (picked.length >= max) break
    if (!picked.includes(id)) picked.push(id)
  }
  return picked
}
