/**
 * The saved-scenarios format in browser storage: its types and writing it. Reading it (validation, with
 * zod) is in storageRead.ts and its migrations in storageMigrations.ts, both loaded only when storage holds
 * something to read; merging two tabs' lists is in storageMerge.ts, and checking an entry's values, date
 * and name in values.ts. Pure: the composable `useScenarioStorage` does the reading and writing.
 *
 * Stored under {@link STORAGE_KEY}: `{ version: 1, scenarios: [{ id, name, values, createdAt, updatedAt }],
 * deleted: [{ id, at }] }` (`deleted`, optional, records deletions so that tabs can merge their lists),
 * `values` holding every assumption in base units (so a saved scenario keeps its numbers even when a later
 * ledger changes a default). Entries that cannot be read are never dropped: they are returned in
 * `aside`, for the caller to keep under {@link CORRUPT_KEY} and report.
 */
import type { AssumptionId } from '@/model'
import { STORAGE_KEYS } from '@/storageKeys'
import { deletionRecords } from './storageMerge'
import type { Dating } from './url'
import { datingFields } from './values'

export const STORAGE_KEY = STORAGE_KEYS.scenarios
export const CORRUPT_KEY = STORAGE_KEYS.corrupt
/** The version this build writes. */
export const STORAGE_VERSION = 1
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
   * to parse, left in place. What is `future` or `oversized` is never written over.
   */
  readonly status: 'empty' | 'ok' | 'migrated' | 'future' | 'unreadable' | 'oversized'
  /** The version found, if any. */
  readonly version: number | null
  /** Deleted scenario ids and when they were deleted (ISO 8601). */
  readonly deleted: Deletions
}

/** Deleted scenario id → when (ISO 8601). A scenario deleted in one tab stays deleted in the others. */
export type Deletions = Readonly<Record<string, string>>

export interface ReadOptions {
  /** A fresh unique id (for entries that lack one or repeat one). */
  readonly newId: () => string
  /** Used for dates an old format did not keep. */
  readonly now: Date
}

/** The text to store for a list of scenarios, with the deletions other tabs must know about. */
export function writeScenarios(scenarios: readonly SavedScenario[], deleted: Deletions = {}): string {
  const deletions = deletionRecords(deleted)
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
