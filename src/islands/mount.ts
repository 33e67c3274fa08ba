/**
 * Makes the prerendered page's islands live (see registry.ts): each becomes a Vue app of its own, sharing
 * the page's Pinia and vue-i18n, in page order with those on screen first, each in a short task.
 */
import type { Pinia } from 'pinia'
import { createApp, createSSRApp, type App, type Plugin } from 'vue'
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
}

export interface MountedIslands {
  readonly apps: readonly App[]
  /** Stops watching for `near` islands. */
  stop(): void
}

interface Found {
  readonly el: HTMLElement
  readonly kind: IslandKind
  readonly spec: IslandSpec
}

function find(root: ParentNode): Found[] {
  return [...root.querySelectorAll<HTMLElement>('[data-island]')].flatMap((el) => {
    const kind = el.dataset.island ?? ''
    return isIslandKind(kind) && el.dataset.live === undefined ? [{ el, kind, spec: ISLANDS[kind] }] : []
  })
}

/** Islands are `display: contents`: their first element child says where they are. */
function onScreen(el: HTMLElement): boolean {
  const box = (el.firstElementChild ?? el).getBoundingClientRect()
  return box.bottom > 0 && box.top < window.innerHeight && box.height > 0
}

/**
 * Mounts one island: hydrates its prerendered HTML, or renders it afresh when something it depends on
 * differs from the prerendered page (or it was not prerendered). It is live from then on.
 */
export function mountIsland(el: HTMLElement, spec: IslandSpec, component: Parameters<typeof createApp>[0], o: MountIslandsOptions): App {
  const fresh = spec.when === 'near' || spec.depends.some((f) => o.changed.has(f))
  const props = spec.props?.(el.dataset.arg ?? '')
  const app = (fresh ? createApp : createSSRApp)(component, props)
  app.use(o.pinia).use(o.i18n).provide(SCHEDULER, o.scheduler)
  app.mount(el)
  el.removeAttribute('inert')
  el.dataset.live = ''
  return app
}

/**
 * Makes every `start` island live, on-screen ones first, then the rest in page order, yielding between
 * them. Resolves once they all are. `near` islands are built as they come within `nearMargin` of the
 * viewport (or at once where IntersectionObserver is missing).
 */
export async function mountIslands(o: MountIslandsOptions): Promise<MountedIslands> {
  const found = find(o.root ?? document)
  const apps: App[] = []
  // Every island's code is fetched at once; each is mounted as soon as its turn comes and its code is in.
  const code = new Map<IslandKind, ReturnType<IslandSpec['load']>>()
  const load = (f: Found) => {
    let p = code.get(f.kind)
    if (!p) code.set(f.kind, (p = f.spec.load()))
    return p
  }
  const atStart = found.filter((f) => f.spec.when !== 'near')
  for (const f of atStart) void load(f)

  const near = found.filter((f) => f.spec.when === 'near')
  let observer: IntersectionObserver | null = null
  const build = async (f: Found) => {
    if (f.el.dataset.live !== undefined) return
    apps.push(mountIsland(f.el, f.spec, (await load(f)).default, o))
  }
  if (near.length > 0) {
    if (typeof IntersectionObserver === 'undefined') for (const f of near) void build(f)
    else {
      const byEl = new Map(near.map((f) => [f.el, f]))
      observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          const f = byEl.get(entry.target as HTMLElement)
          if (!f || !entry.isIntersecting) continue
          observer?.unobserve(f.el)
          void build(f)
        }
      }, { rootMargin: o.nearMargin ?? '150% 0px' })
      // A `near` island holds nothing until built: its parent says where it is.
      for (const f of near) {
        byEl.set(f.el.parentElement as HTMLElement, f)
        observer.observe(f.el.parentElement as HTMLElement)
      }
    }
  }

  const visible = atStart.filter((f) => onScreen(f.el))
  const ordered = [...visible, ...atStart.filter((f) => !visible.includes(f))]
  for (const f of ordered) {
    const { default: component } = await load(f)
    await o.scheduler.slice()
    apps.push(mountIsland(f.el, f.spec, component, o))
  }
  return { apps, stop: () => observer?.disconnect() }
}
