/**
 * Chart exports: PNG (2x, opaque, titled, with sources, date and the share link that reopens the scenario)
 * and CSV (locale-neutral, formula-safe).
 * Both download at once, named `cost-gap-<chart>-<scenario>-<date>.<ext>`; the code that draws the image
 * and writes the CSV loads on the first export.
 */
import { useI18n } from 'vue-i18n'
import type { FooterLink } from '@/charts/chartImage'
import type { ChartTable } from '@/charts/types'
import { defaultAssumptions } from '@/data/figures'
import type { Ledger } from '@/data/ledger'
import { ASSUMPTION_SPECS, DEFAULT_AS_OF, isDefaultDating, type AssumptionId, type RecordRef } from '@/model'
import { keyAssumptionIds } from '@/codecs/exportMeta'
import { exportFileName } from '@/codecs/filename'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useNoticesStore } from '@/stores/notices'
import { useScenariosStore } from '@/stores/scenarios'
import { useDownload } from './useDownload'
import { useFormat } from './useFormat'
import { useScenarioLabels } from './useScenarioLabels'
import { useSlotWords } from './useSlotWords'
import { pageAddress, shareUrl } from './useUrlState'

export interface PngExportInput {
  /** The chart's canvas as drawn on screen. */
  readonly canvas: HTMLCanvasElement
  readonly table: ChartTable
}

/** The words of a PNG export, around the chart. */
export interface ImageTexts {
  readonly title: string
  /** The scenario and its key assumptions (or the compared scenarios). */
  readonly subtitle: string
  /** Sources and date. */
  readonly footer: string
  /** The share links that reopen what the chart shows: the scenario's, or each compared scenario's. */
  readonly links: readonly FooterLink[]
}

export interface UseChartExportReturn {
  exportPng: (input: PngExportInput) => Promise<void>
  exportCsv: (table: ChartTable) => Promise<void>
  /**
   * What the PNG export of `table` says around the chart, today. Its footer names the sources once
   * {@link loadSources} has read them (an export does so first).
   */
  imageTexts: (table: ChartTable) => ImageTexts
  /** Reads the whole ledger, with the sources' titles and the dated records' sources (its code loads on the first export). */
  loadSources: () => Promise<void>
}

export interface UseChartExportOptions {
  /** Today, for the footer and file names (tests pin it). */
  readonly now?: () => Date
  /** The page's address without its fragment (the language page shown), for the share links. */
  readonly address?: () => string
}

/** The comparison's chart names its scenarios, not one scenario's assumptions. */
const COMPARISON_CHART = 'compare'
const MAX_FOOTER_SOURCES = 8
const EXPORT_NOTICE = 'export'

/** The whole ledger, once read: the browser's core holds only the sources' ids, not what the footer cites of them. */
let full: Ledger | undefined
async function loadFull(): Promise<void> {
  if (full) return
  const { getFullLedger } = await import('@/data/full')
  full = getFullLedger()
}

/** The sources of some dated price records, each once, in the order first cited. */
function recordSources(ledger: Ledger, refs: readonly RecordRef[]): string[] {
  const out = new Set<string>()
  for (const ref of refs) {
    const record = ledger.history.endpoints.find((e) => e.id === ref.endpoint)?.records.find((r) => r.from === ref.from)
    for (const id of record?.sources ?? []) out.add(id)
  }
  return [...out]
}

export function useChartExport({ now = () => new Date(), address = () => pageAddress() }: UseChartExportOptions = {}): UseChartExportReturn {
  const { t, locale } = useI18n()
  const format = useFormat()
  const assumptions = useAssumptionsStore()
  const notices = useNoticesStore()
  const scenarios = useScenariosStore()
  const { currentName, labelOf: scenarioName } = useScenarioLabels()
  const { download } = useDownload()

  // A slot's price is named by the endpoint filling it on the prices' date (src/format/slotWords.ts).
  const slotWords = useSlotWords()
  const labelOf = (id: AssumptionId) => slotWords.value.label(id)

  function subtitle(table: ChartTable): string {
    if (table.id === COMPARISON_CHART) {
      return t('exports.comparedSubtitle', { names: table.series.map((s) => s.label).join(t('exports.separator')) })
    }
    const values = assumptions.values
    // Changed from the prices in force on the prices' date (the as-reported figures on the default date).
    const dated = !isDefaultDating(assumptions.asOf, assumptions.picks)
    const ids = keyAssumptionIds(table.id, values, dated ? assumptions.baseline : defaultAssumptions())
    const parts = ids.map((id) => t('exports.assumption', { name: labelOf(id), value: format.unit(values[id], ASSUMPTION_SPECS[id].unit) }))
    if (dated) parts.unshift(t('exports.asOf', { day: format.day(assumptions.asOf) }))
    return t('exports.subtitle', { name: currentName.value, assumptions: parts.join(t('exports.separator')) })
  }

  function footer(table: ChartTable, date: Date): string {
    const refs = table.records ?? []
    const ids = [...new Set([...table.sources, ...(full ? recordSources(full, refs) : [])])]
    const cited = ids.flatMap((id) => {
      const s = full?.sourceById.get(id)
      return s ? [`${s.publisher}, “${s.title}”`] : []
    })
    const shown = cited.slice(0, MAX_FOOTER_SOURCES)
    // Past the first few, the dated records' sources are pointed to where they are all listed.
    const more = refs.length > 0 ? 'exports.moreSourcesTable' : 'exports.moreSources'
    if (cited.length > shown.length) shown.push(t(more, { count: cited.length - shown.length }))
    const day = new Intl.DateTimeFormat(locale.value, { dateStyle: 'long' }).format(date)
    return shown.length > 0
      ? t('exports.footer', { sources: shown.join('; '), date: day })
      : t('exports.footerNoSources', { date: day })
  }

  /** The current scenario's link; for the comparison, one per compared scenario, named. */
  function links(table: ChartTable): FooterLink[] {
    const page = address()
    if (table.id !== COMPARISON_CHART) return [{ label: t('exports.reopen'), url: shareUrl(page, assumptions.values, assumptions.dating) }]
    return (scenarios.comparisonStatus === 'ok' ? scenarios.compared : []).flatMap((key) => {
      const values = scenarios.valuesOf(key)
      return values ? [{ label: t('exports.reopenNamed', { name: scenarioName(key) }), url: shareUrl(page, values, scenarios.datingOf(key)) }] : []
    })
  }

  function imageTexts(table: ChartTable, date = now()): ImageTexts {
    return { title: table.title, subtitle: subtitle(table), footer: footer(table, date), links: links(table) }
  }

  function fileName(table: ChartTable, ext: 'png' | 'csv', date: Date): string {
    if (table.id === COMPARISON_CHART) return exportFileName({ chart: table.id, scenario: t('exports.comparisonFile'), date, ext })
    // Each compared scenario has its own date; a chart of the current one says its prices' day.
    const pricesAsOf = assumptions.asOf === DEFAULT_AS_OF ? undefined : assumptions.asOf
    return exportFileName({ chart: table.id, scenario: currentName.value, date, ext, pricesAsOf })
  }

  /**
   * Never rejects: a browser that cannot draw or encode the image gets a notice instead. The drawing code
   * loads on the first export.
   */
  async function exportPng({ canvas, table }: PngExportInput): Promise<void> {
    const date = now()
    try {
      const [{ composeChartImage, readTheme, renderChartCopy }] = await Promise.all([import('@/charts/chartImage'), loadFull()])
      const theme = readTheme()
      // Redrawn at 2x when Chart.js owns the canvas; the on-screen pixels, scaled, otherwise.
      const chart = (await renderChartCopy(canvas, theme.background).catch(() => null)) ?? canvas
      const image = composeChartImage({ chart, ...imageTexts(table, date), theme })
      const blob = await new Promise<Blob | null>((resolve) => image.toBlob(resolve, 'image/png'))
      if (!blob) throw new Error('The browser could not encode the chart as PNG.')
      download(blob, fileName(table, 'png', date))
      notices.clear(EXPORT_NOTICE)
    } catch {
      notices.push('error', t('exports.pngFailed', { title: table.title }), { key: EXPORT_NOTICE })
    }
  }

  async function exportCsv(table: ChartTable): Promise<void> {
    const date = now()
    const { tableToCsv } = await import('@/codecs/csv')
    // The byte-order mark tells spreadsheet programs the file is UTF-8.
    const blob = new Blob(['\uFEFF', tableToCsv(table)], { type: 'text/csv;charset=utf-8' })
    download(blob, fileName(table, 'csv', date))
  }

  return { exportPng, exportCsv, imageTexts: (table) => imageTexts(table), loadSources: loadFull }
}
