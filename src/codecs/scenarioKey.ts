/**
 * Which scenario a comparison column, a checkbox or the current scenario's origin stands for: a preset of
 * the ledger or a saved scenario. Written as text (`preset:<id>`, `saved:<id>`), the form that lists hold,
 * that equality compares and that the page carries in `data-compare` (docs/hooks.md); read back into a
 * {@link ScenarioRef} with {@link parseKey}, never by slicing the text. Pure.
 */

export type PresetKey = `preset:${string}`
export type SavedKey = `saved:${string}`
/** A scenario's key: equal keys are the same scenario. */
export type ScenarioKey = PresetKey | SavedKey

/** What a {@link ScenarioKey} says: which kind of scenario, and its id among those of its kind. */
export type ScenarioRef =
  | { readonly kind: 'preset'; readonly id: string }
  | { readonly kind: 'saved'; readonly id: string }

const PRESET = 'preset:'
const SAVED = 'saved:'

/** The key of the ledger's preset `id`. */
export function presetKey(id: string): PresetKey {
  return `${PRESET}${id}`
}

/** The key of the saved scenario `id`. */
export function savedKey(id: string): SavedKey {
  return `${SAVED}${id}`
}

/** What a key stands for. */
export function parseKey(key: ScenarioKey): ScenarioRef {
  return key.startsWith(PRESET) ? { kind: 'preset', id: key.slice(PRESET.length) } : { kind: 'saved', id: key.slice(SAVED.length) }
}
