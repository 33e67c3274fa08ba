import { useI18n } from 'vue-i18n'
import type { BaseUnit, ResultId } from '@/model'
import { UNIT_FORMAT, resultFormat } from '@/format/kinds'
import { formatDay } from '@/format/date'
import { formatValue, type Locale, type ValueKind } from '@/format/number'

export interface UseFormatReturn {
  /** A value in a ledger unit, with its unit words ("2,048 GPUs"). */
  unit: (value: number | null | undefined, unit: BaseUnit) => string
  /** A model result, with its unit words ("$2,625 a month"). */
  result: (value: number | null | undefined, id: ResultId) => string
  /** A bare value of some kind. */
  kind: (value: number | null | undefined, kind: ValueKind) => string
  /** A day, UTC ("10 June 2025"), from an instant or a `YYYY-MM-DD` day. */
  day: (value: number | string | null | undefined) => string
}

/** Formats the model's numbers in the current language. */
export function useFormat(): UseFormatReturn {
  const { t, locale } = useI18n()
  const wrap = (value: number | null | undefined, f: { kind: ValueKind; template?: string }) => {
    const n = formatValue(value, f.kind, locale.value as Locale)
    return f.template && n !== '—' ? t(`units.${f.template}`, { n }) : n
  }
  return {
    unit: (value, unit) => wrap(value, UNIT_FORMAT[unit]),
    result: (value, id) => wrap(value, resultFormat(id)),
    kind: (value, kind) => formatValue(value, kind, locale.value as Locale),
    day: (value) => formatDay(value, locale.value as Locale),
  }
}
