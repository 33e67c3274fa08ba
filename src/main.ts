/**
 * The app in the browser. The page was prerendered in its language at the defaults; the script that runs
 * before its first paint (prepaint.ts) loads this once that HTML has painted. Start-up, in short tasks:
 * the page's messages; the session (the share link, saved scenarios, theme: see
 * session.ts); then the islands, on-screen ones first (islands/mount.ts). `<html data-live>` says the
 * whole page answers.
 */
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { formatValue } from './format/number'
import { createAppI18n, loadMessages } from './i18n'
import { isLocale, localeOfPath } from './i18n/pages'
import { mountIslands } from './islands/mount'
import { SCHEDULER, createScheduler } from './islands/scheduler'
import { startSession } from './session'
import './styles/base.css'

const root = document.documentElement

async function start(): Promise<void> {
  const locale = isLocale(root.lang) ? root.lang : localeOfPath(location.pathname, import.meta.env.BASE_URL)
  const scheduler = createScheduler()
  const messages = await loadMessages(locale)
  // The browser's number-format data loads on first use: a one-off cost, in a task of its own.
  formatValue(1, 'usd', locale)
  await scheduler.nextTask()

  const pinia = createPinia()
  const i18n = createAppI18n(locale, messages)
  const session = await startSession({ pinia, i18n })

  if (import.meta.env.DEV && document.querySelector('[data-island]') === null) {
    // Development serves no prerendered page: the whole page is rendered here, its islands inline.
    const { default: ThePage } = await import('./ThePage.vue')
    createApp(ThePage).use(pinia).use(i18n).provide(SCHEDULER, scheduler).mount('#app')
  } else {
    await scheduler.nextTask()
    await mountIslands({ pinia, i18n, scheduler, changed: session.changed })
    session.settle()
  }
  root.dataset.live = ''
  scheduler.settle()
}

void start()
