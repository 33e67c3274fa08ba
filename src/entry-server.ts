/** Renders the page to HTML at build time (scripts/build.mjs): once per language, at the defaults. */
import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import type { Locale } from './format/number'
import { createAppI18n } from './i18n'
import en from './i18n/en'
import fr from './i18n/fr'
import ThePage from './ThePage.vue'
import './styles/base.css'

export interface RenderedPage {
  /** The body of `#app`. */
  readonly html: string
  /** The page's `<title>` and meta description, in its language. */
  readonly title: string
  readonly description: string
}

export async function render(locale: Locale): Promise<RenderedPage> {
  const i18n = createAppI18n(locale, locale === 'fr' ? fr : en)
  const app = createSSRApp(ThePage).use(createPinia()).use(i18n)
  const { t } = i18n.global
  return { html: await renderToString(app), title: `${t('app.title')}: ${t('app.subtitle')}`, description: t('app.description') }
}
