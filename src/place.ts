/**
 * Where the visitor is on the page, kept across a language switch: the section at the top of the
 * viewport and how far into it they had scrolled. Small, and depends only on the storage keys
 * (prepaint.ts uses it).
 */
import { STORAGE_KEYS } from '@/storageKeys'

/** Session storage key of the place, written just before switching language, read once by the new page. */
export const PLACE_KEY = STORAGE_KEYS.place

/** The page's sections, in order: what the navigation links to, and what a place is measured from. */
export const SECTION_IDS = ['claims', 'scenarios', 'lens-api', 'lens-training', 'lens-capex', 'lens-market', 'sources'] as const

/** The place as text, or `null` at the top of the page. */
export function currentPlace(doc: Document = document): string | null {
  let place: { id: string; offset: number } | null = null
  for (const id of SECTION_IDS) {
    const top = doc.getElementById(id)?.getBoundingClientRect().top
    if (top !== undefined && top <= 0) place = { id, offset: Math.round(-top) }
  }
  return place && JSON.stringify(place)
}

/** Scrolls back to a place written by {@link currentPlace}; ignores anything else. */
export function restorePlace(text: string, doc: Document = document): void {
  let place: unknown
  try {
    place = JSON.parse(text)
  } catch {
    return
  }
  if (typeof place !== 'object' || place === null) return
  const { id, offset } = place as { id?: unknown; offset?: unknown }
  const section = typeof id === 'string' && (SECTION_IDS as readonly string[]).includes(id) ? doc.getElementById(id) : null
  if (!section || typeof offset !== 'number' || !Number.isFinite(offset)) return
  section.scrollIntoView({ block: 'start' })
  doc.defaultView?.scrollBy(0, Math.max(0, offset))
}
