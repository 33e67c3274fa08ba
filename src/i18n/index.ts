import { createI18n } from 'vue-i18n'
import type { Locale } from '@/format/number'

export { LOCALES, detectLocale } from './pages'

/** JSON message trees: nested objects of strings (compiled to syntax trees at build time, see vite.config.ts). */
export interface Messages { [key: string]: string | Messages }

/** One language's messages, in a chunk of its own: a page only ever loads its own language. */
export function loadMessages(locale: Locale): Promise<Messages> {
  return (locale === 'fr' ? import('./fr') : import('./en')).then((m) => m.default)
}

/** vue-i18n in `locale`, with that language's messages (a page's language never changes: see pages.ts). */
export function createAppI18n(locale: Locale, messages: Messages) {
  return createI18n({
    legacy: false,
    globalInjection: false,
    locale,
    fallbackLocale: locale,
    messages: { [locale]: messages },
    missingWarn: false,
    fallbackWarn: false,
  })
}
