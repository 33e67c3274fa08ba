/**
 * One prerendered page per language: English at the site's root, French under `fr/`. Small and free of
 * dependencies: the script that runs before the first paint (src/prepaint.ts) uses it too.
 */
import type { Locale } from '@/format/number'

export const LOCALES: readonly Locale[] = ['en', 'fr']

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr'
}

/** The path of a language's page under `base` (the site's root, ending in `/`). */
export function pagePath(locale: Locale, base = '/'): string {
  return locale === 'fr' ? `${base}fr/` : base
}

/** The language of a page path: French under `fr/`, English otherwise. */
export function localeOfPath(pathname: string, base = '/'): Locale {
  return pathname.startsWith(`${base}fr/`) || pathname === `${base}fr` ? 'fr' : 'en'
}

/** The first of the browser's preferred languages that the app speaks, or `null` if it speaks none. */
export function detectLocale(preferred: readonly string[]): Locale | null {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    if (isLocale(base)) return base
  }
  return null
}

/**
 * The language a visitor should get: the one they picked with the switch, else their browser's first
 * language that the app speaks, else the page's own (a French link stays French for a German reader).
 */
export function wantedLocale(page: Locale, stored: string | null, preferred: readonly string[]): Locale {
  if (isLocale(stored)) return stored
  return detectLocale(preferred) ?? page
}
