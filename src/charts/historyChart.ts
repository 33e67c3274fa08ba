/**
 * Chart.js set-up of the chart over time (`api-history`), loaded with it: step lines on a time axis drawn
 * as a linear one (instants in ms, ticks written as months in the page's language), a log or linear value
 * axis, each change labelled with its value, the price events marked with faint lines and the chosen date
 * with a solid one. Pure data in, plain objects out.
 */
import { Chart as ChartJs, LineController, LineElement, PointElement, type Chart, type ChartData, type ChartOptions, type Plugin } from 'chart.js'
import { formatMonth } from '@/format/date'
import { formatValue, type Locale } from '@/format/number'
// Registers the scales, tooltip and legend every chart shares.
import type { Palette } from './chartjs'
import './chartjs'
import { labelText } from './labels'
import type { ChartTable } from './types'

ChartJs.register(LineController, LineElement, PointElement)

/** Only the two list-price gaps are labelled at their changes: four series of labels would not be read. */
const LABELLED = 2

/** The table's steps as points, each series held to the table's end; `null` (no value) breaks the line. */
export function toHistoryData(table: ChartTable, palette: Palette, log: boolean): ChartData<'line'> {
  const times = table.times ?? []
  const end = table.end ?? times.at(-1) ?? 0
  return {
    datasets: table.series.map((s, i) => {
      const points = times.map((x, j) => {
        const v = s.values[j] ?? null
        return { x, y: v === null || (log && v <= 0) ? Number.NaN : v }
      })
      const last = points.at(-1)
      if (last && end > last.x) points.push({ x: end, y: last.y })
      const colour = palette.series[i % palette.series.length]
      return {
        label: s.label,
        data: points,
        stepped: 'before' as const,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: i < LABELLED ? 2.5 : 1.5,
        borderDash: i < LABELLED ? [] : [6, 4],
        pointRadius: 0,
        spanGaps: false,
      }
    }),
  }
}

interface MarkOptions {
  readonly events: readonly number[]
  readonly marker: number | null
  readonly colour: string
  readonly accent: string
  readonly text: string
  readonly halo: string
  readonly locale: Locale
  readonly labelled: number
}

/** Faint lines at the price events, a solid one at the chosen date, and each change's value above its step. */
const marks: Plugin<'line', MarkOptions> = {
  id: 'historyMarks',
  afterDatasetsDraw(chart: Chart<'line'>, _args, o: MarkOptions) {
    // Registered with the other charts' plugins: only a chart over time has these options.
    if (!Array.isArray(o.events)) return
    const { ctx, chartArea: area, scales } = chart
    const x = scales.x
    const y = scales.y
    if (!x || !y) return
    ctx.save()
    const line = (at: number, colour: string, width: number, dash: number[]) => {
      const px = x.getPixelForValue(at)
      if (px < area.left || px > area.right) return
      ctx.beginPath()
      ctx.strokeStyle = colour
      ctx.lineWidth = width
      ctx.setLineDash(dash)
      ctx.moveTo(px, area.top)
      ctx.lineTo(px, area.bottom)
      ctx.stroke()
    }
    for (const at of o.events) line(at, o.colour, 1, [2, 3])
    if (o.marker !== null) line(o.marker, o.accent, 2, [])
    ctx.setLineDash([])
    ctx.font = '600 11px system-ui, sans-serif'
    ctx.textAlign = 'left'
    ctx.textBaseline = 'bottom'
    chart.data.datasets.slice(0, o.labelled).forEach((ds, i) => {
      let previous: number | null = null
      for (const p of ds.data as { x: number; y: number }[]) {
        if (!Number.isFinite(p.y) || p.y === previous) continue
        previous = p.y
        const px = x.getPixelForValue(p.x) + 2
        const py = y.getPixelForValue(p.y) - (i === 0 ? 3 : -14)
        if (px > area.right - 20) continue
        const text = labelText(p.y, 'multiple', o.locale)
        ctx.lineWidth = 3
        ctx.strokeStyle = o.halo
        ctx.strokeText(text, px, py)
        ctx.fillStyle = o.text
        ctx.fillText(text, px, py)
      }
    })
    ctx.restore()
  },
}
ChartJs.register(marks)

/** Step lines over time, no animation, ticks and tooltips in the page's language. */
export function historyOptions(table: ChartTable, palette: Palette, log: boolean, locale: Locale, accent: string): ChartOptions<'line'> {
  return {
    responsive: false,
    maintainAspectRatio: false,
    animation: false,
    locale,
    parsing: false,
    normalized: true,
    interaction: { mode: 'nearest', axis: 'x', intersect: false },
    plugins: {
      legend: { display: true, labels: { color: palette.text, boxHeight: 2 } },
      // The bar charts' value labels: this chart labels its changes itself (historyMarks).
      valueLabels: { display: false },
      historyMarks: {
        events: (table.events ?? []).map((e) => e.at),
        marker: table.marker?.at ?? null,
        colour: palette.grid,
        accent,
        text: palette.text,
        halo: palette.surface,
        locale,
        labelled: LABELLED,
      },
      tooltip: {
        callbacks: {
          title: (items) => (items[0] ? formatMonth(items[0].parsed.x ?? 0, locale) : ''),
          label: (ctx) => `${ctx.dataset.label ?? ''}: ${formatValue(ctx.parsed.y, 'multiple', locale)}`,
        },
      },
    } as ChartOptions<'line'>['plugins'],
    scales: {
      x: {
        type: 'linear',
        min: table.times?.[0],
        max: table.end,
        grid: { color: palette.grid },
        border: { color: palette.grid },
        ticks: { color: palette.muted, maxTicksLimit: 8, callback: (value) => formatMonth(Number(value), locale) },
      },
      y: {
        type: log ? 'logarithmic' : 'linear',
        beginAtZero: !log,
        grid: { color: palette.grid },
        border: { color: palette.grid },
        title: { display: true, text: table.axisTitle ?? '', color: palette.muted },
        ticks: { color: palette.muted, maxTicksLimit: 6, callback: (value) => formatValue(Number(value), 'multiple', locale) },
      },
    },
  }
}
