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
} from 'chart.js'
import { formatValue, type Locale, type ValueKind } from '@/format/number'
import type { ChartTable } from './types'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, Tooltip, Legend)

export interface Palette {
  readonly text: string
  readonly muted: string
  readonly grid: string
  readonly series: readonly string[]
}

/** Splits a long category label over lines at spaces, so that narrow screens do not clip it. */
export function wrapLabel(label: string, width = 16): string | string[] {
  if (label.length <= width) return label
  const lines: string[] = []
  let line = ''
  for (const word of label.split(' ')) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/**
 * Plain Chart.js data (no reactive proxies). A log axis cannot show 0: those bars are left out. A table
 * with a `base` gets floating bars, from the base to each value, its series sharing each row (a tornado).
 */
export function toChartData(table: ChartTable, palette: Palette, log: boolean): ChartData<'bar'> {
  const base = table.base
  return {
    labels: table.categories.map((c) => wrapLabel(c)),
    datasets: table.series.map((s, i) => ({
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

/** Horizontal bars, no animation (the numbers move with a slider), ticks and tooltips in the page's language. */
export function chartOptions(shape: ChartShape, palette: Palette, log: boolean, locale: Locale): ChartOptions<'bar'> {
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
      legend: { display: shape.legend, labels: { color: palette.text } },
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
        ticks: { color: palette.text },
      },
    },
  }
}
