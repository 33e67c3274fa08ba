/**
 * The app in the browser. The page was prerendered in its language at the defaults; the script that runs
 * before its first paint (prepaint.ts) loads the page's entry (src/entries/) once that HTML has painted,
 * which starts this with the page's messages. Start-up, in short tasks: the session (the share link,
 * saved scenarios, theme: see session.ts); then the islands, those near the visitor first
 * (islands/mount.ts). `<html data-live>` says the whole page answers.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { formatValue, type Locale } from './format/number'
import { createAppI18n, type Messages } from './i18n'
import { mountIslands } from './islands/mount'
import { SCHEDULER, createScheduler } from './islands/scheduler'
import { startSession } from './session'
import './styles/base.css'

/**
 * The styles of the islands the prerendered page does not hold, which the script before the first paint
 * loads beside this code (scripts/build.mjs): usually in already; waited for otherwise, so that no island
 * is ever drawn without them. Development has them inline.
 */
function islandStyles(): Promise<void> {
  const link = document.querySelector<HTMLLinkElement>('link[data-islands-styles]')
  if (!link || link.dataset.done !== undefined) return Promise.resolve()
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true })
    link.addEventListener('error', () => resolve(), { once: true })
  })
}

export async function start(locale: Locale, messages: Messages): Promise<void> {
  const root = document.documentElement
  // User timings for anyone measuring: the app's code has arrived (start) and the page answers (live).
  performance.mark('cost-gap:start')
  const scheduler = createScheduler()
  // The browser's number-format data loads on first use (a worker has usually loaded it by now, see
  // prepaint.ts): in a task of its own in case it has not.
  formatValue(1, 'usd', locale)
  await scheduler.nextTask()

  const pinia = createPinia()
  const i18n = createAppI18n(locale, messages)
  const session = startSession({ pinia, i18n })

  if (import.meta.env.DEV && document.querySelector('[data-island]') === null) {
    // Development serves no prerendered page: the whole page is rendered here, its islands inline.
    const { default: ThePage } = await import('./ThePage.vue')
    createApp(ThePage).use(pinia).use(i18n).provide(SCHEDULER, scheduler).mount('#app')
  } else {
    await scheduler.nextTask()
    await islandStyles()
    await mountIslands({ pinia, i18n, scheduler, changed: session.changed, held: { facets: session.storedFacets, until: session.stored } })
    session.settle()
  }
  root.dataset.live = ''
  performance.mark('cost-gap:live')
  scheduler.settle()
}

