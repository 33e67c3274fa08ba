/**
 * Drawing of a chart export: the chart (redrawn at twice the pixel ratio when Chart.js drew it, scaled
 * otherwise) on an opaque background in the current theme, with a title, a subtitle and a footer.
 * Browser-only helpers of `useChartExport`.
 */

/** Pixel ratio of exported images. */
export const EXPORT_SCALE = 2
/** Width of exported images in CSS pixels (so 1,920 px at 2x). */
export const EXPORT_WIDTH = 960
const PAD = 32
const CHART_WIDTH = EXPORT_WIDTH - 2 * PAD
const MIN_CHART_HEIGHT = 320
const MAX_CHART_HEIGHT = 640

export interface ExportTheme {
  /** An opaque CSS colour. */
  readonly background: string
  readonly text: string
  readonly fontFamily: string
}

function isTransparent(color: string): boolean {
  if (color === '' || color === 'transparent') return true
  const alpha = /rgba?\([^)]*[,/]\s*([\d.]+%?)\s*\)$/.exec(color)?.[1]
  if (alpha === undefined) return false
  return alpha.endsWith('%') ? Number.parseFloat(alpha) < 100 : Number.parseFloat(alpha) < 1
}

/** The page's background, text colour and font, as computed for the theme in effect. */
export function readTheme(doc: Document = document): ExportTheme {
  const body = getComputedStyle(doc.body)
  const root = getComputedStyle(doc.documentElement)
  const dark = root.colorScheme === 'dark' || doc.documentElement.dataset.theme === 'dark'
  const background = [body.backgroundColor, root.backgroundColor].find((c) => !isTransparent(c)) ?? (dark ? '#15171c' : '#ffffff')
  const text = isTransparent(body.color) ? (dark ? '#eceae4' : '#1c1d21') : body.color
  return { background, text, fontFamily: body.fontFamily || 'system-ui, sans-serif' }
}

/** The smallest piece of Chart.js this module needs, so it does not depend on the app's chart types. */
interface ChartLike {
  readonly config: { readonly type: string; readonly data: { labels?: unknown[]; datasets: { data: unknown[] }[] }; readonly options?: object; readonly plugins?: unknown[] }
  destroy(): void
}

/**
 * Redraws the Chart.js chart behind `canvas` off screen, {@link CHART_WIDTH} CSS pixels wide at
 * {@link EXPORT_SCALE}x, and returns a copy of the pixels. `null` when no Chart.js chart owns the canvas.
 */
export async function renderChartCopy(canvas: HTMLCanvasElement): Promise<HTMLCanvasElement | null> {
  const { Chart } = await import('chart.js')
  const source = Chart.getChart(canvas) as unknown as ChartLike | undefined
  if (!source) return null

  const ratio = canvas.clientWidth > 0 ? canvas.clientHeight / canvas.clientWidth : 0.5
  const height = Math.round(Math.min(MAX_CHART_HEIGHT, Math.max(MIN_CHART_HEIGHT, CHART_WIDTH * ratio)))
  const holder = document.createElement('div')
  holder.setAttribute('aria-hidden', 'true')
  holder.style.cssText = `position:fixed;left:-20000px;top:0;width:${CHART_WIDTH}px;height:${height}px;pointer-events:none`
  const scratch = document.createElement('canvas')
  scratch.width = CHART_WIDTH
  scratch.height = height
  holder.append(scratch)
  document.body.append(holder)
  let copy: ChartLike | undefined
  try {
    const { type, data, options, plugins } = source.config
    copy = new Chart(scratch, {
      type,
      data: { labels: [...(data.labels ?? [])], datasets: data.datasets.map((d) => ({ ...d, data: [...d.data] })) },
      options: { ...options, responsive: false, maintainAspectRatio: false, animation: false, devicePixelRatio: EXPORT_SCALE },
      plugins,
    } as never) as unknown as ChartLike
    // Chart.js clears its canvas when destroyed: keep the pixels on a canvas of our own.
    const out = document.createElement('canvas')
    out.width = scratch.width
    out.height = scratch.height
    out.getContext('2d')?.drawImage(scratch, 0, 0)
    return out
  } finally {
    copy?.destroy()
    holder.remove()
  }
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && ctx.measureText(next).width > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

export interface ComposeInput {
  /** The chart's pixels: a redrawn copy or the on-screen canvas. */
  readonly chart: HTMLCanvasElement
  readonly title: string
  readonly subtitle: string
  readonly footer: string
  readonly theme: ExportTheme
}

/** Lays the export out on a new canvas, {@link EXPORT_WIDTH} x {@link EXPORT_SCALE} pixels wide, fully opaque. */
export function composeChartImage({ chart, title, subtitle, footer, theme }: ComposeInput): HTMLCanvasElement {
  const out = document.createElement('canvas')
  const ctx = out.getContext('2d')
  if (!ctx) throw new Error('No 2D canvas context.')
  const fonts = {
    title: `700 24px ${theme.fontFamily}`,
    subtitle: `400 15px ${theme.fontFamily}`,
    footer: `400 12px ${theme.fontFamily}`,
  }
  ctx.font = fonts.title
  const titleLines = wrap(ctx, title, CHART_WIDTH)
  ctx.font = fonts.subtitle
  const subtitleLines = wrap(ctx, subtitle, CHART_WIDTH)
  ctx.font = fonts.footer
  const footerLines = wrap(ctx, footer, CHART_WIDTH)

  const chartWidth = CHART_WIDTH
  const chartHeight = chart.width > 0 ? Math.round((chart.height / chart.width) * chartWidth) : MIN_CHART_HEIGHT
  const height = PAD + titleLines.length * 30 + 6 + subtitleLines.length * 21 + 20 + chartHeight + 20 + footerLines.length * 17 + PAD

  out.width = EXPORT_WIDTH * EXPORT_SCALE
  out.height = Math.ceil(height * EXPORT_SCALE)
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE)
  ctx.fillStyle = theme.background
  ctx.fillRect(0, 0, EXPORT_WIDTH, height)
  ctx.fillStyle = theme.text
  ctx.textBaseline = 'top'

  let y = PAD
  ctx.font = fonts.title
  for (const line of titleLines) {
    ctx.fillText(line, PAD, y)
    y += 30
  }
  y += 6
  ctx.font = fonts.subtitle
  ctx.globalAlpha = 0.85
  for (const line of subtitleLines) {
    ctx.fillText(line, PAD, y)
    y += 21
  }
  ctx.globalAlpha = 1
  y += 20
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(chart, PAD, y, chartWidth, chartHeight)
  y += chartHeight + 20
  ctx.font = fonts.footer
  ctx.globalAlpha = 0.8
  for (const line of footerLines) {
    ctx.fillText(line, PAD, y)
    y += 17
  }
  ctx.globalAlpha = 1
  return out
}
