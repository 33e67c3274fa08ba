/**
 * A scenario's contents as stored and as in files, checked one field at a time: its values (every
 * assumption in base units), the date and picks of its prices, and its name. Shared by saved scenarios
 * (storage.ts) and scenario files (json.ts). Pure, and without zod: the store cleans names with it.
 */
import { ASSUMPTION_IDS, DEFAULT_AS_OF, MODEL_IDS, clampAssumption, isDay, type AssumptionId, type Assumptions, type ModelId } from '@/model'
import { DEFAULT_DATING, type Dating } from './url'

export const MAX_NAME_LENGTH = 120

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
