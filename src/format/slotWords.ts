/**
 * The words that name a model slot where it is labelled (slider labels, chart categories, the API lens's
 * sensitivity title), for the endpoint the slot resolves to on the prices' date. A slot that reads as on
 * 27 January 2025 (src/model/history.ts, `slotAsReported`) keeps the ledger's and the messages' words, so the
 * default date reads as it always did. Pure: the names come from the model, the words from `t`.
 */
import { MODEL_IDS, type AssumptionId, type ModelId } from '@/model'

/** A message of the page's language, with parameters. */
export type Message = (key: string, params?: Record<string, string>) => string

export interface SlotWords {
  /** What the words were made for (the date and the picks): words are made again only when it changes. */
  readonly key: string
  /** Each slot's endpoint name, or `null` where the slot reads as reported. */
  readonly names: Readonly<Record<ModelId, string | null>>
  /** Whether every one of these slots reads as reported. */
  asReported(...slots: readonly ModelId[]): boolean
  /** A slot in a chart's categories: "OpenAI o1" as reported, "o3" on 1 July 2025. */
  model(slot: ModelId): string
  /** A slot's short name inside a sentence, as the language joins it ("o3"; in French "d’o3", "de GPT-5"). */
  of(slot: ModelId): string
  /** An assumption's label: the ledger's, or for a slot's price or output length, named by its endpoint. */
  label(id: AssumptionId): string
}

const SLOT_ASSUMPTION = new RegExp(`^(?:price\\.(${MODEL_IDS.join('|')})\\.(input|cachedInput|output)|workload\\.outputMultiplier\\.(${MODEL_IDS.join('|')}))$`)

/** The slot an assumption belongs to, and which of its words it is (`multiplier` for its output length); `null` for others. */
export function slotOfAssumption(id: string): { readonly slot: ModelId; readonly kind: 'input' | 'cachedInput' | 'output' | 'multiplier' } | null {
  const m = SLOT_ASSUMPTION.exec(id)
  if (!m) return null
  return m[1] ? { slot: m[1] as ModelId, kind: m[2] as 'input' | 'cachedInput' | 'output' } : { slot: m[3] as ModelId, kind: 'multiplier' }
}

/** French elides "de" before a vowel sound: "d’o3", "de GPT-5". */
const ELIDES = /^[aeiouyéèê]/i

/**
 * The slot words for one date and set of picks.
 * @param names each slot's endpoint name then, `null` where it reads as reported (`slotNamesAt`)
 * @param ledgerLabel an assumption's label in the ledger, in the page's language
 */
export function slotWords(key: string, names: Readonly<Record<ModelId, string | null>>, t: Message, ledgerLabel: (id: AssumptionId) => string): SlotWords {
  const labels = new Map<AssumptionId, string>()
  const ofs = new Map<ModelId, string>()
  const models = new Map<ModelId, string>()
  const of = (slot: ModelId): string => {
    const known = ofs.get(slot)
    if (known !== undefined) return known
    const name = names[slot] ?? t(`prices.short.${slot}`)
    const made = t(ELIDES.test(name) ? 'prices.of.elided' : 'prices.of.plain', { name })
    ofs.set(slot, made)
    return made
  }
  return {
    key,
    names,
    asReported: (...slots) => slots.every((m) => names[m] === null),
    model(slot) {
      const known = models.get(slot)
      if (known !== undefined) return known
      const made = names[slot] ?? t(`models.${slot}`)
      models.set(slot, made)
      return made
    },
    of,
    label(id) {
      const known = labels.get(id)
      if (known !== undefined) return known
      const s = slotOfAssumption(id)
      const made = s === null || names[s.slot] === null ? ledgerLabel(id) : t(`prices.named.${s.kind}`, { name: of(s.slot) })
      labels.set(id, made)
      return made
    },
  }
}
