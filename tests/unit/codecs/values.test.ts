/** A scenario's values, date and name, checked field by field (saved scenarios and files share these). */
import { describe, expect, it } from 'vitest'
import { defaultAssumptions } from '@/data/figures'
import { DEFAULT_AS_OF, type Assumptions } from '@/model'
import { DEFAULT_DATING } from '@/codecs/url'
import { MAX_NAME_LENGTH, checkDating, checkValues, cleanName, datingFields } from '@/codecs/values'

const defaults: Assumptions = defaultAssumptions()

describe('checkValues', () => {
  it('keeps valid values as they are, filling the missing ones with the defaults', () => {
    expect(checkValues({ 'capex.stargateYears': 4 }, defaults)).toEqual({ values: { ...defaults, 'capex.stargateYears': 4 }, adjusted: false })
  })

  it('clamps, drops unknown ids, and says it adjusted them', () => {
    expect(checkValues({ 'workload.outputShare': 3 }, defaults)).toEqual({ values: { ...defaults, 'workload.outputShare': 1 }, adjusted: true })
    expect(checkValues({ 'no.such': 1 }, defaults)).toEqual({ values: defaults, adjusted: true })
  })

  it('refuses a known id that holds anything but a finite number', () => {
    for (const bad of ['4', null, Number.NaN, Number.POSITIVE_INFINITY, {}]) expect(checkValues({ 'capex.stargateYears': bad }, defaults)).toBeNull()
    // JSON reads 1e999 as Infinity.
    expect(checkValues(JSON.parse('{"capex.meta":1e999}') as Record<string, unknown>, defaults)).toBeNull()
  })

  it('keeps values at their bounds as they are, and reads -0 as 0 without calling it adjusted', () => {
    const r = checkValues(JSON.parse('{"workload.outputShare":-0,"capex.stargateYears":4}') as Record<string, unknown>, defaults)!
    expect(Object.is(r.values['workload.outputShare'], 0)).toBe(true)
    expect(r.adjusted).toBe(false)
    expect(checkValues({ 'workload.outputShare': 1 }, defaults)).toEqual({ values: { ...defaults, 'workload.outputShare': 1 }, adjusted: false })
    expect(checkValues({ 'workload.outputShare': -0.5 }, defaults)).toEqual({ values: { ...defaults, 'workload.outputShare': 0 }, adjusted: true })
  })

  it('ignores keys that try to reach Object.prototype, and calls them dropped', () => {
    const r = checkValues(JSON.parse('{"__proto__":{"capex.meta":1},"constructor":2}') as Record<string, unknown>, defaults)!
    expect(r).toEqual({ values: defaults, adjusted: true })
  })
})

describe('checkDating and datingFields', () => {
  it('read a date and picks back from what they wrote, and write nothing for the defaults', () => {
    const dating = { asOf: '2025-06-01', picks: { r1: 'deepseek-r1' } }
    const fields = datingFields(dating)
    expect(fields).toEqual({ asOf: '2025-06-01', endpoints: { r1: 'deepseek-r1' } })
    expect(checkDating(fields.asOf, fields.endpoints)).toEqual(dating)
    expect(datingFields(DEFAULT_DATING)).toEqual({})
    expect(checkDating(undefined, undefined)).toBe(DEFAULT_DATING)
  })

  it('drop what cannot be read', () => {
    expect(checkDating('2025-02-30', { r1: 'Not An Id!', nope: 'x' })).toBe(DEFAULT_DATING)
    expect(checkDating(DEFAULT_AS_OF, [])).toBe(DEFAULT_DATING)
  })
})

describe('cleanName', () => {
  it('trims, folds whitespace to single spaces and caps the length', () => {
    expect(cleanName('  a \n\t b  ')).toBe('a b')
    expect(cleanName('x'.repeat(500))).toHaveLength(MAX_NAME_LENGTH)
    expect(cleanName('😀'.repeat(200))).toBe('😀'.repeat(MAX_NAME_LENGTH))
  })
})
