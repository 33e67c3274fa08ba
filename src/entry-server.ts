/** Renders the first screen to HTML at build time (scripts/build.mjs), in English, at the defaults. */
import { renderToString } from 'vue/server-renderer'
import { createCostGapApp } from './app'

export async function render(): Promise<string> {
  const { app } = createCostGapApp({ hydrate: true, locale: 'en' })
  return renderToString(app)
}
