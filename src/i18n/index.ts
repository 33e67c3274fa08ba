import { markRaw } from 'vue'
import { createI18n } from 'vue-i18n'
import type { Locale } from '@/format/number'

export { LOCALES, detectLocale } from './pages'

/** Our `Locale` under another name: inside the declaration below, `Locale` is vue-i18n's own. */
type AppLocale = Locale

// The app's languages are vue-i18n's locales: `useI18n().locale` is typed `Locale` everywhere, with no cast.
declare module '@intlify/core-base' {
  interface GeneratedTypeConfig {
    locale: AppLocale
  }
}

/** JSON message trees: nested objects of strings (compiled to syntax trees at build time, see vite.config.ts). */
export interface Messages { [key: string]: string | Messages }

/** vue-i18n in `locale`, with that language's messages (a page's language never changes: see pages.ts). */
export function createAppI18n(locale: Locale, messages: Messages) {
  return createI18n({
    legacy: false,
    globalInjection: false,
    locale,
    fallbackLocale: locale,
    // Every locale has an entry (the types ask for both); only the page's own holds messages. They never
    // change: kept raw, a message is read without going through a reactive proxy at every node of its
    // syntax tree (vue-i18n keeps its messages in a deep ref), which made each `t()` cost several times more.
    messages: { en: {}, fr: {}, [locale]: markRaw(messages) },
    missingWarn: false,
    fallbackWarn: false,
  })
}
