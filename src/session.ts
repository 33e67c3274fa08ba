/**
 * The page's session: what happens once per page, outside any island. It reads the share link and the
 * saved scenarios, applies the stored theme, then keeps the address bar and storage in step. It runs
 * before the islands mount, so that they show the visitor's scenario from their first frame, and says
 * which parts of the prerendered page no longer hold (see islands/registry.ts).
 */
import type { Pinia } from 'pinia'
import { createApp, defineComponent, type App, type Plugin } from 'vue'
import { useScenarioStorage } from '@/composables/useScenarioStorage'
import { useTheme } from '@/composables/useTheme'
import { useUrlState } from '@/composables/useUrlState'
import { defaultAssumptions } from '@/data/figures'
import type { Facet } from '@/islands/registry'
import { sameAssumptions } from '@/state/compare'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useNoticesStore } from '@/stores/notices'
import { useScenariosStore } from '@/stores/scenarios'

export interface Session {
  /** A renderless app: its composables' watchers and listeners live as long as it does. */
  readonly app: App
  /** What differs from the prerendered page once the visitor's state is applied. */
  readonly changed: ReadonlySet<Facet>
}

const SessionRoot = defineComponent({
  name: 'TheSession',
  setup() {
    useTheme()
    useUrlState()
    useScenarioStorage()
    return () => null
  },
})

export function startSession({ pinia, i18n }: { pinia: Pinia; i18n: Plugin }): Session {
  const app = createApp(SessionRoot).use(pinia).use(i18n)
  app.mount(document.createElement('div'))
  // The browser itself always differs from the prerendering (a stored theme, the page's address).
  const changed = new Set<Facet>(['browser'])
  if (!sameAssumptions(useAssumptionsStore(pinia).values, defaultAssumptions())) changed.add('scenario')
  if (useScenariosStore(pinia).saved.length > 0) changed.add('saved')
  if (useNoticesStore(pinia).notices.length > 0) changed.add('notices')
  return { app, changed }
}
