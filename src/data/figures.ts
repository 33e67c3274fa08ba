/**
 * The ledger as the app's islands read it: its core (see `coreOf` in ledger.ts), checked when the app was
 * built and indexed on first use. The prose is in `full.ts`, for the prerendered page and the sources table.
 */
import core from 'virtual:cost-gap/ledger-core'
import { dayEnd, instantOf, pricesAt, type AssumptionId, type Assumptions, type PriceHistory, type Spans } from '@/model'
import type { Dating } from '@/codecs/url'
import { defaultsFrom, indexCore, presetAssumptions, spansFrom, type CoreLedger } from './core'
import type { Bilingual, Preset } from './schema'

let indexed: CoreLedger | undefined
let defaults: Assumptions | undefined
let spans: Spans | undefined

/** The ledger's core, indexed on first use. */
export function getLedger(): CoreLedger {
  return (indexed ??= indexCore(core))
}

/** The dated list prices (seeds/prices.json). */
export function priceHistory(): PriceHistory {
  return getLedger().history
}

/** The first and last days a visitor can take prices from: the history's start, its last confirmed day. */
export function asOfBounds(): { readonly min: string; readonly max: string } {
  const h = priceHistory()
  return { min: new Date(h.start).toISOString().slice(0, 10), max: new Date(h.lastConfirmed).toISOString().slice(0, 10) }
}

/** A day brought within {@link asOfBounds}; `null` when `day` is no day. */
export function clampAsOf(day: string): string | null {
  const t = dayEnd(day)
  if (t === null) return null
  const { min, max } = asOfBounds()
  return t < instantOf(min)! ? min : t > dayEnd(max)! ? max : day
}

let dated: { key: string; values: Assumptions } | undefined

/**
 * The defaults on a date: the as-reported assumptions with each slot's prices those in force at the end of
 * that day (for the endpoints picked), what a slider resets to and what a link leaves out.
 */
export function datedDefaults(dating: Dating): Assumptions {
  const key = `${dating.asOf}|${JSON.stringify(dating.picks)}`
  if (dated?.key === key) return dated.values
  const t = dayEnd(dating.asOf)
  const values = Object.freeze(t === null ? defaultAssumptions() : pricesAt(priceHistory(), t, dating.picks, defaultAssumptions()))
  dated = { key, values }
  return values
}

/** A fresh copy of the default (as-reported) assumptions. */
export function defaultAssumptions(): Record<keyof Assumptions, number> {
  defaults ??= Object.freeze(defaultsFrom(getLedger()))
  return { ...defaults }
}

/** The default (as-reported) value of one assumption. */
export function defaultValue(id: AssumptionId): number {
  defaults ??= Object.freeze(defaultsFrom(getLedger()))
  return defaults[id]
}

/** Each assumption's range in the ledger (its low and high, in base units). */
export function assumptionSpans(): Spans {
  return (spans ??= Object.freeze(spansFrom(getLedger())))
}

/** The assumptions of the preset with this id, or `undefined` if there is none. */
export function assumptionsOfPreset(id: string): Assumptions | undefined {
  const preset: Preset | undefined = getLedger().presets.find((p) => p.id === id)
  return preset && presetAssumptions(getLedger(), preset)
}

/** The ledger's label of an assumption (a figure's, or one of the app's own choices). */
export function assumptionLabel(id: AssumptionId): Bilingual {
  const entry = getLedger().figureById.get(id) ?? getLedger().choices.find((c) => c.id === id)
  return entry?.label ?? { en: id, fr: id }
}

/** The value of a ledger figure, in its base unit, or `null` if there is no such figure. */
export function figureValue(id: string): number | null {
  return getLedger().figureById.get(id)?.value ?? null
}

/**
 * The ledger sources behind some figures, each once, in ledger order; with `ranges`, those of their
 * ranges too.
 */
export function sourcesOf(ids: readonly string[], { ranges = false }: { ranges?: boolean } = {}): string[] {
  const entry = (id: string) => getLedger().figureById.get(id) ?? getLedger().choices.find((c) => c.id === id)
  const wanted = new Set(ids.flatMap((id) => [
    ...(getLedger().figureById.get(id)?.sources ?? []),
    ...(ranges ? entry(id)?.range?.sources ?? [] : []),
  ]))
  return getLedger().sourceIds.filter((id) => wanted.has(id))
}
