/**
 * Makes the page's islands live (see registry.ts): each becomes a Vue app of its own, sharing the page's
 * Pinia and vue-i18n, in short tasks. The order follows the visitor: the prerendered islands, then those
 * the browser renders, in page order; but whichever is or comes near the viewport (a visitor scrolling, or
 * jumping to a lens) goes to the front of the queue, the numbers there before the controls that move them.
 */
import type { Pinia } from 'pinia'
import { createApp, createSSRApp, type App, type Component, type Plugin } from 'vue'
import { ISLANDS, isIslandKind, type Facet, type IslandKind, type IslandSpec } from './registry'
import { SCHEDULER, type Scheduler } from './scheduler'

export interface MountIslandsOptions {
  readonly pinia: Pinia
  readonly i18n: Plugin
  readonly scheduler: Scheduler
  /** What differs from the prerendered page: an island depending on any of these renders afresh. */
  readonly changed: ReadonlySet<Facet>
  readonly root?: ParentNode
  /** How far from the viewport a `near` island is built, as an IntersectionObserver root margin. */
  readonly nearMargin?: string
  /** How far from the viewport an island waiting its turn goes to the front of the queue. */
  readonly priorityMargin?: string
  /** Islands that depend on any of `facets` wait for `until` (the saved scenarios being read); the rest go on. */
  readonly held?: { readonly facets: ReadonlySet<Facet>; readonly until: Promise<void> }
}

export interface MountedIslands {
  readonly apps: readonly App[]
  /** Stops watching for `near` islands. */
  stop(): void
}

export interface Found {
  readonly el: HTMLElement
  readonly kind: IslandKind
  readonly spec: IslandSpec
}

/** How long the first turn waits to know which islands are in view, in ms. */
const PLACING_MS = 100
const renderOf = (f: Found) => f.spec.render ?? 'page'
const ROLE_ORDER = ['numbers', 'controls', undefined] as const

function find(root: ParentNode): Found[] {
  return [...root.querySelectorAll<HTMLElement>('[data-island]')].flatMap((el) => {
    const kind = el.dataset.island ?? ''
    return isIslandKind(kind) && el.dataset.live === undefined ? [{ el, kind, spec: ISLANDS[kind] }] : []
  })
}

/**
 * What to watch for an island coming near: islands are `display: contents`, so their first element
 * child, or, while they are still empty, their parent.
 */
function boxOf(el: HTMLElement): Element {
  return el.firstElementChild ?? el.parentElement ?? el
}

/**
 * Mounts one island: hydrates its prerendered HTML, or renders it afresh when something it depends on
 * differs from the prerendered page (or the page does not hold it). It is live from then on.
 */
export function mountIsland(el: HTMLElement, spec: IslandSpec, component: Component, o: MountIslandsOptions): App {
  const fresh = (spec.render ?? 'page') !== 'page' || spec.depends.some((f) => o.changed.has(f))
  const props = spec.props?.(el.dataset.arg ?? '')
  const app = (fresh ? createApp : createSSRApp)(component, props)
  app.use(o.pinia).use(o.i18n).provide(SCHEDULER, o.scheduler)
  app.mount(el)
  el.removeAttribute('inert')
  el.dataset.live = ''
  return app
}

interface NearWatch {
  readonly observer: IntersectionObserver | null
  /** Resolves once the observer has said where every island is (at once without IntersectionObserver). */
  readonly placed: Promise<void>
}

/** Calls `near` for each island whose box comes within `margin` of the viewport (at once without IntersectionObserver). */
function watchNear(islands: readonly Found[], margin: string, near: (f: Found) => void): NearWatch {
  if (typeof IntersectionObserver === 'undefined' || islands.length === 0) {
    islands.forEach(near)
    return { observer: null, placed: Promise.resolve() }
  }
  const byBox = new Map<Element, Found[]>()
  for (const f of islands) {
    const box = boxOf(f.el)
    byBox.set(box, [...(byBox.get(box) ?? []), f])
  }
  // Every box observed is reported once, in view or not, with the next frame's layout.
  const unplaced = new Set(byBox.keys())
  let placed = () => {}
  const placing = new Promise<void>((resolve) => (placed = resolve))
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      unplaced.delete(entry.target)
      if (!entry.isIntersecting) continue
      observer.unobserve(entry.target)
      byBox.get(entry.target)?.forEach(near)
    }
    if (unplaced.size === 0) placed()
  }, { rootMargin: margin })
  for (const box of byBox.keys()) observer.observe(box)
  return { observer, placed: placing }
}

/**
 * Whose turn it is: the first island in the viewport, then the first near it; numbers before controls
 * before the rest each time (see `role` in registry.ts). With none in or near the viewport, the first in
 * page order (-1 then).
 */
export function nextTurn(queue: readonly Found[], ...closeness: ReadonlyArray<ReadonlySet<Found>>): number {
  for (const close of closeness) {
    for (const role of ROLE_ORDER) {
      const i = queue.findIndex((f) => close.has(f) && f.spec.role === role)
      if (i >= 0) return i
    }
  }
  return -1
}

/**
 * Makes every island but the `near` ones live, and resolves once they all are. `near` islands are built
 * as they come within `nearMargin` of the viewport.
 */
export async function mountIslands(o: MountIslandsOptions): Promise<MountedIslands> {
  const found = find(o.root ?? document)
  const apps: App[] = []
  // Every island's code is fetched at once; each is mounted once its turn comes and its code is in.
  const code = new Map<IslandKind, ReturnType<IslandSpec['load']>>()
  const load = (f: Found) => {
    let p = code.get(f.kind)
    if (!p) code.set(f.kind, (p = f.spec.load()))
    return p
  }
  const mount = async (f: Found) => {
    if (f.el.dataset.live !== undefined) return
    const { default: component } = await load(f)
    if (f.el.dataset.live === undefined) apps.push(mountIsland(f.el, f.spec, component, o))
  }

  const atStart = found.filter((f) => renderOf(f) !== 'near')
  atStart.forEach((f) => void load(f))
  const queue = [...atStart.filter((f) => renderOf(f) === 'page'), ...atStart.filter((f) => renderOf(f) === 'start')]
  // Those in the viewport go first, then those near it; numbers before controls, in page order.
  // IntersectionObserver says which, with the next frame: asking the layout for each island's place now
  // would force one before its time.
  const inView = new Set<Found>()
  const near = new Set<Found>()
  const watches = [
    watchNear(queue, '0px', (f) => inView.add(f)),
    watchNear(queue, o.priorityMargin ?? '50% 0px', (f) => near.add(f)),
  ]
  // The first turn is the viewport's: wait the frame it takes to know which islands are there (the
  // visitor may have jumped to a lens), rather than start with the page's first islands. A page that
  // draws no frame (a tab in the background) goes on in page order after a moment.
  await Promise.race([Promise.all(watches.map((w) => w.placed)), new Promise((resolve) => setTimeout(resolve, PLACING_MS))])
  let released = o.held === undefined
  const until = o.held?.until.catch(() => {}).then(() => void (released = true))
  const isHeld = (f: Found) => f.spec.depends.some((d) => o.held?.facets.has(d))
  // Whether a held island has been passed over: once what it waited for is in, it goes first (its place
  // was kept empty meanwhile). Saved scenarios read before any turn came hold nothing back.
  let passedOver = false
  while (queue.length > 0) {
    await o.scheduler.slice()
    const open = released ? queue : queue.filter((f) => !isHeld(f))
    if (open.length === 0) {
      await until
      continue
    }
    if (!released && open.length < queue.length) passedOver = true
    const waited = released && passedOver ? queue.find(isHeld) : undefined
    const f = waited ?? open[Math.max(0, nextTurn(open, inView, near))]
    if (!f) continue
    queue.splice(queue.indexOf(f), 1)
    await mount(f)
  }
  watches.forEach((w) => w.observer?.disconnect())

  // Then, what is built only as a visitor comes near it.
  const later = found.filter((f) => renderOf(f) === 'near')
  const laterWatch = watchNear(later, o.nearMargin ?? '150% 0px', (f) => void mount(f))
  return { apps, stop: () => laterWatch.observer?.disconnect() }
}
