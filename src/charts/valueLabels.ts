/**
 * A Chart.js plugin of our own: every bar, dot or point carries its value, drawn on the canvas after the
 * datasets, so that the chart on screen and its PNG export read the same. Registered once for every
 * chart (chartjs.ts); a chart's options give the text (`plugins.valueLabels.format`) and the colours.
 * Where each label goes is decided by the pure rules of labels.ts; this file only measures and draws.
 */
import type { Chart, ChartType, Plugin } from 'chart.js'
import { barGeometry, dotRadius } from './dots'
import { datumValues, floatingEnds, insideInk, keepApart, labelBox, labelText, placeLabel, type Box, type LabelSpot } from './labels'
import { markFor } from './marks'

export interface ValueLabelsOptions {
  readonly display: boolean
  /** The text of `value` in dataset `datasetIndex` ('' draws nothing). Plain numbers when not given. */
  readonly format?: (value: number, datasetIndex: number) => string
  /** Text colour. */
  readonly color: string
  /** The colour the chart is drawn on: a thin outline of it keeps text clear of grid lines and stems. */
  readonly halo: string
  /** Font size in CSS pixels. */
  readonly size: number
  readonly weight: string
}

declare module 'chart.js' {
  // Chart.js's own declaration names the parameter; an augmentation must repeat it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels: ValueLabelsOptions
  }
}

const HALO_WIDTH = 3
const POINT_RADIUS = 3

interface Label {
  readonly text: string
  readonly box: Box
  readonly spot: LabelSpot
  readonly horizontal: boolean
  /** The bar's colour, for text drawn inside it. */
  readonly under: string
}

/** {@link insideInk}, remembered per bar colour (a chart has a handful). */
const inks = new Map<string, string>()
function inkOn(bar: string): string {
  let ink = inks.get(bar)
  if (ink === undefined) {
    ink = insideInk(bar)
    if (inks.size > 64) inks.clear()
    inks.set(bar, ink)
  }
  return ink
}

/** Measures and places every label of the chart. Nothing here allocates more than a few objects a bar. */
function collect(chart: Chart, options: ValueLabelsOptions, lineHeight: number): Label[] {
  const { ctx, chartArea } = chart
  const locale = chart.options.locale === 'fr' ? 'fr' : 'en'
  const format = options.format ?? ((v: number) => labelText(v, 'decimal', locale))
  const labels: Label[] = []
  for (const meta of chart.getSortedVisibleDatasetMetas()) {
    const scale = meta.vScale
    const elements = meta.data
    if (!scale || !elements || meta.index === undefined) continue
    const horizontal = meta.indexAxis === 'y'
    const grows: 1 | -1 = scale.getPixelForDecimal(1) >= scale.getPixelForDecimal(0) ? 1 : -1
    const [start, end] = horizontal ? [chartArea.left, chartArea.right] : [chartArea.top, chartArea.bottom]
    const dots = meta.type === markFor(true)
    const data = chart.data.datasets[meta.index]?.data ?? []
    const datasetIndex = meta.index
    elements.forEach((element, i) => {
      const values = datumValues(data[i], horizontal ? 'x' : 'y')
      if (values.length === 0) return
      const bar = barGeometry(element)
      // A point (a line chart's) has no base: its "bar" runs from the scale's base to it.
      const x = bar?.x ?? element.x
      const y = bar?.y ?? element.y
      if (!Number.isFinite(x) || !Number.isFinite(y)) return
      const tip = horizontal ? x : y
      const base = bar?.base ?? scale.getBasePixel()
      const thickness = bar ? Math.abs(horizontal ? bar.height : bar.width) : 0
      const radius: unknown = element.options?.radius
      const mark = dots ? dotRadius(thickness) : bar ? 0 : typeof radius === 'number' ? radius : POINT_RADIUS
      const color: unknown = element.options?.backgroundColor
      const under = typeof color === 'string' ? color : options.halo
      // A floating bar ([from, to]) is labelled at the end it runs to, away from the other; Chart.js draws
      // it from whichever end is nearer zero, so its own tip may be either.
      const floating = floatingEnds(data[i])
      const ends: { value: number | undefined; at: number; from: number; grows: 1 | -1 }[] = []
      if (floating) {
        const at = scale.getPixelForValue(floating.to)
        const from = scale.getPixelForValue(floating.from)
        ends.push({ value: floating.to, at, from, grows: at === from ? grows : at > from ? 1 : -1 })
      } else ends.push({ value: values[0], at: tip, from: base, grows })
      for (const e of ends) {
        if (e.value === undefined) continue
        const text = format(e.value, datasetIndex)
        if (!text) continue
        const width = ctx.measureText(text).width
        // Inside a bar, the glyphs (about the font's size) must fit; apart, whole lines must not overlap.
        const along = horizontal ? width : lineHeight
        const place = placeLabel(
          { tip: e.at, base: e.from, grows: e.grows, mark, thickness: dots ? 0 : thickness, along, across: horizontal ? options.size : width },
          start,
          end,
        )
        labels.push({ text, box: labelBox(place, horizontal ? y : x, horizontal ? lineHeight : width, horizontal), spot: place.spot, horizontal, under })
      }
    })
  }
  return labels
}

export const valueLabels: Plugin<ChartType, ValueLabelsOptions> = {
  id: 'valueLabels',
  defaults: { display: true, color: '#1c1d21', halo: '#ffffff', size: 12, weight: '600' },
  afterDatasetsDraw(chart, _args, options) {
    if (!options.display) return
    const { ctx } = chart
    const lineHeight = Math.ceil(options.size * 1.25)
    ctx.save()
    ctx.font = `${options.weight} ${options.size}px ${chart.options.font?.family ?? 'sans-serif'}`
    const labels = collect(chart, options, lineHeight)
    const kept = keepApart(labels.map((l) => l.box))
    ctx.textBaseline = 'middle'
    ctx.lineJoin = 'round'
    ctx.lineWidth = HALO_WIDTH
    ctx.strokeStyle = options.halo
    labels.forEach((l, i) => {
      if (!kept[i]) return
      const y = (l.box.top + l.box.bottom) / 2
      ctx.textAlign = l.horizontal ? 'left' : 'center'
      const x = l.horizontal ? l.box.left : (l.box.left + l.box.right) / 2
      if (l.spot === 'inside') {
        ctx.fillStyle = inkOn(l.under)
      } else {
        ctx.strokeText(l.text, x, y)
        ctx.fillStyle = options.color
      }
      ctx.fillText(l.text, x, y)
    })
    ctx.restore()
  },
}
