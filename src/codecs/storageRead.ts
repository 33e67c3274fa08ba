/**
 * Reading the saved-scenarios format (storage.ts) from untrusted text, in one pass over the entries:
 * validation with zod, older versions brought up to date (storageMigrations.ts), and setting aside what
 * cannot be read. Loaded only when storage holds something: a first visit never needs it. Pure; nothing
 * here throws.
 */
import * as z from 'zod/mini'
import type { Assumptions } from '@/model'
import {
  MAX_STORED_CHARS,
  STORAGE_VERSION,
  type AsideItem,
  type ReadOptions,
  type ReadResult,
  type SavedScenario,
} from './storage'
import { MAX_DELETIONS } from './storageMerge'
import { migrate } from './storageMigrations'
import { DEFAULT_DATING } from './url'
import { MAX_NAME_LENGTH, checkDating, checkValues, cleanName } from './values'

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
  asOf: z.optional(z.unknown()),
  endpoints: z.optional(z.unknown()),
})

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value)
  } catch {
    return String(value)
  }
}

/**
 * Reads the stored text of {@link STORAGE_KEY}. Never throws. Valid entries load even when others are
 * corrupt; the corrupt ones come back in `aside`. A newer version is read best-effort (`future`: never to be written over).
 */
export function readScenarios(raw: string | null, defaults: Assumptions, o: ReadOptions): ReadResult {
  if (raw === null || raw === '') {
    return { scenarios: [], aside: [], status: 'empty', version: null, deleted: {} }
  }
  if (raw.length > MAX_STORED_CHARS) {
    return { scenarios: [], aside: [], status: 'oversized', version: null, deleted: {} }
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
      deleted: {},
    }
  }

  const future = migrated.version > STORAGE_VERSION
  const scenarios: SavedScenario[] = []
  const aside: AsideItem[] = []
  const ids = new Set<string>()
  for (const entry of migrated.data.scenarios) {
    const r = StoredEntry.safeParse(entry)
    const name = r.success ? cleanName(r.data.name) : ''
    const checked = r.success ? checkValues(r.data.values, defaults) : null
    if (!r.success || name === '' || !checked) {
      aside.push({ reason: 'invalid-entry', data: stringify(entry) })
      continue
    }
    // The original stays on record: what was dropped or clamped is not lost (a newer version's stays in its data).
    if (checked.adjusted && !future) aside.push({ reason: 'adjusted', data: stringify(entry) })
    let id = r.data.id
    if (ids.has(id)) id = o.newId()
    ids.add(id)
    const dating = checkDating(r.data.asOf, r.data.endpoints)
    scenarios.push({
      id, name, values: checked.values, createdAt: r.data.createdAt, updatedAt: r.data.updatedAt,
      ...(dating === DEFAULT_DATING ? {} : { dating }),
    })
  }

  return {
    scenarios,
    aside,
    status: future ? 'future' : migrated.version < STORAGE_VERSION ? 'migrated' : 'ok',
    version: migrated.version,
    deleted: readDeletions(migrated.data.deleted),
  }
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
