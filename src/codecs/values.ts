/**
 * A scenario's contents as stored and as in files, checked one field at a time: its values (every
 * assumption in base units), the date and picks of its prices, and its name. Shared by saved scenarios
 * (storage.ts) and scenario files (json.ts). Pure, and without zod: the store cleans names with it.
 */
import {
  ASSUMPTION_IDS,
  ASSUMPTION_SPECS,
  DEFAULT_AS_OF,
  MODEL_IDS,
  clampAssumption,
  isDay,
  isDefaultDating,
  unsignedZero,
  type AssumptionId,
  type Assumptions,
  type ModelId,
} from '@/model'
import { DEFAULT_DATING, type Dating } from './url'

export const MAX_NAME_LENGTH = 120

/** Each assumption with its bounds, looked up once: checking values goes through them a thousand times at start-up. */
const BOUNDS = ASSUMPTION_IDS.map((id) => [id, ASSUMPTION_SPECS[id].min, ASSUMPTION_SPECS[id].max] as const)

/**
 * Checks untrusted values (parsed JSON), keyed by assumption id: unknown ids are dropped and out-of-range
 * numbers clamped (both `adjusted`), missing ids take the defaults. `null` when a known id holds anything
 * but a finite number.
 */
export function checkValues(
  stored: Readonly<Record<string, unknown>>,
  defaults: Assumptions,
): { values: Record<AssumptionId, number>; adjusted: boolean } | null {
  // Id by id rather than key by key, from a copy of the defaults, and bounds checked before clamping: a
  // thousand saved scenarios are read at start-up, and this is most of it.
  const values: Record<AssumptionId, number> = { ...defaults }
  let adjusted = false
  let known = 0
  for (const [id, min, max] of BOUNDS) {
    // Parsed JSON holds no `undefined`: an id read as undefined is missing (and no assumption id is a
    // property of Object.prototype).
    const v = stored[id]
    if (v === undefined) continue
    known++
    if (typeof v !== 'number') return null
    if (v >= min && v <= max) {
      values[id] = unsignedZero(v)
      continue
    }
    const kept = clampAssumption(id, v)
    if (kept === null) return null
    values[id] = kept
    adjusted = true
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
  return isDefaultDating(day, picks) ? DEFAULT_DATING : { asOf: day, picks }
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

/** Whether two sets of assumptions hold exactly the same numbers. */
export function sameAssumptions(a: Assumptions, b: Assumptions): boolean {
  return ASSUMPTION_IDS.every((id) => a[id] === b[id])
}
