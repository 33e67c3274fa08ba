// The app's storage keys and the storage faults that the end-to-end tests and the benchmark put in the
// page, declared once. Plain JavaScript so that both Playwright's specs and the benchmark's Node scripts
// can import it; the keys are the app's own (src/storageKeys.json).
//
// The page functions below are passed to `page.addInitScript(fn, arg)`: Playwright sends their source to
// the page, so they close over nothing and take everything as their one argument.
import { readFileSync } from 'node:fs'

/** The app's storage keys: `scenarios`, `corrupt` (entries kept aside), `theme`, `language`, `place`. */
export const STORAGE_KEYS = Object.freeze(JSON.parse(readFileSync(new URL('../../src/storageKeys.json', import.meta.url), 'utf8')))

/** One saved scenario as the app stores it (storage version 1), dated 30 January 2025. */
export function storedEntry(id, name, values = {}) {
  return { id, name, values, createdAt: '2025-01-30T00:00:00.000Z', updatedAt: '2025-01-30T00:00:00.000Z' }
}

/**
 * In the page: writes `items` (`{ key: text }`) to localStorage before the app's first load in this tab
 * only, so that a reload reads what the app wrote since.
 */
export function seedOnce(items) {
  if (sessionStorage.getItem('test:seeded')) return
  sessionStorage.setItem('test:seeded', '1')
  for (const [k, v] of Object.entries(items)) localStorage.setItem(k, v)
}

/** In the page: `setItem` throws a QuotaExceededError for `key` while `window.full` is not `false`. */
export function storageFull(key) {
  const setItem = Storage.prototype.setItem
  Storage.prototype.setItem = function (k, v) {
    if (k === key && window.full !== false) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return setItem.call(this, k, v)
  }
}

/**
 * In the page: `getItem` and `setItem` throw a SecurityError for every key that starts with `prefix`
 * (the theme and language keys still work). `window.__storageGet` still reads storage as it is.
 */
export function storageRefused(prefix) {
  const getItem = Storage.prototype.getItem
  Object.defineProperty(window, '__storageGet', { value: (k) => getItem.call(localStorage, k) })
  for (const method of ['getItem', 'setItem']) {
    const original = Storage.prototype[method]
    Storage.prototype[method] = function (...args) {
      if (typeof args[0] === 'string' && args[0].startsWith(prefix)) throw new DOMException('The operation is insecure.', 'SecurityError')
      return original.apply(this, args)
    }
  }
}

/**
 * In the page: reading `window.localStorage` itself throws, as in a browser that blocks site data.
 * `window.__storageGet` still reads storage as it is.
 */
export function localStorageBlocked() {
  const real = window.localStorage
  Object.defineProperty(window, '__storageGet', { value: (k) => real.getItem(k) })
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    },
  })
}

/** In the page: the text under `key`, read past any fault above (`page.evaluate(readStored, key)`). */
export function readStored(key) {
  return window.__storageGet ? window.__storageGet(key) : localStorage.getItem(key)
}
