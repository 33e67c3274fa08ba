/**
 * The words of a range, translated once per language rather than on every move of a slider: a message
 * with parameters costs vue-i18n far more than the two numbers it holds. The message is translated with
 * markers in place of its parameters, which are then swapped for the numbers.
 */
import type { Composer } from 'vue-i18n'

export interface RangeWords {
  /** "Range: {low} to {high}", filled in. */
  readonly span: (low: string, high: string) => string
  /** What a range of a single point says. */
  readonly none: string
}

const LOW = '\u0001'
const HIGH = '\u0002'
const cache = new Map<string, RangeWords>()

export function rangeWords({ t, locale }: Pick<Composer, 't' | 'locale'>): RangeWords {
  let words = cache.get(locale.value)
  if (!words) {
    const template = t('ranges.span', { low: LOW, high: HIGH })
    words = { span: (low, high) => template.replace(LOW, () => low).replace(HIGH, () => high), none: t('ranges.none') }
    cache.set(locale.value, words)
  }
  return words
}
