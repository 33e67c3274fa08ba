/** English and French say the same things: same keys, same placeholders, no empty string. */
import { describe, expect, it } from 'vitest'
import type { Locale } from '@/format/number'
import { createAppI18n, detectLocale } from '@/i18n'
import { localeOfPath, pagePath, wantedLocale } from '@/i18n/pages'

// The message files as written (the build turns each string into a syntax tree, see vite.config.ts).
const files = import.meta.glob<string>('/src/i18n/*/*.json', { query: '?raw', import: 'default', eager: true })
const sourceOf = (lang: 'en' | 'fr'): Record<string, unknown> => Object.assign(
  {},
  ...Object.entries(files).filter(([path]) => path.includes(`/${lang}/`)).map(([, text]) => JSON.parse(text) as Record<string, unknown>),
) as Record<string, unknown>

function flatten(obj: unknown, prefix = ''): Record<string, string> {
  if (typeof obj === 'string') return { [prefix]: obj }
  return Object.assign(
    {},
    ...Object.entries(obj as Record<string, unknown>).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)),
  ) as Record<string, string>
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  const en = flatten(sourceOf('en'))
  const fr = flatten(sourceOf('fr'))

  it('have the same keys in both languages', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort())
  })

  it('use the same placeholders in both languages, and no empty text', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('')
      expect(fr[key]?.trim(), key).not.toBe('')
      expect(placeholders(fr[key] ?? ''), key).toEqual(placeholders(text))
    }
  })

  it('do not define a top-level key in two files', () => {
    for (const lang of ['en', 'fr'] as const) {
      const keys = Object.entries(files)
        .filter(([path]) => path.includes(`/${lang}/`))
        .flatMap(([, text]) => Object.keys(JSON.parse(text) as Record<string, unknown>))
      expect(new Set(keys).size, lang).toBe(keys.length)
    }
  })
})

describe('detectLocale', () => {
  it('takes the first language the app speaks, none otherwise', () => {
    expect(detectLocale(['fr-CA', 'en'])).toBe('fr')
    expect(detectLocale(['de-DE', 'fr'])).toBe('fr')
    expect(detectLocale(['de-DE', 'es'])).toBeNull()
    expect(detectLocale([])).toBeNull()
  })
})

describe('wantedLocale', () => {
  it('takes the stored choice first, then the browser, then the page itself', () => {
    expect(wantedLocale('en', 'fr', ['en-US'])).toBe('fr')
    expect(wantedLocale('fr', 'en', ['fr-FR'])).toBe('en')
    expect(wantedLocale('en', null, ['fr-FR', 'en'])).toBe('fr')
    expect(wantedLocale('fr', null, ['en-GB'])).toBe('en')
    // A French link stays French for a reader whose browser speaks neither language.
    expect(wantedLocale('fr', null, ['de-DE'])).toBe('fr')
    expect(wantedLocale('en', 'de', ['de-DE'])).toBe('en')
  })
})

describe('pages', () => {
  it('puts French under fr/ and English at the root, whatever the base', () => {
    expect(pagePath('en')).toBe('/')
    expect(pagePath('fr')).toBe('/fr/')
    expect(pagePath('fr', '/cost-gap/')).toBe('/cost-gap/fr/')
    expect(localeOfPath('/fr/')).toBe('fr')
    expect(localeOfPath('/fr')).toBe('fr')
    expect(localeOfPath('/')).toBe('en')
    expect(localeOfPath('/fresh/')).toBe('en')
    expect(localeOfPath('/cost-gap/fr/', '/cost-gap/')).toBe('fr')
  })
})

describe('createAppI18n', () => {
  it('is in the page\'s language, typed as one of ours (no cast), with that language\'s messages', () => {
    const i18n = createAppI18n('fr', { hello: 'Bonjour' })
    // Assigning to `Locale` is checked by vue-tsc: it fails should vue-i18n type the locale as any string.
    const locale: Locale = i18n.global.locale.value
    expect(locale).toBe('fr')
    expect(i18n.global.t('hello')).toBe('Bonjour')
  })
})
