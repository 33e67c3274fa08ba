/**
 * Chart exports: PNG (2x, opaque, titled, with sources and date) and CSV (locale-neutral, formula-safe).
 * STUB: signatures agreed; the implementation lands with issue 4.
 */
import type { ChartTable } from '@/charts/types'

export interface PngExportInput {
  /** The chart's canvas as drawn on screen. */
  readonly canvas: HTMLCanvasElement
  readonly table: ChartTable
}

export interface UseChartExportReturn {
  exportPng: (input: PngExportInput) => Promise<void>
  exportCsv: (table: ChartTable) => void
}

export function useChartExport(): UseChartExportReturn {
  return {
    exportPng: async () => {},
    exportCsv: () => {},
  }
}
