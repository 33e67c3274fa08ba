/** The figures ledger of `seeds/`, parsed and checked once when the app starts. */
import figures from '@seeds/figures.json'
import presets from '@seeds/presets.json'
import sources from '@seeds/sources.json'
import type { Assumptions } from '@/model'
import { defaultsFrom, parseLedger, presetAssumptions, type Ledger } from './ledger'
import type { Preset } from './schema'

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
