/** The scenario file codec: round trips, refusals that replace nothing, and input that never throws. */
import { test as propTest, fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { assumptionSpans, defaultAssumptions } from '@/data/figures'
import { ASSUMPTION_IDS, RESULT_IDS, type Assumptions } from '@/model'
import { MAX_FILE_SIZE, encodeScenarioFile } from '@/codecs/json'
import { decodeScenarioFile } from '@/codecs/jsonRead'
import { cleanName } from '@/codecs/values'
import { assumptionsArb } from '../model/arbitraries'

const defaults: Assumptions = defaultAssumptions()
const spans = assumptionSpans()
const at = new Date('2025-02-01T10:00:00Z')

/** Decoding anything and round trips: 10,000 runs in CI, fewer locally. */
const runs = { numRuns: process.env.CI ? 10_000 : 500 }

describe('scenario files', () => {
  it('write the app, version, name, every value and the date', () => {
    const a = { ...defaults, 'capex.stargateYears': 4 }
    const file = JSON.parse(encodeScenarioFile('Four years', a, at, spans))
    expect(file).toMatchObject({ app: 'cost-gap', version: 3, name: 'Four years', exportedAt: '2025-02-01T10:00:00.000Z' })
    expect(file.values).toEqual(a)
  })

  it('write each assumption\'s range and each result with its range', () => {
    const a = { ...defaults, 'capex.stargateYears': 4 }
    const file = JSON.parse(encodeScenarioFile('Four years', a, at, spans))
    expect(Object.keys(file.ranges).sort()).toEqual([...ASSUMPTION_IDS].sort())
    expect(file.ranges['capex.stargateYears']).toEqual({ low: 4, high: 5 })
    expect(file.ranges['price.o1.output']).toEqual({ low: 60, high: 60 })
    expect(Object.keys(file.results).sort()).toEqual([...RESULT_IDS].sort())
    expect(file.results['capex.stargatePerYear']).toEqual({ value: 125e9, low: 20e9, high: 125e9 })
    // "No ratio" stays null, as in the app.
    const free = JSON.parse(encodeScenarioFile('Free', { ...a, 'price.r1.input': 0, 'price.r1.cachedInput': 0, 'price.r1.output': 0 }, at, spans))
    expect(free.results['claim.o1']).toBeNull()
  })

  it('read the files of version 1, written before ranges, as before', () => {
    const old = JSON.stringify({ app: 'cost-gap', version: 1, name: 'Old', values: { ...defaults, 'capex.meta': 60e9 }, exportedAt: at.toISOString() })
    const r = decodeScenarioFile(old, defaults, 'f')
    expect(r).toMatchObject({ ok: true, name: 'Old', newer: false, adjusted: false })
    if (r.ok) expect(r.values['capex.meta']).toBe(60e9)
  })

  // A valid scenario's name is one the app keeps: trimmed, one line, not blank (see cleanName).
  const names = fc.string({ minLength: 1, maxLength: 60 }).map(cleanName).filter((n) => n !== '')
  propTest.prop([assumptionsArb, names], runs)('read back what they wrote', (a, name) => {
    const r = decodeScenarioFile(encodeScenarioFile(name, a, at, spans), defaults, 'fallback')
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.name).toBe(name)
      expect(r.values).toEqual({ ...a })
      expect(r.adjusted).toBe(false)
      expect(r.newer).toBe(false)
    }
  })

  it('fill missing values with the defaults and correct the rest, saying so', () => {
    const r = decodeScenarioFile(
      JSON.stringify({ app: 'cost-gap', version: 1, name: ' ', values: { 'workload.outputShare': 4, 'capex.meta': 1e9, 'x.y': 2 } }),
      defaults,
      'my-file',
    )
    expect(r).toMatchObject({ ok: true, name: 'my-file', adjusted: true })
    if (r.ok) expect(r.values).toEqual({ ...defaults, 'workload.outputShare': 1, 'capex.meta': 1e9 })
  })

  it('read a newer version best-effort', () => {
    const r = decodeScenarioFile(JSON.stringify({ app: 'cost-gap', version: 4, name: 'N', values: { 'capex.meta': 1e9 }, extra: [] }), defaults, 'f')
    expect(r).toMatchObject({ ok: true, newer: true })
  })

  it('refuse what is not a scenario file, with a reason', () => {
    const cases: Array<[unknown, string]> = [
      ['not json at all', 'not-json'],
      ['', 'not-json'],
      [42, 'not-json'],
      ['{"app":"other","version":1,"name":"x","values":{}}', 'not-a-scenario'],
      ['[1,2,3]', 'not-a-scenario'],
      ['{"app":"cost-gap","version":0,"name":"x","values":{}}', 'not-a-scenario'],
      ['{"app":"cost-gap","version":1,"name":"x"}', 'invalid'],
      ['{"app":"cost-gap","version":1,"name":"x","values":{"capex.meta":"1e9"}}', 'invalid'],
      ['{"app":"cost-gap","version":1,"name":"x","values":{"nothing.known":1}}', 'invalid'],
      ['{"app":"cost-gap","version":1,"name":"x","values":{}}', 'invalid'],
      [' '.repeat(MAX_FILE_SIZE + 1), 'too-large'],
    ]
    for (const [text, error] of cases) expect(decodeScenarioFile(text, defaults, 'f'), String(text).slice(0, 40)).toEqual({ ok: false, error })
  })

  it('accept a byte-order mark', () => {
    expect(decodeScenarioFile(`\uFEFF${encodeScenarioFile('B', defaults, at, spans)}`, defaults, 'f').ok).toBe(true)
  })

  propTest.prop([fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.anything())], runs)('never throw', (text) => {
    expect(() => decodeScenarioFile(text, defaults, 'f')).not.toThrow()
  })
})
