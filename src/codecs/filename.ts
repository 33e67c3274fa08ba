/**
 * Export file names: `cost-gap-<chart>-<scenario>[-prices-<YYYY-MM-DD>]-<YYYY-MM-DD>.<ext>`, lowercase ASCII
 * only: the prices' date when it is not 27 January 2025, then the day of the export. Pure.
 */

export type ExportExtension = 'png' | 'csv' | 'json'

const MAX_PART = 40

/** A lowercase ASCII slug: accents folded, anything else a single dash, at most `max` characters. */
export function slug(text: string, max = MAX_PART): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '')
}

/** The local calendar date, `YYYY-MM-DD`. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * The file name of an export. `chart` may be omitted (a scenario file); an empty scenario slug becomes
 * `scenario`. `pricesAsOf` (`YYYY-MM-DD`), for a chart drawn with the prices of another day than the
 * default, says which: a CSV has no room for it inside.
 */
export function exportFileName(parts: { chart?: string; scenario: string; date: Date; ext: ExportExtension; pricesAsOf?: string }): string {
  const chart = parts.chart === undefined ? '' : slug(parts.chart)
  const scenario = slug(parts.scenario) || 'scenario'
  const prices = parts.pricesAsOf !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(parts.pricesAsOf) ? `prices-${parts.pricesAsOf}` : ''
  return ['cost-gap', chart, scenario, prices, isoDay(parts.date)].filter((p) => p !== '').join('-') + `.${parts.ext}`
}
