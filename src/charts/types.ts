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
  /**
   * The dated price records the chart shows (`seeds/prices.json`), whose own sources the export's footer
   * cites beside {@link sources}: those in force on the prices' date, or over the whole history.
   */
  readonly records?: readonly import('@/model').RecordRef[]
  /**
   * Where each bar starts, when not at zero: a sensitivity chart's bars start at the result as set and
   * run to the result at one end of an assumption's range. `null`: the result has no value.
   */
  readonly base?: number | null
  /** More columns, in the data table and the CSV but not drawn: the ends of a range, for instance. */
  readonly columns?: readonly ChartColumn[]
  /** A sentence under the title, on screen (what the bars mean, the value they start from). */
  readonly note?: string
  /** The value axis's title, when the series' labels do not say what it measures. */
  readonly axisTitle?: string
  /**
   * A chart over time (drawn as steps): the instant (ms, UTC) each row holds from, in order; each row's
   * values hold until the next row's instant, the last row's until `end`.
   */
  readonly times?: readonly number[]
  readonly end?: number
  /** Dated events to mark on a chart over time. */
  readonly events?: readonly { readonly at: number; readonly label: string }[]
  /** The instant chosen (the prices' date), marked on a chart over time. */
  readonly marker?: { readonly at: number; readonly label: string }
}

/** A column of a chart's data table and CSV that the chart does not draw. */
export interface ChartColumn {
  /** Translated header. */
  readonly label: string
  /** Unrounded, in base units (the CSV's numbers). */
  readonly values: readonly (number | null)[]
  /** How the values read in the data table, all alike... */
  readonly kind?: import('@/format/number').ValueKind
  /** ...or each as written here, already formatted (values in different units, row by row). */
  readonly texts?: readonly string[]
}

export interface ChartSeries {
  /** Translated name of the series, with its unit ("Monthly cost (USD)"). */
  readonly label: string
  readonly values: readonly (number | null)[]
  /** How values read in the data table (a {@link ValueKind} from `@/format/number`). */
  readonly kind: import('@/format/number').ValueKind
}
