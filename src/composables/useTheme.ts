import { createSharedComposable, useColorMode } from '@vueuse/core'
import { computed, type ComputedRef, type Ref } from 'vue'

export type ThemeChoice = 'auto' | 'light' | 'dark'

export interface UseThemeReturn {
  /** What the visitor chose: follow the system, or force light or dark. Persisted in localStorage. */
  choice: Ref<ThemeChoice>
  /** The theme in effect. */
  isDark: ComputedRef<boolean>
}

/**
 * Light and dark themes, following the system unless the visitor picks one. Sets `data-theme` on
 * `<html>`; the CSS reads it (and `prefers-color-scheme` before any script has run).
 */
export const useTheme = createSharedComposable((): UseThemeReturn => {
  const mode = useColorMode({
    attribute: 'data-theme',
    storageKey: 'cost-gap:theme',
    modes: { light: 'light', dark: 'dark' },
    disableTransition: false,
    // Storage refused or full: the theme still switches, it is just not remembered.
    onError: () => {},
  })
  return {
    choice: mode.store as Ref<ThemeChoice>,
    isDark: computed(() => mode.state.value === 'dark'),
  }
})
