/**
 * How a chart's words fit: category names over lines, the chart's height for them, and where each value
 * label goes and how it reads. Pure geometry and text, no Chart.js and no DOM, so that the plugin drawing
 * the labels (valueLabels.ts) stays a thin loop and these rules are tested on their own.
 *
 * Coordinates are canvas pixels. "Along" is the value axis (x for horizontal bars), "across" the other.
 */
import { formatValue, type Locale, type ValueKind } from '@/format/number'

/**
 * Splits text over lines at white space: each line takes words while `fits` says it may (a word too long
 * for any line gets a line of its own). The chart's category names and the image export's texts both
 * wrap with it, one counting characters, the other measuring pixels.
 */
export function wrapWords(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && !fits(next)) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/** Splits a long category label over lines at spaces, so that narrow screens do not clip it. */
export function wrapLabel(label: string, width = 16): string | string[] {
  return label.length <= width ? label : wrapWords(label, (line) => line.length <= width)
}

/** Room per bar, per line of a category's name, and for the axis and its title, in CSS pixels. */
const BAR_ROOM = 40
const LINE_ROOM = 15
const AXIS_ROOM = 70
const MIN_HEIGHT = 190

/**
 * The chart's height in CSS pixels: each category gets room for its bars and for every line of its name
 * (Chart.js gives every category the same room, so the longest name sets it).
 */
export function chartHeight(categories: readonly string[], series: number): number {
  const lines = Math.max(1, ...categories.map((c) => {
    const wrapped = wrapLabel(c)
    return typeof wrapped === 'string' ? 1 : wrapped.length
  }))
  const slot = Math.max(Math.max(1, series) * BAR_ROOM, lines * LINE_ROOM + 10)
  return Math.max(MIN_HEIGHT, categories.length * slot + AXIS_ROOM)
}

/** Pixels between a bar's end (or a dot's edge) and its label. */
export const LABEL_GAP = 4

/**
 * The value one datum shows: a plain number, a point's value on `axis` (the value axis of a `{x, y}`
 * point), or the end a floating bar (`[from, to]`) runs to; none for a missing or non-finite value. A
 * floating bar's other end is the result as set, which the chart states once, not on every bar.
 */
export function datumValues(raw: unknown, axis: 'x' | 'y'): number[] {
  const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v)
  if (finite(raw)) return [raw]
  const ends = floatingEnds(raw)
  if (ends) return [ends.to]
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const v: unknown = Reflect.get(raw, axis)
    return finite(v) ? [v] : []
  }
  return []
}

/** The two ends of a floating bar (`[from, to]`), or `null` for anything else. */
export function floatingEnds(raw: unknown): { from: number; to: number } | null {
  if (!Array.isArray(raw)) return null
  const [from, to]: unknown[] = raw
  return typeof from === 'number' && typeof to === 'number' && Number.isFinite(from) && Number.isFinite(to) ? { from, to } : null
}

/** A label's text: the app's formatting (never NaN, Infinity, -0 or an exponent); '' draws nothing. */
export function labelText(value: number | null | undefined, kind: ValueKind, locale: Locale): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return ''
  return formatValue(value, kind, locale)
}

/** Where a label sits relative to its mark. */
export type LabelSpot =
  /** Past the bar's end or the dot, on the side away from the base: the usual place. */
  | 'outside'
  /** Within the bar, against its end: the bar runs to the edge of the plot. Drawn in a contrasting colour. */
  | 'inside'
  /** Before the dot, over its stem: the dot sits at the edge of the plot. */
  | 'behind'
  /** Pushed back inside the plot over its mark: nothing else fits. */
  | 'clamped'

export interface LabelSlot {
  /** Along-axis pixel of the bar's end or the dot's centre (the value). */
  readonly tip: number
  /** Along-axis pixel where the bar or stem starts (the axis, or the other end of a floating bar). */
  readonly base: number
  /** +1 or -1: the way values grow along the axis, used for a bar under a pixel long. */
  readonly grows: 1 | -1
  /** Room the mark takes past `tip`: a dot's radius; 0 for a bar. */
  readonly mark: number
  /** The bar's thickness across the axis; 0 for a dot (which has no inside). */
  readonly thickness: number
  /** The text's size along the axis (its width on horizontal bars). */
  readonly along: number
  /** The text's size across the axis (its height on horizontal bars). */
  readonly across: number
}

export interface LabelPlace {
  /** Along-axis span of the text: `from` < `to`. */
  readonly from: number
  readonly to: number
  readonly spot: LabelSpot
}

/**
 * Places a label along the value axis, within the plot's `[start, end]` (either order): past the mark if
 * it fits, else inside a bar long and thick enough, else before a dot, else pushed back into the plot.
 */
export function placeLabel(slot: LabelSlot, start: number, end: number, gap = LABEL_GAP): LabelPlace {
  const lo = Math.min(start, end)
  const hi = Math.max(start, end)
  // A bar under a pixel long has no direction worth reading (Chart.js may even draw its base past its tip).
  const dir = Math.abs(slot.tip - slot.base) < 1 ? slot.grows : Math.sign(slot.tip - slot.base)
  const span = (a: number, b: number) => ({ from: Math.min(a, b), to: Math.max(a, b) })
  const fits = (s: { from: number; to: number }) => s.from >= lo - 0.5 && s.to <= hi + 0.5

  const near = slot.tip + dir * (slot.mark + gap)
  const outside = span(near, near + dir * slot.along)
  if (fits(outside)) return { ...outside, spot: 'outside' }

  if (slot.mark === 0) {
    const length = Math.abs(slot.tip - slot.base)
    if (length >= slot.along + 2 * gap && slot.thickness >= slot.across) {
      const inner = slot.tip - dir * gap
      return { ...span(inner, inner - dir * slot.along), spot: 'inside' }
    }
  } else {
    const back = slot.tip - dir * (slot.mark + gap)
    const behind = span(back, back - dir * slot.along)
    if (fits(behind)) return { ...behind, spot: 'behind' }
  }

  // Nothing fits: keep the text whole and inside the plot, starting from its near edge if it is too wide.
  const width = slot.along
  const from = width >= hi - lo ? lo : Math.min(Math.max(outside.from, lo), hi - width)
  return { from, to: from + width, spot: 'clamped' }
}

/** A label's box on the canvas. */
export interface Box {
  readonly left: number
  readonly top: number
  readonly right: number
  readonly bottom: number
}

/** The label's box from its along-axis span and its centre across the axis. */
export function labelBox(place: LabelPlace, centre: number, across: number, horizontal: boolean): Box {
  const a = centre - across / 2
  const b = centre + across / 2
  return horizontal
    ? { left: place.from, right: place.to, top: a, bottom: b }
    : { left: a, right: b, top: place.from, bottom: place.to }
}

const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * Which labels to draw so that none overlaps another: each box, in order, is kept unless it overlaps one
 * already kept (thin bars on a crowded chart lose their labels before they pile up).
 */
export function keepApart(boxes: readonly Box[]): boolean[] {
  const kept: Box[] = []
  return boxes.map((box) => {
    if (kept.some((k) => overlap(k, box))) return false
    kept.push(box)
    return true
  })
}

/** [r, g, b] 0-255 from `rgb()`/`rgba()` or `#rgb`/`#rrggbb`; `null` for anything else. */
export function parseColor(color: string): [number, number, number] | null {
  const hex = /^#([\da-f]{3}|[\da-f]{6})$/i.exec(color.trim())?.[1]
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
    const at = (i: number) => Number.parseInt(full.slice(i, i + 2), 16)
    return [at(0), at(2), at(4)]
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(color.trim())
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** WCAG contrast ratio of two colours (1 to 21); 1 when either cannot be read. */
export function contrast(a: string, b: string): number {
  const ca = parseColor(a)
  const cb = parseColor(b)
  if (!ca || !cb) return 1
  const [la, lb] = [luminance(ca), luminance(cb)]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/** Of two text colours, the one that reads better on `background` (the first on a tie). */
export function readableOn(background: string, first: string, second: string): string {
  return contrast(background, second) > contrast(background, first) ? second : first
}

/** Text inside a bar is white or black: one of the two reaches 4.5:1 (WCAG AA) on any colour. */
export const INSIDE_INKS = ['#ffffff', '#000000'] as const

/** The colour of text drawn inside a bar of colour `bar`. */
export function insideInk(bar: string): string {
  return readableOn(bar, ...INSIDE_INKS)
}
