/**
 * The saved-scenarios format in browser storage: its types, writing and merging. Reading it (validation
 * and migrations, with zod) is in storageRead.ts, loaded only when storage holds something to read. Pure:
 * the composable `useScenarioStorage` does the reading and writing.
 *
 * Stored under {@link STORAGE_KEY}: `{ version: 1, scenarios: [{ id, name, values, createdAt, updatedAt }],
 * deleted: [{ id, at }] }` (`deleted`, optional, records deletions so that tabs can merge their lists),
 * `values` holding every assumption in base units (so a saved scenario keeps its numbers even when a later
 * ledger changes a default). Entries that cannot be read are never dropped: they are returned in
 * `aside`, for the caller to keep under {@link CORRUPT_KEY} and report.
 */
import { ASSUMPTION_IDS, DEFAULT_AS_OF, MODEL_IDS, clampAssumption, isDay, type AssumptionId, type Assumptions, type ModelId } from '@/model'
import { DEFAULT_DATING, type Dating } from './url'
import { STORAGE_KEYS } from '@/storageKeys'

export const STORAGE_KEY = STORAGE_KEYS.scenarios
export const CORRUPT_KEY = STORAGE_KEYS.corrupt
/** The version this build writes. */
export const STORAGE_VERSION = 1
export const MAX_NAME_LENGTH = 120
/**
 * Stored text longer than this is not parsed (a browser's whole quota is about 5 MB): it is left where it
 * is, reported, and never written over.
 */
export const MAX_STORED_CHARS = 6_000_000

export interface SavedScenario {
  readonly id: string
  readonly name: string
  /** Every assumption, in base units, within bounds. */
  readonly values: Readonly<Record<AssumptionId, number>>
  /** ISO 8601 date-times. */
  readonly createdAt: string
  readonly updatedAt: string
  /** The prices' date and the endpoints picked; absent (stored before dated prices) means the defaults. */
  readonly dating?: Dating
}

/** Something set aside while reading: an entry (as JSON text) or the whole stored text. */
export interface AsideItem {
  readonly reason: 'unreadable' | 'invalid-entry' | 'adjusted'
  readonly data: string
}

export interface ReadResult {
  /** What could be read, in stored order. */
  readonly scenarios: SavedScenario[]
  /** What to keep aside and report. Empty when all went well. */
  readonly aside: AsideItem[]
  /**
   * `empty`: nothing stored; `future`: written by a newer version, read best-effort; `oversized`: too long
   * to parse, left in place.
   */
  readonly status: 'empty' | 'ok' | 'migrated' | 'future' | 'unreadable' | 'oversized'
  /** The version found, if any. */
  readonly version: number | null
  /** False when the stored data must not be written over (a newer version's). */
  readonly writable: boolean
  /** How many entries were read with changes (unknown assumptions dropped, values clamped). */
  readonly adjusted: number
  /** Deleted scenario ids and when they were deleted (ISO 8601). */
  readonly deleted: Deletions
}

/** Deleted scenario id → when (ISO 8601). A scenario deleted in one tab stays deleted in the others. */
export type Deletions = Readonly<Record<string, string>>

/** How many deletions are remembered: enough for tabs to agree, small enough to stay tiny. */
export const MAX_DELETIONS = 200

export interface ReadOptions {
  /** A fresh unique id (for entries that lack one or repeat one). */
  readonly newId: () => string
  /** Used for dates an old format did not keep. */
  readonly now: Date
}

/**
 * Checks untrusted values, keyed by assumption id: unknown ids are dropped and out-of-range numbers clamped
 * (both `adjusted`), missing ids take the defaults. `null` when a known id holds anything but a finite number.
 */
export function checkValues(
  stored: Readonly<Record<string, unknown>>,
  defaults: Assumptions,
): { values: Record<AssumptionId, number>; adjusted: boolean } | null {
  // Id by id rather than key by key: a thousand saved scenarios are read at start-up, and this is most of it.
  const values = {} as Record<AssumptionId, number>
  let adjusted = false
  let known = 0
  for (const id of ASSUMPTION_IDS) {
    if (!Object.hasOwn(stored, id)) {
      values[id] = defaults[id]
      continue
    }
    known++
    const v = stored[id]
    const kept = typeof v === 'number' ? clampAssumption(id, v) : null
    if (kept === null) return null
    if (kept !== v) adjusted = true
    values[id] = kept
  }
  // Keys that are no assumption of this version were dropped.
  if (Object.keys(stored).length !== known) adjusted = true
  return { values, adjusted }
}

const ENDPOINT_ID = /^[a-z0-9][a-z0-9.-]{0,59}$/

/**
 * Reads an untrusted date and picks (`asOf`, `endpoints`) as a stored scenario or a file keeps them: a
 * missing or unreadable date is 27 January 2025, unreadable picks are dropped. Whether a picked endpoint
 * exists is left to the store (an unknown one fills no slot).
 */
export function checkDating(asOf: unknown, endpoints: unknown): Dating {
  const day = typeof asOf === 'string' && isDay(asOf) ? asOf : DEFAULT_AS_OF
  const picks: Partial<Record<ModelId, string>> = {}
  if (typeof endpoints === 'object' && endpoints !== null && !Array.isArray(endpoints)) {
    for (const m of MODEL_IDS) {
      const v = (endpoints as Record<string, unknown>)[m]
      if (typeof v === 'string' && ENDPOINT_ID.test(v)) picks[m] = v
    }
  }
  return day === DEFAULT_AS_OF && Object.keys(picks).length === 0 ? DEFAULT_DATING : { asOf: day, picks }
}

/** The `asOf` and `endpoints` keys written for a date and picks: none for the defaults. */
export function datingFields(dating: Dating | undefined): { asOf?: string; endpoints?: Dating['picks'] } {
  if (!dating) return {}
  return {
    ...(dating.asOf === DEFAULT_AS_OF ? {} : { asOf: dating.asOf }),
    ...(Object.keys(dating.picks).length === 0 ? {} : { endpoints: dating.picks }),
  }
}

/** A name as the app keeps it: trimmed, one line, at most {@link MAX_NAME_LENGTH} characters. */
export function cleanName(name: string): string {
  return Array.from(name.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim()
}

/** The text to store for a list of scenarios, with the deletions other tabs must know about. */
export function writeScenarios(scenarios: readonly SavedScenario[], deleted: Deletions = {}): string {
  const deletions = Object.entries(deleted)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .slice(-MAX_DELETIONS)
    .map(([id, at]) => ({ id, at }))
  return JSON.stringify({
    version: STORAGE_VERSION,
    scenarios: scenarios.map((s) => ({
      id: s.id,
      name: s.name,
      values: s.values,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      ...datingFields(s.dating),
    })),
    ...(deletions.length > 0 ? { deleted: deletions } : {}),
  })
}

/**
 * Merges the list another tab wrote into ours, by id, as a union: the newer `updatedAt` wins for ids in
 * both; ids in only one list are kept unless `deleted` records their deletion. So two tabs saving at the
 * same instant both keep their scenario. Order: `remote`'s, then ours, so that tabs agree and stop writing.
 */
export function mergeScenarios(
  local: readonly SavedScenario[],
  remote: readonly SavedScenario[],
  deleted: Deletions,
): SavedScenario[] {
  const localById = new Map(local.map((s) => [s.id, s]))
  const merged = remote
    .filter((r) => !Object.hasOwn(deleted, r.id))
    .map((r) => {
      const l = localById.get(r.id)
      return l && l.updatedAt > r.updatedAt ? l : r
    })
  const remoteIds = new Set(remote.map((s) => s.id))
  for (const l of local) if (!remoteIds.has(l.id) && !Object.hasOwn(deleted, l.id)) merged.push(l)
  return merged
}

/** The values of a scenario that differ from `defaults`, for display. */
export function differingIds(values: Assumptions, defaults: Assumptions): AssumptionId[] {
  return ASSUMPTION_IDS.filter((id) => values[id] !== defaults[id])
}
