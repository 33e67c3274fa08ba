/**
 * The whole ledger, prose included (notes, the articles' wording, how each claim is computed), parsed
 * with zod on first use. The prerendered page reads it, and so does the sources table, which the browser
 * builds only when a visitor comes near it; the rest of the app reads the core (`figures.ts`).
 */
import figures from '@seeds/figures.json'
import presets from '@seeds/presets.json'
import prices from '@seeds/prices.json'
import sources from '@seeds/sources.json'
import { parseLedger, type Ledger } from './ledger'

let parsed: Ledger | undefined

export function getFullLedger(): Ledger {
  return (parsed ??= parseLedger({ figures, sources, presets, prices }))
}
