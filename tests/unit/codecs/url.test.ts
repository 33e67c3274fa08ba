/** The share-link codec: round trips, and untrusted fragments that never throw. */
import { test as propTest, fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { defaultAssumptions } from '@/data/figures'
import { ASSUMPTION_IDS, ASSUMPTION_SPECS, type AssumptionId, type Assumptions } from '@/model'
import {
  MAX_LINK_LENGTH,
  decodeLink,
  encodeLink,
  isScenarioFragment,
  linkAssumptions,
  numberText,
  parseDecimal,
} from '@/codecs/url'
import { assumptionsArb } from '../model/arbitraries'

const defaults: Assumptions = defaultAssumptions()
const reasons = (fragment: string) => decodeLink(fragment).ignored.map((i) => `${i.key}:${i.reason}`)

/** Decoding anything and round trips: 10,000 runs in CI, fewer locally. */
const runs = { numRuns: process.env.CI ? 10_000 : 500 }

describe('encodeLink', () => {
  it('writes only the version at the defaults', () => {
    expect(encodeLink(defaults, defaults)).toBe('v=1')
  })

  it('writes only what differs, in base units, in the app order', () => {
    const a = { ...defaults, 'training.rentalPrice': 3, 'capex.stargateYears': 4 }
    expect(encodeLink(a, defaults)).toBe('v=1&training.rentalPrice=3&capex.stargateYears=4')
  })

  it('uses the shortest text that reads back exactly', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.30000000000000004')
    expect(numberText(593e9)).toBe('593000000000')
    expect(numberText(-0)).toBe('0')
    const a = { ...defaults, 'market.nvidiaDrop': 0.1697 }
    expect(encodeLink(a, defaults)).toBe('v=1&market.nvidiaDrop=0.1697')
  })
})

describe('decodeLink', () => {
  it('reads a link written by encodeLink back to the same assumptions', () => {
    const a = { ...defaults, 'capex.stargateYears': 4, 'workload.outputShare': 0.5 }
    const d = decodeLink(`#${encodeLink(a, defaults)}`)
    expect(d.scenario).toBe(true)
    expect(d.ignored).toEqual([])
    expect(linkAssumptions(d, defaults)).toEqual(a)
  })

  propTest.prop([assumptionsArb], runs)('round-trips any valid assumptions exactly', (a) => {
    const d = decodeLink(encodeLink(a, defaults))
    expect(d.ignored).toEqual([])
    expect(d.clamped).toEqual([])
    expect(linkAssumptions(d, defaults)).toEqual({ ...a })
  })

  it('does not treat a section link or an empty fragment as a scenario', () => {
    for (const f of ['', '#', '#sources', '#main', 'lens-api', '#V=1', '#xv=1']) {
      expect(decodeLink(f)).toMatchObject({ scenario: false, ignored: [] })
      expect(isScenarioFragment(f)).toBe(false)
    }
    expect(isScenarioFragment('#v=1')).toBe(true)
  })

  it('sets aside unknown ids, non-numbers, duplicates and malformed pairs', () => {
    const d = decodeLink('#v=1&capex.meta=70e9&nope=3&capex.meta=1&training.pue=abc&training.pue=1.5&%E0%A4%A=1&lonely&=5')
    // The first occurrence of an id counts, even when it is not a number.
    expect(d.values).toEqual({ 'capex.meta': 70e9 })
    expect(reasons('#v=1&capex.meta=70e9&nope=3&capex.meta=1&training.pue=abc&training.pue=1.5&%E0%A4%A=1&lonely&=5')).toEqual([
      'nope:unknown',
      'capex.meta:duplicate',
      'training.pue:not-a-number',
      'training.pue:duplicate',
      '%E0%A4%A:malformed',
      'lonely:malformed',
      ':unknown',
    ])
  })

  it('refuses number forms that are not plain decimals', () => {
    for (const v of ['', ' 1', '0x10', 'Infinity', '-Infinity', 'NaN', '1e400', '1,5', '1_000', '.', '+']) {
      expect(parseDecimal(v), v).toBeNull()
      expect(decodeLink(`v=1&training.pue=${encodeURIComponent(v)}`).values, v).toEqual({})
    }
    expect(parseDecimal('1e+3')).toBe(1000)
    expect(parseDecimal('.5')).toBe(0.5)
    expect(decodeLink('v=1&capex.meta=1e%2B11').values).toEqual({ 'capex.meta': 1e11 })
  })

  it('clamps out-of-range numbers and says so', () => {
    const d = decodeLink('v=1&workload.outputShare=1.7&training.clusterGpus=0&capex.meta=-5')
    expect(d.values).toEqual({ 'workload.outputShare': 1, 'training.clusterGpus': 1, 'capex.meta': 0 })
    expect(d.clamped).toEqual([
      { id: 'workload.outputShare', from: 1.7, to: 1 },
      { id: 'training.clusterGpus', from: 0, to: 1 },
      { id: 'capex.meta', from: -5, to: 0 },
    ])
    expect(d.ignored).toEqual([])
  })

  it('reads a newer version best-effort, and a broken version as the current one, with a note', () => {
    expect(decodeLink('v=2&capex.meta=1e9&future.thing=2')).toMatchObject({
      version: 2,
      values: { 'capex.meta': 1e9 },
      ignored: [{ key: 'v', reason: 'newer-version' }, { key: 'future.thing', reason: 'unknown' }],
    })
    for (const v of ['v=', 'v=abc', 'v=0', 'v=1.5', 'v=-1']) {
      const d = decodeLink(`${v}&capex.meta=1e9`)
      expect(d.version, v).toBeNull()
      expect(d.values).toEqual({ 'capex.meta': 1e9 })
      expect(d.ignored).toEqual([{ key: 'v', reason: 'bad-version' }])
    }
  })

  it('never lets a key reach Object.prototype', () => {
    const d = decodeLink('v=1&__proto__=1&constructor=2&toString=3&hasOwnProperty=4&prototype=5')
    expect(Object.keys(d.values)).toEqual([])
    expect(d.ignored.map((i) => i.reason)).toEqual(['unknown', 'unknown', 'unknown', 'unknown', 'unknown'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(d.values)).toBeNull()
  })

  it('cuts an oversized link to its last whole pair, and says so', () => {
    const filler = Array.from({ length: 2000 }, (_, i) => `x${i}=${i}`).join('&')
    const d = decodeLink(`v=1&capex.meta=70000000000&${filler}&training.pue=1.5`)
    expect(d.values['capex.meta']).toBe(70e9)
    expect(d.values['training.pue']).toBeUndefined()
    expect(d.ignored[0]).toEqual({ key: '', reason: 'too-long' })
    // Cut in the middle of a number, the half number is dropped, never misread.
    const long = `v=1&${'a=1&'.repeat((MAX_LINK_LENGTH - 20) / 4)}capex.meta=65000000000`
    expect(long.length).toBeGreaterThan(MAX_LINK_LENGTH)
    expect(decodeLink(long).values['capex.meta']).toBeUndefined()
  })

  it('shortens very long unknown keys in its report', () => {
    const d = decodeLink(`v=1&${'k'.repeat(500)}=1`)
    expect(d.ignored[0]?.key.length).toBeLessThanOrEqual(61)
  })

  const pieces = fc.oneof(
    fc.constantFrom('v=', 'v=1', 'v=2', '&', '=', '#', '%', '%zz', '%E0%A4%A', '__proto__', 'constructor', '1e999', '-0', 'NaN'),
    fc.constantFrom(...ASSUMPTION_IDS),
    fc.double().map(String),
    fc.string({ unit: 'binary', maxLength: 12 }),
  )
  const fragments = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.array(pieces, { maxLength: 40 }).map((p) => p.join('')),
    fc.array(pieces, { maxLength: 40 }).map((p) => `v=1&${p.join('')}`),
  )

  propTest.prop([fragments], runs)('never throws, and keeps only known ids within bounds', (fragment) => {
    const d = decodeLink(fragment)
    for (const [id, v] of Object.entries(d.values)) {
      expect(ASSUMPTION_IDS).toContain(id)
      const { min, max } = ASSUMPTION_SPECS[id as AssumptionId]
      expect(Number.isFinite(v) && v >= min && v <= max).toBe(true)
    }
  })

  propTest.prop([fc.anything()], runs)('accepts anything at all without throwing', (value) => {
    expect(() => decodeLink(value)).not.toThrow()
  })
})
