import type { Ref } from 'vue'
import { live } from '@/hydration'

/**
 * `false` in the prerendered HTML and until the whole page has hydrated, `true` from then on (at once
 * when nothing was prerendered). Controls that change the scenario or the language use it to stay
 * disabled until they work, so that nothing done to the static page before the script arrives is lost,
 * and nothing changes under a part of the page that has not hydrated yet.
 */
export function useHydrated(): Readonly<Ref<boolean>> {
  return live
}
