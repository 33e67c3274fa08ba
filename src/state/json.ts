/**
 * The scenario file: what "export JSON" downloads and "import" reads back.
 * `{ app: 'cost-gap', version: 2, name, values, ranges, results, exportedAt }`: `values` holds every
 * assumption in base units; `ranges` each assumption's range at that value, and `results` each result
 * with its range, for the file's readers. Import reads `values` only, so a version 1 file (without
 * `ranges` and `results`) reads as before. Pure. Reading a file (jsonRead.ts, with zod) is loaded when
 * a visitor opens one.
 */
import {
  ASSUMPTION_IDS,
  RESULT_IDS,
  computeSpread,
  stretchedSpan,
  type AssumptionId,
  type Assumptions,
  type ResultId,
  type ResultRange,
  type Spans,
} from '@/model'

export const FILE_APP = 'cost-gap'
/** 2 added `ranges` and `results`; version 1 files are read all the same. */
export const FILE_VERSION = 2
/** Files larger than this (bytes, or characters of text) are refused before parsing. */
export const MAX_FILE_SIZE = 256 * 1024

export interface ScenarioFile {
  readonly app: typeof FILE_APP
  readonly version: number
  readonly name: string
  readonly values: Readonly<Record<AssumptionId, number>>
  /** Each assumption's range, from the ledger, at the file's value (a value past an end stretches it). */
  readonly ranges: Readonly<Record<AssumptionId, ResultRange>>
  /** Each result at the file's values, with its range; `null` where it has no value ("no ratio"). */
  readonly results: Readonly<Record<ResultId, { readonly value: number; readonly low: number; readonly high: number } | null>>
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

/** The text of a scenario file (pretty-printed: people open these), with the ranges over these spans. */
export function encodeScenarioFile(name: string, values: Assumptions, exportedAt: Date, spans: Spans): string {
  const spread = computeSpread(values, spans)
  const file: ScenarioFile = {
    app: FILE_APP,
    version: FILE_VERSION,
    name,
    values: Object.fromEntries(ASSUMPTION_IDS.map((id) => [id, values[id]])) as Record<AssumptionId, number>,
    ranges: Object.fromEntries(ASSUMPTION_IDS.map((id) => [id, stretchedSpan(spans[id], values[id])])) as Record<AssumptionId, ResultRange>,
    results: Object.fromEntries(RESULT_IDS.map((id) => {
      const value = spread.results[id]
      const range = spread.ranges[id]
      return [id, value === null || range === null ? null : { value, low: range.low, high: range.high }]
    })) as ScenarioFile['results'],
    exportedAt: exportedAt.toISOString(),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}
