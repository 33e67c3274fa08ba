import keys from './storageKeys.json'

/**
 * Everything the app keeps in the browser's storage, by key. The keys themselves are in storageKeys.json,
 * which the end-to-end tests and the benchmark read too (tests/support/storage.mjs), so that none is typed
 * twice.
 */
export const STORAGE_KEYS: {
  /** localStorage: saved scenarios (src/codecs/storage.ts). */
  readonly scenarios: string
  /** localStorage: entries that could not be read, kept aside rather than lost. */
  readonly corrupt: string
  /** localStorage: the theme the visitor picked, `auto`, `light` or `dark`. */
  readonly theme: string
  /** localStorage: the language the visitor picked with the switch, `en` or `fr`. */
  readonly language: string
  /** sessionStorage: the place on the page, written just before switching language (src/place.ts). */
  readonly place: string
} = keys
