/**
 * The scenario file: what "export JSON" downloads and "import" reads back.
 * `{ app: 'cost-gap', version: 1, name, values, exportedAt }`, `values` holding every assumption in base
 * units. Pure; importing validates everything and never throws.
 */
import * as z from 'zod/mini'
import { ASSUMPTION_IDS, type AssumptionId, type Assumptions } from '@/model'
import { ValuesObject, checkValues, cleanName } from './storage'

export const FILE_APP = 'cost-gap'
export const FILE_VERSION = 1
/** Files larger than this (bytes, or characters of text) are refused before parsing. */
export const MAX_FILE_SIZE = 256 * 1024

export interface ScenarioFile {
  readonly app: typeof FILE_APP
  readonly version: number
  readonly name: string
  readonly values: Readonly<Record<AssumptionId, number>>
  readonly exportedAt: string
}

/** Why a file was refused. */
export type FileError = 'too-large' | 'not-json' | 'not-a-scenario' | 'invalid'

export type FileReadResult =
  | {
      readonly ok: true
      readonly name: string
      readonly values: Record<AssumptionId, number>
      /** Written by a newer version of the app: read best-effort. */
      readonly newer: boolean
      /** Unknown assumptions were dropped or values clamped. */
      readonly adjusted: boolean
    }
  | { readonly ok: false; readonly error: FileError }

/** The text of a scenario file (pretty-printed: people open these). */
export function encodeScenarioFile(name: string, values: Assumptions, exportedAt: Date): string {
  const file: ScenarioFile = {
    app: FILE_APP,
    version: FILE_VERSION,
    name,
    values: Object.fromEntries(ASSUMPTION_IDS.map((id) => [id, values[id]])) as Record<AssumptionId, number>,
    exportedAt: exportedAt.toISOString(),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

const Header = z.looseObject({ app: z.literal(FILE_APP), version: z.number().check(z.int(), z.minimum(1)) })
const Body = z.looseObject({
  name: z.string().check(z.maxLength(1000)),
  values: ValuesObject,
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
    newer: header.data.version > FILE_VERSION,
    adjusted,
  }
}
