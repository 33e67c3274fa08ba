/**
 * CSV of a chart's data (RFC 4180): a header row, one row per category, raw numbers in base units with a
 * '.' decimal point and no grouping, `null` as an empty cell. Text cells that a spreadsheet would read as a
 * formula (starting with = + - @, a tab or a carriage return) get a leading apostrophe. Pure.
 */
import type { ChartTable } from '@/charts/types'
import { unsignedZero } from '@/model'

const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** A text cell, neutralised and quoted as needed. */
export function textCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A number cell: locale-neutral, never an exponent, `null` and non-finite as an empty cell. */
export function numberCell(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  const plain = String(unsignedZero(value))
  if (!/e/i.test(plain)) return plain
  // Very large or very small: write the digits out in full, with as few significant digits as read back exactly.
  let digits = 1
  while (digits < 17 && Number(value.toPrecision(digits)) !== value) digits += 1
  return value.toLocaleString('en-US', { useGrouping: false, maximumSignificantDigits: digits })
}

/**
 * The CSV text of a chart table, lines ending in CRLF: its series, then its other columns (the ends of
 * the ranges, say). No byte-order mark (the caller adds one for files).
 */
export function tableToCsv(table: ChartTable): string {
  const columns = [...table.series, ...(table.columns ?? [])]
  const header = [table.categoryLabel, ...columns.map((c) => c.label)].map(textCell).join(',')
  const rows = table.categories.map((category, i) =>
    [textCell(category), ...columns.map((c) => numberCell(c.values[i]))].join(','),
  )
  return `${[header, ...rows].join('\r\n')}\r\n`
}
