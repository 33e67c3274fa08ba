/**
 * The numbers behind each lens's charts, as {@link ChartTable}s: pure functions of the model's results
 * (and assumptions) and a translation function. Charts, data tables and CSV exports all read these.
 */
import { figureValue, priceHistory, sourcesOf } from '@/data/figures'
import { resultFormat } from '@/format/kinds'
import { slotOfAssumption, type SlotWords } from '@/format/slotWords'
import type { ValueKind } from '@/format/number'
import { lensSpec, type ChartId, type LensId } from '@/lenses'
import {
  ASSUMPTION_IDS,
  DEFAULT_AS_OF,
  isDefaultDating,
  MODEL_IDS,
  dayEnd,
  dayOf,
  recordsAt,
  sensitivity,
  type ModelId,
  type Picks,
  type RecordRef,
  type AssumptionId,
  type Assumptions,
  type ResultId,
  type ResultRange,
  type Results,
  type Spread,
} from '@/model'
import { historyTable, type HistoryContext } from './history'
import type { ChartColumn, ChartTable } from './types'

/** What the tables need of vue-i18n: words without parameters. */
export type Translate = (key: string) => string

/** The range of a result, or of an assumption at its current value; `null` where there is no value. */
export type RangeOf = (id: ResultId | AssumptionId) => ResultRange | null

/** What the tables need beyond the results and words: the ranges, and words and units with values. */
export interface TableContext {
  /** The current scenario's ranges and swings (src/model/ranges.ts). */
  readonly spread: Spread
  readonly range: RangeOf
  /** A message with parameters. */
  readonly message: (key: string, params: Record<string, string>) => string
  /** An assumption's label, in the page's language. */
  readonly label: (id: AssumptionId) => string
  /** A value of an assumption, with its unit words. */
  readonly unit: (value: number, id: AssumptionId) => string
  /** A value of a result, with its unit words. */
  readonly result: (value: number | null, id: ResultId) => string
  /** The prices' date and picks, and how to write days and prices (the gap over time). */
  readonly history?: Omit<HistoryContext, 'message'>
  /** The words naming each model slot on the prices' date (src/format/slotWords.ts); the January names without. */
  readonly slots?: SlotWords
}

/** A slot in a chart's categories: the endpoint in force on the prices' date, or the January name. */
const modelWord = (m: ModelId, t: Translate, slots: SlotWords | undefined) => (slots ? slots.model(m) : t(`models.${m}`))

let lastRecords: { asOf: string; picks: Picks; refs: readonly RecordRef[] | null } | undefined

/**
 * The dated price records in force on the prices' date, for the slots, which an export cites instead of the
 * January figures' sources; `null` on the default date with no pick (the figures' sources are those records').
 */
export function datedRecords(asOf: string, picks: Picks): readonly RecordRef[] | null {
  // The store replaces its picks when they change: the same object is the same picks.
  if (lastRecords?.asOf === asOf && lastRecords.picks === picks) return lastRecords.refs
  const t = dayEnd(asOf)
  const refs = isDefaultDating(asOf, picks) || t === null ? null : recordsAt(priceHistory(), t, picks)
  lastRecords = { asOf, picks, refs }
  return refs
}

/** A price chart's sources: the January figures' on the default date, the records in force otherwise. */
function priceSources(x: { readonly history?: { readonly asOf: string; readonly picks: Picks } } | undefined): Pick<ChartTable, 'sources' | 'records'> {
  const refs = x?.history ? datedRecords(x.history.asOf, x.history.picks) : null
  return refs ? { sources: [], records: refs } : { sources: PRICE_SOURCES() }
}

/** The two ends of each row's range, as columns of the data table and the CSV (none for a `null` row). */
function rangeColumns(ids: readonly (ResultId | AssumptionId | null)[], kind: ValueKind, t: Translate, range: RangeOf): ChartColumn[] {
  const ranges = ids.map((id) => (id === null ? null : range(id)))
  return [
    { label: t('ranges.columnLow'), values: ranges.map((r) => r?.low ?? null), kind },
    { label: t('ranges.columnHigh'), values: ranges.map((r) => r?.high ?? null), kind },
  ]
}

/** The range columns of a table whose rows are these model quantities, when ranges are at hand. */
const withRanges = (ids: readonly (ResultId | AssumptionId | null)[], kind: ValueKind, t: Translate, range: RangeOf | undefined) =>
  range ? { columns: rangeColumns(ids, kind, t, range) } : {}

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

/** Monthly API bill per model for the workload (with each one's range, given `range`). */
export function apiCostsTable(r: Results, t: Translate, range?: RangeOf, x?: Pick<TableContext, 'history' | 'slots'>): ChartTable {
  return {
    id: 'api-costs',
    title: t('charts.apiCosts.title'),
    categoryLabel: t('charts.model'),
    categories: MODEL_IDS.map((m) => modelWord(m, t, x?.slots)),
    series: [{ label: t('charts.apiCosts.series'), values: MODEL_IDS.map((m) => r[`api.cost.${m}`]), kind: 'usd' }],
    ...priceSources(x),
    ...withRanges(MODEL_IDS.map((m): ResultId => `api.cost.${m}`), 'usd', t, range),
  }
}

/** Each model's bill as a multiple of R1's, beside the headline output-price ratios. */
export function apiMultiplesTable(r: Results, t: Translate, range?: RangeOf, x?: Pick<TableContext, 'history' | 'slots'>): ChartTable {
  return {
    id: 'api-multiples',
    title: t('charts.apiMultiples.title'),
    categoryLabel: t('charts.model'),
    categories: MODEL_IDS.map((m) => modelWord(m, t, x?.slots)),
    series: [{ label: t('charts.apiMultiples.series'), values: MODEL_IDS.map((m) => r[`api.ratio.${m}`]), kind: 'multiple' }],
    ...priceSources(x),
    ...withRanges(MODEL_IDS.map((m): ResultId => `api.ratio.${m}`), 'multiple', t, range),
  }
}

/** V3's training cost four ways, beside the claimed fleet and the o1 comparator. */
export function trainingTable(a: Assumptions, r: Results, t: Translate, range?: RangeOf): ChartTable {
  const rows = [
    ['rental', r['training.rentalCost'], 'training.rentalCost'],
    ['epoch', r['training.epochCost'], 'training.epochCost'],
    ['amortized', r['training.amortizedCost'], 'training.amortizedCost'],
    ['cluster', r['training.clusterCapex'], 'training.clusterCapex'],
    ['fleet', r['fleet.capex'], 'fleet.capex'],
    ['o1', a['comparator.o1TrainingCost'], 'comparator.o1TrainingCost'],
  ] as const
  return {
    id: 'training-costs',
    title: t('charts.training.title'),
    categoryLabel: t('charts.method'),
    categories: rows.map(([k]) => t(`charts.training.${k}`)),
    series: [{ label: t('charts.usd'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: TRAINING_SOURCES(),
    ...withRanges(rows.map(([, , id]) => id), 'usd', t, range),
  }
}

/**
 * The claimed fleet bought (its GPUs, then its servers and network) and owned for a year, beside
 * SemiAnalysis's estimates for DeepSeek's real, mixed fleet and V3's rented run.
 */
export function fleetTable(r: Results, t: Translate, range?: RangeOf): ChartTable {
  // SemiAnalysis's estimates are figures of theirs, not the model's: they have no range here.
  const rows = [
    ['gpus', r['fleet.capex'], 'fleet.capex'],
    ['servers', r['fleet.serverCapex'], 'fleet.serverCapex'],
    ['semianalysisCapex', figureValue(SEMIANALYSIS.capex), null],
    ['annual', r['fleet.annualCost'], 'fleet.annualCost'],
    ['semianalysisOpex', figureValue(SEMIANALYSIS.opex), null],
    ['rental', r['training.rentalCost'], 'training.rentalCost'],
  ] as const
  return {
    id: 'fleet-costs',
    title: t('charts.fleet.title'),
    categoryLabel: t('charts.amount'),
    categories: rows.map(([k]) => t(`charts.fleet.${k}`)),
    series: [{ label: t('charts.usd'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: FLEET_SOURCES(),
    ...withRanges(rows.map(([, , id]) => id), 'usd', t, range),
  }
}

/** The pledges, per year. */
export function capexTable(a: Assumptions, r: Results, t: Translate, range?: RangeOf): ChartTable {
  const rows = [
    ['stargate', r['capex.stargatePerYear'], 'capex.stargatePerYear'],
    ['meta', a['capex.meta'], 'capex.meta'],
    ['microsoft', a['capex.microsoft'], 'capex.microsoft'],
    ['amazon', a['capex.amazon'], 'capex.amazon'],
  ] as const
  return {
    id: 'capex-pledges',
    title: t('charts.capex.title'),
    categoryLabel: t('charts.pledge'),
    categories: rows.map(([k]) => t(`charts.capex.${k}`)),
    series: [{ label: t('charts.usdPerYear'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: CAPEX_SOURCES(),
    ...withRanges(rows.map(([, , id]) => id), 'usd', t, range),
  }
}

/** Nvidia's one-day loss against everything else on the page. */
export function marketTable(a: Assumptions, r: Results, t: Translate, range?: RangeOf): ChartTable {
  const rows = [
    ['loss', a['market.nvidiaLoss'], 'market.nvidiaLoss'],
    ['annualCapex', r['capex.annualTotal'], 'capex.annualTotal'],
    ['stargate', r['capex.stargatePerYear'], 'capex.stargatePerYear'],
    ['fleet', r['fleet.capex'], 'fleet.capex'],
    ['rental', r['training.rentalCost'], 'training.rentalCost'],
  ] as const
  return {
    id: 'market-loss',
    title: t('charts.market.title'),
    categoryLabel: t('charts.amount'),
    categories: rows.map(([k]) => t(`charts.market.${k}`)),
    series: [{ label: t('charts.usd'), values: rows.map(([, v]) => v), kind: 'usd' }],
    sources: MARKET_SOURCES(),
    ...withRanges(rows.map(([, , id]) => id), 'usd', t, range),
  }
}

/**
 * What moves a lens's headline result (src/lenses.ts): one row per assumption, the largest swings first
 * (at most 8), with the result at the low end and at the high end of the assumption's range, every other
 * as set. The bars start from the result as set; the data table and the CSV add the assumption's two ends.
 */
export function sensitivityTable(lens: LensId, t: Translate, x: TableContext): ChartTable {
  const headline = lensSpec(lens).headline
  const bars = sensitivity(x.spread, headline)
  const kind = resultFormat(headline).kind
  const value = x.spread.results[headline]
  const ids = bars.map((b) => b.id)
  // The API lens's headline is the flagship's bill over DeepSeek's reasoning one: named by the endpoints then.
  const named = lens === 'api' && x.slots !== undefined && !x.slots.asReported('o1', 'r1')
  const names: Record<string, string> = named ? { flagship: x.slots!.of('o1'), r1: x.slots!.of('r1') } : {}
  // A price row cites the record in force on the prices' date, not the January figure.
  const dated = x.history && datedRecords(x.history.asOf, x.history.picks) ? x.history : undefined
  const cited = dated ? ids.filter((id) => !id.startsWith('price.')) : ids
  const priced = [...new Set(ids.flatMap((id) => (id.startsWith('price.') ? [slotOfAssumption(id)!.slot] : [])))]
  const records = dated && priced.length > 0 ? recordsAt(priceHistory(), dayEnd(dated.asOf)!, dated.picks, priced) : undefined
  return {
    id: `${lens}-sensitivity`,
    title: named ? x.message(`sensitivity.${lens}.titleNamed`, names) : t(`sensitivity.${lens}.title`),
    categoryLabel: t('sensitivity.assumption'),
    categories: ids.map(x.label),
    series: [
      { label: t('sensitivity.atLow'), values: bars.map((b) => b.atLow), kind },
      { label: t('sensitivity.atHigh'), values: bars.map((b) => b.atHigh), kind },
    ],
    base: value,
    columns: [
      { label: t('sensitivity.lowEnd'), values: bars.map((b) => b.low), texts: bars.map((b) => x.unit(b.low, b.id)) },
      { label: t('sensitivity.highEnd'), values: bars.map((b) => b.high), texts: bars.map((b) => x.unit(b.high, b.id)) },
    ],
    note: x.message(bars.length > 0 ? 'sensitivity.note' : 'sensitivity.empty', { value: x.result(value, headline) }),
    axisTitle: named ? x.message(`sensitivity.${lens}.axisNamed`, names) : t(`sensitivity.${lens}.axis`),
    sources: sourcesOf(cited, { ranges: true }),
    ...(records ? { records } : {}),
  }
}

/** Every lens chart's table, by chart id. */
export const CHART_TABLES: Readonly<Record<ChartId, (a: Assumptions, r: Results, t: Translate, x: TableContext) => ChartTable>> = {
  'api-costs': (_a, r, t, x) => apiCostsTable(r, t, x.range, x),
  'api-multiples': (_a, r, t, x) => apiMultiplesTable(r, t, x.range, x),
  'training-costs': (a, r, t, x) => trainingTable(a, r, t, x.range),
  'fleet-costs': (_a, r, t, x) => fleetTable(r, t, x.range),
  'capex-pledges': (a, r, t, x) => capexTable(a, r, t, x.range),
  'market-loss': (a, r, t, x) => marketTable(a, r, t, x.range),
  'api-history': (a, _r, t, x) => historyTable(a, t, {
    asOf: x.history?.asOf ?? DEFAULT_AS_OF,
    picks: x.history?.picks ?? {},
    day: x.history?.day ?? dayOf,
    price: x.history?.price ?? String,
    message: x.message,
  }),
  'api-sensitivity': (_a, _r, t, x) => sensitivityTable('api', t, x),
  'training-sensitivity': (_a, _r, t, x) => sensitivityTable('training', t, x),
  'capex-sensitivity': (_a, _r, t, x) => sensitivityTable('capex', t, x),
  'market-sensitivity': (_a, _r, t, x) => sensitivityTable('market', t, x),
}
