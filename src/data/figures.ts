/** The figures ledger of `seeds/`, parsed and checked once, when the app starts. */
import figures from '@seeds/figures.json'
import presets from '@seeds/presets.json'
import sources from '@seeds/sources.json'
import type { AssumptionId, Assumptions } from '@/model'
import { defaultsFrom, parseLedger, presetAssumptions, type Ledger } from './ledger'
import type { Bilingual, Preset } from './schema'

let parsed: Ledger | undefined
let defaults: Assumptions | undefined

/**
 * The ledger, parsed and checked on first use. In the browser, main.ts asks for it in a task of its own
 * before mounting, so that parsing it does not lengthen the evaluation of the app's code.
 */
export function getLedger(): Ledger {
  return (parsed ??= parseLedger({ figures, sources, presets }))
}

/** A fresh copy of the default (as-reported) assumptions. */
export function defaultAssumptions(): Record<keyof Assumptions, number> {
  defaults ??= Object.freeze(defaultsFrom(getLedger()))
  return { ...defaults }
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

/** The ledger sources behind some figures, each once, in ledger order. */
export function sourcesOf(ids: readonly string[]): string[] {
  const wanted = new Set(ids.flatMap((id) => getLedger().figureById.get(id)?.sources ?? []))
  return getLedger().sources.filter((s) => wanted.has(s.id)).map((s) => s.id)
}
