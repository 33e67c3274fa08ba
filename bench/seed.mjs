// Saved scenarios to put in localStorage before the app starts, in the app's own storage format.
//
// ┌──────────────────────────────────────────────────────────────────────────────────────────────┐
// │ THE ONE PLACE THAT KNOWS THE STORAGE FORMAT. It mirrors src/codecs/storage.ts (version 1):     │
// │   key STORAGE_KEYS.scenarios → { version: 1, scenarios: [{ id, name, values, createdAt,       │
// │   updatedAt }] }, `values` holding every assumption in base units. The keys are the app's     │
// │   own (src/storageKeys.json, read by tests/support/storage.mjs).                              │
// │ If storage.ts changes (version, shape), change this file; run.mjs checks after loading        │
// │ that the app listed the seeded scenarios and set none aside, and warns if it did not.         │
// └──────────────────────────────────────────────────────────────────────────────────────────────┘
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { STORAGE_KEYS } from '../tests/support/storage.mjs'

export const STORAGE_KEY = STORAGE_KEYS.scenarios
/** Where the app keeps entries it could not read; the benchmark expects it to stay empty. */
export const CORRUPT_KEY = STORAGE_KEYS.corrupt
export const STORAGE_VERSION = 1

export const SEEDED_PREFIX = 'Bench scenario '
/** Seeded scenarios are named `Bench scenario 0001`...: unique, and none a part of another. */
export const seededName = (i) => `${SEEDED_PREFIX}${String(i + 1).padStart(4, '0')}`

/**
 * Assumption ids, as src/model/types.ts lists them: prices per model and kind, and the workload,
 * training, fleet, comparator, capex and market scalars.
 */
const ASSUMPTION_ID = /^(price\.(r1|v3|o1|o1mini|gpt4o)\.(input|cachedInput|output)|workload\.[A-Za-z]+(\.(r1|v3|o1|o1mini|gpt4o))?|(training|fleet|comparator|capex|market)\.[A-Za-z0-9]+)$/

/**
 * Every assumption at its default (the ledger's value), read from seeds/figures.json as the app does.
 * @returns {Record<string, number>}
 */
export function defaultValues() {
  const file = fileURLToPath(new URL('../seeds/figures.json', import.meta.url))
  const { figures, choices } = JSON.parse(readFileSync(file, 'utf8'))
  return Object.fromEntries(
    [...figures, ...choices].filter((f) => ASSUMPTION_ID.test(f.id) && typeof f.value === 'number').map((f) => [f.id, f.value]),
  )
}

/**
 * `count` saved scenarios that differ from each other in a few assumptions (kept within bounds), so a
 * comparison has something to show. Deterministic: the same call gives the same data.
 * @param {number} count
 * @returns {{ id: string, name: string, values: Record<string, number>, createdAt: string, updatedAt: string }[]}
 */
export function makeScenarios(count) {
  const base = defaultValues()
  const start = Date.UTC(2025, 0, 27)
  return Array.from({ length: count }, (_, i) => {
    const at = new Date(start + i * 60_000).toISOString()
    return {
      id: `bench-${String(i + 1).padStart(4, '0')}`,
      name: seededName(i),
      values: {
        ...base,
        'workload.tokens': base['workload.tokens'] * (1 + (i % 10) / 10),
        'training.rentalPrice': Math.min(20, base['training.rentalPrice'] + (i % 8) * 0.25),
        'capex.stargateYears': 1 + (i % 10),
      },
      createdAt: at,
      updatedAt: at,
    }
  })
}

/**
 * The localStorage entries that hold `count` saved scenarios: `{ [key]: text }`.
 * @param {number} count
 * @returns {Record<string, string>}
 */
export function storageEntries(count) {
  if (count === 0) return {}
  return { [STORAGE_KEY]: JSON.stringify({ version: STORAGE_VERSION, scenarios: makeScenarios(count) }) }
}
