/* eslint-disable vue/one-component-per-file -- a test page is made of several small components */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, onMounted, ref, type App } from 'vue'
import { renderToString } from 'vue/server-renderer'

type Hydration = typeof import('@/hydration')

/** Puts prerendered HTML in the page, as the server would have sent it. */
function serve(html: string): void {
  const parsed = new DOMParser().parseFromString(`<div id="app">${html}</div>`, 'text/html')
  document.body.replaceChildren(...parsed.body.childNodes)
}

/** A fresh copy of the hydration module: its state is once per page. */
async function fresh(): Promise<Hydration> {
  vi.resetModules()
  return import('@/hydration')
}

/**
 * A page: a control that waits for the whole page, three cards that are boundaries of their own, and a
 * lazily loaded section whose code arrives after `delayMs`. `mounted` records the order things came alive.
 */
function page(hydration: Hydration, mounted: string[], delayMs: number) {
  const Card = defineComponent({
    props: { n: { type: Number, required: true } },
    setup(props) {
      const clicks = ref(0)
      onMounted(() => mounted.push(`card ${props.n}`))
      return () => h('button', { class: 'card', onClick: () => clicks.value++ }, `${props.n}: ${clicks.value}`)
    },
  })
  const Section = defineComponent({
    setup() {
      onMounted(() => mounted.push('section'))
      return () => h('section', 'lazy')
    },
  })
  // What import() gives: a module namespace.
  const module = { [Symbol.toStringTag]: 'Module', default: Section }
  const LazySection = hydration.lazySection(() => new Promise<typeof module>((resolve) => setTimeout(() => resolve(module), delayMs)))
  return defineComponent({
    setup() {
      const Step = hydration.stepwise(Card)
      const live = hydration.live
      return () => h('main', [
        h('input', { disabled: !live.value }),
        ...[1, 2, 3].map((n) => h(Step, { n })),
        h(LazySection),
      ])
    },
  })
}

async function prerender(): Promise<string> {
  const server = await fresh()
  // As the build does: the prerendered page has its controls disabled.
  server.startHydration(true)
  return renderToString(createSSRApp(page(server, [], 0)))
}

let app: App | undefined
afterEach(() => {
  app?.unmount()
  app = undefined
  document.body.replaceChildren()
})

describe('stepwise hydration', () => {
  it('hydrates the boundaries after the mount, in page order, then goes live, without mismatches', async () => {
    const html = await prerender()
    expect(html).toContain('disabled')
    serve(html)
    const warn = vi.spyOn(console, 'warn')
    const error = vi.spyOn(console, 'error')

    const client = await fresh()
    const mounted: string[] = []
    app = createSSRApp(page(client, mounted, 30))
    client.startHydration(true)
    app.mount('#app')

    // The mount hydrates only what lies outside the boundaries.
    expect(mounted).toEqual([])
    expect(client.isHydrating()).toBe(true)
    expect(client.live.value).toBe(false)
    let settled = false
    void client.whenHydrated().then(() => (settled = true))

    await client.whenHydrated()
    // The section's code came last, so it hydrated last; whenHydrated waited for it.
    expect(mounted).toEqual(['card 1', 'card 2', 'card 3', 'section'])
    expect(settled).toBe(true)
    expect(client.isHydrating()).toBe(false)
    expect(client.live.value).toBe(true)

    // The page is live: controls enabled, handlers attached to the prerendered elements.
    await Promise.resolve()
    expect(document.querySelector('input')?.disabled).toBe(false)
    const second = document.querySelectorAll<HTMLButtonElement>('button.card')[1]
    second?.click()
    await Promise.resolve()
    expect(second?.textContent).toBe('2: 1')
    const mismatch = (spy: typeof warn) => spy.mock.calls.some((args) => String(args[0]).includes('ydration'))
    expect(mismatch(warn)).toBe(false)
    expect(mismatch(error)).toBe(false)
  })

  it('does not hydrate everything in one task', async () => {
    const html = await prerender()
    serve(html)
    const client = await fresh()
    const mounted: string[] = []
    app = createSSRApp(page(client, mounted, 0))
    client.startHydration(true)
    app.mount('#app')
    // A task posted now runs before the scheduler has finished: some boundaries are still to come.
    const midway = await new Promise<number>((resolve) => setTimeout(() => resolve(mounted.length), 0))
    expect(midway).toBeLessThan(4)
    await client.whenHydrated()
    expect(mounted).toHaveLength(4)
  })

  it('is live at once when nothing was prerendered, and boundaries are the plain components', async () => {
    const client = await fresh()
    client.startHydration(false)
    expect(client.isHydrating()).toBe(false)
    expect(client.live.value).toBe(true)
    await client.whenHydrated()
    const Plain = defineComponent({ setup: () => () => h('p') })
    expect(client.stepwise(Plain)).toBe(Plain)
  })
})
