/**
 * The saved-scenarios format's migrations: one named step per version, each taking the parsed JSON of its
 * version and returning the next version's. Entries a step cannot make sense of are passed on unchanged,
 * to be set aside by the reader (storageRead.ts). Loaded with the reader only. Pure; nothing here throws.
 */
import * as z from 'zod/mini'
import { STORAGE_VERSION, type ReadOptions } from './storage'

/** One version step. */
export type Migration = (data: unknown, o: ReadOptions) => unknown

const Envelope = z.looseObject({
  version: z.number().check(z.int(), z.minimum(0)),
  scenarios: z.array(z.unknown()),
})

/** Version 0: a bare array of `{ name, values }`, without an envelope, ids or dates. */
const V0Entry = z.looseObject({ name: z.string(), values: z.unknown(), id: z.optional(z.string()) })

/** 0 → 1: the bare array gets the versioned envelope, and each entry an id and dates (now). */
export function envelopeAndDates(data: unknown, o: ReadOptions): unknown {
  const at = o.now.toISOString()
  return {
    version: 1,
    scenarios: (Array.isArray(data) ? data : []).map((e: unknown) => {
      const r = V0Entry.safeParse(e)
      return r.success ? { id: r.data.id ?? o.newId(), name: r.data.name, values: r.data.values, createdAt: at, updatedAt: at } : e
    }),
  }
}

/** The steps in order: `MIGRATIONS[v]` brings version `v` to `v + 1`, so there is one per version before this one. */
export const MIGRATIONS: readonly Migration[] = [envelopeAndDates]

/**
 * Brings parsed JSON of any known version up to {@link STORAGE_VERSION}, step by step; `null` when it is no
 * known shape. A newer version's is returned as it is (read best-effort, never written over).
 */
export function migrate(data: unknown, o: ReadOptions): { version: number; data: z.infer<typeof Envelope> } | null {
  let version: number
  if (Array.isArray(data)) version = 0
  else {
    const env = Envelope.safeParse(data)
    if (!env.success) return null
    version = env.data.version
    if (version >= STORAGE_VERSION) return { version, data: env.data }
  }
  let current = data
  for (const step of MIGRATIONS.slice(version, STORAGE_VERSION)) current = step(current, o)
  const env = Envelope.safeParse(current)
  return env.success ? { version, data: env.data } : null
}
