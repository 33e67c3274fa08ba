/**
 * The ledger's core: what the browser gets of it, and what the app derives from it (the defaults, the
 * presets' values). No zod here: the core was checked when the app was built (ledger.ts, vite.config.ts).
 * Relative imports only: vite.config.ts imports this file.
 */
import { ASSUMPTION_IDS, isAssumptionId, type AssumptionId, type Assumptions, type PriceHistory, type Span, type Spans } from '../model/index.ts'
import type { Ledger } from './ledger.ts'
import type { CoreChoice, CoreFigure, CoreRange, Preset, Range } from './schema.ts'

/**
 * What the app's islands need of the ledger: every figure's value, unit, label, sources, date, confidence,
 * flag, claim id and its range (its two ends and sources), the app's own choices, the order of the sources
 * and the presets. The prose (notes, the articles' wording, how a claim is computed) and the sources
 * themselves (titles, publishers, addresses) are rendered into the prerendered page, not shipped to the
 * browser at start: the sources table and an export's footer read them from the whole ledger (full.ts).
 */
export interface CoreLedgerData {
  readonly figures: readonly CoreFigure[]
  readonly choices: readonly CoreChoice[]
  /** The ids of the sources the figures cite, in ledger order (what `sourcesOf` sorts by). */
  readonly sourceIds: readonly string[]
  readonly presets: readonly Preset[]
  /** The dated list prices (seeds/prices.json), checked. */
  readonly history: PriceHistory
}

/** The ledger as the islands read it, indexed. */
export interface CoreLedger extends CoreLedgerData {
  readonly figureById: ReadonlyMap<string, CoreFigure>
  /** Headline claims, in ledger order. */
  readonly claims: readonly CoreFigure[]
}

/** A range's two ends, and its sources where it has them (its reason stays in the page). */
function coreRange(range: Range): CoreRange {
  return { low: range.low, high: range.high, ...('sources' in range ? { sources: range.sources } : {}) }
}

/** The core of a parsed ledger, as plain data: what the browser gets (see {@link CoreLedgerData}). */
export function coreOf(ledger: Ledger): CoreLedgerData {
  const cited = new Set(ledger.figures.flatMap((f) => [...f.sources, ...(f.range && 'sources' in f.range ? f.range.sources : [])]))
  for (const c of ledger.choices) for (const s of c.range && 'sources' in c.range ? c.range.sources : []) cited.add(s)
  return {
    figures: ledger.figures.map((f): CoreFigure => ({
      id: f.id,
      value: f.value,
      unit: f.unit,
      label: f.label,
      ...(f.primary === undefined ? {} : { primary: f.primary }),
      sources: f.sources,
      date: f.date,
      confidence: f.confidence,
      flag: f.flag,
      ...(f.claim ? { claim: { checkedBy: f.claim.checkedBy } } : {}),
      ...(f.range ? { range: coreRange(f.range) } : {}),
    })),
    choices: ledger.choices.map((c): CoreChoice => ({
      id: c.id,
      value: c.value,
      unit: c.unit,
      label: c.label,
      ...(c.range ? { range: coreRange(c.range) } : {}),
    })),
    // The sources the figures cite, by id: those of the dated price records are in the sources table (full.ts).
    sourceIds: ledger.sources.filter((s) => cited.has(s.id)).map((s) => s.id),
    presets: ledger.presets,
    // The dated prices without their sources and confidences (the page's sources table lists them).
    history: {
      ...ledger.history,
      endpoints: ledger.history.endpoints.map((e) => ({
        id: e.id,
        vendor: e.vendor,
        records: e.records.map((r) => ({
          from: r.from, to: r.to, model: r.model, input: r.input, cachedInput: r.cachedInput, output: r.output,
          ...(r.offPeak ? { offPeak: r.offPeak } : {}),
        })),
        ...(e.retired ? { retired: { at: e.retired.at } } : {}),
      })),
    },
  }
}

/** Indexes the core of a ledger. */
export function indexCore(data: CoreLedgerData): CoreLedger {
  return {
    ...data,
    figureById: new Map(data.figures.map((x) => [x.id, x])),
    claims: data.figures.filter((x) => x.claim !== undefined),
  }
}

/** The defaults: every assumption at its figure's value as reported (or the app's own choice). */
export function defaultsFrom(ledger: CoreLedger): Assumptions {
  return Object.fromEntries(
    ASSUMPTION_IDS.map((id) => [id, (ledger.figureById.get(id) ?? ledger.choices.find((c) => c.id === id))?.value ?? NaN]),
  ) as Record<AssumptionId, number>
}

/** Each assumption's range, as the ledger gives it (low and high, in base units). */
export function spansFrom(ledger: CoreLedger): Spans {
  const spans: Partial<Record<AssumptionId, Span>> = {}
  for (const id of ASSUMPTION_IDS) {
    const range = (ledger.figureById.get(id) ?? ledger.choices.find((c) => c.id === id))?.range
    if (range) spans[id] = { low: range.low, high: range.high }
  }
  return spans
}

/** The assumptions a preset stands for. */
export function presetAssumptions(ledger: CoreLedger, preset: Preset): Assumptions {
  const values: Record<AssumptionId, number> = { ...defaultsFrom(ledger) }
  if (preset.base === 'primary') {
    for (const id of ASSUMPTION_IDS) {
      const primary = ledger.figureById.get(id)?.primary
      if (primary !== undefined) values[id] = primary
    }
  }
  for (const [id, figureId] of Object.entries(preset.values)) {
    const fig = ledger.figureById.get(figureId)
    if (isAssumptionId(id) && fig) values[id] = fig.value
  }
  return values
}
