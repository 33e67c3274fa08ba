/**
 * The scenario file: what "export JSON" downloads and "import" reads back.
 * `{ app: 'cost-gap', version: 1, name, values, exportedAt }`, `values` holding every assumption in base
 * units. Pure. Reading a file (jsonRead.ts, with zod) is loaded when a visitor opens one.
 */
import { ASSUMPTION_IDS, type AssumptionId, type Assumptions } from '@/model'

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
