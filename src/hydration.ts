/**
 * Hydration in small steps.
 *
 * The page is prerendered in English at the defaults. Hydrating all of it in one go is one long task on
 * a phone, during which the page cannot answer a tap. So the page is cut into boundaries (the lazily
 * loaded sections, and inside them the claim cards, sliders, charts, tables and panels, see `stepwise`),
 * and a scheduler hydrates them in page order, a couple of milliseconds' worth per task, yielding to the
 * browser in between.
 *
 * Until the last boundary is live, nothing may change what the page shows: a boundary that hydrates
 * after a change would find HTML that no longer matches. So the controls that change the scenario or the
 * language stay disabled until then (`live`), and the visitor's language, the share link and saved
 * scenarios are applied only once `whenHydrated()` resolves.
 */
import { defineAsyncComponent, readonly, shallowRef, type Component, type HydrationStrategy } from 'vue'

/**
 * Work per task before yielding: a long task is 50 ms on a phone several times slower than a desktop,
 * and one boundary can take a few milliseconds on its own.
 */
const SLICE_MS = 2

const queue: Array<() => void> = []
/** Boundaries whose code is still loading: their hydration is not queued yet. */
let loading = 0
let prerendered = false
let started = false
let posted = false
let done = false

let settle: () => void = () => {}
const settled = new Promise<void>((resolve) => (settle = resolve))

// The server renders controls disabled; in the browser they are live unless there is HTML to hydrate.
const isLive = shallowRef(!import.meta.env.SSR)

/** True once every part of the page is live (at once when nothing was prerendered). */
export const live = readonly(isLive)

// Not on the server, where an open port would keep the prerendering process alive.
const channel = import.meta.env.SSR || typeof MessageChannel === 'undefined' ? null : new MessageChannel()
if (channel) channel.port1.onmessage = () => run()

/** Runs `run` in a task of its own, without the 4 ms clamp that nested timers get. */
function post(): void {
  if (posted || done || !started) return
  posted = true
  if (channel) channel.port2.postMessage(null)
  else setTimeout(run, 0)
}

function run(): void {
  posted = false
  const start = performance.now()
  while (queue.length > 0) {
    queue.shift()?.()
    if (performance.now() - start >= SLICE_MS) break
  }
  if (queue.length > 0) post()
  else if (loading === 0) finish()
}

function finish(): void {
  if (done) return
  done = true
  isLive.value = true
  // After hydration, enabling every control re-renders them: what waits for the page runs in a later task.
  if (prerendered) setTimeout(settle, 0)
  else settle()
}

/**
 * Called once by main.ts, just before mounting: whether there is prerendered HTML to hydrate. The first
 * steps run in the task after the mount, which hydrates everything outside the boundaries.
 */
export function startHydration(hasPrerenderedHtml: boolean): void {
  prerendered = hasPrerenderedHtml
  started = true
  if (!prerendered) return finish()
  isLive.value = false
  post()
}

/** Resolves once the whole page is live (at once when nothing was prerendered). */
export function whenHydrated(): Promise<void> {
  return prerendered ? settled : Promise.resolve()
}

/** True while prerendered HTML is being hydrated. */
export function isHydrating(): boolean {
  return prerendered && !done
}

/** Queues a boundary's hydration: it runs in a later task, in the order boundaries were met. */
const inTurn: HydrationStrategy = (hydrate) => {
  queue.push(hydrate)
  post()
}

/** Counts a boundary's code as loading until it arrives, then lets the scheduler look again. */
function tracked<T>(loader: () => Promise<T>): () => Promise<T> {
  return () => {
    loading++
    // Vue queues the boundary's hydration in a microtask once its code is in: count it as loading until
    // a later task, when that has surely happened.
    return loader().finally(() => setTimeout(() => {
      loading--
      post()
    }, 0))
  }
}

const sectionLoaders: Array<() => Promise<unknown>> = []

/** A section whose code loads after the first paint, hydrated in its turn. */
export function lazySection<T extends Component>(loader: () => Promise<{ default: T }>): T {
  sectionLoaders.push(loader)
  return defineAsyncComponent({ loader: tracked(loader), hydrate: inTurn }) as T
}

/**
 * Starts fetching every lazy section's code. Called before mounting, in a task of its own, so that the
 * mount, which asks for them again, finds them on their way (import() fetches a module once).
 */
export function loadSections(): void {
  for (const load of sectionLoaders) void load().catch(() => {})
}

const boundaries = new WeakMap<Component, Component>()

/**
 * `component` as a boundary of its own while the page hydrates, so that it hydrates in a task of its
 * own; the component itself otherwise (on the server, after hydration, in tests). Call it in `setup`:
 * the choice is made once per parent instance, so a parent never swaps one for the other.
 */
export function stepwise<T extends Component>(component: T): T {
  if (!isHydrating()) return component
  let boundary = boundaries.get(component)
  if (!boundary) {
    boundary = defineAsyncComponent({ loader: tracked(() => Promise.resolve(component)), hydrate: inTurn })
    boundaries.set(component, boundary)
  }
  return boundary as T
}
