/**
 * Dated API prices: which endpoint stands for each model slot on a date, the prices in force then, and how
 * the headline gaps moved over time. Pure: the price history comes from the ledger (`seeds/prices.json`,
 * parsed and checked in src/data/ledger.ts), instants are milliseconds since the epoch, UTC.
 *
 * A day (`asOf`, `YYYY-MM-DD`) stands for the prices in force at the end of that day, UTC: on the day a
 * price changes, the new price.
 */
import { ratio } from './ratio.ts'
import { MODEL_IDS, type AssumptionId, type Assumptions, type ModelId, type PriceKind, type Ratio } from './types.ts'

/** The date the articles froze: a link or scenario without a date means this one. */
export const DEFAULT_AS_OF = '2025-01-27'

export const VENDORS = ['deepseek', 'openai'] as const
export type Vendor = (typeof VENDORS)[number]

/** The vendor whose endpoints can fill each slot. */
export const SLOT_VENDOR: Readonly<Record<ModelId, Vendor>> = { r1: 'deepseek', v3: 'deepseek', o1: 'openai', o1mini: 'openai', gpt4o: 'openai' }

/** Three list prices, in USD per million tokens; `cachedInput` is `null` where no source gives it. */
export interface PriceSet {
  readonly input: number
  readonly cachedInput: number | null
  readonly output: number
}

/** The prices of one endpoint over one period, `from` (included) to `to` (excluded; `null`: still in force). */
export interface PriceRecord extends PriceSet {
  readonly from: number
  readonly to: number | null
  /** The model's name as the vendor gave it over the period. */
  readonly model: string
  /** Lower prices in some hours, and when (a key of {@link PriceHistory.windows}). */
  readonly offPeak?: PriceSet & { readonly window: string }
  /** Ledger source ids and confidence (the browser's copy of the ledger leaves them out). */
  readonly sources?: readonly string[]
  readonly confidence?: 'high' | 'medium' | 'low'
}

export interface Endpoint {
  readonly id: string
  readonly vendor: Vendor
  /** In date order, never overlapping. */
  readonly records: readonly PriceRecord[]
  readonly retired?: { readonly at: number; readonly sources?: readonly string[]; readonly confidence?: 'high' | 'medium' | 'low' }
}

/** One link of a slot's chain of successors: `endpoint` holds the slot from `from` on. */
export interface Succession {
  readonly endpoint: string
  readonly from: number
}

export interface PriceHistory {
  /** Where the history's chart starts (a day's start). */
  readonly start: number
  /** The last day whose prices sources confirm (its end): nothing later is shown or extrapolated. */
  readonly lastConfirmed: number
  /** Off-peak windows, by key, in both languages. */
  readonly windows: Readonly<Record<string, { readonly en: string; readonly fr: string }>>
  readonly endpoints: readonly Endpoint[]
  /** Each slot's default chain of successors, in date order. */
  readonly roles: Readonly<Record<ModelId, readonly Succession[]>>
  /** The main price changes (the start of their days, in order), labelled on the date slider. */
  readonly marks?: readonly number[]
}

const DAY_MS = 86_400_000
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/

/** The instant a ledger date stands for: a day's start (`2025-01-20`) or a time (`2025-02-26T16:30Z`); `null` if invalid. */
export function instantOf(text: string): number | null {
  const m = INSTANT.exec(text)
  if (!m) return null
  const [y, mo, d, h, mi] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number]
  const t = Date.UTC(y, mo - 1, d, h, mi)
  const back = new Date(t)
  // Rejects 2025-02-30 and 24:00 (Date.UTC would roll them over).
  if (back.getUTCDate() !== d || back.getUTCMonth() !== mo - 1 || h > 23 || mi > 59) return null
  return t
}

/** True for a real calendar day written `YYYY-MM-DD`. */
export function isDay(text: string): boolean {
  return DAY.test(text) && instantOf(text) !== null
}

/** The instant whose prices a day stands for: its last millisecond, UTC. `null` if `day` is no day. */
export function dayEnd(day: string): number | null {
  const t = isDay(day) ? instantOf(day) : null
  return t === null ? null : t + DAY_MS - 1
}

/** The day (`YYYY-MM-DD`, UTC) an instant falls on. */
export function dayOf(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

/** The record of `endpoint` in force at `t`, or `null` (not launched yet, between records, or retired). */
export function recordAt(endpoint: Endpoint, t: number): PriceRecord | null {
  if (endpoint.retired && t >= endpoint.retired.at) return null
  for (const r of endpoint.records) if (r.from <= t && (r.to === null || t < r.to)) return r
  return null
}

/** An endpoint by id, or `undefined`. */
export function endpointById(h: PriceHistory, id: string): Endpoint | undefined {
  return h.endpoints.find((e) => e.id === id)
}

/** The endpoints that could fill `slot` at `t`: its vendor's, in force then. */
export function endpointsFor(h: PriceHistory, slot: ModelId, t: number): Endpoint[] {
  return h.endpoints.filter((e) => e.vendor === SLOT_VENDOR[slot] && recordAt(e, t) !== null)
}

/** Which endpoint fills a slot on a date, with the record in force then. */
export interface Resolved {
  readonly endpoint: Endpoint
  readonly record: PriceRecord
  /** The visitor picked it (rather than the slot's chain of successors). */
  readonly picked: boolean
  /** A picked endpoint not available on that date (retired, or not launched yet): the chain's is used. */
  readonly dropped: Endpoint | null
}

/** The endpoint of a slot's default chain at `t`: the latest successor in force then. */
export function defaultEndpoint(h: PriceHistory, slot: ModelId, t: number): Endpoint | null {
  const chain = h.roles[slot]
  for (let i = chain.length - 1; i >= 0; i--) {
    const link = chain[i]!
    if (link.from > t) continue
    const e = endpointById(h, link.endpoint)
    if (e && recordAt(e, t)) return e
  }
  return null
}

/**
 * The endpoint filling `slot` at `t`: the visitor's pick when it is available then, the slot's chain of
 * successors otherwise. `null` when no endpoint fills it (before DeepSeek's R1, for the reasoning slot).
 */
export function resolveSlot(h: PriceHistory, slot: ModelId, t: number, pick?: string): Resolved | null {
  const wanted = pick === undefined ? undefined : endpointById(h, pick)
  const wantedRecord = wanted && wanted.vendor === SLOT_VENDOR[slot] ? recordAt(wanted, t) : null
  if (wanted && wantedRecord) return { endpoint: wanted, record: wantedRecord, picked: true, dropped: null }
  const e = defaultEndpoint(h, slot, t)
  const record = e && recordAt(e, t)
  if (!e || !record) return null
  return { endpoint: e, record, picked: false, dropped: wanted && wanted !== e ? wanted : null }
}

/** The visitor's picks: slot → endpoint id, for the slots they changed. */
export type Picks = Readonly<Partial<Record<ModelId, string>>>

/** Whether a date and picks are the default ones: 27 January 2025, each slot its own endpoint. */
export function isDefaultDating(asOf: string, picks: Picks): boolean {
  return asOf === DEFAULT_AS_OF && Object.keys(picks).length === 0
}

/** A cached input price where no source gives one: the full input price (no discount is assumed). */
const cachedOf = (p: PriceSet) => p.cachedInput ?? p.input

/**
 * The price assumptions in force at `t`: each slot's three list prices, from the endpoint that fills it.
 * Slots no endpoint fills keep the value they have in `fallback`.
 */
export function pricesAt(h: PriceHistory, t: number, picks: Picks, fallback: Assumptions): Record<AssumptionId, number> {
  const out = { ...fallback } as Record<AssumptionId, number>
  for (const m of MODEL_IDS) {
    const r = resolveSlot(h, m, t, picks[m])?.record
    if (!r) continue
    out[`price.${m}.input`] = r.input
    out[`price.${m}.cachedInput`] = cachedOf(r)
    out[`price.${m}.output`] = r.output
  }
  return out
}

/** Off-peak price over the standard one, per slot and price kind, where the record in force has off-peak prices. */
export type OffPeakFactors = Readonly<Partial<Record<ModelId, Readonly<Record<PriceKind, number>>>>>

function factorsOf(r: PriceRecord): Record<PriceKind, number> | undefined {
  const o = r.offPeak
  if (!o) return undefined
  const f = (off: number, std: number) => (std > 0 ? off / std : 1)
  return { input: f(o.input, r.input), cachedInput: f(cachedOf(o), cachedOf(r)), output: f(o.output, r.output) }
}

/**
 * The off-peak discounts at `t`: for each slot whose record has off-peak prices, each off-peak price over
 * the standard one (0.25 for R1's 75% off). The model applies them to the prices as set (see inference.ts),
 * so that a visitor who moves a price keeps its discount.
 */
export function offPeakAt(h: PriceHistory, t: number, picks: Picks): OffPeakFactors {
  const out: Partial<Record<ModelId, Record<PriceKind, number>>> = {}
  for (const m of MODEL_IDS) {
    const r = resolveSlot(h, m, t, picks[m])?.record
    const f = r && factorsOf(r)
    if (f) out[m] = f
  }
  return out
}

/** The instants at which any price, endpoint or slot changes, from the history's start to its last confirmed day. */
export function changeInstants(h: PriceHistory): number[] {
  const all = new Set<number>([h.start])
  for (const e of h.endpoints) {
    for (const r of e.records) {
      all.add(r.from)
      if (r.to !== null) all.add(r.to)
    }
    if (e.retired) all.add(e.retired.at)
  }
  for (const m of MODEL_IDS) for (const link of h.roles[m]) all.add(link.from)
  return [...all].filter((t) => t >= h.start && t <= h.lastConfirmed).sort((a, b) => a - b)
}

/** A dated change of prices: what a visitor sees marked on the date slider and the history chart. */
export interface PriceEvent {
  readonly at: number
  /** Each endpoint whose prices changed then, launched (`launch`), cut or raised (`change`), or retired. */
  readonly items: readonly { readonly endpoint: string; readonly model: string; readonly kind: 'launch' | 'change' | 'offPeak' | 'retired'; readonly output: number | null }[]
}

const samePrices = (a: PriceSet, b: PriceSet) => a.input === b.input && a.cachedInput === b.cachedInput && a.output === b.output
const sameOffPeak = (a: PriceRecord, b: PriceRecord) =>
  (a.offPeak === undefined) === (b.offPeak === undefined) && (!a.offPeak || !b.offPeak || samePrices(a.offPeak, b.offPeak))

/**
 * The price events of the endpoints that fill a slot by default at some point, in date order, up to the
 * last confirmed day: launches, price changes (a new name at the same prices is none), off-peak prices
 * starting or ending, and retirements.
 */
export function priceEvents(h: PriceHistory): PriceEvent[] {
  const inChains = new Set(MODEL_IDS.flatMap((m) => h.roles[m].map((l) => l.endpoint)))
  const byInstant = new Map<number, PriceEvent['items'][number][]>()
  const add = (at: number, item: PriceEvent['items'][number]) => {
    if (at < h.start || at > h.lastConfirmed) return
    const list = byInstant.get(at) ?? byInstant.set(at, []).get(at)!
    list.push(item)
  }
  for (const e of h.endpoints) {
    if (!inChains.has(e.id)) continue
    e.records.forEach((r, i) => {
      const prev = e.records[i - 1]
      if (!prev || prev.to !== r.from) add(r.from, { endpoint: e.id, model: r.model, kind: 'launch', output: r.output })
      else if (!samePrices(prev, r)) add(r.from, { endpoint: e.id, model: r.model, kind: 'change', output: r.output })
      else if (!sameOffPeak(prev, r)) add(r.from, { endpoint: e.id, model: r.model, kind: 'offPeak', output: r.offPeak?.output ?? r.output })
    })
    if (e.retired) add(e.retired.at, { endpoint: e.id, model: e.records.at(-1)!.model, kind: 'retired', output: null })
  }
  return [...byInstant.entries()].sort((a, b) => a[0] - b[0]).map(([at, items]) => ({ at, items }))
}

/**
 * What one million tokens of the workload's mix cost (see inference.ts): output share, cache hits, output
 * multipliers, off-peak share. A monthly bill is this times the month's millions of tokens, which two bills'
 * ratio cancels: the gaps over time do not read `workload.tokens`.
 */
function mixUsd(a: Assumptions, m: ModelId, p: PriceSet, offPeak: Readonly<Record<PriceKind, number>> | undefined): number {
  const s = a['workload.outputShare']
  const hit = a['workload.cacheHitRate']
  const sigma = a['workload.offPeakShare']
  const eff = (price: number, k: PriceKind) => price * (offPeak ? 1 - sigma + sigma * offPeak[k] : 1)
  return (1 - s) * ((1 - hit) * eff(p.input, 'input') + hit * eff(cachedOf(p), 'cachedInput'))
    + s * a[`workload.outputMultiplier.${m}`] * eff(p.output, 'output')
}

/** The assumptions {@link gapHistory} reads: the workload's mix, not its size. */
export const GAP_HISTORY_INPUTS = [
  'workload.outputShare',
  'workload.cacheHitRate',
  'workload.offPeakShare',
  'workload.outputMultiplier.r1',
  'workload.outputMultiplier.o1',
  'workload.outputMultiplier.o1mini',
] as const satisfies readonly AssumptionId[]

/**
 * A key that changes whenever {@link gapHistory}'s result may: the assumptions it reads and the picks. A
 * chart that moves with every slider redraws the history only when its key changes.
 */
export function gapHistoryKey(a: Assumptions, picks: Picks): string {
  return `${GAP_HISTORY_INPUTS.map((id) => a[id]).join(' ')}|${MODEL_IDS.map((m) => picks[m] ?? '').join(' ')}`
}

/** One step of the gap over time: the gaps in force from `at` until the next step. */
export interface GapStep {
  readonly at: number
  /** OpenAI's flagship output price over DeepSeek's reasoning one (list prices). */
  readonly flagship: Ratio
  /** OpenAI's small reasoning model's output price over DeepSeek's reasoning one. */
  readonly small: Ratio
  /** The workload's monthly bill on the flagship over its bill on DeepSeek's reasoning endpoint. */
  readonly flagshipBill: Ratio
  /** The same with the small reasoning model. */
  readonly smallBill: Ratio
  /** DeepSeek's reasoning endpoint's output list price, USD per million tokens (`null`: no endpoint then). */
  readonly r1Output: number | null
  /** The endpoints filling the three slots then. */
  readonly names: { readonly r1: string | null; readonly o1: string | null; readonly o1mini: string | null }
}

/**
 * The gaps at every change from the history's start to its last confirmed day, each held until the next
 * (steps where nothing changes are merged). List prices at each date, for the slots as the visitor picked
 * them where available; the bills use the workload of `a` (not its prices).
 */
export function gapHistory(h: PriceHistory, a: Assumptions, picks: Picks): GapStep[] {
  const steps: GapStep[] = []
  for (const t of changeInstants(h)) {
    const r1 = resolveSlot(h, 'r1', t, picks.r1)
    const o1 = resolveSlot(h, 'o1', t, picks.o1)
    const mini = resolveSlot(h, 'o1mini', t, picks.o1mini)
    const off = r1 ? factorsOf(r1.record) : undefined
    const base = r1 ? mixUsd(a, 'r1', r1.record, off) : null
    const bill = (x: Resolved | null, m: ModelId) => (x && base !== null ? ratio(mixUsd(a, m, x.record, factorsOf(x.record)), base) : null)
    const step: GapStep = {
      at: t,
      flagship: r1 && o1 ? ratio(o1.record.output, r1.record.output) : null,
      small: r1 && mini ? ratio(mini.record.output, r1.record.output) : null,
      flagshipBill: bill(o1, 'o1'),
      smallBill: bill(mini, 'o1mini'),
      r1Output: r1?.record.output ?? null,
      names: { r1: r1?.record.model ?? null, o1: o1?.record.model ?? null, o1mini: mini?.record.model ?? null },
    }
    const last = steps.at(-1)
    const same = last && last.flagship === step.flagship && last.small === step.small && last.flagshipBill === step.flagshipBill
      && last.smallBill === step.smallBill && last.r1Output === step.r1Output && last.names.r1 === step.names.r1 && last.names.o1 === step.names.o1 && last.names.o1mini === step.names.o1mini
    if (!same) steps.push(step)
  }
  return steps
}

/** When a claim held: a period during which a gap stayed on the same side of a threshold. */
export interface HeldPeriod {
  readonly from: number
  /** `null`: still held on the last confirmed day. */
  readonly to: number | null
}

/**
 * The periods during which `value(step)` held the claim (`holds` true), merged when consecutive. A period
 * running past the last confirmed day ends `null` (it held as far as the sources go).
 */
export function heldPeriods(steps: readonly GapStep[], holds: (s: GapStep) => boolean): HeldPeriod[] {
  const out: { from: number; to: number | null }[] = []
  steps.forEach((s, i) => {
    const next = steps[i + 1]?.at ?? null
    if (!holds(s)) return
    const last = out.at(-1)
    if (last && last.to === s.at) last.to = next
    else out.push({ from: s.at, to: next })
  })
  return out
}

/** The lowest and highest of a gap over the history (steps without a value left out); `null` if none has one. */
export function gapExtremes(steps: readonly GapStep[], value: (s: GapStep) => Ratio): { low: number; lowAt: number; high: number; highAt: number } | null {
  let out: { low: number; lowAt: number; high: number; highAt: number } | null = null
  for (const s of steps) {
    const v = value(s)
    if (v === null) continue
    if (!out) out = { low: v, lowAt: s.at, high: v, highAt: s.at }
    else {
      if (v < out.low) Object.assign(out, { low: v, lowAt: s.at })
      if (v > out.high) Object.assign(out, { high: v, highAt: s.at })
    }
  }
  return out
}


/**
 * Whether a slot at `t` reads as on the articles' day: filled by the same endpoint, under the same name, at
 * the same list prices as on {@link DEFAULT_AS_OF} with no pick. A slot no endpoint fills keeps its January
 * prices (see {@link pricesAt}), so it reads as reported too. Where it does, the slot keeps the ledger's
 * words ("V3 input price (cache miss, promotional)"); elsewhere it is named by the endpoint in force.
 */
export function slotAsReported(h: PriceHistory, slot: ModelId, t: number, pick?: string): boolean {
  const now = resolveSlot(h, slot, t, pick)
  if (!now) return true
  const then = resolveSlot(h, slot, dayEnd(DEFAULT_AS_OF)!)
  return then !== null && then.endpoint.id === now.endpoint.id && then.record.model === now.record.model && samePrices(then.record, now.record)
}

/**
 * The name each slot goes by at `t`: `null` where it reads as reported ({@link slotAsReported}), the model's
 * name then otherwise ("o3", "DeepSeek-V3.2 (thinking)").
 */
export function slotNamesAt(h: PriceHistory, t: number, picks: Picks): Readonly<Record<ModelId, string | null>> {
  const out = {} as Record<ModelId, string | null>
  for (const m of MODEL_IDS) out[m] = slotAsReported(h, m, t, picks[m]) ? null : resolveSlot(h, m, t, picks[m])!.record.model
  return out
}

/** A dated price record, by its endpoint and the instant it came into force. */
export interface RecordRef {
  readonly endpoint: string
  readonly from: number
}

const refKey = (r: RecordRef) => `${r.endpoint}@${r.from}`

/** The records in force at `t` for these slots (each once, in slot order): what a chart of prices on that day shows. */
export function recordsAt(h: PriceHistory, t: number, picks: Picks, slots: readonly ModelId[] = MODEL_IDS): RecordRef[] {
  const out = new Map<string, RecordRef>()
  for (const m of slots) {
    const r = resolveSlot(h, m, t, picks[m])
    if (r) {
      const ref = { endpoint: r.endpoint.id, from: r.record.from }
      out.set(refKey(ref), ref)
    }
  }
  return [...out.values()]
}

/** The records {@link gapHistory} reads over the whole history (the three slots it compares), each once, in date order. */
export function historyRecords(h: PriceHistory, picks: Picks): RecordRef[] {
  const out = new Map<string, RecordRef>()
  for (const t of changeInstants(h)) for (const ref of recordsAt(h, t, picks, ['r1', 'o1', 'o1mini'])) out.set(refKey(ref), ref)
  return [...out.values()].sort((a, b) => a.from - b.from)
}

/** A main price change as the date slider labels it: "o3-mini" (a launch or a new name), "o3 −80%" (a price change). */
export interface EventMark {
  /** Its position among {@link priceEvents}. */
  readonly index: number
  readonly at: number
  /** The model's short name (without "DeepSeek-" or a parenthesis). */
  readonly name: string
  /** The output price's change, as a fraction (−0.8 for an 80% cut); `null` for a launch or a new name. */
  readonly change: number | null
}

/** A model's name as a slider's mark says it: "DeepSeek-V3.2 (thinking)" is "V3.2". */
export const shortModelName = (model: string): string => model.replace(/^DeepSeek-/, '').replace(/\s*\(.*\)$/, '')

/**
 * The marks of {@link PriceHistory.marks} among `events`: for each, the launch it brings (the first one),
 * or else its first price change, named by the model's new name, or by its name and the output price's
 * change when the name stayed.
 */
export function eventMarks(h: PriceHistory, events: readonly PriceEvent[]): EventMark[] {
  const out: EventMark[] = []
  for (const day of h.marks ?? []) {
    const index = events.findIndex((e) => dayOf(e.at) === dayOf(day))
    const e = events[index]
    if (!e) continue
    const item = e.items.find((i) => i.kind === 'launch') ?? e.items.find((i) => i.kind === 'change') ?? e.items[0]!
    const endpoint = endpointById(h, item.endpoint)
    const k = endpoint?.records.findIndex((r) => r.from === e.at) ?? -1
    const prev = k > 0 ? endpoint!.records[k - 1] : undefined
    const renamed = !prev || shortModelName(prev.model) !== shortModelName(item.model)
    const change = item.kind === 'change' && !renamed && prev && item.output !== null && prev.output > 0 ? item.output / prev.output - 1 : null
    out.push({ index, at: e.at, name: shortModelName(item.model), change })
  }
  return out
}
