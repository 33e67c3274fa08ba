import { createI18n } from 'vue-i18n'
import type { Locale } from '@/format/number'
import en from './en.json'
import fr from './fr.json'

export const LOCALES: readonly Locale[] = ['en', 'fr']

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
    messages: { en, fr },
  })
}
