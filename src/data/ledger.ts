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
  RESULT_IDS,
  isAssumptionId,
  type AssumptionId,
} from '../model/index.ts'
import {
  FiguresFile,
  PresetsFile,
  SourcesFile,
  type Article,
  type Choice,
  type Figure,
  type Preset,
  type Range,
  type Source,
} from './schema.ts'

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

/** Parses and cross-checks the three ledger files. Throws a {@link LedgerError} listing every problem. */
export function parseLedger(raw: RawLedger): Ledger {
  const f = FiguresFile.safeParse(raw.figures)
  const s = SourcesFile.safeParse(raw.sources)
  const p = PresetsFile.safeParse(raw.presets)
  if (!f.success || !s.success || !p.success) {
    throw new LedgerError([
      ...(f.success ? [] : issues('figures.json', f.error)),
      ...(s.success ? [] : issues('sources.json', s.error)),
      ...(p.success ? [] : issues('presets.json', p.error)),
    ])
  }
  const { figures, choices } = f.data
  const { sources, articles } = s.data
  const { presets } = p.data
  const problems: string[] = []

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
  }
}
