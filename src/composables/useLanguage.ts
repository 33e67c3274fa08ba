/**
 * The language switch. Each language has its own prerendered page (src/i18n/pages.ts), so switching is
 * going to the other page: the choice is remembered, the scenario travels in the fragment, and the new
 * page scrolls back to the section the visitor was reading.
 */
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Locale } from '@/format/number'
import { pagePath } from '@/i18n/pages'
import { PLACE_KEY, currentPlace } from '@/place'
import { isScenarioFragment } from '@/codecs/url'
import { STORAGE_KEYS } from '@/storageKeys'
import { useAssumptionsStore } from '@/stores/assumptions'

export interface UseLanguageOptions {
  readonly window?: Window
}

export interface UseLanguageReturn {
  /** The page's language. */
  locale: ComputedRef<Locale>
  /** Goes to the page in `to`, with the current scenario. */
  switchTo: (to: Locale) => void
}

function remember(write: () => void): void {
  try {
    write()
  } catch {
    // storage refused or full: the switch still works, it is just not remembered
  }
}

export function useLanguage(options: UseLanguageOptions = {}): UseLanguageReturn {
  const i18n = useI18n()
  const assumptions = useAssumptionsStore()
  const locale = computed<Locale>(() => i18n.locale.value)

  function switchTo(to: Locale): void {
    const win = options.window ?? window
    if (to === locale.value) return
    remember(() => win.localStorage.setItem(STORAGE_KEYS.language, to))
    const place = currentPlace(win.document)
    if (place) remember(() => win.sessionStorage.setItem(PLACE_KEY, place))
    // The scenario as it is now (the address bar is rewritten a moment after each change); a section link
    // (`#sources`) is kept as it is.
    const fragment = assumptions.linkFragment
    const hash = fragment ? `#${fragment}` : isScenarioFragment(win.location.hash) ? '' : win.location.hash
    win.location.assign(`${pagePath(to, import.meta.env.BASE_URL)}${win.location.search}${hash}`)
  }

  return { locale, switchTo }
}
