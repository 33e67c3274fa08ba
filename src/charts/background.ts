/**
 * A Chart.js plugin of our own: paints the whole canvas in one colour under everything the chart draws, so
 * that the redrawn copy of an image export is opaque in the theme's background on its own (Chart.js leaves
 * a canvas transparent). Given to that copy only (chartImage.ts), with `plugins.canvasBackground.color`.
 */
import type { ChartType, Plugin } from 'chart.js'

export interface CanvasBackgroundOptions {
  /** An opaque CSS colour; nothing is painted without one. */
  readonly color?: string
}

declare module 'chart.js' {
  // Chart.js's own declaration names the parameter; an augmentation must repeat it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    canvasBackground: CanvasBackgroundOptions
  }
}

export const canvasBackground: Plugin<ChartType, CanvasBackgroundOptions> = {
  id: 'canvasBackground',
  beforeDraw(chart, _args, options) {
    if (!options.color) return
    const { ctx, width, height } = chart
    ctx.save()
    // Under what is already there, should another plugin have drawn first.
    ctx.globalCompositeOperation = 'destination-over'
    ctx.fillStyle = options.color
    ctx.fillRect(0, 0, width, height)
    ctx.restore()
  },
}
