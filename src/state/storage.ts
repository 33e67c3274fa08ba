/**
 * The saved-scenarios format in browser storage, its validation and its migrations. Pure: the
 * composable `useScenarioStorage` does the reading and writing.
 *
 * Stored under {@link STORAGE_KEY}: `{ version: 1, scenarios: [{ id, name, values, createdAt, updatedAt }],
 * deleted: [{ id, at }] }` (`deleted`, optional, records deletions so that tabs can merge their lists),
 * `values` holding every assumption in base units (so a saved scenario keeps its numbers even when a later
 * ledger changes a default). Entries that cannot be read are never dropped: they are returned in
 * `aside`, for the caller to keep under {@link CORRUPT_KEY} and report.
 */
import * as z from 'zod/mini'
import { ASSUMPTION_IDS, clampAssumption, isAssumptionId, type AssumptionId, type Assumptions } from '@/model'
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


const Text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max))

const Deletion = z.object({ id: Text(100), at: Text(40) })

/** Reads the `deleted` records leniently: anything malformed is ignored (it only ever un-deletes). */
function readDeletions(value: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>
  if (!Array.isArray(value)) return out
  for (const item of value.slice(-MAX_DELETIONS)) {
    const r = Deletion.safeParse(item)
    if (r.success) out[r.data.id] = r.data.at
  }
  return out
}

/** A plain JSON object; its values are checked by {@link checkValues} (one pass, a thousand entries load fast). */
export const ValuesObject = z.custom<Readonly<Record<string, unknown>>>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
)

/** One saved scenario, before its values are checked one by one. */
const StoredEntry = z.object({
  id: Text(100),
  name: Text(MAX_NAME_LENGTH * 2),
  values: ValuesObject,
  createdAt: Text(40),
  updatedAt: Text(40),
})

const Envelope = z.looseObject({
  version: z.number().check(z.int(), z.minimum(0)),
  scenarios: z.array(z.unknown()),
})

/** Version 0: a bare array of `{ name, values }`, without an envelope, ids or dates. */
const V0Entry = z.looseObject({ name: z.string(), values: z.unknown(), id: z.optional(z.string()) })

export interface ReadOptions {
  /** A fresh unique id (for entries that lack one or repeat one). */
  readonly newId: () => string
  /** Used for dates an old format did not keep. */
  readonly now: Date
}

/**
 * Migrations, keyed by the version they upgrade from. Each takes the parsed JSON of that version and returns
 * the next version's; entries they cannot make sense of are passed on unchanged, to be set aside later.
 */
const MIGRATIONS: Readonly<Record<number, (data: unknown, o: ReadOptions) => unknown>> = {
  0: (data, o) => ({
    version: 1,
    scenarios: (Array.isArray(data) ? data : []).map((e: unknown) => {
      const r = V0Entry.safeParse(e)
      if (!r.success) return e
      const at = o.now.toISOString()
      return { id: r.data.id ?? o.newId(), name: r.data.name, values: r.data.values, createdAt: at, updatedAt: at }
    }),
  }),
}

/** Brings parsed JSON of any known version up to {@link STORAGE_VERSION}; `null` when it is no known shape. */
export function migrate(data: unknown, o: ReadOptions): { version: number; data: z.infer<typeof Envelope> } | null {
  let current: unknown = data
  let version: number
  if (Array.isArray(data)) version = 0
  else {
    const env = Envelope.safeParse(data)
    if (!env.success) return null
    version = env.data.version
  }
  const found = version
  while (version < STORAGE_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) return null
    current = step(current, o)
    version += 1
  }
  const env = Envelope.safeParse(current)
  return env.success ? { version: found, data: env.data } : null
}

/**
 * Checks untrusted values, keyed by assumption id: unknown ids are dropped and out-of-range numbers clamped
 * (both `adjusted`), missing ids take the defaults. `null` when a known id holds anything but a finite number.
 */
export function checkValues(
  stored: Readonly<Record<string, unknown>>,
  defaults: Assumptions,
): { values: Record<AssumptionId, number>; adjusted: boolean } | null {
  const values = { ...defaults } as Record<AssumptionId, number>
  let adjusted = false
  for (const key of Object.keys(stored)) {
    if (!isAssumptionId(key)) {
      adjusted = true
      continue
    }
    const v = stored[key]
    const kept = typeof v === 'number' ? clampAssumption(key, v) : null
    if (kept === null) return null
    if (kept !== v) adjusted = true
    values[key] = kept
  }
  return { values, adjusted }
}

/** A name as the app keeps it: trimmed, one line, at most {@link MAX_NAME_LENGTH} characters. */
export function cleanName(name: string): string {
  return Array.from(name.replace(/\s+/g, ' ').trim()).slice(0, MAX_NAME_LENGTH).join('').trim()
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Reads the stored text of {@link STORAGE_KEY}. Never throws. Valid entries load even when others are
 * corrupt; the corrupt ones come back in `aside`. A newer version is read best-effort and marked not writable.
 */
export function readScenarios(raw: string | null, defaults: Assumptions, o: ReadOptions): ReadResult {
  if (raw === null || raw === '') {
    return { scenarios: [], aside: [], status: 'empty', version: null, writable: true, adjusted: 0, deleted: {} }
  }
  if (raw.length > MAX_STORED_CHARS) {
    return { scenarios: [], aside: [], status: 'oversized', version: null, writable: false, adjusted: 0, deleted: {} }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = undefined
  }
  const migrated = parsed === undefined ? null : migrate(parsed, o)
  if (!migrated) {
    return {
      scenarios: [],
      aside: [{ reason: 'unreadable', data: raw }],
      status: 'unreadable',
      version: null,
      writable: true,
      adjusted: 0,
      deleted: {},
    }
  }

  const future = migrated.version > STORAGE_VERSION
  const scenarios: SavedScenario[] = []
  const aside: AsideItem[] = []
  const ids = new Set<string>()
  let adjusted = 0
  for (const entry of migrated.data.scenarios) {
    const r = StoredEntry.safeParse(entry)
    const name = r.success ? cleanName(r.data.name) : ''
    const checked = r.success ? checkValues(r.data.values, defaults) : null
    if (!r.success || name === '' || !checked) {
      aside.push({ reason: 'invalid-entry', data: stringify(entry) })
      continue
    }
    if (checked.adjusted) {
      adjusted += 1
      // The original stays on record: what was dropped or clamped is not lost.
      if (!future) aside.push({ reason: 'adjusted', data: stringify(entry) })
    }
    let id = r.data.id
    if (ids.has(id)) id = o.newId()
    ids.add(id)
    scenarios.push({ id, name, values: checked.values, createdAt: r.data.createdAt, updatedAt: r.data.updatedAt })
  }

  return {
    scenarios,
    aside,
    status: future ? 'future' : migrated.version < STORAGE_VERSION ? 'migrated' : 'ok',
    version: migrated.version,
    writable: !future,
    adjusted,
    deleted: readDeletions((migrated.data as { deleted?: unknown }).deleted),
  }
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
    })),
    ...(deletions.length > 0 ? { deleted: deletions } : {}),
  })
}

const CorruptStash = z.looseObject({ version: z.literal(1), items: z.array(z.unknown()) })

/**
 * The new text of {@link CORRUPT_KEY}: what was there (kept as is, even if unreadable) plus the new items,
 * each stamped with the time they were set aside.
 */
export function appendAside(existing: string | null, items: readonly AsideItem[], now: Date): string {
  let kept: unknown[] = []
  if (existing !== null && existing !== '') {
    let parsed: unknown
    try {
      parsed = JSON.parse(existing)
    } catch {
      parsed = undefined
    }
    const r = CorruptStash.safeParse(parsed)
    kept = r.success ? r.data.items : [{ at: null, reason: 'unreadable', data: existing }]
  }
  const at = now.toISOString()
  return JSON.stringify({ version: 1, items: [...kept, ...items.map((i) => ({ at, ...i }))] })
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
