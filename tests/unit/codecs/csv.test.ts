/** CSV of chart tables: RFC 4180, locale-neutral numbers, formula cells neutralised. */
import { test as propTest, fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import type { ChartTable } from '@/charts/types'
import { numberCell, tableToCsv, textCell } from '@/codecs/csv'

const table: ChartTable = {
  id: 'training-costs',
  title: 'Training',
  categoryLabel: 'Method',
  categories: ['Rented GPU-hours', 'Buying the cluster, "all in"', '=HYPERLINK("http://x")'],
  series: [
    { label: 'US dollars', values: [5_576_000, 61_440_000.5, null], kind: 'usd' },
    { label: '+ratio, per run', values: [0.1697, 1e-7, 2e21], kind: 'multiple' },
  ],
  sources: [],
}

/** A small RFC 4180 reader, to check the writer against. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
      i++
    } else cell += c
  }
  return rows
}

describe('tableToCsv', () => {
  it('writes a header, one row per category, raw numbers and empty cells for no value', () => {
    expect(tableToCsv(table)).toBe(
      [
        'Method,US dollars,"\'+ratio, per run"',
        'Rented GPU-hours,5576000,0.1697',
        '"Buying the cluster, ""all in""",61440000.5,0.0000001',
        `"'=HYPERLINK(""http://x"")",,2000000000000000000000`,
        '',
      ].join('\r\n'),
    )
  })

  it('writes the columns that are not drawn after the series: the ends of each range', () => {
    const withRanges: ChartTable = {
      ...table,
      series: [table.series[0]!],
      columns: [
        { label: 'Lowest in range', values: [5_576_000, 51_200_000, null], kind: 'usd' },
        { label: '-high', values: [13_705_808, 81_920_000, null], texts: ['$13.7M', '$81.9M', '—'] },
      ],
    }
    expect(parseCsv(tableToCsv(withRanges))).toEqual([
      ['Method', 'US dollars', 'Lowest in range', "'-high"],
      ['Rented GPU-hours', '5576000', '5576000', '13705808'],
      ['Buying the cluster, "all in"', '61440000.5', '51200000', '81920000'],
      ['\'=HYPERLINK("http://x")', '', '', ''],
    ])
  })

  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(textCell(`${start}1+1`).replace(/^"/, '').startsWith("'")).toBe(true)
    expect(textCell('plain')).toBe('plain')
    expect(textCell('a "b"')).toBe('"a ""b"""')
    expect(textCell('a,b')).toBe('"a,b"')
  })

  it('writes numbers without grouping, exponent or locale', () => {
    expect(numberCell(1234567.891)).toBe('1234567.891')
    expect(numberCell(-0)).toBe('0')
    expect(numberCell(-5)).toBe('-5')
    expect(numberCell(1.5e-9)).toBe('0.0000000015')
    expect(numberCell(Number.NaN)).toBe('')
    expect(numberCell(Number.POSITIVE_INFINITY)).toBe('')
    expect(numberCell(null)).toBe('')
  })

  propTest.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])('writes numbers that read back exactly', (v) => {
    const cell = numberCell(v)
    expect(cell).toMatch(/^-?\d+(\.\d+)?$/)
    expect(Number(cell)).toBe(v === 0 ? 0 : v)
  })

  propTest.prop([fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 6 })])(
    'keeps any text readable by an RFC 4180 reader, and never lets a cell start a formula',
    (labels) => {
      const t: ChartTable = { ...table, categories: labels, series: [{ label: 'v', values: labels.map(() => 1), kind: 'usd' }] }
      const rows = parseCsv(tableToCsv(t))
      expect(rows).toHaveLength(labels.length + 1)
      rows.slice(1).forEach((row, i) => {
        const cell = row[0]!
        expect(/^[=+\-@\t\r]/.test(cell)).toBe(false)
        expect(cell.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(labels[i])
      })
    },
  )
})
