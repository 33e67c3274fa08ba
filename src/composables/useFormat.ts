import { useI18n } from 'vue-i18n'
import type { BaseUnit, ResultId } from '@/model'
import { UNIT_FORMAT, resultFormat } from '@/format/kinds'
import { formatDay } from '@/format/date'
import { formatValue, type ValueKind } from '@/format/number'

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

/** Stands for the number in a unit's words, translated once ("\u0001 a month"), then swapped for it. */
const N = '\u0001'
/** Each unit's words per language: a message with a parameter costs vue-i18n far more than the number in it. */
const templates = new Map<string, string>()

/** Formats the model's numbers in the current language. */
export function useFormat(): UseFormatReturn {
  const { t, locale } = useI18n()
  const words = (template: string) => {
    const key = `${locale.value}:${template}`
    let made = templates.get(key)
    if (made === undefined) templates.set(key, (made = t(`units.${template}`, { n: N })))
    return made
  }
  const wrap = (value: number | null | undefined, f: { kind: ValueKind; template?: string }) => {
    const n = formatValue(value, f.kind, locale.value)
    return f.template && n !== '—' ? words(f.template).replace(N, () => n) : n
  }
  return {
    unit: (value, unit) => wrap(value, UNIT_FORMAT[unit]),
    result: (value, id) => wrap(value, resultFormat(id)),
    kind: (value, kind) => formatValue(value, kind, locale.value),
    day: (value) => formatDay(value, locale.value),
  }
}
