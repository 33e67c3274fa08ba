/**
 * Drawing of a chart export: the chart (redrawn at twice the pixel ratio when Chart.js drew it, scaled
 * otherwise) on an opaque background in the current theme, with a title, a subtitle and a footer.
 * Browser-only helpers of `useChartExport`, loaded on the first PNG export.
 */
import { canvasBackground } from './background'
import { wrapWords } from './labels'

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
  readonly config: {
    readonly type: string
    readonly data: { labels?: unknown[]; datasets: { data: unknown[] }[] }
    readonly options?: { readonly plugins?: { readonly valueLabels?: object } }
    readonly plugins?: unknown[]
  }
  destroy(): void
}

/**
 * Redraws the Chart.js chart behind `canvas` off screen, {@link CHART_WIDTH} CSS pixels wide at
 * {@link EXPORT_SCALE}x, and returns a copy of the pixels. `null` when no Chart.js chart owns the canvas.
 * `background` is the colour the copy will be laid on: the copy is painted in it (the `canvasBackground`
 * plugin) and the value labels' outline takes it.
 */
export async function renderChartCopy(canvas: HTMLCanvasElement, background?: string): Promise<HTMLCanvasElement | null> {
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
    const labels = options?.plugins?.valueLabels
    copy = new Chart(scratch, {
      type,
      data: { labels: [...(data.labels ?? [])], datasets: data.datasets.map((d) => ({ ...d, data: [...d.data] })) },
      options: {
        ...options,
        plugins: {
          ...options?.plugins,
          ...(labels && background ? { valueLabels: { ...labels, halo: background } } : {}),
          canvasBackground: { color: background },
        },
        responsive: false,
        maintainAspectRatio: false,
        animation: false,
        devicePixelRatio: EXPORT_SCALE,
      },
      plugins: [...(plugins ?? []), canvasBackground],
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

/**
 * Splits a link into lines at most `width` wide (as `measure` says), so that a long share link is never cut
 * off: joined back with nothing between them, the lines are the link. Lines break before each `&` and after
 * `/`, `#` or `?` (never inside the `scheme://`), and inside a piece only when the piece alone is too wide.
 */
export function breakLink(url: string, width: number, measure: (text: string) => number): string[] {
  const scheme = url.indexOf('://')
  const firstBreak = scheme < 0 ? 1 : scheme + 3
  const pieces: string[] = []
  let piece = ''
  for (let i = 0; i < url.length; i++) {
    const c = url.charAt(i)
    const before = url.charAt(i - 1)
    if (i > firstBreak && piece && (c === '&' || before === '/' || before === '#' || before === '?')) {
      pieces.push(piece)
      piece = ''
    }
    piece += c
  }
  if (piece) pieces.push(piece)

  const lines: string[] = []
  let line = ''
  for (let p of pieces) {
    if (measure(line + p) <= width) {
      line += p
      continue
    }
    if (line) lines.push(line)
    // A piece wider than a whole line: cut it where it must, one character at least per line.
    while (p.length > 1 && measure(p) > width) {
      let n = 1
      while (n < p.length && measure(p.slice(0, n + 1)) <= width) n++
      lines.push(p.slice(0, n))
      p = p.slice(n)
    }
    line = p
  }
  if (line) lines.push(line)
  return lines
}

/** A share link printed under the chart: what it reopens, and the link. */
export interface FooterLink {
  /** "Reopen this scenario:", or a compared scenario's name. */
  readonly label: string
  readonly url: string
}

export interface ComposeInput {
  /** The chart's pixels: a redrawn copy or the on-screen canvas. */
  readonly chart: HTMLCanvasElement
  readonly title: string
  readonly subtitle: string
  readonly footer: string
  /** Share links that reopen what the chart shows, printed whole under the footer. */
  readonly links?: readonly FooterLink[]
  readonly theme: ExportTheme
}

interface TextBlock {
  readonly font: string
  readonly lineHeight: number
  readonly alpha: number
  readonly lines: readonly string[]
}

/** Lays the export out on a new canvas, {@link EXPORT_WIDTH} x {@link EXPORT_SCALE} pixels wide, fully opaque. */
export function composeChartImage({ chart, title, subtitle, footer, links = [], theme }: ComposeInput): HTMLCanvasElement {
  const out = document.createElement('canvas')
  const ctx = out.getContext('2d')
  if (!ctx) throw new Error('No 2D canvas context.')
  // Title, subtitle and footer: each a block of wrapped lines with its own font, line height and opacity.
  const block = (font: string, lineHeight: number, alpha: number, text: string): TextBlock => {
    ctx.font = font
    return { font, lineHeight, alpha, lines: wrapWords(text, (line) => ctx.measureText(line).width <= CHART_WIDTH) }
  }
  const titleBlock = block(`700 24px ${theme.fontFamily}`, 30, 1, title)
  const subtitleBlock = block(`400 15px ${theme.fontFamily}`, 21, 0.85, subtitle)
  const footerBlock = block(`400 12px ${theme.fontFamily}`, 17, 0.8, footer)
  // Each link: its label, then the link itself in a monospaced font (1 and l, 0 and O apart), broken into
  // lines that join back into it.
  const mono = `400 12px ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace`
  const linkBlocks = links.flatMap((l): TextBlock[] => {
    const label = block(`600 12px ${theme.fontFamily}`, 17, 0.85, l.label)
    ctx.font = mono
    return [label, { font: mono, lineHeight: 17, alpha: 0.85, lines: breakLink(l.url, CHART_WIDTH, (t) => ctx.measureText(t).width) }]
  })
  const heightOf = (b: TextBlock) => b.lines.length * b.lineHeight
  const linksHeight = linkBlocks.reduce((h, b) => h + heightOf(b), 0) + (links.length > 0 ? 8 + 4 * (links.length - 1) : 0)

  const chartWidth = CHART_WIDTH
  const chartHeight = chart.width > 0 ? Math.round((chart.height / chart.width) * chartWidth) : MIN_CHART_HEIGHT
  const height = PAD + heightOf(titleBlock) + 6 + heightOf(subtitleBlock) + 20 + chartHeight + 20 + heightOf(footerBlock) + linksHeight + PAD

  out.width = EXPORT_WIDTH * EXPORT_SCALE
  out.height = Math.ceil(height * EXPORT_SCALE)
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE)
  ctx.fillStyle = theme.background
  ctx.fillRect(0, 0, EXPORT_WIDTH, height)
  ctx.fillStyle = theme.text
  ctx.textBaseline = 'top'

  /** Draws a block from `top`; returns where the next thing goes. */
  const draw = (b: TextBlock, top: number): number => {
    ctx.font = b.font
    ctx.globalAlpha = b.alpha
    let y = top
    for (const line of b.lines) {
      ctx.fillText(line, PAD, y)
      y += b.lineHeight
    }
    ctx.globalAlpha = 1
    return y
  }

  let y = draw(titleBlock, PAD) + 6
  y = draw(subtitleBlock, y) + 20
  ctx.imageSmoothingQuality = 'high'
  ctx.drawImage(chart, PAD, y, chartWidth, chartHeight)
  y = draw(footerBlock, y + chartHeight + 20) + 8
  linkBlocks.forEach((b, i) => {
    // A label and its link sit together; a little room before the next label.
    if (i > 0 && i % 2 === 0) y += 4
    y = draw(b, y)
  })
  return out
}
