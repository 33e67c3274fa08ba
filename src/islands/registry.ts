/**
 * The islands of the page: the parts that change with the scenario, the saved scenarios or the browser
 * (numbers, controls, charts, the scenario panel). Everything else (claim texts, lens introductions,
 * headings) is plain prerendered HTML that no script touches.
 *
 * The page marks each island with `data-island="<kind>"` and, where it takes one, `data-arg` (a claim id,
 * a control group id, a chart id...). At start-up the browser makes each island a small Vue app of its own
 * (`mount.ts`), all sharing one Pinia and one vue-i18n: a prerendered island is hydrated when nothing it
 * depends on differs from the prerendered page, and rendered afresh otherwise; an island the page leaves
 * empty (`render` below) is rendered in the browser.
 */
import type { Component } from 'vue'

/**
 * What an island's first render may depend on, beyond the ledger and the page's language (which the
 * prerendered page already has): the current assumptions (`scenario`), the scenarios store (saved ones,
 * those picked for a comparison, which one is current), the notices, or the browser itself (the stored
 * theme, the page's address).
 */
export type Facet = 'scenario' | 'scenarios' | 'notices' | 'browser'

export interface IslandSpec {
  /** Loads the island's component, in a chunk of its own. */
  readonly load: () => Promise<{ default: Component }>
  /** Its props, from the page's `data-arg`. */
  readonly props?: (arg: string) => Record<string, unknown>
  readonly depends: readonly Facet[]
  /**
   * Where it is first rendered:
   * - `page` (the default): into the prerendered page, made live as soon as the app starts;
   * - `start`: in the browser only, right after the `page` islands: far below the first screen, it would
   *   only make the page the visitor waits for heavier (the lenses' controls, results and charts);
   * - `near`: in the browser only, once it comes near the viewport (prose a visitor may never reach).
   */
  readonly render?: 'page' | 'start' | 'near'
  /**
   * What it is to a visitor, which says when its turn comes among the islands near the viewport:
   * `numbers` (what the controls move) go first, then `controls`, then the rest (charts, panels). A control
   * only answers once the numbers it moves are live, and numbers are what a shared link must show right.
   */
  readonly role?: 'numbers' | 'controls'
}

const islands = {
  settings: { load: () => import('@/components/TheSettings.vue'), depends: ['browser'], role: 'controls' },
  notices: { load: () => import('@/components/notices/TheNotices.vue'), depends: ['notices'] },
  claim: { load: () => import('@/components/claims/ClaimFigures.vue'), props: (id) => ({ id }), depends: ['scenario'], role: 'numbers' },
  'scenario-current': { load: () => import('@/components/scenarios/ScenarioCurrent.vue'), depends: ['scenario', 'scenarios'], role: 'numbers' },
  'scenario-presets': { load: () => import('@/components/scenarios/ScenarioPresets.vue'), depends: ['scenario', 'scenarios'], role: 'controls' },
  'scenario-saved': { load: () => import('@/components/scenarios/ScenarioSaved.vue'), depends: ['scenarios'], role: 'controls' },
  'scenario-files': { load: () => import('@/components/scenarios/ScenarioFiles.vue'), depends: ['scenario', 'browser'] },
  comparison: { load: () => import('@/components/scenarios/TheComparison.vue'), depends: ['scenarios'] },
  controls: { load: () => import('@/components/lenses/ControlGroup.vue'), props: (group) => ({ group }), depends: ['scenario'], render: 'start', role: 'controls' },
  'api-table': { load: () => import('@/components/lenses/ApiTable.vue'), depends: ['scenario'], render: 'start', role: 'numbers' },
  results: { load: () => import('@/components/lenses/ResultList.vue'), props: (lens) => ({ lens }), depends: ['scenario'], render: 'start', role: 'numbers' },
  'as-of': { load: () => import('@/components/prices/PricesAsOf.vue'), props: (place) => ({ place }), depends: ['scenario'], render: 'start', role: 'controls' },
  chart: { load: () => import('@/components/lenses/LensChart.vue'), props: (chart) => ({ chart }), depends: ['scenario'], render: 'start' },
  'sources-table': { load: () => import('@/components/sources/TheSourcesTable.vue'), depends: [], render: 'near' },
} as const satisfies Record<string, IslandSpec>

export type IslandKind = keyof typeof islands

export const ISLANDS: Readonly<Record<IslandKind, IslandSpec>> = islands

export function isIslandKind(value: string): value is IslandKind {
  return Object.hasOwn(ISLANDS, value)
}
