/**
 * The share link codec: the current assumptions in the URL fragment, `v=1&<assumption id>=<value>`, with
 * only the values that differ from the defaults, in base units. Pure: no Vue, no DOM.
 *
 * The date of the prices (`asOf=YYYY-MM-DD`) and the endpoints the visitor picked for some model slots
 * (`endpoint.<slot>=<endpoint id>`) come right after the version, when they are not the defaults: a link
 * without them means 27 January 2025 and each slot's own endpoint, so every older link reads as before.
 * The defaults the values differ from are the prices in force on that date.
 *
 * Decoding takes untrusted text (anyone can type a fragment) and never throws: it keeps what is valid,
 * clamps what is out of range and lists everything it set aside, so the UI can say so.
 */
import {
  ASSUMPTION_IDS,
  DEFAULT_AS_OF,
  MODEL_IDS,
  clampAssumption,
  isAssumptionId,
  isDay,
  unsignedZero,
  type AssumptionId,
  type Assumptions,
  type ModelId,
  type Picks,
} from '@/model'

/** When the prices are from, and the endpoints picked for some slots: the scenario beside its values. */
export interface Dating {
  /** `YYYY-MM-DD`. */
  readonly asOf: string
  readonly picks: Picks
}

/** 27 January 2025, each slot's own endpoint: what a link, a saved scenario or a file without them means. */
export const DEFAULT_DATING: Dating = Object.freeze({ asOf: DEFAULT_AS_OF, picks: Object.freeze({}) })

const ENDPOINT_KEY = 'endpoint.'
/** An endpoint id as the price history writes them (`gpt-5.6-sol`); whether it exists is the caller's to check. */
const ENDPOINT_ID = /^[a-z0-9][a-z0-9.-]{0,59}$/
const isSlot = (text: string): text is ModelId => (MODEL_IDS as readonly string[]).includes(text)

/** The version this build writes. */
export const LINK_VERSION = 1
/** Fragments longer than this (in characters) are cut to their last whole pair before parsing. */
export const MAX_LINK_LENGTH = 8192
/** At most this many `key=value` pairs are read. */
export const MAX_LINK_PAIRS = 200

export type LinkIssueReason =
  /** The link is longer than {@link MAX_LINK_LENGTH} or has more than {@link MAX_LINK_PAIRS} pairs. */
  | 'too-long'
  /** Written by a newer version of the app: read best-effort. */
  | 'newer-version'
  /** The `v=` field is not a version number: read as the current version. */
  | 'bad-version'
  /** Not an assumption of this app. */
  | 'unknown'
  /** The value is not a plain decimal number. */
  | 'not-a-number'
  /** The same assumption appears again; the first one counts. */
  | 'duplicate'
  /** A pair without `=` or with broken percent-encoding. */
  | 'malformed'
  /** `asOf` is not a day written `YYYY-MM-DD`. */
  | 'not-a-date'

export interface LinkIssue {
  /** The key as found in the link (decoded when possible, cut to 60 characters). */
  readonly key: string
  readonly reason: LinkIssueReason
}

export interface LinkClamp {
  readonly id: AssumptionId
  /** The number in the link. */
  readonly from: number
  /** The number kept: the nearest bound. */
  readonly to: number
}

export interface DecodedLink {
  /** False when the fragment is not a scenario at all (empty, or a section id like `#sources`). */
  readonly scenario: boolean
  /** The link's format version, when it states one. */
  readonly version: number | null
  /** The valid assumptions found, clamped to their bounds. Absent ones are meant to be the defaults. */
  readonly values: Partial<Record<AssumptionId, number>>
  /** What was set aside, in the order met. */
  readonly ignored: readonly LinkIssue[]
  /** Values brought inside their bounds. */
  readonly clamped: readonly LinkClamp[]
  /** The prices' date, when the link gives a valid one. */
  readonly asOf: string | null
  /** The endpoints picked per slot (ids not checked against the price history). */
  readonly picks: Picks
}

/** A plain decimal number: no hex, no `Infinity`, no blanks, no empty string (which `Number` reads as 0). */
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/
const KEY_PREVIEW = 60

function preview(key: string): string {
  return key.length > KEY_PREVIEW ? `${key.slice(0, KEY_PREVIEW)}…` : key
}

function safeDecode(text: string): string | null {
  try {
    // In query strings '+' means a space; in our fragments it only ever appears in an exponent (1e+21).
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

/** Parses a plain decimal number, or `null`. */
export function parseDecimal(text: string): number | null {
  if (!DECIMAL.test(text)) return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

/** The shortest text that reads back as exactly `n` (JavaScript's own number-to-string). */
export function numberText(n: number): string {
  return String(unsignedZero(n))
}

/**
 * The fragment (without `#`) for a set of assumptions: `v=1` then every assumption that differs from
 * `defaults`, in the app's order. Non-finite values are left out (they mean "default").
 */
export function encodeLink(values: Assumptions, defaults: Assumptions, dating: Dating = DEFAULT_DATING): string {
  const parts = [`v=${LINK_VERSION}`]
  if (dating.asOf !== DEFAULT_AS_OF) parts.push(`asOf=${dating.asOf}`)
  for (const m of MODEL_IDS) {
    const pick = dating.picks[m]
    if (pick !== undefined) parts.push(`${ENDPOINT_KEY}${m}=${encodeURIComponent(pick)}`)
  }
  for (const id of ASSUMPTION_IDS) {
    const v = values[id]
    if (Number.isFinite(v) && v !== defaults[id]) parts.push(`${id}=${encodeURIComponent(numberText(v))}`)
  }
  return parts.join('&')
}

/** The share link's fragment (without `#`) for a set of assumptions: empty where they are all `defaults`. */
export function scenarioFragment(values: Assumptions, defaults: Assumptions, dating: Dating = DEFAULT_DATING): string {
  const fragment = encodeLink(values, defaults, dating)
  return fragment === `v=${LINK_VERSION}` ? '' : fragment
}

/**
 * True when the fragment is a scenario: it starts with `v=` (after an optional `#`), or with an assumption id
 * and `=` (a link that lost its version: read as a current one, with a note). A section id has no `=`.
 */
export function isScenarioFragment(fragment: string): boolean {
  if (/^#?v=/.test(fragment)) return true
  const first = (fragment.startsWith('#') ? fragment.slice(1) : fragment).split('&', 1)[0] ?? ''
  const eq = first.indexOf('=')
  return eq > 0 && isAssumptionId(safeDecode(first.slice(0, eq)) ?? '')
}

const NOT_A_SCENARIO: DecodedLink = Object.freeze({
  scenario: false,
  version: null,
  values: Object.freeze({}),
  ignored: Object.freeze([]),
  clamped: Object.freeze([]),
  asOf: null,
  picks: Object.freeze({}),
})

/**
 * Reads a fragment (with or without its leading `#`). Never throws, whatever the input.
 * Unknown ids, non-numbers, duplicates and malformed pairs are listed in `ignored`; out-of-range numbers
 * are clamped and listed in `clamped`; a newer version is read best-effort and noted.
 */
export function decodeLink(fragment: unknown): DecodedLink {
  if (typeof fragment !== 'string') return NOT_A_SCENARIO
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment
  if (!isScenarioFragment(text)) return NOT_A_SCENARIO

  const ignored: LinkIssue[] = []
  const clamped: LinkClamp[] = []
  // A null-prototype object: no key, `__proto__` included, can reach Object.prototype.
  const values = Object.create(null) as Partial<Record<AssumptionId, number>>
  const picks = Object.create(null) as Partial<Record<ModelId, string>>
  let asOf: string | null = null

  if (text.length > MAX_LINK_LENGTH) {
    // Keep whole pairs only: the one cut in the middle could read as a different number.
    const cut = text.slice(0, MAX_LINK_LENGTH + 1)
    text = cut.slice(0, Math.max(0, cut.lastIndexOf('&')))
    ignored.push({ key: '', reason: 'too-long' })
  }

  let pairs = text.split('&')
  if (pairs.length > MAX_LINK_PAIRS + 1) {
    pairs = pairs.slice(0, MAX_LINK_PAIRS + 1)
    if (!ignored.some((i) => i.reason === 'too-long')) ignored.push({ key: '', reason: 'too-long' })
  }

  let version: number | null = null
  const [first = '', ...rest] = pairs
  // Without a leading `v=` (see isScenarioFragment), every pair is an assumption.
  const versioned = first.startsWith('v=')
  const v = versioned ? parseDecimal(first.slice(2)) : null
  if (v !== null && Number.isInteger(v) && v >= 1) {
    version = v
    if (v > LINK_VERSION) ignored.push({ key: 'v', reason: 'newer-version' })
  } else {
    ignored.push({ key: 'v', reason: 'bad-version' })
  }

  const seen = new Set<string>()
  for (const pair of versioned ? rest : pairs) {
    if (pair === '') continue // `a=1&&b=2`, or a trailing `&`: nothing to say
    const eq = pair.indexOf('=')
    const rawKey = eq < 0 ? pair : pair.slice(0, eq)
    const key = safeDecode(rawKey)
    const rawValue = eq < 0 ? null : safeDecode(pair.slice(eq + 1))
    if (key === null || rawValue === null) {
      ignored.push({ key: preview(key ?? rawKey), reason: 'malformed' })
      continue
    }
    if (key === 'asOf' || (key.startsWith(ENDPOINT_KEY) && isSlot(key.slice(ENDPOINT_KEY.length)))) {
      if (seen.has(key)) ignored.push({ key, reason: 'duplicate' })
      else if (key === 'asOf' && isDay(rawValue)) asOf = rawValue
      else if (key !== 'asOf' && ENDPOINT_ID.test(rawValue)) picks[key.slice(ENDPOINT_KEY.length) as ModelId] = rawValue
      else ignored.push({ key, reason: key === 'asOf' ? 'not-a-date' : 'malformed' })
      seen.add(key)
      continue
    }
    if (!isAssumptionId(key)) {
      ignored.push({ key: preview(key), reason: key === 'v' ? 'duplicate' : 'unknown' })
      continue
    }
    if (seen.has(key)) {
      ignored.push({ key, reason: 'duplicate' })
      continue
    }
    seen.add(key)
    const n = parseDecimal(rawValue)
    const kept = n === null ? null : clampAssumption(key, n)
    if (n === null || kept === null) {
      ignored.push({ key, reason: 'not-a-number' })
      continue
    }
    if (kept !== n) clamped.push({ id: key, from: n, to: kept })
    values[key] = kept
  }

  return { scenario: true, version, values, ignored, clamped, asOf, picks }
}

/** The full assumptions a decoded link stands for: its values over the defaults. */
export function linkAssumptions(decoded: DecodedLink, defaults: Assumptions): Record<AssumptionId, number> {
  const out = { ...defaults } as Record<AssumptionId, number>
  for (const id of ASSUMPTION_IDS) {
    const v = decoded.values[id]
    if (v !== undefined) out[id] = v
  }
  return out
}
