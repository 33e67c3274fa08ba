import { useI18n } from 'vue-i18n'
import type { Bilingual } from '@/data/schema'

/** Picks the ledger's text in the current language. */
export function useBilingual(): (text: Bilingual) => string {
  const { locale } = useI18n()
  return (text) => text[locale.value]
}
