/** The figures ledger: it parses, every figure is sourced, and any malformed edit is caught. */
import { describe, expect, it } from 'vitest'
import figures from '@seeds/figures.json'
import presets from '@seeds/presets.json'
import sources from '@seeds/sources.json'
import { coreOf } from '@/data/core'
import { LedgerError, parseLedger, type RawLedger } from '@/data/ledger'
import { defaultAssumptions, getLedger } from '@/data/figures'
import { getFullLedger } from '@/data/full'
import { ASSUMPTION_IDS, isValidAssumptions } from '@/model'

const ledger = getFullLedger()

const raw: RawLedger = { figures, sources, presets }
type Json = Record<string, unknown>
const clone = <T>(x: T): T => structuredClone(x)

/** A copy of the ledger with `edit` applied to the first figure (or to the whole files). */
function broken(edit: (files: { figures: { figures: Json[]; choices: Json[] }; sources: { sources: Json[]; articles: Json[] }; presets: { presets: Json[] } }) => void): RawLedger {
  const files = clone(raw) as never
  edit(files)
  return files
}

function problemsOf(r: RawLedger): string {
  try {
    parseLedger(r)
    return ''
  } catch (e) {
    expect(e).toBeInstanceOf(LedgerError)
    return (e as LedgerError).problems.join('\n')
  }
}

describe('the ledger in seeds/', () => {
  it('parses and cross-checks without a problem', () => {
    expect(problemsOf(raw)).toBe('')
  })

  it('cites at least one known https source for every figure', () => {
    for (const f of ledger.figures) {
      expect(f.sources.length, f.id).toBeGreaterThan(0)
      for (const id of f.sources) expect(ledger.sourceById.get(id)?.url, `${f.id} → ${id}`).toMatch(/^https:\/\//)
    }
  })

  it('gives every assumption a default within its bounds', () => {
    const d = defaultAssumptions()
    expect(Object.keys(d).sort()).toEqual([...ASSUMPTION_IDS].sort())
    expect(isValidAssumptions(d)).toBe(true)
  })

  it('has the four presets of the spec, each with a summary in both languages', () => {
    expect(ledger.presets.map((p) => p.id)).toEqual(['as-reported', 'primary-sources', 'skeptic', 'after-price-cut'])
    for (const p of ledger.presets) expect(p.summary.en && p.summary.fr).toBeTruthy()
  })

  it('flags each headline claim and links it to a model quantity', () => {
    expect(ledger.claims.length).toBeGreaterThanOrEqual(10)
    const byId = new Map(ledger.claims.map((c) => [c.id, c]))
    expect(byId.get('claim.o1mini')?.flag).toBe('rounded')
    expect(byId.get('claim.r1TrainingCost')?.flag).toBe('misattributed')
    expect(byId.get('claim.o1TrainingCost')?.flag).toBe('unsourced')
    expect(byId.get('claim.stargate')?.flag).toBe('wrong')
    for (const c of ledger.claims) expect(c.asReported, c.id).toBeDefined()
  })
})

describe('the core the browser gets', () => {
  it('is the parsed ledger without its prose', () => {
    const core = getLedger()
    expect(core.figures.map((f) => f.id)).toEqual(ledger.figures.map((f) => f.id))
    for (const f of core.figures) {
      const full = ledger.figureById.get(f.id)!
      expect(f).toEqual(expect.objectContaining({ value: full.value, unit: full.unit, label: full.label, sources: full.sources, flag: full.flag }))
      expect(f).not.toHaveProperty('note')
      expect(f).not.toHaveProperty('asReported')
      expect(f.claim).toEqual(full.claim && { checkedBy: full.claim.checkedBy })
    }
    expect(core.presets).toEqual(ledger.presets)
    expect(core.sources).toEqual(ledger.sources)
    expect(coreOf(ledger)).toEqual({ figures: core.figures, choices: core.choices, sources: core.sources, presets: core.presets })
  })
})

describe('a malformed ledger is refused', () => {
  it.each<[string, Parameters<typeof broken>[0], RegExp]>([
    ['a figure without sources', (f) => { f.figures.figures[0]!.sources = [] }, /figures\.json: figures\.0\.sources/],
    ['a figure without a value', (f) => { delete f.figures.figures[0]!.value }, /figures\.0\.value/],
    ['a value that is not a number', (f) => { f.figures.figures[0]!.value = '2.19' }, /figures\.0\.value/],
    ['an unknown flag', (f) => { f.figures.figures[0]!.flag = 'fishy' }, /figures\.0\.flag/],
    ['a label missing its French', (f) => { f.figures.figures[0]!.label = { en: 'x' } }, /figures\.0\.label\.fr/],
    ['an unknown key', (f) => { f.figures.figures[0]!.colour = 'red' }, /figures\.0/],
    ['a bad date', (f) => { f.figures.figures[0]!.date = '27/01/2025' }, /figures\.0\.date/],
    ['a source that is not https', (f) => { f.sources.sources[0]!.url = 'http://example.com' }, /sources\.0\.url/],
    ['a source without a publisher', (f) => { delete f.sources.sources[0]!.publisher }, /sources\.0\.publisher/],
    ['a citation of an unknown source', (f) => { f.figures.figures[0]!.sources = ['nowhere'] }, /unknown source "nowhere"/],
    ['a duplicate figure id', (f) => { f.figures.figures.push(clone(f.figures.figures[0]!)) }, /used twice/],
    ['an assumption without a default', (f) => { f.figures.figures = f.figures.figures.filter((x) => x.id !== 'capex.meta') }, /"capex\.meta" has no default/],
    ['a default outside its bounds', (f) => { f.figures.figures.find((x) => x.id === 'training.pue')!.value = 0.5 }, /"training\.pue": 0\.5 is outside/],
    ['a preset naming a missing figure', (f) => { f.presets.presets[0]!.values = { 'capex.meta': 'nope' } }, /unknown figure "nope"/],
    ['a preset setting an unknown assumption', (f) => { f.presets.presets[0]!.values = { 'capex.moon': 'capex.meta' } }, /unknown assumption "capex\.moon"/],
    ['a claim checked by nothing in the model', (f) => { f.figures.figures.find((x) => x.claim)!.claim = { checkedBy: 'claim.nothing', basis: { en: 'a', fr: 'b' } } }, /unknown model id "claim\.nothing"/],
  ])('%s', (_name, edit, expected) => {
    expect(problemsOf(broken(edit))).toMatch(expected)
  })
})
