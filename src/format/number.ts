/**
 * Locale-aware formatting of the model's numbers with `Intl`. Pure functions: no Vue, no i18n runtime.
 * Guarantees: never "NaN", "Infinity", "-0" or an exponent; `null` (no ratio) is "—"; a tiny non-zero
 * amount of money is "< $0.01", never "$0.00".
 */

export type Locale = 'en' | 'fr'

/** How a value is read: money, a price, a multiple, a share, a count, or a duration. */
export type ValueKind =
  | 'usd'
  | 'usdPerMTok'
  | 'usdPerGpuHour'
  | 'usdPerGpu'
  | 'usdPerKwh'
  | 'multiple'
  | 'share'
  | 'count'
  | 'decimal'
  | 'days'
  | 'years'
  | 'kwh'

export const NO_VALUE = '—'

const cache = new Map<string, Intl.NumberFormat>()

function nf(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options)
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options })
    cache.set(key, f)
  }
  return f
}

const money = { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' } as const

/** Money in USD: exact below a million ("$2,625", "$17.50"), compact above ("$5.58M", "500 Md $"). */
export function formatUsd(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  if (abs === 0) return nf(locale, { ...money, maximumFractionDigits: 0 }).format(0)
  if (abs < 0.01) return `< ${nf(locale, { ...money, minimumFractionDigits: 2 }).format(0.01)}`
  if (abs < 1_000) return nf(locale, { ...money, minimumFractionDigits: Number.isInteger(value) ? 0 : 2, maximumFractionDigits: 2 }).format(value)
  if (abs < 1_000_000) return nf(locale, { ...money, maximumFractionDigits: 0 }).format(value)
  return nf(locale, { ...money, notation: 'compact', maximumSignificantDigits: 3 }).format(value)
}

/** A unit price: up to three decimals for sub-dollar prices ("$0.014"), never rounded to zero. */
export function formatPrice(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  if (abs === 0) return nf(locale, { ...money, minimumFractionDigits: 2 }).format(0)
  if (abs < 0.001) return `< ${nf(locale, { ...money, minimumFractionDigits: 3 }).format(0.001)}`
  if (abs >= 1_000) return formatUsd(value, locale)
  return nf(locale, { ...money, minimumFractionDigits: 2, maximumFractionDigits: abs < 1 ? 3 : 2 }).format(value)
}

/** A plain number: three significant digits for small values, grouped integers, compact past a billion. */
export function formatDecimal(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  if (abs === 0) return nf(locale, {}).format(0)
  if (abs < 0.001) return `< ${nf(locale, {}).format(0.001)}`
  if (abs < 100) return nf(locale, { maximumSignificantDigits: 3 }).format(value)
  if (abs < 1e9) return nf(locale, { maximumFractionDigits: 0 }).format(value)
  return nf(locale, { notation: 'compact', maximumSignificantDigits: 3 }).format(value)
}

/** A multiple, as in "27.3×" (French: "27,3×"). */
export function formatMultiple(value: number, locale: Locale): string {
  return `${formatDecimal(value, locale)}×`
}

/** A share 0-1 as a percentage, up to two decimals ("16.97%", "25%"). */
export function formatShare(value: number, locale: Locale): string {
  if (value !== 0 && Math.abs(value) < 0.0001) return `< ${nf(locale, { style: 'percent', maximumFractionDigits: 2 }).format(0.0001)}`
  return nf(locale, { style: 'percent', maximumFractionDigits: 2 }).format(value)
}

function formatDuration(value: number, locale: Locale, unit: 'day' | 'year'): string {
  const digits = Math.abs(value) < 100 ? { maximumFractionDigits: 1 } : { maximumFractionDigits: 0 }
  return nf(locale, { style: 'unit', unit, unitDisplay: 'long', ...digits }).format(value)
}

/** Energy from kWh, in kWh, MWh or GWh (the symbols are the same in both languages). */
export function formatEnergy(kwh: number, locale: Locale): string {
  const abs = Math.abs(kwh)
  if (abs >= 1e6) return `${formatDecimal(kwh / 1e6, locale)} GWh`
  if (abs >= 1e3) return `${formatDecimal(kwh / 1e3, locale)} MWh`
  return `${formatDecimal(kwh, locale)} kWh`
}

/**
 * Formats `value` for people reading `locale`. `null` and non-finite values give "—".
 * Units that are words (GPUs, GPU-hours, tokens) are added by the caller around a `count`.
 */
export function formatValue(value: number | null | undefined, kind: ValueKind, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return NO_VALUE
  const v = value === 0 ? 0 : value // drops -0
  switch (kind) {
    case 'usd':
      return formatUsd(v, locale)
    case 'usdPerMTok':
    case 'usdPerGpuHour':
    case 'usdPerGpu':
    case 'usdPerKwh':
      return formatPrice(v, locale)
    case 'multiple':
      return formatMultiple(v, locale)
    case 'share':
      return formatShare(v, locale)
    case 'count':
      return formatDecimal(Math.abs(v) >= 100 ? Math.round(v) : v, locale)
    case 'decimal':
      return formatDecimal(v, locale)
    case 'days':
      return formatDuration(v, locale, 'day')
    case 'years':
      return formatDuration(v, locale, 'year')
    case 'kwh':
      return formatEnergy(v, locale)
  }
}
