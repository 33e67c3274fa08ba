/**
 * Dates in the page's language, always in UTC (the price history's dates are UTC): "10 June 2025",
 * "10 juin 2025". Formatters are made once per language and form.
 */
import type { Locale } from './number'

const formatters = new Map<string, Intl.DateTimeFormat>()

function df(locale: Locale, form: 'long' | 'short'): Intl.DateTimeFormat {
  const key = `${locale}:${form}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', form === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'short', year: 'numeric', timeZone: 'UTC' })
    formatters.set(key, f)
  }
  return f
}

/** A day ("27 January 2025"), from an instant (ms) or a `YYYY-MM-DD` day; "—" for anything else. */
export function formatDay(value: number | string | null | undefined, locale: Locale): string {
  const t = typeof value === 'string' ? Date.parse(`${value}T00:00:00Z`) : value
  return typeof t === 'number' && Number.isFinite(t) ? df(locale, 'long').format(t) : '—'
}

/** A month ("Jan 2025"), for a time axis. */
export function formatMonth(value: number, locale: Locale): string {
  return Number.isFinite(value) ? df(locale, 'short').format(value) : '—'
}
