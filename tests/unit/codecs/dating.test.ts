/**
 * The prices' date (`asOf`) and the endpoints picked per slot in every codec: the share link, saved
 * scenarios and scenario files. Each carries them when they are not the defaults, and everything written
 * before them (a link, a stored list, a file of version 1 or 2) reads exactly as it did: 27 January 2025.
 */
import { describe, expect, it } from 'vitest'
import { datedDefaults, defaultAssumptions } from '@/data/figures'
import { DEFAULT_AS_OF, type Assumptions } from '@/model'
import { encodeScenarioFile } from '@/codecs/json'
import { decodeScenarioFile } from '@/codecs/jsonRead'
import { writeScenarios, type SavedScenario } from '@/codecs/storage'
import { readScenarios } from '@/codecs/storageRead'
import { DEFAULT_DATING, decodeLink, encodeLink, linkAssumptions, type Dating } from '@/codecs/url'
import { checkDating } from '@/codecs/values'
import { assumptionSpans } from '@/data/figures'

const defaults: Assumptions = defaultAssumptions()
const october: Dating = { asOf: '2025-10-01', picks: { o1: 'o3' } }
const o = { newId: () => 'new', now: new Date('2026-01-01T00:00:00Z') }

describe('the share link', () => {
  it('writes the date and picks right after the version, and the prices of that date are no change', () => {
    const values = datedDefaults(october)
    expect(encodeLink(values, datedDefaults(october), october)).toBe('v=1&asOf=2025-10-01&endpoint.o1=o3')
    expect(encodeLink({ ...values, 'price.o1.output': 9 }, datedDefaults(october), october)).toBe('v=1&asOf=2025-10-01&endpoint.o1=o3&price.o1.output=9')
  })

  it('leaves both out on 27 January 2025: a link at the defaults is what it always was', () => {
    expect(encodeLink(defaults, defaults)).toBe('v=1')
    expect(encodeLink({ ...defaults, 'capex.meta': 60e9 }, defaults, DEFAULT_DATING)).toBe('v=1&capex.meta=60000000000')
  })

  it('reads them back, and reads an older link (without them) as 27 January 2025 with its values unchanged', () => {
    const d = decodeLink('#v=1&asOf=2025-10-01&endpoint.o1=o3&price.o1.output=9')
    expect(d).toMatchObject({ asOf: '2025-10-01', picks: { o1: 'o3' }, ignored: [] })
    expect(linkAssumptions(d, datedDefaults(october))['price.o1.output']).toBe(9)
    expect(linkAssumptions(d, datedDefaults(october))['price.r1.output']).toBe(0.42)
    const old = decodeLink('#v=1&capex.stargateYears=4&training.rentalPrice=3')
    expect(old).toMatchObject({ asOf: null, picks: {}, ignored: [] })
    expect(linkAssumptions(old, datedDefaults(DEFAULT_DATING))).toEqual({ ...defaults, 'capex.stargateYears': 4, 'training.rentalPrice': 3 })
  })

  it('sets aside a bad date, a repeated one, a bad endpoint id and a slot that does not exist', () => {
    const d = decodeLink('v=1&asOf=2025-02-30&asOf=2025-03-01&endpoint.o1=GPT%205!&endpoint.o9=o3')
    expect(d.ignored.map((i) => `${i.key}:${i.reason}`)).toEqual(['asOf:not-a-date', 'asOf:duplicate', 'endpoint.o1:malformed', 'endpoint.o9:unknown'])
    expect(d.asOf).toBeNull()
    expect(d.picks).toEqual({})
  })
})

describe('saved scenarios', () => {
  const base: SavedScenario = { id: 'a', name: 'A', values: defaults, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }

  it('keep the date and picks of a dated scenario, and write nothing more for one on 27 January 2025', () => {
    const text = writeScenarios([base, { ...base, id: 'b', name: 'B', dating: october }])
    expect(JSON.parse(text).scenarios[0]).not.toHaveProperty('asOf')
    expect(JSON.parse(text).scenarios[1]).toMatchObject({ asOf: '2025-10-01', endpoints: { o1: 'o3' } })
    const r = readScenarios(text, defaults, o)
    expect(r.scenarios[0]!.dating).toBeUndefined()
    expect(r.scenarios[1]!.dating).toEqual(october)
    expect(r.aside).toEqual([])
  })

  it('read a list stored before dated prices unchanged, each scenario on 27 January 2025', () => {
    const older: Record<string, number> = { ...defaults }
    delete older['workload.offPeakShare']
    const stored = JSON.stringify({ version: 1, scenarios: [{ ...base, values: { ...older, 'capex.meta': 1e9 } }] })
    const r = readScenarios(stored, defaults, o)
    expect(r).toMatchObject({ status: 'ok', aside: [] })
    expect(r.scenarios[0]!.values).toEqual({ ...defaults, 'capex.meta': 1e9 })
    expect(r.scenarios[0]!.dating).toBeUndefined()
  })

  it('read an unreadable date as the default one rather than losing the scenario', () => {
    expect(checkDating('someday', { o1: 'o3', o9: 'x', v3: 42 })).toEqual({ asOf: DEFAULT_AS_OF, picks: { o1: 'o3' } })
    expect(checkDating(undefined, undefined)).toBe(DEFAULT_DATING)
  })
})

describe('scenario files', () => {
  const at = new Date('2026-01-01T00:00:00Z')

  it('write the date and picks (version 3) and read them back', () => {
    const text = encodeScenarioFile('Autumn', datedDefaults(october), at, assumptionSpans(), october)
    expect(JSON.parse(text)).toMatchObject({ version: 3, asOf: '2025-10-01', endpoints: { o1: 'o3' } })
    const r = decodeScenarioFile(text, defaults, 'f')
    expect(r.ok && r.dating).toEqual(october)
    expect(r.ok && r.values['price.r1.output']).toBe(0.42)
  })

  it('read files of versions 1 and 2 as before, on 27 January 2025', () => {
    for (const version of [1, 2]) {
      const r = decodeScenarioFile(JSON.stringify({ app: 'cost-gap', version, name: 'Old', values: { 'capex.meta': 60e9 } }), defaults, 'f')
      expect(r).toMatchObject({ ok: true, newer: false, adjusted: false, dating: DEFAULT_DATING })
      expect(r.ok && r.values).toEqual({ ...defaults, 'capex.meta': 60e9 })
    }
  })
})
