import { createI18n } from 'vue-i18n'
import type { Locale } from '@/format/number'

export const LOCALES: readonly Locale[] = ['en', 'fr']

// JSON message trees: nested objects of strings.
interface Messages { [key: string]: string | Messages }

/**
 * Messages live in one file per area (`en/core.json`, `en/lenses.json`, ...), each with its own
 * top-level keys, merged here. A key defined in two files is a mistake the i18n test catches.
 */
function merge(files: Record<string, { default: Messages }>): Messages {
  return Object.assign({}, ...Object.values(files).map((m) => m.default)) as Messages
}

export const messages: Record<Locale, Messages> = {
  en: merge(import.meta.glob<{ default: Messages }>('./en/*.json', { eager: true })),
  fr: merge(import.meta.glob<{ default: Messages }>('./fr/*.json', { eager: true })),
}

/** The first of the browser's preferred languages that the app speaks; English otherwise. */
export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'fr' || base === 'en') return base
  }
  return 'en'
}

export function createAppI18n(locale: Locale) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}
