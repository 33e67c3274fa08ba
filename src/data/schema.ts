/**
 * The shape of the figures ledger in `seeds/`. Parsed by every build and development server (the ledger
 * plugin of vite.config.ts) and by a test that fails on any malformed or unsourced figure.
 */
import * as z from 'zod/mini'
import { BASE_UNITS } from '../model/assumptions.ts'
import { MODEL_IDS, PRICE_KINDS } from '../model/types.ts'
import { VENDORS } from '../model/history.ts'

const nonEmpty = z.string().check(z.minLength(1), z.trim())
/** A text in both of the app's languages. */
export const Bilingual = z.strictObject({ en: nonEmpty, fr: nonEmpty })
/** A day (2025-01-27) or a month (2025-01). */
const IsoDate = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/))
/** A calendar day, `YYYY-MM-DD`. */
const Day = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/))
/** A UTC instant: a day (its start) or a day and a time, `2025-02-26T16:30Z`. */
const Instant = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\dZ)?$/))
const Id = z.string().check(z.regex(/^[a-z][A-Za-z0-9]*([.-][A-Za-z0-9]+)*$/))
const finite = z.number().check(z.refine(Number.isFinite, 'must be finite'))

export const FLAGS = ['none', 'rounded', 'stale', 'misattributed', 'unsourced', 'disputed', 'wrong'] as const
export const CONFIDENCES = ['high', 'medium', 'low'] as const
export const UNITS = BASE_UNITS

export const Source = z.strictObject({
  id: Id,
  title: nonEmpty,
  publisher: nonEmpty,
  date: IsoDate,
  url: z.url({ protocol: /^https$/ }),
})

/**
 * One of the two French articles the project started from, described in our own words. The copies the
 * project holds give only their month, not their publication, title or address, so neither does this.
 */
export const Article = z.strictObject({
  id: Id,
  /** A short name to cite it by ("Sputnik moment" article). */
  name: Bilingual,
  /** Our own description of the article; never its wording. */
  description: Bilingual,
  date: IsoDate,
})

export const SourcesFile = z.strictObject({
  sources: z.array(Source).check(z.minLength(1)),
  articles: z.array(Article),
})

/**
 * How far an assumption plausibly goes, in its base unit: from sources that give a range, or, where none
 * does, with the reason for the range chosen (one of the two, never both).
 */
export const Range = z.union([
  z.strictObject({ low: finite, high: finite, sources: z.array(Id).check(z.minLength(1)) }),
  z.strictObject({ low: finite, high: finite, reason: Bilingual }),
])

/**
 * A list price's range: a single point, the price itself, with the reason why. Only for figures whose
 * value is a dated price record's (`price`): the ledger fills both ends in.
 */
export const PointRange = z.strictObject({ reason: Bilingual })

/** A figure whose value is a dated price record's: the price of `kind` of `endpoint` in force at the end of `at`. */
export const PriceRef = z.strictObject({ endpoint: Id, kind: z.enum(PRICE_KINDS), at: Day })

/** A figure as written in `figures.json`: its `value` typed in, or taken from a price record (`price`). */
export const RawFigure = z.strictObject({
  id: Id,
  /** The value in its base unit, as the articles report it where they do. Absent when `price` gives it. */
  value: z.optional(finite),
  /** Where a list price's value comes from: the dated record (seeds/prices.json), never typed twice. */
  price: z.optional(PriceRef),
  unit: z.enum(UNITS),
  label: Bilingual,
  /** How an article put the number (paraphrased, in our words) and which article. */
  asReported: z.optional(z.strictObject({ article: Id, text: Bilingual })),
  /** The primary source's value, when it differs from `value`. */
  primary: z.optional(finite),
  sources: z.array(Id).check(z.minLength(1)),
  /** When the figure was true. */
  date: IsoDate,
  confidence: z.enum(CONFIDENCES),
  flag: z.enum(FLAGS),
  /** One line on the flag, or on what the figure does and does not include. */
  note: Bilingual,
  /** For a headline claim: the model quantity (result or assumption id) that checks it, and how. */
  claim: z.optional(z.strictObject({ checkedBy: Id, basis: Bilingual })),
  range: z.optional(z.union([Range, PointRange])),
})

/** A value of the app's own choosing (a workload), not a sourced figure: it says why instead. */
export const Choice = z.strictObject({
  id: Id,
  value: finite,
  unit: z.enum(UNITS),
  label: Bilingual,
  note: Bilingual,
  range: z.optional(Range),
})

export const FiguresFile = z.strictObject({
  figures: z.array(RawFigure).check(z.minLength(1)),
  choices: z.array(Choice),
})

export const Preset = z.strictObject({
  id: Id,
  label: Bilingual,
  /** One line: what the preset changes and why. */
  summary: Bilingual,
  /** Which value of each assumption's figure to start from. */
  base: z.enum(['value', 'primary']),
  /** Assumption id → id of the figure whose value it takes. */
  values: z.record(Id, Id),
})

export const PresetsFile = z.strictObject({ presets: z.array(Preset).check(z.minLength(1)) })

const Confidence = z.enum(CONFIDENCES)
const Price = z.number().check(z.refine(Number.isFinite, 'must be finite'), z.minimum(0))
const Sources = z.array(Id).check(z.minLength(1))

/** One endpoint's prices over one period (see src/model/history.ts): `to` excluded, `null` while in force. */
export const PriceRecordEntry = z.strictObject({
  from: Instant,
  to: z.nullable(Instant),
  /** The model's name as the vendor gave it over the period. */
  model: nonEmpty,
  input: Price,
  /** `null` where no source gives it. */
  cachedInput: z.nullable(Price),
  output: Price,
  /** Lower prices in some hours: `window` is a key of the file's `windows`. */
  offPeak: z.optional(z.strictObject({ window: Id, input: Price, cachedInput: Price, output: Price })),
  sources: Sources,
  confidence: Confidence,
})

export const EndpointEntry = z.strictObject({
  id: Id,
  vendor: z.enum(VENDORS),
  records: z.array(PriceRecordEntry).check(z.minLength(1)),
  retired: z.optional(z.strictObject({ at: Instant, sources: Sources, confidence: Confidence })),
})

/** `seeds/prices.json`: the dated list prices, and which endpoint fills each model slot from when. */
export const PricesFile = z.strictObject({
  /** Where the history's chart starts. */
  start: Day,
  /** The last day the sources confirm: nothing later is shown. */
  lastConfirmed: Day,
  windows: z.record(Id, Bilingual),
  endpoints: z.array(EndpointEntry).check(z.minLength(1)),
  roles: z.record(z.enum(MODEL_IDS), z.array(z.strictObject({ endpoint: Id, from: Instant })).check(z.minLength(1))),
  /** The main price changes, marked with a label on the date slider: days on which a price event falls. */
  marks: z.optional(z.array(Day)),
})

export type Source = z.infer<typeof Source>
export type Article = z.infer<typeof Article>
export type RawFigure = z.infer<typeof RawFigure>
/** A figure once parsed: its value filled in (from its price record where it has one), its range with both ends. */
export type Figure = Omit<RawFigure, 'value' | 'range'> & { value: number; range?: Range }
export type Choice = z.infer<typeof Choice>
export type Preset = z.infer<typeof Preset>
export type Flag = (typeof FLAGS)[number]
export type Confidence = (typeof CONFIDENCES)[number]
export type Bilingual = z.infer<typeof Bilingual>
/** A figure without its prose (see `coreOf` in ledger.ts). */
export type Range = z.infer<typeof Range>
/** A range without its reason: what the browser gets of it (a sensitivity chart's export cites its sources). */
export interface CoreRange { readonly low: number; readonly high: number; readonly sources?: readonly string[] }
/** A figure without its prose (see `coreOf` in core.ts), its range reduced to its two ends. */
export type CoreFigure = Omit<Figure, 'note' | 'asReported' | 'claim' | 'range'> & {
  readonly claim?: { readonly checkedBy: string }
  readonly range?: CoreRange
}
export type CoreChoice = Omit<Choice, 'note' | 'range'> & { readonly range?: CoreRange }
