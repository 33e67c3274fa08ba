/** Which assumptions an exported chart's subtitle names. Pure. */
import { lensOfChartId } from '@/lenses'
import { ASSUMPTION_IDS, type AssumptionId, type Assumptions } from '@/model'

/**
 * Up to `max` assumptions to name under a chart's title: first those of the chart's lens that the scenario
 * changed, then the lens's key ones, then other changed ones. Ids come in the app's order within each group.
 */
export function keyAssumptionIds(chartId: string, values: Assumptions, defaults: Assumptions, max = 4): AssumptionId[] {
  const lens = lensOfChartId(chartId)
  const changed = ASSUMPTION_IDS.filter((id) => values[id] !== defaults[id])
  const inLens = (id: AssumptionId) => lens !== undefined && lens.groups.some((g) => g.assumptions.includes(id))
  const picked: AssumptionId[] = []
  for (const id of [...changed.filter(inLens), ...(lens?.keyAssumptions ?? []), ...changed]) {
    if (picked.length >= max) break
    if (!picked.includes(id)) picked.push(id)
  }
  return picked
}
