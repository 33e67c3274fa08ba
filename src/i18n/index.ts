import { createI18n } from 'vue-i18n'
import type { Locale } from '@/format/number'

export { LOCALES, detectLocale } from './pages'

/** JSON message trees: nested objects of strings (compiled to syntax trees at build time, see vite.config.ts). */
export interface Messages { [key: string]: string | Messages }

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
