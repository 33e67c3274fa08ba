import { defineAsyncComponent, type Component } from 'vue'
import { ISLANDS, type IslandKind } from './registry'

const components = new Map<IslandKind, Component>()

/** The island's component as an async component, made once per kind (for PageIsland.vue). */
export function islandComponent(kind: IslandKind): Component {
  let c = components.get(kind)
  if (!c) components.set(kind, (c = defineAsyncComponent(ISLANDS[kind].load)))
  return c
}
