/**
 * The page's session: what happens once per page, outside any island. It reads the share link and the
 * saved scenarios, applies the stored theme, then keeps the address bar and storage in step. It runs
 * before the islands mount, so that they show the visitor's state from their first frame, and it keeps
 * track of which parts of the prerendered page no longer hold (see islands/registry.ts) while the islands
 * are being mounted: a visitor may already be moving a slider in one island while the next is mounted.
 *
 * The link and the theme are read at once. Saved scenarios may take a moment (a thousand of them are a
 * megabyte to parse and check): only the islands that show them, or the notices reading them may raise,
 * wait for them (`stored`); the rest of the page goes live meanwhile.
 */
import type { Pinia } from 'pinia'
import { createApp, defineComponent, watch, type App, type Plugin, type WatchHandle } from 'vue'
import { useScenarioStorage } from '@/composables/useScenarioStorage'
import { useTheme } from '@/composables/useTheme'
import { useUrlState } from '@/composables/useUrlState'
import { defaultAssumptions } from '@/data/figures'
import type { Facet } from '@/islands/registry'
import { DEFAULT_AS_OF } from '@/model'
import { sameAssumptions } from '@/codecs/values'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useNoticesStore } from '@/stores/notices'
import { useScenariosStore } from '@/stores/scenarios'

export interface Session {
  /** A renderless app: its composables' watchers and listeners live as long as it does. */
  readonly app: App
  /** What differs from the prerendered page: follows every change until {@link Session.settle}. */
  readonly changed: ReadonlySet<Facet>
  /** Resolves once the saved scenarios are in the store (at once when storage holds none). */
  readonly stored: Promise<void>
  /** What waits for {@link Session.stored}: what the saved scenarios, once read, may change. */
  readonly storedFacets: ReadonlySet<Facet>
  /** Every island is mounted: stop following changes. */
  settle(): void
}

/** Starts the session: the link and theme are applied when it returns, the saved scenarios once `stored` resolves. */
export function startSession({ pinia, i18n }: { pinia: Pinia; i18n: Plugin }): Session {
  let stored: Promise<void> = Promise.resolve()
  const app = createApp(defineComponent({
    name: 'TheSession',
    setup() {
      useTheme()
      useUrlState()
      stored = useScenarioStorage().ready
      return () => null
    },
  })).use(pinia).use(i18n)
  app.mount(document.createElement('div'))
  const assumptions = useAssumptionsStore(pinia)
  const scenarios = useScenariosStore(pinia)
  const notices = useNoticesStore(pinia)

  // The browser itself always differs from the prerendering (a stored theme, the page's address).
  const changed = new Set<Facet>(['browser'])
  if (!sameAssumptions(assumptions.values, defaultAssumptions()) || assumptions.asOf !== DEFAULT_AS_OF) changed.add('scenario')
  if (scenarios.saved.length > 0) changed.add('scenarios')
  if (notices.notices.length > 0) changed.add('notices')

  // From now on any change counts, even one undone since (and the saved scenarios arriving): checking
  // sameness again at each island would cost more than rendering the few islands still to come afresh.
  const sync = { flush: 'sync' } as const
  const watchers: WatchHandle[] = [
    watch(() => [assumptions.values, assumptions.asOf, assumptions.picks], () => changed.add('scenario'), { ...sync, deep: true }),
    watch(() => [scenarios.saved, scenarios.compared, scenarios.comparing, scenarios.origin], () => changed.add('scenarios'), sync),
    watch(() => notices.notices, () => changed.add('notices'), sync),
  ]
  return {
    app,
    changed,
    stored,
    storedFacets: new Set<Facet>(['scenarios', 'notices']),
    settle: () => watchers.forEach((stop) => stop()),
  }
}
