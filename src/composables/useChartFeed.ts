import { useIntersectionObserver } from '@vueuse/core'
import { inject, onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import type { ChartTable } from '@/charts/types'
import { SCHEDULER } from '@/islands/scheduler'

export interface UseChartFeedOptions {
  /** Loads the chart's code. Charts built while the browser is idle load it in an idle period of its own first. */
  prefetch?: () => Promise<unknown>
  /**
   * Whether the chart's data table is on screen (the visitor opened it). While it is, and the chart is in
   * view, the table follows the numbers every frame; otherwise it catches up once they have been still for
   * {@link SETTLE_MS}: a hidden table (read by screen readers, not watched) is not rewritten on every move.
   */
  tableShown?: Ref<boolean>
}

export interface UseChartFeedReturn {
  /** Whether the chart should exist: it has come near the viewport, or the page has settled. */
  wanted: Ref<boolean>
  /** The table the chart draws: follows `source` at most once a frame, and only while in view. */
  drawn: ShallowRef<ChartTable>
  /**
   * The table the chart lists (its data table): the same while the chart and its table are in view;
   * otherwise it catches up once the numbers have been still for {@link SETTLE_MS}, so that a slider
   * dragged rewrites no hidden table on every move, and a table read a moment later holds the numbers.
   */
  listed: ShallowRef<ChartTable>
}

/** How long the numbers of a chart out of view stay still before its data table catches up, in ms. */
export const SETTLE_MS = 200

/**
 * Two values a chart draws alike: equal, or within rounding of each other (a ratio of two costs that both
 * scale with the tokens comes out a few units in the last place apart as the tokens move).
 */
function drawnAlike(v: number | null | undefined, w: number | null | undefined): boolean {
  if (Object.is(v, w)) return true
  if (typeof v !== 'number' || typeof w !== 'number') return false
  return Math.abs(v - w) <= 1e-12 * Math.max(Math.abs(v), Math.abs(w))
}

function sameNumbers(a: ChartTable, b: ChartTable): boolean {
  if (a === b) return true
  if (a.title !== b.title || a.categories.join('\u0000') !== b.categories.join('\u0000')) return false
  if (a.series.length !== b.series.length) return false
  return a.series.every((s, i) => {
    const t = b.series[i]
    return t !== undefined && s.label === t.label && s.values.every((v, j) => drawnAlike(v, t.values[j]))
  })
}

/**
 * Feeds a chart without wasting frames: the chart is built when its frame nears the viewport (or, for
 * charts further down, in an idle period once the page has settled: the page's scheduler runs those one
 * at a time), and redrawn at most once per animation
 * frame, only while visible and only when its numbers changed. While a slider is dragged, charts out of
 * view cost nothing; they catch up when scrolled to.
 */
export function useChartFeed(
  source: () => ChartTable,
  target: Ref<HTMLElement | null>,
  options: UseChartFeedOptions = {},
): UseChartFeedReturn {
  const wanted = ref(false)
  const visible = ref(false)
  const drawn = shallowRef(source())
  const listed = shallowRef(drawn.value)
  let frame = 0
  let settle: ReturnType<typeof setTimeout> | undefined
  let stale = false

  function list(next: ChartTable): void {
    // Not sameNumbers: a table lists more than the chart draws (the ranges' columns).
    if (next !== listed.value) listed.value = next
  }
  const listsLive = () => options.tableShown?.value === true
  function settleList(): void {
    clearTimeout(settle)
    settle = setTimeout(() => list(source()), SETTLE_MS)
  }
  function flush(): void {
    frame = 0
    stale = false
    const next = source()
    if (!sameNumbers(next, drawn.value)) drawn.value = next
    if (listsLive()) list(next)
    else settleList()
  }
  function schedule(): void {
    if (!visible.value) {
      stale = true
      settleList()
      return
    }
    if (frame === 0) frame = requestAnimationFrame(flush)
  }
  // A table opened lists the numbers at once.
  if (options.tableShown) watch(options.tableShown, (shown) => shown && list(source()))

  useIntersectionObserver(
    target,
    ([entry]) => {
      visible.value = entry?.isIntersecting ?? false
      if (visible.value) {
        wanted.value = true
        if (stale) schedule()
      }
    },
    { rootMargin: '200px 0px' },
  )
  watch(source, schedule)

  const scheduler = inject(SCHEDULER, null)
  let cancelIdle = () => {}
  onMounted(() => {
    if (!scheduler) return
    const build = () => {
      if (wanted.value) return
      wanted.value = true
      flush()
    }
    // Evaluating the chart code and building the chart are two idle jobs, not one long task.
    cancelIdle = scheduler.whenIdle(() => {
      if (wanted.value) return
      if (!options.prefetch) return build()
      options.prefetch().then(() => (cancelIdle = scheduler.whenIdle(build)), build)
    })
  })
  onBeforeUnmount(() => {
    cancelIdle()
    clearTimeout(settle)
    if (frame !== 0) cancelAnimationFrame(frame)
  })

  return { wanted, drawn, listed }
}
