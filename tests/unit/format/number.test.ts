import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NO_VALUE, formatValue, type Locale, type ValueKind } from '@/format/number'

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('formatValue', () => {
  it.each<[number, ValueKind, Locale, string]>([
    [96, 'usd', 'en', '$96'],
    [17.5, 'usd', 'en', '$17.50'],
    [2625, 'usd', 'en', '$2,625'],
    [5_576_000, 'usd', 'en', '$5.58M'],
    [500e9, 'usd', 'en', '$500B'],
    [5_576_000, 'usd', 'fr', '5,58 M $'],
    [500e9, 'usd', 'fr', '500 Md $'],
    [2.19, 'usdPerMTok', 'en', '$2.19'],
    [0.014, 'usdPerMTok', 'en', '$0.014'],
    [27.397, 'multiple', 'en', '27.4×'],
    [27.397, 'multiple', 'fr', '27,4×'],
    [57_389.3, 'count', 'en', '57,389'],
    [0.1697, 'share', 'en', '16.97%'],
    [0.1697, 'share', 'fr', '16,97 %'],
    [56.72, 'days', 'en', '56.7 days'],
    [4_683_840, 'kwh', 'en', '4.68 GWh'],
  ])('%d as %s in %s is %s', (value, kind, locale, expected) => {
    expect(nbsp(formatValue(value, kind, locale))).toBe(expected)
  })

  it('shows "—" for no ratio and for anything not finite', () => {
    for (const v of [null, undefined, NaN, Infinity, -Infinity]) expect(formatValue(v, 'multiple', 'en')).toBe(NO_VALUE)
  })

  it('shows a tiny non-zero cost as "< $0.01", never "$0.00"', () => {
    expect(formatValue(0.004, 'usd', 'en')).toBe('< $0.01')
    expect(formatValue(0, 'usd', 'en')).toBe('$0')
  })

  it('never prints NaN, Infinity, -0 or an exponent, whatever the number', () => {
    const kinds: ValueKind[] = ['usd', 'usdPerMTok', 'multiple', 'share', 'count', 'decimal', 'days', 'years', 'kwh']
    fc.assert(
      fc.property(fc.double({ min: -0, max: 1e30 }), fc.constantFrom(...kinds), fc.constantFrom<Locale>('en', 'fr'), (v, kind, locale) => {
        const s = formatValue(v, kind, locale)
        return !/NaN|Infinity|∞|e[+-]?\d|E\d/.test(s) && !/^-0|-\$?0([.,]0+)?\D*$/.test(s) && !s.includes('-0')
      }),
      { numRuns: 2_000 },
    )
  })
})
