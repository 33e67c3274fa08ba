/** What several unit tests share. */
import en from '@/i18n/en'
import fr from '@/i18n/fr'
import { createAppI18n } from '@/i18n'
import type { Locale } from '@/format/number'

/** vue-i18n in `locale` with that language's messages, as a page of the app has it. */
export function i18nFor(locale: Locale) {
  return createAppI18n(locale, locale === 'fr' ? fr : en)
}

/** Waits until every island in `root` has its component's content (their code loads asynchronously). */
export async function islandsLoaded(root: { element: Element }): Promise<void> {
  const { vi } = await import('vitest')
  // Their code goes through Vite's transform on first import: seconds on a busy machine.
  await vi.waitFor(() => {
    const empty = [...root.element.querySelectorAll<HTMLElement>('[data-island]')].filter((el) => el.dataset.render !== 'near' && el.childElementCount === 0)
    if (empty.length > 0) throw new Error(`${empty.length} islands still loading`)
  }, { timeout: 30_000 })
}
