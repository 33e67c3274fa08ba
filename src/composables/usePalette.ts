import { createSharedComposable } from '@vueuse/core'
import { ref, watch, type Ref } from 'vue'
import type { Palette } from '@/charts/chartjs'
import { useTheme } from './useTheme'

/** Resolves a CSS colour expression (e.g. `var(--accent)`) to rgb() in the current theme. */
function resolve(probe: HTMLElement, expression: string): string {
  probe.style.color = expression
  return getComputedStyle(probe).color
}

function readPalette(): Palette {
  const probe = document.createElement('span')
  probe.hidden = true
  document.body.append(probe)
  try {
    return {
      text: resolve(probe, 'var(--text)'),
      muted: resolve(probe, 'var(--muted)'),
      grid: resolve(probe, 'var(--line)'),
      surface: resolve(probe, 'var(--surface)'),
      series: ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)'].map((c) => resolve(probe, c)),
    }
  } finally {
    probe.remove()
  }
}

/**
 * Chart colours taken from the page's CSS variables: read once (reading styles forces a layout) and
 * shared by every chart, then re-read when the theme changes.
 */
export const usePalette = createSharedComposable((): Ref<Palette> => {
  const { isDark } = useTheme()
  const palette = ref<Palette>(readPalette())
  watch(isDark, () => {
    // color-scheme changes with data-theme, which useColorMode sets in the same tick.
    requestAnimationFrame(() => (palette.value = readPalette()))
  })
  return palette
})
