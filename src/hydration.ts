/**
 * The page is prerendered in English at the defaults. Anything that would render differently in the
 * browser (the visitor's language, a share link, saved scenarios) must wait until every part of the page
 * has hydrated, or Vue finds HTML that does not match. The lazily loaded sections report here.
 */
import type { HydrationStrategy } from 'vue'

let waiting = 0
let prerendered = false
let settle: () => void = () => {}
const settled = new Promise<void>((resolve) => (settle = resolve))

/** Called once by main.ts before mounting: whether there is prerendered HTML to hydrate. */
export function startHydration(hasPrerenderedHtml: boolean): void {
  prerendered = hasPrerenderedHtml
  if (!prerendered || waiting === 0) settle()
  // A section missing from the HTML would never report: do not wait for it forever.
  else setTimeout(settle, 5_000)
}

/** A hydration strategy for a lazily loaded section: hydrate as soon as loaded, and report it. */
export function trackedHydration(): HydrationStrategy {
  waiting++
  return (hydrate) => {
    hydrate()
    if (--waiting === 0) settle()
  }
}

/** Resolves once the whole page is live (at once when nothing was prerendered). */
export function whenHydrated(): Promise<void> {
  return settled
}

/** True while hydrating prerendered HTML: stores must not load browser state into the first render. */
export function isHydrating(): boolean {
  return prerendered && waiting > 0
}
