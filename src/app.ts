import { createPinia } from 'pinia'
import { createApp, createSSRApp } from 'vue'
import App from './App.vue'
import { createAppI18n } from './i18n'
import type { Locale } from './format/number'

/**
 * Builds the app. At build time it is rendered to HTML (`entry-server.ts`), so the first paint needs no
 * script; in the browser the same tree hydrates that HTML (`main.ts`).
 */
export function createCostGapApp(options: { hydrate: boolean; locale: Locale }) {
  const app = options.hydrate ? createSSRApp(App) : createApp(App)
  const pinia = createPinia()
  const i18n = createAppI18n(options.locale)
  app.use(pinia).use(i18n)
  return { app, pinia, i18n }
}
