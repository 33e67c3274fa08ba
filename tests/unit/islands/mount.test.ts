import { createPinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSSRApp, defineComponent, h, inject } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { mountIsland, mountIslands, nextTurn, type Found, type MountIslandsOptions } from '@/islands/mount'
import { ISLANDS, type Facet, type IslandKind, type IslandSpec } from '@/islands/registry'
import { SCHEDULER, createScheduler } from '@/islands/scheduler'
import { useAssumptionsStore } from '@/stores/assumptions'
import { i18nFor } from '../helpers'

const Greeting = defineComponent({
  props: { name: { type: String, required: true } },
  setup(props) {
    const scheduler = inject(SCHEDULER, null)
    return () => h('p', { 'data-scheduler': scheduler ? 'yes' : 'no' }, `Hello ${props.name}`)
  },
})

const spec: IslandSpec = { load: async () => ({ default: Greeting }), props: (name) => ({ name }), depends: ['scenario'] }

function options(changed: Facet[] = [], root?: ParentNode): MountIslandsOptions {
  return { pinia: createPinia(), i18n: i18nFor('en'), scheduler: createScheduler(), changed: new Set(changed), root }
}

/** An island as the prerendered page holds it: inert, with its component's server HTML inside. */
async function prerendered(arg: string): Promise<HTMLElement> {
  const el = document.createElement('div')
  el.dataset.island = 'test'
  el.dataset.arg = arg
  el.setAttribute('inert', '')
  const html = await renderToString(createSSRApp(Greeting, { name: arg }))
  el.append(...new DOMParser().parseFromString(html, 'text/html').body.childNodes)
  document.body.append(el)
  return el
}

/** An island of the page, as the prerendered page marks it. */
function island(kind: string, attrs: Record<string, string> = {}, parent: ParentNode = document.body): HTMLElement {
  const el = document.createElement('div')
  el.dataset.island = kind
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value)
  parent.append(el)
  return el
}

afterEach(() => {
  document.body.replaceChildren()
  vi.unstubAllGlobals()
})

describe('mountIsland', () => {
  it('hydrates the prerendered HTML when nothing it depends on changed: the same elements, now live', async () => {
    const el = await prerendered('Ada')
    const p = el.querySelector('p')
    mountIsland(el, spec, Greeting, options(['browser']))
    expect(el.querySelector('p')).toBe(p)
    expect(el.dataset.live).toBe('')
    expect(el.hasAttribute('inert')).toBe(false)
  })

  it('renders afresh when something it depends on differs from the prerendered page', async () => {
    const el = await prerendered('Ada')
    const p = el.querySelector('p')
    mountIsland(el, spec, Greeting, options(['scenario']))
    expect(el.querySelector('p')).not.toBe(p)
    expect(el.textContent).toBe('Hello Ada')
    expect(el.dataset.live).toBe('')
  })

  it('renders an island the page leaves empty, with its props and the scheduler it was given', () => {
    const el = document.createElement('div')
    el.dataset.arg = 'Grace'
    document.body.append(el)
    mountIsland(el, { ...spec, render: 'start' }, Greeting, options())
    expect(el.querySelector('p')?.textContent).toBe('Hello Grace')
    expect(el.querySelector('p')?.dataset.scheduler).toBe('yes')
  })
})

describe('mountIslands', () => {
  it('makes every island of the page live, sharing one store: a change reaches them all', async () => {
    island('claim', { 'data-arg': 'claim.o1mini' })
    island('claim', { 'data-arg': 'claim.o1' })
    island('results', { 'data-arg': 'api' })
    island('no-such-kind')
    const o = options(['scenario'])
    const { apps } = await mountIslands(o)
    expect(apps).toHaveLength(3)
    expect(document.querySelectorAll('[data-island][data-live]')).toHaveLength(3)
    expect(document.querySelector('[data-island="no-such-kind"]')?.hasAttribute('data-live')).toBe(false)

    const ratio = () => document.querySelector('[data-result="claim.o1mini"]')?.getAttribute('data-value')
    expect(Number(ratio())).toBeCloseTo(12 / 2.19)
    useAssumptionsStore(o.pinia).set('price.r1.output', 4)
    await vi.waitFor(() => expect(Number(ratio())).toBeCloseTo(12 / 4), { timeout: 10_000 })
    apps.forEach((app) => app.unmount())
  })

  it('leaves an island that is already live alone', async () => {
    island('claim', { 'data-arg': 'claim.o1', 'data-live': '' }).append('mine')
    const { apps } = await mountIslands(options(['scenario']))
    expect(apps).toHaveLength(0)
    expect(document.body.textContent).toBe('mine')
  })

  /** The order in which islands go live, as `data-arg`s. */
  function liveOrder(): string[] {
    const order: string[] = []
    new MutationObserver((records) => {
      for (const r of records) if (r.target instanceof HTMLElement && r.target.dataset.live !== undefined) order.push(r.target.dataset.arg ?? '')
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-live'] })
    return order
  }

  /** Stands in for IntersectionObserver: reports every box observed once, a moment later, in view if `inView` says so. */
  function viewport(inView: (box: Element) => boolean): void {
    vi.stubGlobal('IntersectionObserver', class {
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        setTimeout(() => this.callback([{ isIntersecting: inView(target), target } as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver), 1)
      }
      unobserve() {}
      disconnect() {}
    })
  }

  it('takes its first turn once it knows which islands are in view: those go first', async () => {
    const far = document.createElement('section')
    const here = document.createElement('section')
    document.body.append(far, here)
    for (const arg of ['claim.o1', 'claim.o1mini']) island('claim', { 'data-arg': arg }, far).append(document.createElement('p'))
    island('claim', { 'data-arg': 'claim.r1Price' }, here).append(document.createElement('p'))
    viewport((box) => here.contains(box))
    const order = liveOrder()
    const { apps } = await mountIslands(options(['scenario']))
    await vi.waitFor(() => expect(order).toHaveLength(3))
    expect(order[0]).toBe('claim.r1Price')
    apps.forEach((app) => app.unmount())
  })

  it('lets held islands go first only when they were kept waiting', async () => {
    // Storage read at once (nothing saved): the held island keeps its place in the page's order.
    viewport(() => true)
    island('claim', { 'data-arg': 'claim.o1' })
    island('scenario-current', { 'data-arg': 'saved' })
    island('claim', { 'data-arg': 'claim.o1mini' })
    const order = liveOrder()
    const { apps } = await mountIslands({ ...options(), held: { facets: new Set<Facet>(['scenarios']), until: Promise.resolve() } })
    await vi.waitFor(() => expect(order).toHaveLength(3))
    expect(order.indexOf('saved')).toBeGreaterThan(order.indexOf('claim.o1'))
    apps.forEach((app) => app.unmount())
  })

  it('keeps the islands that depend on held facets waiting, and makes the others live meanwhile', async () => {
    // Both show numbers, and the held one comes first in the page: without the hold, it would go first.
    const saved = island('scenario-current')
    const claim = island('claim', { 'data-arg': 'claim.o1' })
    let release = () => {}
    const until = new Promise<void>((resolve) => (release = resolve))
    const done = mountIslands({ ...options(), held: { facets: new Set<Facet>(['scenarios']), until } })
    await vi.waitFor(() => expect(claim.dataset.live).toBe(''), { timeout: 10_000 })
    expect(saved.dataset.live).toBeUndefined()
    release()
    const { apps } = await done
    expect(saved.dataset.live).toBe('')
    apps.forEach((app) => app.unmount())
  })

  it('builds a "near" island only once it comes near the viewport', async () => {
    const observed: Array<{ callback: IntersectionObserverCallback; targets: Element[] }> = []
    vi.stubGlobal('IntersectionObserver', class {
      readonly entry: { callback: IntersectionObserverCallback; targets: Element[] }
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: [] }
        observed.push(this.entry)
      }
      observe(target: Element) { this.entry.targets.push(target) }
      unobserve() {}
      disconnect() {}
    })
    const section = document.createElement('section')
    document.body.append(section)
    const table = island('sources-table', { 'data-render': 'near' }, section)
    const { stop } = await mountIslands(options())
    expect(table.dataset.live).toBeUndefined()

    const watch = observed.find((o) => o.targets.includes(table.parentElement!))
    expect(watch).toBeDefined()
    watch!.callback([{ isIntersecting: true, target: table.parentElement! } as unknown as IntersectionObserverEntry], {} as IntersectionObserver)
    await vi.waitFor(() => expect(table.dataset.live).toBe(''), { timeout: 10_000 })
    expect(table.querySelector('table')).not.toBeNull()
    stop()
  })
})

describe('nextTurn', () => {
  const found = (kind: IslandKind): Found => ({ el: document.createElement('div'), kind, spec: ISLANDS[kind] })
  const [chart, controls, table, claim] = [found('chart'), found('controls'), found('api-table'), found('claim')]
  const queue = [claim, chart, controls, table]

  it('takes the numbers in the viewport before the controls that move them, and those before the rest', () => {
    expect(nextTurn(queue, new Set([chart, controls, table]))).toBe(3)
    expect(nextTurn(queue, new Set([chart, controls]))).toBe(2)
    expect(nextTurn(queue, new Set([chart]))).toBe(1)
  })

  it('takes what is in the viewport before what is only near it, whatever its role', () => {
    expect(nextTurn(queue, new Set([controls]), new Set([claim, table]))).toBe(2)
    expect(nextTurn(queue, new Set(), new Set([chart, table]))).toBe(3)
  })

  it('says -1 when nothing is in or near the viewport (page order then)', () => {
    expect(nextTurn(queue, new Set(), new Set())).toBe(-1)
  })
})
