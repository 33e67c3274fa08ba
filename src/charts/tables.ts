/**
 * The numbers behind each lens's charts, as {@link ChartTable}s: pure functions of the model's results
 * (and assumptions) and a translation function. Charts, data tables and CSV exports all read these.
 */
import { figureValue, sourcesOf } from '@/data/figures'
import type { ChartId } from '@/lenses'
import { ASSUMPTION_IDS, MODEL_IDS, type Assumptions, type Results } from '@/model'
import type { ChartTable } from './types'

/** What the tables need of vue-i18n: words without parameters. */
export type Translate = (key: string) => string

const idsStartingWith = (...prefixes: string[]) => ASSUMPTION_IDS.filter((id) => prefixes.some((p) => id.startsWith(p)))

/**
 * The sources behind the assumptions with these prefixes, and behind the other ledger figures named in
 * `figures`, looked up once (a table is rebuilt on every move).
 */
function sourcesFor(prefixes: readonly string[], figures: readonly string[] = []): () => string[] {
  let ids: string[] | undefined
  return () => (ids ??= sourcesOf([...idsStartingWith(...prefixes), ...figures]))
}
const SEMIANALYSIS = { capex: 'semianalysis.serverCapex', opex: 'semianalysis.opex' } as const
const PRICE_SOURCES = sourcesFor(['price.'])
const TRAINING_SOURCES = sourcesFor(['training.', 'fleet.', 'comparator.'])
const FLEET_SOURCES = sourcesFor(['training.', 'fleet.'], Object.values(SEMIANALYSIS))
const CAPEX_SOURCES = sourcesFor(['capex.'])
const MARKET_SOURCES = sourcesFor(['market.', 'capex.', 'training.gpuHours', 'training.rentalPrice', 'fleet.'])

/** Monthly API bill per model for the workload. */
export function apiCostsTable(r: Results, t: Translate): ChartTable {
  return {
    id: 'api-costs',
    title: t('charts.apiCosts.title'),
    categoryLabel: t('charts.model'),
    categories: MODEL_IDS.map((m) => t(`models.${m}`)),
    series: [{ label: t('charts.apiCosts.series'), values: MODEL_IDS.map((m) => r[`api.cost.${m}`]), kind: 'usd' }],
    sources: PRICE_SOURCES(),
  }
}

/** Each model's bill as a multiple of R1's, beside the headline output-price ratios. */
export function apiMultiplesTable(r: Results, t: Translate): ChartTable {
  return {
    id: 'api-multiples',
    title: t('charts.apiMultiples.title'),
    categoryLabel: t('charts.model'),
    categories: MODEL_IDS.map((m) => t(`models.${m}`)),
    series: [{ label: t('charts.apiMultiples.series'), values: MODEL_IDS.map((m) => r[`api.ratio.${m}`]), kind: 'multiple' }],
    sources: PRICE_SOURCES(),
  }
}

/** V3's training cost four ways, beside the claimed fleet and the o1 comparator. */
export function trainingTable(a: Assumptions, r: Results, t: Translate): ChartTable {
  const rows = [
    ['rental', r['training.rentalCost']],
    ['epoch', r['training.epochCost']],
    ['amortized', r['training.amortizedCost']],
    ['cluster', r['training.clusterCapex']],
    ['fleet', r['fleet.capex']],
    ['o1', a['comparator.o1TrainingCost']],
  ] as const
  return {
    id: 'training-costs',
    title: t('charts.training.title'),
    categoryLabel: t('charts.method'),
    categories: rows.map(([k]) => t(`charts.training.${k}`)),
    series: [{ label: t('charts.usd'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: TRAINING_SOURCES(),
  }
}

/**
 * The claimed fleet bought (its GPUs, then its servers and network) and owned for a year, beside
 * SemiAnalysis's estimates for DeepSeek's real, mixed fleet and V3's rented run.
 */
export function fleetTable(r: Results, t: Translate): ChartTable {
  const rows = [
    ['gpus', r['fleet.capex']],
    ['servers', r['fleet.serverCapex']],
    ['semianalysisCapex', figureValue(SEMIANALYSIS.capex)],
    ['annual', r['fleet.annualCost']],
    ['semianalysisOpex', figureValue(SEMIANALYSIS.opex)],
    ['rental', r['training.rentalCost']],
  ] as const
  return {
    id: 'fleet-costs',
    title: t('charts.fleet.title'),
    categoryLabel: t('charts.amount'),
    categories: rows.map(([k]) => t(`charts.fleet.${k}`)),
    series: [{ label: t('charts.usd'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: FLEET_SOURCES(),
  }
}

/** The pledges, per year. */
export function capexTable(a: Assumptions, r: Results, t: Translate): ChartTable {
  const rows = [
    ['stargate', r['capex.stargatePerYear']],
    ['meta', a['capex.meta']],
    ['microsoft', a['capex.microsoft']],
    ['amazon', a['capex.amazon']],
  ] as const
  return {
    id: 'capex-pledges',
    title: t('charts.capex.title'),
    categoryLabel: t('charts.pledge'),
    categories: rows.map(([k]) => t(`charts.capex.${k}`)),
    series: [{ label: t('charts.usdPerYear'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: CAPEX_SOURCES(),
  }
}

/** Nvidia's one-day loss against everything else on the page. */
export function marketTable(a: Assumptions, r: Results, t: Translate): ChartTable {
  const rows = [
    ['loss', a['market.nvidiaLoss']],
    ['annualCapex', r['capex.annualTotal']],
    ['stargate', r['capex.stargatePerYear']],
    ['fleet', r['fleet.capex']],
    ['rental', r['training.rentalCost']],
  ] as const
  return {
    id: 'market-loss',
    title: t('charts.market.title'),
    categoryLabel: t('charts.amount'),
    categories: rows.map(([k]) => t(`charts.market.${k}`)),
    series: [{ label: t('charts.usd'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: MARKET_SOURCES(),
  }
}

/** Every lens chart's table, by chart id. */
export const CHART_TABLES: Readonly<Record<ChartId, (a: Assumptions, r: Results, t: Translate) => ChartTable>> = {
  'api-costs': (_a, r, t) => apiCostsTable(r, t),
  'api-multiples': (_a, r, t) => apiMultiplesTable(r, t),
  'training-costs': trainingTable,
  'fleet-costs': (_a, r, t) => fleetTable(r, t),
  'capex-pledges': capexTable,
  'market-loss': marketTable,
}
