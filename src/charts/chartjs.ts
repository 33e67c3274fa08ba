/**
 * Chart.js set-up, loaded with the charts only (never in the first paint): the parts we use, registered
 * once, and a pure `toChartData()` that turns a {@link ChartTable} into plain Chart.js objects.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
  type Scale,
} from 'chart.js'
import { formatValue, type Locale, type ValueKind } from '@/format/number'
import { DotController } from './dots'
import { labelText, wrapLabel } from './labels'
import { markFor } from './marks'
import type { ChartTable } from './types'
import { valueLabels } from './valueLabels'

Chart.register(BarController, DotController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Tooltip, Legend, valueLabels)

export interface Palette {
  readonly text: string
  readonly muted: string
  readonly grid: string
  /** What the chart is drawn on (the card's background). */
  readonly surface: string
  readonly series: readonly string[]
}

/**
 * Plain Chart.js data (no reactive proxies): bars on a linear axis, dots on a log one (see marks.ts). A log
 * axis cannot show 0: those values are left out. A table with a `base` gets floating bars, from the base to
 * each value, its series sharing each row (a tornado).
 */
export function toChartData(table: ChartTable, palette: Palette, log: boolean): ChartData<'bar' | 'dot'> {
  const base = table.base
  return {
    labels: table.categories.map((c) => wrapLabel(c)),
    datasets: table.series.map((s, i) => ({
      type: markFor(log),
      label: s.label,
      data: s.values.map((v): number | [number, number] | null => {
        if (v === null || base === null || (log && v <= 0)) return null
        return base === undefined ? v : [base, v]
      }),
      backgroundColor: palette.series[i % palette.series.length],
      borderWidth: 0,
      barPercentage: 0.85,
      categoryPercentage: 0.8,
      grouped: base === undefined,
    })),
  }
}

/** What the options depend on: kept apart from the values, so that new numbers never rebuild options. */
export interface ChartShape {
  /** How each series' values read. */
  readonly kinds: readonly ValueKind[]
  readonly axisTitle: string
  readonly legend: boolean
  /** Bars float from a base (a tornado), so the axis need not start at zero. */
  readonly floating: boolean
}

/** The {@link ChartShape} of a table. */
export function shapeOf(table: ChartTable): ChartShape {
  return {
    kinds: table.series.map((s) => s.kind),
    axisTitle: table.axisTitle ?? table.series.map((s) => s.label).join(' / '),
    legend: table.series.length > 1,
    floating: table.base !== undefined,
  }
}

/**
 * Room around the values on a log axis, in decades: a dot at the smallest or largest value stays clear of
 * the plot's edges. Chart.js then rounds the bounds out to its ticks. Pure; unchanged unless both are > 0.
 */
export function logBounds(min: number, max: number): { min: number; max: number } {
  if (!(min > 0) || !(max > 0) || !Number.isFinite(min) || !Number.isFinite(max)) return { min, max }
  const pad = Math.max(0.15, 0.04 * Math.log10(max / min))
  return { min: min / 10 ** pad, max: max * 10 ** pad }
}

function padLogScale(scale: Scale): void {
  const { min, max } = logBounds(scale.min, scale.max)
  scale.min = min
  scale.max = max
}

/**
 * Horizontal bars (or dots, on a log axis), no animation (the numbers move with a slider); ticks, tooltips
 * and value labels in the page's language.
 */
export function chartOptions(shape: ChartShape, palette: Palette, log: boolean, locale: Locale): ChartOptions<'bar' | 'dot'> {
  const kind = shape.kinds[0] ?? 'decimal'
  return {
    indexAxis: 'y',
    // Sized by BarChart.vue's own ResizeObserver: Chart.js's responsive mode watches every change to the
    // whole document (to see its canvas attached or detached), which costs each slider move dearly.
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    locale,
    plugins: {
      // On a log axis the legend shows dots too, as the chart draws them.
      legend: { display: shape.legend, labels: { color: palette.text, ...(log ? { usePointStyle: true, boxHeight: 8 } : {}) } },
      valueLabels: {
        display: true,
        format: (value, i) => labelText(value, shape.kinds[i] ?? kind, locale),
        color: palette.text,
        halo: palette.surface,
        size: 12,
        weight: '600',
      },
      tooltip: {
        callbacks: {
          // A floating bar's value is the end it runs to, not the one further from zero.
          label: (ctx) => {
            const value = Array.isArray(ctx.raw) ? Number(ctx.raw[1]) : ctx.parsed.x
            return `${ctx.dataset.label ?? ''}: ${formatValue(value, shape.kinds[ctx.datasetIndex] ?? kind, locale)}`
          },
        },
      },
    },
    scales: {
      x: {
        type: log ? 'logarithmic' : 'linear',
        beginAtZero: !log && !shape.floating,
        afterDataLimits: log ? padLogScale : undefined,
        grid: { color: palette.grid },
        border: { color: palette.grid },
        title: { display: true, text: shape.axisTitle, color: palette.muted },
        ticks: {
          color: palette.muted,
          maxTicksLimit: 6,
          callback: (value) => formatValue(Number(value), kind, locale),
        },
      },
      y: {
        grid: { display: false },
        border: { color: palette.grid },
        // Every category keeps its name: Chart.js would otherwise drop some of those that wrap over lines.
        ticks: { color: palette.text, autoSkip: false },
      },
    },
  }
}
