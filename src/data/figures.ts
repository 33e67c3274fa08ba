/** The figures ledger of `seeds/`, parsed and checked once when the app starts. */
import figures from '@seeds/figures.json'
import presets from '@seeds/presets.json'
import sources from '@seeds/sources.json'
import type { AssumptionId, Assumptions } from '@/model'
import { defaultsFrom, parseLedger, presetAssumptions, type Ledger } from './ledger'
import type { Bilingual, Preset } from './schema'

export const ledger: Ledger = parseLedger({ figures, sources, presets })

const defaults: Assumptions = Object.freeze(defaultsFrom(ledger))

/** A fresh copy of the default (as-reported) assumptions. */
export function defaultAssumptions(): Record<keyof Assumptions, number> {
  return { ...defaults }
}

/** The assumptions of the preset with this id, or `undefined` if there is none. */
export function assumptionsOfPreset(id: string): Assumptions | undefined {
  const preset: Preset | undefined = ledger.presets.find((p) => p.id === id)
  return preset && presetAssumptions(ledger, preset)
}

/** The ledger's label of an assumption (a figure's, or one of the app's own choices). */
export function assumptionLabel(id: AssumptionId): Bilingual {
  const entry = ledger.figureById.get(id) ?? ledger.choices.find((c) => c.id === id)
  return entry?.label ?? { en: id, fr: id }
}

/** The ledger sources behind some figures, each once, in ledger order. */
export function sourcesOf(ids: readonly string[]): string[] {
  const wanted = new Set(ids.flatMap((id) => ledger.figureById.get(id)?.sources ?? []))
  return ledger.sources.filter((s) => wanted.has(s.id)).map((s) => s.id)
}
