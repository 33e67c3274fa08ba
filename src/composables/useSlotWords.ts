/**
 * The words naming each model slot on the store's date and picks (src/format/slotWords.ts): made once per
 * language, date and set of picks, and shared by every slider and chart of the page, so that a slider
 * moved retranslates nothing.
 */
import { storeToRefs } from 'pinia'
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { assumptionLabel, priceHistory } from '@/data/figures'
import { slotWords, type SlotWords } from '@/format/slotWords'
import { dayEnd, slotNamesAt, type Picks } from '@/model'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useBilingual } from './useBilingual'

/** The words last made, per language. */
const made = new Map<string, SlotWords>()

/** The slot words of a date and picks, in the page's language. */
export function slotWordsOn(asOf: string, picks: Picks, lang: string, t: (key: string, params?: Record<string, string>) => string, text: (id: Parameters<typeof assumptionLabel>[0]) => string): SlotWords {
  const key = `${asOf}|${JSON.stringify(picks)}`
  const known = made.get(lang)
  if (known?.key === key) return known
  const h = priceHistory()
  const words = slotWords(key, slotNamesAt(h, dayEnd(asOf) ?? h.start, picks), (k, p) => (p ? t(k, p) : t(k)), text)
  made.set(lang, words)
  return words
}

/** The slot words of the store's date and picks, following them. */
export function useSlotWords(): ComputedRef<SlotWords> {
  const { t, locale } = useI18n()
  const text = useBilingual()
  const { asOf, picks } = storeToRefs(useAssumptionsStore())
  return computed(() => slotWordsOn(asOf.value, picks.value, locale.value, t, (id) => text(assumptionLabel(id))))
}
