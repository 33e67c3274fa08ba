/**
 * The scenario file: what "export JSON" downloads and "import" reads back.
 * `{ app: 'cost-gap', version: 3, name, asOf, endpoints, values, ranges, results, exportedAt }`: `asOf` is the
 * day of the prices (`YYYY-MM-DD`), `endpoints` the endpoints picked per model slot (version 3; a file
 * without them means 27 January 2025 and each slot's own endpoint); `values` holds every
 * assumption in base units; `ranges` each assumption's range at that value, and `results` each result
 * with its range, for the file's readers. Import reads `values`, `asOf` and `endpoints` (never `ranges`
 * or `results`), so a version 1 or 2 file reads as before. Pure. Reading a file (jsonRead.ts, with zod) is loaded when
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
  type OffPeakFactors,
  type Spans,
} from '@/model'
import { DEFAULT_DATING, type Dating } from './url'
import { datingFields } from './values'

export const FILE_APP = 'cost-gap'
/** 2 added `ranges` and `results`, 3 `asOf` and `endpoints`; older files are read all the same. */
export const FILE_VERSION = 3
/** Files larger than this (bytes, or characters of text) are refused before parsing. */
export const MAX_FILE_SIZE = 256 * 1024

export interface ScenarioFile {
  readonly app: typeof FILE_APP
  readonly version: number
  readonly name: string
  /** The prices' day, when not 27 January 2025. */
  readonly asOf?: string
  /** The endpoints picked per slot, when any. */
  readonly endpoints?: Dating['picks']
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
      /** The prices' day and picks (the defaults for a file before version 3). */
      readonly dating: Dating
      /** Written by a newer version of the app: read best-effort. */
      readonly newer: boolean
      /** Unknown assumptions were dropped or values clamped. */
      readonly adjusted: boolean
    }
  | { readonly ok: false; readonly error: FileError }

/** The text of a scenario file (pretty-printed: people open these), with the ranges over these spans. */
export function encodeScenarioFile(
  name: string,
  values: Assumptions,
  exportedAt: Date,
  spans: Spans,
  dating: Dating = DEFAULT_DATING,
  offPeak?: OffPeakFactors,
): string {
  const spread = computeSpread(values, spans, undefined, offPeak)
  const file: ScenarioFile = {
    app: FILE_APP,
    version: FILE_VERSION,
    name,
    ...datingFields(dating),
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
