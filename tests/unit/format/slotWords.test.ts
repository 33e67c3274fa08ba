/** Slots are named by the endpoint in force on the prices' date, wherever they are labelled; the default date reads as it always did. */
import { describe, expect, it } from 'vitest'
import { apiCostsTable, apiMultiplesTable, sensitivityTable, type TableContext } from '@/charts/tables'
import { assumptionLabel, assumptionSpans, datedDefaults, defaultAssumptions, getLedger } from '@/data/figures'
import { slotOfAssumption, slotWords, type SlotWords } from '@/format/slotWords'
import { slotWordsOn } from '@/composables/useSlotWords'
import type { Locale } from '@/format/number'
import {
  DEFAULT_AS_OF,
  MODEL_IDS,
  computeResults,
  computeSpread,
  dayEnd,
  historyRecords,
  isAssumptionId,
  recordsAt,
  slotAsReported,
  slotNamesAt,
  stretchedSpan,
  type Picks,
} from '@/model'
import { i18nFor } from '../helpers'

const h = getLedger().history
const at = (day: string) => dayEnd(day)!

function wordsOn(asOf: string, lang: Locale, picks: Picks = {}): SlotWords {
  const { t } = i18nFor(lang).global
  return slotWordsOn(asOf, picks, lang, (k, p) => (p ? t(k, p) : t(k)), (id) => assumptionLabel(id)[lang])
}

describe('which slots read as reported', () => {
  it('every slot on 27 January 2025, and on the days after while no price or name changed', () => {
    for (const day of [DEFAULT_AS_OF, '2025-01-28']) expect(slotNamesAt(h, at(day), {})).toEqual({ r1: null, v3: null, o1: null, o1mini: null, gpt4o: null })
  })

  it('a slot filled by another endpoint, or by the same one at other prices, is named by it', () => {
    expect(slotNamesAt(h, at('2025-07-01'), {})).toMatchObject({ o1: 'o3', o1mini: 'o4-mini', gpt4o: null })
    // V3's promotional prices ended on 8 February 2025: same endpoint and name, no longer the January words.
    expect(slotAsReported(h, 'v3', at('2025-02-10'))).toBe(false)
    expect(slotNamesAt(h, at('2025-10-01'), {})).toMatchObject({ r1: 'DeepSeek-V3.2 (thinking)', o1: 'GPT-5' })
    // A visitor's pick names the slot too; picking the January endpoint on the default date changes nothing.
    expect(slotNamesAt(h, at(DEFAULT_AS_OF), { o1: 'o1' }).o1).toBeNull()
    expect(slotNamesAt(h, at('2025-07-01'), { o1: 'o1' }).o1).toBeNull()
  })

  it('knows which assumptions belong to a slot', () => {
    expect(slotOfAssumption('price.o1.output')).toEqual({ slot: 'o1', kind: 'output' })
    expect(slotOfAssumption('workload.outputMultiplier.o1mini')).toEqual({ slot: 'o1mini', kind: 'multiplier' })
    expect(slotOfAssumption('workload.tokens')).toBeNull()
    expect(slotOfAssumption('price.o1mini.output.cut')).toBeNull()
  })
})

describe('slot words', () => {
  it('on the default date are the ledger\'s labels and the charts\' January names, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      const w = wordsOn(DEFAULT_AS_OF, lang)
      for (const m of MODEL_IDS) for (const k of ['input', 'cachedInput', 'output'] as const) {
        expect(w.label(`price.${m}.${k}`)).toBe(assumptionLabel(`price.${m}.${k}`)[lang])
      }
      expect(w.model('o1')).toBe('OpenAI o1')
    }
    expect(wordsOn(DEFAULT_AS_OF, 'en').label('price.v3.input')).toBe('V3 input price (cache miss, promotional)')
  })

  it('on 1 July 2025 name o3 and o4-mini, with French elision', () => {
    const en = wordsOn('2025-07-01', 'en')
    expect(en.label('price.o1.input')).toBe('o3 input price (cache miss)')
    expect(en.label('price.o1mini.output')).toBe('o4-mini output price')
    expect(en.label('workload.outputMultiplier.o1')).toBe('o3 output length multiplier')
    expect(en.label('price.gpt4o.output')).toBe('GPT-4o output price')
    expect(en.model('o1')).toBe('o3')
    const fr = wordsOn('2025-07-01', 'fr')
    expect(fr.label('price.o1.output')).toBe('Prix de sortie d’o3')
    expect(wordsOn('2025-10-01', 'fr').label('price.o1.output')).toBe('Prix de sortie de GPT-5')
  })

  it('are made once per date and picks, not on every call', () => {
    const w = wordsOn('2025-07-01', 'en')
    expect(wordsOn('2025-07-01', 'en')).toBe(w)
    expect(w.label('price.o1.output')).toBe(w.label('price.o1.output'))
    expect(wordsOn('2025-07-01', 'en', { o1: 'o1' })).not.toBe(w)
  })

  it('label the API charts and the sensitivity chart by the endpoints in force', () => {
    const { t } = i18nFor('en').global
    const a = datedDefaults({ asOf: '2025-07-01', picks: {} })
    const r = computeResults(a)
    const slots = wordsOn('2025-07-01', 'en')
    const history = { asOf: '2025-07-01', picks: {}, day: String, price: String }
    expect(apiCostsTable(r, (k) => t(k), undefined, { slots, history }).categories).toEqual(['DeepSeek-R1', 'DeepSeek-V3', 'o3', 'o4-mini', 'GPT-4o'])
    expect(apiMultiplesTable(r, (k) => t(k), undefined, { slots }).categories[2]).toBe('o3')
    const spread = computeSpread(a, assumptionSpans())
    const x: TableContext = {
      spread,
      range: (id) => (isAssumptionId(id) ? stretchedSpan(assumptionSpans()[id], a[id]) : spread.ranges[id]),
      message: (key, params) => t(key, params),
      label: (id) => slots.label(id),
      unit: (v) => String(v),
      result: (v) => String(v),
      history,
      slots,
    }
    const s = sensitivityTable('api', (k) => t(k), x)
    expect(s.title).toBe('What moves o3\'s bill over R1\'s')
    expect(s.categories).toContain('o3 output length multiplier')
    expect(s.categories.join(' ')).not.toMatch(/\bo1\b/)
    // On the default date, the title it always had.
    const d = defaultAssumptions()
    const dSpread = computeSpread(d, assumptionSpans())
    const atDefault = sensitivityTable('api', (k) => t(k), { ...x, spread: dSpread, slots: wordsOn(DEFAULT_AS_OF, 'en'), history: { ...history, asOf: DEFAULT_AS_OF } })
    expect(atDefault.title).toBe('What moves o1\'s bill over R1\'s')
    expect(atDefault.records).toBeUndefined()
  })

  it('a table without slot words keeps the January names', () => {
    const w = slotWords('k', { r1: null, v3: null, o1: 'o3', o1mini: null, gpt4o: null }, (k, p) => `${k}${p ? JSON.stringify(p) : ''}`, (id) => id)
    expect(w.asReported('r1')).toBe(true)
    expect(w.asReported('o1', 'r1')).toBe(false)
    expect(w.model('r1')).toBe('models.r1')
  })
})

describe('the records a chart shows', () => {
  it('on a date: one per slot in force, the picks followed', () => {
    const refs = recordsAt(h, at('2025-07-01'), {})
    expect(refs.map((r) => r.endpoint)).toEqual(['deepseek-reasoner', 'deepseek-chat', 'o3', 'o4-mini', 'gpt-4o-2024-08-06'])
    expect(refs.find((r) => r.endpoint === 'o3')?.from).toBe(Date.UTC(2025, 5, 10))
    expect(recordsAt(h, at('2025-07-01'), { o1: 'o1' }).map((r) => r.endpoint)).toContain('o1')
  })

  it('over the history: every record of the three compared slots, each once, in date order', () => {
    const refs = historyRecords(h, {})
    const keys = refs.map((r) => `${r.endpoint}@${r.from}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(refs.map((r) => r.from)).toEqual([...refs.map((r) => r.from)].sort((x, y) => x - y))
    expect(refs.map((r) => r.endpoint)).toEqual(expect.arrayContaining(['o1', 'o3', 'gpt-5', 'o1-mini', 'o3-mini', 'deepseek-reasoner']))
    expect(refs.map((r) => r.endpoint)).not.toContain('deepseek-chat')
  })
})
