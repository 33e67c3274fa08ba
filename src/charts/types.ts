/**
 * The numbers behind one chart, in a form every view shares: the chart itself, its data table, its CSV
 * export and the comparison. Values are unrounded, in base units; `null` is "no value".
 */
export interface ChartTable {
  /** Stable id of the chart (`api-costs`, `training-costs`...), as in `data-chart`. */
  readonly id: string
  /** Translated title of the chart. */
  readonly title: string
  /** Translated header of the category column ("Model", "Method"...). */
  readonly categoryLabel: string
  /** Row headers: one per bar group (models, methods...). */
  readonly categories: readonly string[]
  /** One per dataset; `values[i]` belongs to `categories[i]`. */
  readonly series: readonly ChartSeries[]
  /** Ledger source ids behind the chart's inputs (for the export's footer). */
  readonly sources: readonly string[]
}

export interface ChartSeries {
  /** Translated name of the series, with its unit ("Monthly cost (USD)"). */
  readonly label: string
  readonly values: readonly (number | null)[]
  /** How values read in the data table (a {@link ValueKind} from `@/format/number`). */
  readonly kind: import('@/format/number').ValueKind
}
