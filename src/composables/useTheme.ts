import { createSharedComposable, useColorMode, useStorage, type StorageLike } from '@vueuse/core'
import { computed, type ComputedRef, type Ref } from 'vue'
import { STORAGE_KEYS } from '@/storageKeys'

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
 * `data-theme` on `<html>` says the theme the visitor picked; without it the CSS follows the system
 * (`color-scheme: light dark`). The script that runs before the first paint has set it already from
 * storage: it is touched only when it changes, since any change restyles the whole page.
 */
function applyChoice(choice: string): void {
  if (typeof document === 'undefined') return
  const root = document.documentElement
  if (choice === 'light' || choice === 'dark') {
    if (root.dataset.theme !== choice) root.dataset.theme = choice
  } else if (root.dataset.theme !== undefined) delete root.dataset.theme
}

/** Light and dark themes, following the system unless the visitor picks one. */
export const useTheme = createSharedComposable((): UseThemeReturn => {
  const choice = useStorage<ThemeChoice>(STORAGE_KEYS.theme, 'auto', typeof window === 'undefined' ? undefined : forgivingStorage)
  const mode = useColorMode({
    storageRef: choice,
    disableTransition: false,
    onChanged: () => applyChoice(choice.value),
  })
  return {
    choice,
    isDark: computed(() => mode.state.value === 'dark'),
  }
})
