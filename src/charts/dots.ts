/**
 * Dots for a log axis: a Chart.js dataset type, `dot`, laid out exactly as bars are (grouping, thickness,
 * tooltips) but drawn as a dot at the value on a thin, faint stem from the axis, so that the eye reads the
 * dot's position, not a length.
 */
import { BarController } from 'chart.js'
import { markFor } from './marks'

declare module 'chart.js' {
  interface ChartTypeRegistry {
    /** Bars' layout and options, drawn as dots (see {@link DotController}). */
    dot: ChartTypeRegistry['bar']
  }
}

/** The largest dot's radius in CSS pixels. */
export const DOT_RADIUS = 6
const STEM_WIDTH = 1.5
const STEM_ALPHA = 0.45

/** A dot's radius for a bar slot `thickness` pixels thick: at most {@link DOT_RADIUS}, never wider than the slot. */
export function dotRadius(thickness: number): number {
  return Math.max(2, Math.min(DOT_RADIUS, Math.abs(thickness) / 2 - 1))
}

/** Where a bar-like element lies, read from its final (not animated) properties; `null` when unplaced. */
export interface BarGeometry {
  readonly x: number
  readonly y: number
  readonly base: number
  readonly horizontal: boolean
  readonly width: number
  readonly height: number
}

/** The geometry of a bar element, or `null` for an element that is not one (a point) or is not placed. */
export function barGeometry(element: { getProps: (props: string[], final?: boolean) => Record<string, unknown> }): BarGeometry | null {
  const { x, y, base, horizontal, width, height } = element.getProps(['x', 'y', 'base', 'horizontal', 'width', 'height'], true)
  const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
  if (!num(x) || !num(y) || !num(base) || typeof horizontal !== 'boolean') return null
  return { x, y, base, horizontal, width: num(width) ? width : 0, height: num(height) ? height : 0 }
}

export class DotController extends BarController {
  static override id = markFor(true)

  override draw(): void {
    const ctx = this.chart.ctx
    for (const element of this._cachedMeta.data) {
      const g = barGeometry(element)
      if (!g) continue
      const color: unknown = element.options.backgroundColor
      const fill = typeof color === 'string' ? color : '#888'
      const r = dotRadius(g.horizontal ? g.height : g.width)
      ctx.save()
      ctx.fillStyle = fill
      ctx.strokeStyle = fill
      // The stem: from the axis to the dot's edge, faint, so that its length is not read as the value.
      const dir = Math.sign((g.horizontal ? g.x : g.y) - g.base)
      const end = (g.horizontal ? g.x : g.y) - dir * r
      if (dir !== 0 && Math.sign(end - g.base) === dir) {
        ctx.globalAlpha = STEM_ALPHA
        ctx.lineWidth = STEM_WIDTH
        ctx.beginPath()
        if (g.horizontal) {
          ctx.moveTo(g.base, g.y)
          ctx.lineTo(end, g.y)
        } else {
          ctx.moveTo(g.x, g.base)
          ctx.lineTo(g.x, end)
        }
        ctx.stroke()
      }
      ctx.globalAlpha = 1
      ctx.beginPath()
      ctx.arc(g.x, g.y, r, 0, 2 * Math.PI)
      ctx.fill()
      ctx.restore()
    }
  }
}
