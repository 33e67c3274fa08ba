/**
 * Locale-aware formatting of the model's numbers with `Intl`. Pure functions: no Vue, no i18n runtime.
 * Guarantees: never "NaN", "Infinity", "-0" or an exponent; `null` (no ratio) is "—"; a tiny non-zero
 * amount of money is "< $0.01", never "$0.00".
 */
import { unsignedZero } from '@/model'

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

const money = { style: 'currency', currency: 'USD', currencyDisplay: 'narrowSymbol' } as const

/** Every number format the app uses, by name: each is built once per language (building one is slow). */
const FORMATS = {
  usd0: { ...money, maximumFractionDigits: 0 },
  usdMin2: { ...money, minimumFractionDigits: 2 },
  usdMin3: { ...money, minimumFractionDigits: 3 },
  usdUpTo2: { ...money, minimumFractionDigits: 0, maximumFractionDigits: 2 },
  usd2: { ...money, minimumFractionDigits: 2, maximumFractionDigits: 2 },
  usd2to3: { ...money, minimumFractionDigits: 2, maximumFractionDigits: 3 },
  usdCompact: { ...money, notation: 'compact', maximumSignificantDigits: 3 },
  plain: {},
  sig3: { maximumSignificantDigits: 3 },
  int: { maximumFractionDigits: 0 },
  compact: { notation: 'compact', maximumSignificantDigits: 3 },
  percent: { style: 'percent', maximumFractionDigits: 2 },
  change: { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' },
  days1: { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 1 },
  days0: { style: 'unit', unit: 'day', unitDisplay: 'long', maximumFractionDigits: 0 },
  years1: { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 1 },
  years0: { style: 'unit', unit: 'year', unitDisplay: 'long', maximumFractionDigits: 0 },
} as const satisfies Record<string, Intl.NumberFormatOptions>

const cache = new Map<string, Intl.NumberFormat>()

function nf(locale: Locale, name: keyof typeof FORMATS): Intl.NumberFormat {
  const key = `${locale}:${name}`
  let f = cache.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...FORMATS[name] })
    cache.set(key, f)
  }
  return f
}

/** Money in USD: exact below a million ("$2,625", "$17.50"), compact above ("$5.58M", "500 Md $"). */
export function formatUsd(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  if (abs === 0) return nf(locale, 'usd0').format(0)
  if (abs < 0.01) return `< ${nf(locale, 'usdMin2').format(0.01)}`
  if (abs < 1_000) return nf(locale, Number.isInteger(value) ? 'usdUpTo2' : 'usd2').format(value)
  if (abs < 1_000_000) return nf(locale, 'usd0').format(value)
  return nf(locale, 'usdCompact').format(value)
}

/** A unit price: up to three decimals for sub-dollar prices ("$0.014"), never rounded to zero. */
export function formatPrice(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  if (abs === 0) return nf(locale, 'usdMin2').format(0)
  if (abs < 0.001) return `< ${nf(locale, 'usdMin3').format(0.001)}`
  if (abs >= 1_000) return formatUsd(value, locale)
  return nf(locale, abs < 1 ? 'usd2to3' : 'usd2').format(value)
}

/** A plain number: three significant digits for small values, grouped integers, compact past a billion. */
export function formatDecimal(value: number, locale: Locale): string {
  const abs = Math.abs(value)
  if (abs === 0) return nf(locale, 'plain').format(0)
  if (abs < 0.001) return `< ${nf(locale, 'plain').format(0.001)}`
  if (abs < 100) return nf(locale, 'sig3').format(value)
  if (abs < 1e9) return nf(locale, 'int').format(value)
  return nf(locale, 'compact').format(value)
}

/** A multiple, as in "27.3×" (French: "27,3×"). */
export function formatMultiple(value: number, locale: Locale): string {
  return `${formatDecimal(value, locale)}×`
}

/** A change as a signed whole percentage, with a true minus sign ("−80%", "+371%"; in French "−80 %"). */
export function formatChange(value: number, locale: Locale): string {
  return nf(locale, 'change').format(value).replace('-', '\u2212')
}

/** A share 0-1 as a percentage, up to two decimals ("16.97%", "25%"). */
export function formatShare(value: number, locale: Locale): string {
  if (value !== 0 && Math.abs(value) < 0.0001) return `< ${nf(locale, 'percent').format(0.0001)}`
  return nf(locale, 'percent').format(value)
}

function formatDuration(value: number, locale: Locale, unit: 'day' | 'year'): string {
  const digits = Math.abs(value) < 100 ? 1 : 0
  return nf(locale, `${unit === 'day' ? 'days' : 'years'}${digits}`).format(value)
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
  const v = unsignedZero(value)
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
