/** The figures ledger: it parses, every figure is sourced, and any malformed edit is caught. */
import { describe, expect, it } from 'vitest'
import figures from '@seeds/figures.json'
import presets from '@seeds/presets.json'
import prices from '@seeds/prices.json'
import sources from '@seeds/sources.json'
import { coreOf } from '@/data/core'
import { LedgerError, parseLedger, type RawLedger } from '@/data/ledger'
import { assumptionSpans, defaultAssumptions, getLedger } from '@/data/figures'
import { getFullLedger } from '@/data/full'
import { ASSUMPTION_IDS, ASSUMPTION_SPECS, isValidAssumptions } from '@/model'

const ledger = getFullLedger()

const raw: RawLedger = { figures, sources, presets, prices }
type Json = Record<string, unknown>
const clone = <T>(x: T): T => structuredClone(x)

/** A copy of the ledger with `edit` applied to the first figure (or to the whole files). */
interface PricesJson { start: string; lastConfirmed: string; endpoints: (Json & { id: string; records: Json[] })[]; roles: Record<string, Json[]> }
function broken(edit: (files: { figures: { figures: Json[]; choices: Json[] }; sources: { sources: Json[]; articles: Json[] }; presets: { presets: Json[] }; prices: PricesJson }) => void): RawLedger {
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

  it('gives every assumption a range that holds its default and its primary value, within its slider', () => {
    const spans = assumptionSpans()
    const d = defaultAssumptions()
    for (const id of ASSUMPTION_IDS) {
      const entry = ledger.figureById.get(id) ?? ledger.choices.find((c) => c.id === id)
      const range = entry?.range
      expect(range, id).toBeDefined()
      expect(spans[id], id).toEqual({ low: range!.low, high: range!.high })
      const { min, max } = ASSUMPTION_SPECS[id]
      expect(min <= range!.low && range!.low <= d[id] && d[id] <= range!.high && range!.high <= max, id).toBe(true)
      const primary = ledger.figureById.get(id)?.primary
      if (primary !== undefined) expect(range!.low <= primary && primary <= range!.high, id).toBe(true)
      // Sourced, or with its reason in both languages.
      if ('sources' in range!) expect(range.sources.length, id).toBeGreaterThan(0)
      else expect(range!.reason.en && range!.reason.fr, id).toBeTruthy()
    }
  })

  it('takes the ranges of the fleet, rental, capex, market, PUE and amortisation figures from their sources', () => {
    const range = (id: string) => ledger.figureById.get(id)?.range
    expect(range('fleet.gpuUnitPrice')).toMatchObject({ low: 25_000, high: 40_000 })
    expect(range('training.rentalPrice')).toMatchObject({ low: 2, high: 4.916 })
    expect(range('capex.meta')).toMatchObject({ low: 60e9, high: 65e9 })
    expect(range('capex.amazon')).toMatchObject({ low: 75e9, high: 105e9 })
    expect(range('market.nvidiaLoss')).toMatchObject({ low: 589e9, high: 600e9 })
    expect(range('capex.stargateYears')).toMatchObject({ low: 4, high: 5 })
    expect(range('training.pue')).toMatchObject({ low: 1.1, high: 1.56 })
    expect(range('training.amortizationYears')).toMatchObject({ low: 4, high: 6 })
  })

  it('has the four presets (as reported, primary sources, skeptic, after the price cut), each with a summary in both languages', () => {
    expect(ledger.presets.map((p) => p.id)).toEqual(['as-reported', 'primary-sources', 'skeptic', 'after-price-cut'])
    for (const p of ledger.presets) expect(p.summary.en && p.summary.fr).toBeTruthy()
  })

  it('describes the two articles in our own words with the month they appeared, and names no file outside the repo', () => {
    expect(ledger.articles.map((a) => [a.id, a.date])).toEqual([['article-spoutnik', '2025-01'], ['article-nasdaq', '2025-01']])
    for (const a of ledger.articles) expect(a.name.en && a.name.fr && a.description.en && a.description.fr).toBeTruthy()
    expect(problemsOf(broken((f) => { f.sources.articles[0]!.file = 'elsewhere/article.txt' }))).toBe('sources.json: articles.0: Invalid input')
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
      // A range's two ends and its sources, without its reason.
      expect(f.range).toEqual(full.range && { low: full.range.low, high: full.range.high, ...('sources' in full.range ? { sources: full.range.sources } : {}) })
    }
    for (const c of core.choices) expect(c).not.toHaveProperty('range.reason')
    expect(core.presets).toEqual(ledger.presets)
    // The ids of the sources the figures cite, none missing, in ledger order; the sources themselves (titles,
    // addresses) and the price records' own are in the whole ledger only.
    const cited = new Set(ledger.figures.flatMap((f) => [...f.sources, ...(f.range && 'sources' in f.range ? f.range.sources : [])]))
    expect(core.sourceIds).toEqual(ledger.sources.filter((s) => cited.has(s.id)).map((s) => s.id))
    expect(core).not.toHaveProperty('sources')
    // The dated prices, without their sources and confidences.
    expect(core.history.endpoints.map((e) => e.records.map(({ from, to, output }) => ({ from, to, output }))))
      .toEqual(ledger.history.endpoints.map((e) => e.records.map(({ from, to, output }) => ({ from, to, output }))))
    expect(core.history.endpoints.flatMap((e) => e.records).some((r) => 'sources' in r)).toBe(false)
    expect(coreOf(ledger)).toEqual({ figures: core.figures, choices: core.choices, sourceIds: core.sourceIds, presets: core.presets, history: core.history })
  })
})

describe('a malformed ledger is refused', () => {
  it.each<[string, Parameters<typeof broken>[0], RegExp]>([
    ['a figure without sources', (f) => { f.figures.figures[0]!.sources = [] }, /figures\.json: figures\.0\.sources/],
    ['a figure without a value', (f) => { delete f.figures.figures.find((x) => x.id === 'capex.meta')!.value }, /"capex\.meta" has no value/],
    ['a price figure without its record', (f) => { delete f.figures.figures[0]!.price }, /"price\.r1\.input" has no value/],
    ['a price typed twice', (f) => { f.figures.figures[0]!.value = 0.55 }, /"price\.r1\.input" types its value and takes it from a price record/],
    ['a price assumption read at another date', (f) => { (f.figures.figures[0]!.price as Json).at = '2025-10-01' }, /"price\.r1\.input" must be the input price of the endpoint its slot stands for on 2025-01-27/],
    ['a price from an endpoint that had none then', (f) => { (f.figures.figures[0]!.price as Json).at = '2024-12-20' }, /deepseek-reasoner has no input price on 2024-12-20/],
    ['a single-point range on a typed figure', (f) => { f.figures.figures.find((x) => x.id === 'training.pue')!.range = { reason: { en: 'a', fr: 'b' } } }, /"training\.pue": only a dated price's range/],
    ['overlapping price periods', (f) => { f.prices.endpoints[0]!.records[0]!.to = '2025-03-01' }, /deepseek-reasoner, period 1 overlaps the next one/],
    ['a price period still open before another', (f) => { f.prices.endpoints.find((e) => e.id === 'o1-mini')!.records[0]!.to = null }, /o1-mini, period 1 overlaps the next one/],
    ['an unsourced price period', (f) => { f.prices.endpoints[0]!.records[1]!.sources = [] }, /prices\.json: endpoints\.0\.records\.1\.sources/],
    ['a price period citing an unknown source', (f) => { f.prices.endpoints[0]!.records[1]!.sources = ['nowhere'] }, /deepseek-reasoner, period 2 cites unknown source "nowhere"/],
    ['a price period ending before it starts', (f) => { f.prices.endpoints.find((e) => e.id === 'o3')!.records[0]!.to = '2025-04-01' }, /o3, period 1 ends before it starts/],
    ['an impossible day', (f) => { f.prices.endpoints.find((e) => e.id === 'o3')!.records[0]!.from = '2025-02-30' }, /"2025-02-30" is no date/],
    ['a price without a confidence', (f) => { delete f.prices.endpoints[0]!.records[0]!.confidence }, /records\.0\.confidence/],
    ['a slot filled by the other vendor', (f) => { f.prices.roles.o1![1] = { endpoint: 'deepseek-chat', from: '2025-04-16' } }, /slot "o1", successor 2: "deepseek-chat" is not openai's/],
    ['a successor without a price on its date', (f) => { f.prices.roles.o1![1] = { endpoint: 'o3', from: '2025-03-01' } }, /"o3" has no price on 2025-03-01/],
    ['a slider mark on a day without a price change', (f) => { (f.prices as unknown as Json).marks = ['2025-03-01'] }, /mark 2025-03-01 is no day of a price change/],
    ['a slot without endpoints', (f) => { f.prices.roles.gpt4o = [] }, /roles\.gpt4o/],
    ['a retirement before the last period', (f) => { (f.prices.endpoints.find((e) => e.id === 'o3') as Json).retired = { at: '2025-05-01', sources: ['open-chat-studio-3643'], confidence: 'high' } }, /o3 retires before its last period starts/],
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
    ['an assumption without a range', (f) => { delete f.figures.figures.find((x) => x.id === 'training.pue')!.range }, /"training\.pue" has no range/],
    ['a range that does not hold its default', (f) => { f.figures.figures.find((x) => x.id === 'training.pue')!.range = { low: 1.3, high: 1.5, sources: ['epoch-cottier'] } }, /"training\.pue": 1\.25 is outside its range/],
    ['a range upside down', (f) => { f.figures.figures.find((x) => x.id === 'capex.meta')!.range = { low: 65e9, high: 60e9, sources: ['meta-q4-2024'] } }, /"capex\.meta": its range runs from/],
    ['a range past the slider\'s bounds', (f) => { f.figures.choices.find((x) => x.id === 'workload.outputShare')!.range = { low: 0.1, high: 1.5, reason: { en: 'a', fr: 'b' } } }, /"workload\.outputShare": its range 0\.1 to 1\.5 leaves the slider/],
    ['a range citing an unknown source', (f) => { f.figures.figures.find((x) => x.id === 'capex.meta')!.range = { low: 60e9, high: 65e9, sources: ['nowhere'] } }, /range of "capex\.meta" cites unknown source "nowhere"/],
    ['a range with both sources and a reason', (f) => { f.figures.figures.find((x) => x.id === 'capex.meta')!.range = { low: 60e9, high: 65e9, sources: ['meta-q4-2024'], reason: { en: 'a', fr: 'b' } } }, /figures\.\d+\.range/],
    ['a claim checked by nothing in the model', (f) => { f.figures.figures.find((x) => x.claim)!.claim = { checkedBy: 'claim.nothing', basis: { en: 'a', fr: 'b' } } }, /unknown model id "claim\.nothing"/],
  ])('%s', (_name, edit, expected) => {
    expect(problemsOf(broken(edit))).toMatch(expected)
  })
})
