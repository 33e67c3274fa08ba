/** Everything the app keeps in the browser's localStorage, by key. */
export const STORAGE_KEYS = {
  /** Saved scenarios (src/state/storage.ts). */
  scenarios: 'cost-gap:scenarios',
  /** Entries that could not be read, kept aside rather than lost. */
  corrupt: 'cost-gap:scenarios:corrupt',
  /** The theme the visitor picked: `auto`, `light` or `dark`. */
  theme: 'cost-gap:theme',
  /** The language the visitor picked with the switch: `en` or `fr`. */
  language: 'cost-gap:lang',
} as const
