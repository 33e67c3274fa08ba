/**
 * The one script that runs before the first paint. The build inlines it into the head of each page (its
 * hash is in the Content-Security-Policy), so it needs no request. It keeps the first frame right:
 *
 * 1. The language: a visitor who picked the other language, or whose browser prefers it, is sent to that
 *    page before this one paints anything (the fragment, so the scenario, goes along).
 * 2. The theme the visitor picked, before anything is drawn in the wrong one.
 * 3. Numbers the visitor's state overrides: with a scenario link or saved scenarios, the islands that show
 *    them stay hidden (see base.css) until each is live with that state; never a default on screen.
 *
 * It also lets in-page links (the navigation, the skip link) scroll without replacing the fragment, which
 * holds the share link, and once the page has painted, loads the page's entry and the chunks it imports
 * (`data-boot`) with the styles of the
 * islands the page does not hold (`data-styles`: `<link data-islands-styles>`, marked `data-done` once in
 * or failed), and puts the visitor back where they were after a language switch.
 */
import { localeOfPath, pagePath, wantedLocale } from '@/i18n/pages'
import { PLACE_KEY, restorePlace } from '@/place'
import { STORAGE_KEYS } from '@/storageKeys'

const root = document.documentElement
const base = import.meta.env.BASE_URL
const script = document.currentScript as HTMLScriptElement | null

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key)
  } catch {
    return null // storage refused: as if empty
  }
}

const page = root.lang === 'fr' || root.lang === 'en' ? root.lang : localeOfPath(location.pathname, base)
const preferred = navigator.languages?.length ? navigator.languages : [navigator.language]
const wanted = wantedLocale(page, read(() => localStorage, STORAGE_KEYS.language), preferred)
const target = pagePath(wanted, base)

if (wanted !== page && location.pathname !== target) {
  // Nothing of this page is drawn: the other one is on its way.
  root.style.display = 'none'
  location.replace(target + location.search + location.hash)
} else {
  const theme = read(() => localStorage, STORAGE_KEYS.theme)
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme
  // A scenario fragment starts with `v=` or an assumption id (`capex.stargateYears=4`); a section link has no `=`.
  if (/^#(v=|[a-z]+\.[\w.]+=)/.test(location.hash)) root.classList.add('cg-link')
  const saved = read(() => localStorage, STORAGE_KEYS.scenarios) !== null
  if (saved) root.classList.add('cg-saved')

  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[href^="#"]') : null
    const id = link?.getAttribute('href')?.slice(1)
    const section = id ? document.getElementById(id) : null
    if (!section || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    section.scrollIntoView({ block: 'start' })
    if (!section.hasAttribute('tabindex')) section.setAttribute('tabindex', '-1')
    section.focus({ preventScroll: true })
  })

  // Only a visitor coming from the other language's page has a place to go back to: session storage is
  // not worth opening (it costs a few milliseconds, before the first paint) otherwise.
  const other = pagePath(page === 'fr' ? 'en' : 'fr', base)
  const fromOther = document.referrer !== '' && new URL(document.referrer).pathname === other
  const place = fromOther ? read(() => sessionStorage, PLACE_KEY) : null
  if (place !== null) {
    document.addEventListener('DOMContentLoaded', () => {
      try {
        sessionStorage.removeItem(PLACE_KEY)
      } catch {
        // nothing to forget
      }
      restorePlace(place)
    }, { once: true })
  }

  const boot = script?.dataset.boot
  if (boot) {
    let started = false
    const start = () => {
      if (started) return
      started = true
      try {
        new Worker(`${base}warm-intl.js`, { name: page })
      } catch {
        // no workers: the app pays that cost itself
      }
      const styles = script?.dataset.styles
      if (styles) {
        const link = document.createElement('link')
        link.rel = 'stylesheet'
        link.href = styles
        link.dataset.islandsStyles = ''
        const done = () => (link.dataset.done = '')
        link.addEventListener('load', done, { once: true })
        link.addEventListener('error', done, { once: true })
        document.head.append(link)
      }
      // The entry first, then the chunks it imports, all requested at once.
      const chunks = boot.split(' ').filter(Boolean)
      for (const chunk of chunks) void import(/* @vite-ignore */ chunk)
    }
    // Once the page's content has painted (the very first frame may hold nothing yet), in a task of its
    // own. A tab opened in the background paints nothing: it starts at once.
    const painted = () => setTimeout(start, 0)
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(painted)
    } else {
      new PerformanceObserver((list, observer) => {
        if (list.getEntriesByName('first-contentful-paint').length === 0) return
        observer.disconnect()
        painted()
      }).observe({ type: 'paint', buffered: true })
    }
    if (document.visibilityState === 'hidden') start()
  }
}
