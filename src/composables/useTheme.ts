import { createSharedComposable, useColorMode, type StorageLike } from '@vueuse/core'
import { computed, type ComputedRef, type Ref } from 'vue'

export type ThemeChoice = 'auto' | 'light' | 'dark'

export interface UseThemeReturn {
  /** What the visitor chose: follow the system, or force light or dark. Persisted in localStorage. */
  choice: Ref<ThemeChoice>
  /** The theme in effect. */
  isDark: ComputedRef<boolean>
}

/**
 * localStorage that never throws: a locked-down browser refuses it (SecurityError, even on access), a
 * full one refuses writes. The theme then still switches; it is just not remembered.
 */
const forgivingStorage: StorageLike = {
  getItem: (key) => {
    try {
      return window.localStorage.getItem(key)
    } catch {
      return null
    }
  },
  setItem: (key, value) => {
    try {
      window.localStorage.setItem(key, value)
    } catch {
      // not remembered
    }
  },
  removeItem: (key) => {
    try {
      window.localStorage.removeItem(key)
    } catch {
      // not remembered
    }
  },
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
    storage: typeof window === 'undefined' ? undefined : forgivingStorage,
  })
  return {
    choice: mode.store as Ref<ThemeChoice>,
    isDark: computed(() => mode.state.value === 'dark'),
  }
})
