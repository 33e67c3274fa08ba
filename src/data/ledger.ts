/**
 * Parses the raw ledger files into a checked, indexed ledger. Schema errors and broken cross-references
 * (an unknown source, an assumption without a default, a preset naming a missing figure...) are all
 * collected and thrown together, so a bad edit to `seeds/` fails loudly: in the tests, and in every build
 * and development server, whose ledger plugin (vite.config.ts) parses it before anything else.
 *
 * The browser gets the ledger's core (figures without their prose, see core.ts), already checked.
 * Relative imports only: vite.config.ts imports this file.
 */
import * as z from 'zod/mini'
import {
  ASSUMPTION_IDS,
  ASSUMPTION_SPECS,
  DEFAULT_AS_OF,
  MODEL_IDS,
  RESULT_IDS,
  SLOT_VENDOR,
  dayEnd,
  dayOf,
  defaultEndpoint,
  instantOf,
  isAssumptionId,
  priceEvents,
  recordAt,
  type AssumptionId,
  type Endpoint,
  type ModelId,
  type PriceHistory,
  type PriceRecord,
} from '../model/index.ts'
import {
  FiguresFile,
  PresetsFile,
  PricesFile,
  SourcesFile,
  type Article,
  type Choice,
  type Figure,
  type Preset,
  type Range,
  type RawFigure,
  type Source,
} from './schema.ts'

type PricesFile = z.infer<typeof PricesFile>

export interface Ledger {
  readonly figures: readonly Figure[]
  readonly choices: readonly Choice[]
  readonly sources: readonly Source[]
  readonly articles: readonly Article[]
  readonly presets: readonly Preset[]
  readonly figureById: ReadonlyMap<string, Figure>
  readonly sourceById: ReadonlyMap<string, Source>
  readonly articleById: ReadonlyMap<string, Article>
  /** Headline claims, in ledger order. */
  readonly claims: readonly Figure[]
  /** The dated list prices (seeds/prices.json), instants in milliseconds. */
  readonly history: PriceHistory
}

export class LedgerError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The figures ledger is invalid:\n- ${problems.join('\n- ')}`)
    this.name = 'LedgerError'
  }
}

export interface RawLedger {
  readonly figures: unknown
  readonly sources: unknown
  readonly presets: unknown
  readonly prices: unknown
}

function issues(file: string, error: z.core.$ZodError): string[] {
  return error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`)
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>()
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)))
}

/**
 * What is wrong with an assumption's range: every assumption has one, from low to high, within the
 * slider's bounds, and holding its default (and its primary source's value, where it has one).
 */
function rangeProblems(id: AssumptionId, range: Range | undefined, values: readonly (number | undefined)[]): string[] {
  if (!range) return [`assumption "${id}" has no range`]
  const { min, max } = ASSUMPTION_SPECS[id]
  const problems: string[] = []
  if (range.low > range.high) problems.push(`assumption "${id}": its range runs from ${range.low} down to ${range.high}`)
  if (range.low < min || range.high > max) {
    problems.push(`assumption "${id}": its range ${range.low} to ${range.high} leaves the slider's bounds (${min} to ${max})`)
  }
  for (const v of values) {
    if (v !== undefined && (v < range.low || v > range.high)) {
      problems.push(`assumption "${id}": ${v} is outside its range (${range.low} to ${range.high})`)
    }
  }
  return problems
}

/** Instants of a checked file (its format was checked by zod: only impossible days remain to catch). */
function instant(text: string, where: string, problems: string[]): number {
  const t = instantOf(text)
  if (t === null) problems.push(`${where}: "${text}" is no date`)
  return t ?? Number.NaN
}

/**
 * The price history, its dates made instants, and what is wrong with it: periods that overlap or run
 * backwards, unknown sources or windows, slots filled by another vendor's endpoint or by none.
 */
function historyOf(file: PricesFile, sourceIds: ReadonlySet<string>, problems: string[]): PriceHistory {
  const endpoints: Endpoint[] = file.endpoints.map((e) => {
    const records: PriceRecord[] = e.records.map((r, i) => {
      const where = `prices.json: ${e.id}, period ${i + 1}`
      for (const src of r.sources) if (!sourceIds.has(src)) problems.push(`${where} cites unknown source "${src}"`)
      if (r.offPeak && !Object.hasOwn(file.windows, r.offPeak.window)) problems.push(`${where}: unknown off-peak window "${r.offPeak.window}"`)
      return {
        from: instant(r.from, where, problems),
        to: r.to === null ? null : instant(r.to, where, problems),
        model: r.model,
        input: r.input,
        cachedInput: r.cachedInput,
        output: r.output,
        ...(r.offPeak ? { offPeak: r.offPeak } : {}),
        sources: r.sources,
        confidence: r.confidence,
      }
    })
    records.forEach((r, i) => {
      const where = `prices.json: ${e.id}, period ${i + 1}`
      if (r.to !== null && !(r.to > r.from)) problems.push(`${where} ends before it starts`)
      const next = records[i + 1]
      if (next && (r.to === null || next.from < r.to)) problems.push(`${where} overlaps the next one`)
    })
    const retired = e.retired && { at: instant(e.retired.at, `prices.json: ${e.id}, retirement`, problems), sources: e.retired.sources, confidence: e.retired.confidence }
    if (retired) {
      for (const src of retired.sources) if (!sourceIds.has(src)) problems.push(`prices.json: ${e.id}, retirement cites unknown source "${src}"`)
      if (!(retired.at > records.at(-1)!.from)) problems.push(`prices.json: ${e.id} retires before its last period starts`)
    }
    return { id: e.id, vendor: e.vendor, records, ...(retired ? { retired } : {}) }
  })
  for (const id of duplicates(endpoints.map((e) => e.id))) problems.push(`prices.json: endpoint "${id}" is listed twice`)
  const byId = new Map(endpoints.map((e) => [e.id, e]))
  const roles = {} as Record<ModelId, PriceHistory['roles'][ModelId]>
  for (const m of MODEL_IDS) {
    const chain = file.roles[m] ?? []
    if (chain.length === 0) problems.push(`prices.json: slot "${m}" has no endpoint`)
    roles[m] = chain.map((link, i) => {
      const where = `prices.json: slot "${m}", successor ${i + 1}`
      const from = instant(link.from, where, problems)
      const e = byId.get(link.endpoint)
      if (!e) problems.push(`${where}: unknown endpoint "${link.endpoint}"`)
      else if (e.vendor !== SLOT_VENDOR[m]) problems.push(`${where}: "${e.id}" is not ${SLOT_VENDOR[m]}'s`)
      else if (!recordAt(e, from)) problems.push(`${where}: "${e.id}" has no price on ${link.from}`)
      if (i > 0 && !(from > instant(chain[i - 1]!.from, where, []))) problems.push(`${where} does not come after the one before`)
      return { endpoint: link.endpoint, from }
    })
  }
  const start = instant(file.start, 'prices.json: start', problems)
  const lastConfirmed = (dayEnd(file.lastConfirmed) ?? Number.NaN)
  if (!(lastConfirmed > start)) problems.push('prices.json: the last confirmed day comes before the start')
  for (const e of endpoints) {
    for (const r of e.records) if (r.from > lastConfirmed) problems.push(`prices.json: ${e.id} has a period after the last confirmed day`)
  }
  const history: PriceHistory = { start, lastConfirmed, windows: file.windows, endpoints, roles }
  const eventDays = new Set(priceEvents(history).filter((e) => Number.isFinite(e.at)).map((e) => dayOf(e.at)))
  for (const day of file.marks ?? []) if (!eventDays.has(day)) problems.push(`prices.json: mark ${day} is no day of a price change`)
  for (const day of duplicates(file.marks ?? [])) problems.push(`prices.json: mark ${day} is listed twice`)
  return { ...history, marks: (file.marks ?? []).map((day) => instantOf(day) ?? Number.NaN).sort((a, b) => a - b) }
}

/**
 * A figure's value: typed in, or the price of its record (`price`), never both. A price figure's range is
 * the single point of its price.
 */
function figureOf(raw: RawFigure, history: PriceHistory, problems: string[]): Figure {
  const { price, value, range, ...rest } = raw
  let v = value ?? Number.NaN
  if (price && value !== undefined) problems.push(`figure "${raw.id}" types its value and takes it from a price record: keep one`)
  if (!price && value === undefined) problems.push(`figure "${raw.id}" has no value`)
  if (price) {
    const e = history.endpoints.find((x) => x.id === price.endpoint)
    const at = dayEnd(price.at)
    const record = e && at !== null ? recordAt(e, at) : null
    const p = record?.[price.kind]
    if (!e) problems.push(`figure "${raw.id}" takes its price from unknown endpoint "${price.endpoint}"`)
    else if (p === undefined || p === null) problems.push(`figure "${raw.id}": ${price.endpoint} has no ${price.kind} price on ${price.at}`)
    else v = p
    // A price assumption is the price in force on the default date, for the endpoint its slot stands for.
    const slot = /^price\.(\w+)\.(input|cachedInput|output)$/.exec(raw.id)
    if (slot && isAssumptionId(raw.id)) {
      const expected = defaultEndpoint(history, slot[1] as ModelId, dayEnd(DEFAULT_AS_OF)!)
      if (price.at !== DEFAULT_AS_OF || price.kind !== slot[2] || expected?.id !== price.endpoint) {
        problems.push(`figure "${raw.id}" must be the ${slot[2]} price of the endpoint its slot stands for on ${DEFAULT_AS_OF}`)
      }
    }
  }
  if (range && !('low' in range) && !price) problems.push(`figure "${raw.id}": only a dated price's range may be a single point without ends`)
  const full = range && ('low' in range ? range : { low: v, high: v, reason: range.reason })
  return { ...rest, ...(price ? { price } : {}), value: v, ...(full ? { range: full } : {}) }
}

/** Parses and cross-checks the four ledger files. Throws a {@link LedgerError} listing every problem. */
export function parseLedger(raw: RawLedger): Ledger {
  const f = FiguresFile.safeParse(raw.figures)
  const s = SourcesFile.safeParse(raw.sources)
  const p = PresetsFile.safeParse(raw.presets)
  const h = PricesFile.safeParse(raw.prices)
  if (!f.success || !s.success || !p.success || !h.success) {
    throw new LedgerError([
      ...(f.success ? [] : issues('figures.json', f.error)),
      ...(s.success ? [] : issues('sources.json', s.error)),
      ...(p.success ? [] : issues('presets.json', p.error)),
      ...(h.success ? [] : issues('prices.json', h.error)),
    ])
  }
  const { choices } = f.data
  const { sources, articles } = s.data
  const { presets } = p.data
  const problems: string[] = []
  const history = historyOf(h.data, new Set(sources.map((x) => x.id)), problems)
  const figures = f.data.figures.map((x) => figureOf(x, history, problems))

  const figureById = new Map(figures.map((x) => [x.id, x]))
  const sourceById = new Map(sources.map((x) => [x.id, x]))
  const articleById = new Map(articles.map((x) => [x.id, x]))
  const choiceIds = new Set(choices.map((c) => c.id))

  for (const id of duplicates([...figures.map((x) => x.id), ...choices.map((x) => x.id)])) {
    problems.push(`figure id "${id}" is used twice`)
  }
  for (const id of duplicates(sources.map((x) => x.id))) problems.push(`source id "${id}" is used twice`)
  for (const id of duplicates(presets.map((x) => x.id))) problems.push(`preset id "${id}" is used twice`)

  const knownModelIds = new Set<string>([...ASSUMPTION_IDS, ...RESULT_IDS])
  for (const fig of figures) {
    for (const src of fig.sources) {
      if (!sourceById.has(src)) problems.push(`figure "${fig.id}" cites unknown source "${src}"`)
    }
    if (fig.asReported && !articleById.has(fig.asReported.article)) {
      problems.push(`figure "${fig.id}" is reported by unknown article "${fig.asReported.article}"`)
    }
    if (fig.claim && !knownModelIds.has(fig.claim.checkedBy)) {
      problems.push(`claim "${fig.id}" is checked by unknown model id "${fig.claim.checkedBy}"`)
    }
    if (fig.primary !== undefined && fig.primary === fig.value) {
      problems.push(`figure "${fig.id}" gives a primary value equal to its value: leave it out`)
    }
  }

  for (const id of ASSUMPTION_IDS) {
    const entry = figureById.get(id) ?? choices.find((c) => c.id === id)
    if (!entry) {
      problems.push(`assumption "${id}" has no default in the ledger`)
      continue
    }
    if (figureById.has(id) && choiceIds.has(id)) problems.push(`assumption "${id}" is both a figure and a choice`)
    if (entry.unit !== ASSUMPTION_SPECS[id].unit) {
      problems.push(`assumption "${id}" is in ${ASSUMPTION_SPECS[id].unit}, the ledger says ${entry.unit}`)
    }
    const fig = figureById.get(id)
    for (const v of [entry.value, fig?.primary]) {
      if (v !== undefined && (v < ASSUMPTION_SPECS[id].min || v > ASSUMPTION_SPECS[id].max)) {
        problems.push(`assumption "${id}": ${v} is outside its bounds`)
      }
    }
    problems.push(...rangeProblems(id, entry.range, [entry.value, fig?.primary]))
  }
  for (const entry of [...figures, ...choices]) {
    for (const src of (entry.range && 'sources' in entry.range ? entry.range.sources : [])) {
      if (!sourceById.has(src)) problems.push(`the range of "${entry.id}" cites unknown source "${src}"`)
    }
  }

  for (const preset of presets) {
    for (const [assumption, figureId] of Object.entries(preset.values)) {
      if (!isAssumptionId(assumption)) problems.push(`preset "${preset.id}" sets unknown assumption "${assumption}"`)
      if (!figureById.has(figureId)) problems.push(`preset "${preset.id}" takes unknown figure "${figureId}"`)
      else if (isAssumptionId(assumption)) {
        const fig = figureById.get(figureId)
        if (fig && fig.unit !== ASSUMPTION_SPECS[assumption].unit) {
          problems.push(`preset "${preset.id}": figure "${figureId}" (${fig.unit}) does not fit "${assumption}"`)
        }
      }
    }
  }

  if (problems.length > 0) throw new LedgerError(problems)
  return {
    figures,
    choices,
    sources,
    articles,
    presets,
    figureById,
    sourceById,
    articleById,
    claims: figures.filter((x) => x.claim !== undefined),
    history,
  }
}
