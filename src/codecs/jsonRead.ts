/**
 * Reading a scenario file (json.ts) from untrusted text: importing validates everything and never throws.
 * Loaded when a visitor opens a file.
 */
import * as z from 'zod/mini'
import { ASSUMPTION_IDS, type Assumptions } from '@/model'
import { FILE_APP, FILE_VERSION, MAX_FILE_SIZE, type FileReadResult } from './json'
import { checkDating, checkValues, cleanName } from './values'
import { ValuesObject } from './storageRead'

const Header = z.looseObject({ app: z.literal(FILE_APP), version: z.number().check(z.int(), z.minimum(1)) })
const Body = z.looseObject({
  name: z.string().check(z.maxLength(1000)),
  values: ValuesObject,
  asOf: z.optional(z.unknown()),
  endpoints: z.optional(z.unknown()),
})

/**
 * Reads the text of a scenario file. Missing assumptions take the defaults; unknown ones are dropped and
 * out-of-range ones clamped (`adjusted`); anything else wrong refuses the whole file.
 */
export function decodeScenarioFile(text: unknown, defaults: Assumptions, fallbackName: string): FileReadResult {
  if (typeof text !== 'string') return { ok: false, error: 'not-json' }
  if (text.length > MAX_FILE_SIZE) return { ok: false, error: 'too-large' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return { ok: false, error: 'not-json' }
  }
  const header = Header.safeParse(parsed)
  if (!header.success) return { ok: false, error: 'not-a-scenario' }
  const body = Body.safeParse(parsed)
  if (!body.success) return { ok: false, error: 'invalid' }
  const known = Object.keys(body.data.values).filter((k) => (ASSUMPTION_IDS as readonly string[]).includes(k))
  const checked = checkValues(body.data.values, defaults)
  if (known.length === 0 || !checked) return { ok: false, error: 'invalid' }
  const { values, adjusted } = checked
  return {
    ok: true,
    name: cleanName(body.data.name) || cleanName(fallbackName) || 'scenario',
    values,
    dating: checkDating(body.data.asOf, body.data.endpoints),
    newer: header.data.version > FILE_VERSION,
    adjusted,
  }
}
