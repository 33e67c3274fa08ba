/**
 * What fills each model slot on the prices' date, in words: its role, the endpoint's name then and since
 * when its prices hold, the endpoints a visitor may pick instead, and notes (a pick dropped, a retirement).
 * Everything comes from the price history through the model (src/model/history.ts).
 */
import { storeToRefs } from 'pinia'
import { computed, type ComputedRef } from 'vue'
import { useI18n } from 'vue-i18n'
import { priceHistory } from '@/data/figures'
import { MODEL_IDS, dayEnd, endpointsFor, recordAt, resolveSlot, type ModelId } from '@/model'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useFormat } from './useFormat'

export interface SlotView {
  readonly slot: ModelId
  readonly role: string
  /** The endpoint's model name on the date, or `null` when none fills the slot. */
  readonly name: string | null
  readonly endpoint: string | null
  /** "OpenAI flagship: o3" (where the slot is labelled). */
  readonly label: string
  /** "OpenAI flagship: o3, since 10 June 2025". */
  readonly labelSince: string
  /** The endpoints of the slot's vendor with prices on the date: id and name then. */
  readonly choices: readonly { readonly id: string; readonly name: string }[]
  /** The visitor's pick, when it fills the slot. */
  readonly pick: string | undefined
  /** Sentences about the slot on that date (a pick dropped, a retirement, a price no source gives). */
  readonly notes: readonly string[]
}

export interface UseSlotsReturn {
  readonly slots: ComputedRef<Readonly<Record<ModelId, SlotView>>>
}

/** The five slots on the store's date, in the page's language. */
export function useSlots(): UseSlotsReturn {
  const { t, locale } = useI18n()
  const format = useFormat()
  const { asOf, picks } = storeToRefs(useAssumptionsStore())
  const h = priceHistory()

  const slots = computed(() => {
    void locale.value
    const at = dayEnd(asOf.value) ?? h.start
    const out = {} as Record<ModelId, SlotView>
    for (const m of MODEL_IDS) {
      const role = t(`prices.roles.${m}`)
      const r = resolveSlot(h, m, at, picks.value[m])
      const notes: string[] = []
      if (r?.dropped) notes.push(t('prices.dropped', { name: r.dropped.records.at(-1)!.model, day: format.day(asOf.value) }))
      for (const e of h.endpoints) {
        const retired = e.retired
        if (retired && retired.at <= at && h.roles[m].some((l) => l.endpoint === e.id)) {
          notes.push(t('prices.retiredNote', { name: e.id, day: format.day(retired.at) }))
        }
      }
      if (r && r.record.cachedInput === null) notes.push(t('prices.cachedUnknown', { name: r.record.model }))
      if (r?.record.offPeak) {
        const w = h.windows[r.record.offPeak.window]
        if (w) notes.push(t('prices.offPeakWindow', { name: r.record.model, window: locale.value === 'fr' ? w.fr : w.en }))
      }
      if (!r) notes.push(t('prices.beforeFirst', { day: format.day(h.roles[m][0]?.from ?? h.start) }))
      const name = r?.record.model ?? null
      out[m] = {
        slot: m,
        role,
        name,
        endpoint: r?.endpoint.id ?? null,
        label: name === null ? t('prices.slotNone', { role }) : t('prices.slot', { role, name }),
        labelSince: name === null ? t('prices.slotNone', { role }) : t('prices.slotSince', { role, name, day: format.day(r!.record.from) }),
        choices: endpointsFor(h, m, at).map((e) => ({ id: e.id, name: recordAt(e, at)!.model })),
        pick: r?.picked ? r.endpoint.id : undefined,
        notes,
      }
    }
    return out
  })
  return { slots }
}
