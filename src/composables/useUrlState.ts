/**
 * Keeps the share link (the URL fragment) and the assumptions in step: the link is read at start and
 * whenever it changes in the address bar, and rewritten (with `history.replaceState`, so the history is
 * not flooded) once the assumptions have rested a moment. It never touches saved scenarios.
 */
import { useEventListener, watchDebounced } from '@vueuse/core'
import { useI18n } from 'vue-i18n'
import { assumptionLabel, clampAsOf, datedDefaults, priceHistory } from '@/data/figures'
import { ASSUMPTION_SPECS, MODEL_IDS, endpointById, type AssumptionId, type Assumptions, type ModelId } from '@/model'
import { DEFAULT_DATING, decodeLink, isScenarioFragment, linkAssumptions, scenarioFragment, type DecodedLink, type Dating } from '@/codecs/url'
import { useAssumptionsStore } from '@/stores/assumptions'
import { useNoticesStore } from '@/stores/notices'
import { useBilingual } from './useBilingual'
import { useFormat } from './useFormat'

export interface UseUrlStateOptions {
  /** How long the assumptions must rest before the address bar is rewritten, in ms. */
  readonly debounceMs?: number
  readonly window?: Window
}

/** The notice key of a partly ignored link: a new link replaces the previous notice. */
export const LINK_NOTICE = 'link'
const LISTED = 5

/**
 * The fragment (without `#`) for these assumptions on this date; empty at the defaults. The current
 * scenario's is the store's `linkFragment`, made once per change.
 */
export function shareFragment(values: Assumptions, dating: Dating = DEFAULT_DATING): string {
  return scenarioFragment(values, datedDefaults(dating), dating)
}

/** The page's address without its fragment: the language page shown (`/` or `/fr/`). */
export function pageAddress(loc: Pick<Location, 'origin' | 'pathname' | 'search'> = location): string {
  return `${loc.origin}${loc.pathname}${loc.search}`
}

/** The share link of a scenario on the page at `address`: the bare address at the defaults. */
export function shareUrl(address: string, values: Assumptions, dating: Dating = DEFAULT_DATING): string {
  const fragment = shareFragment(values, dating)
  return fragment ? `${address}#${fragment}` : address
}

/**
 * Reads the link at once, then keeps the address bar in step. Called once per page, by the session
 * (`src/session.ts`), before the islands are mounted: they show the link's scenario from their first frame.
 * Its watchers and listeners end with the scope it is called in.
 */
export interface UseUrlStateReturn {
  /** Puts the current scenario in the address bar now (the language switch calls it before leaving). */
  write: () => void
}

export function useUrlState(options: UseUrlStateOptions = {}): UseUrlStateReturn {
  const { debounceMs = 250 } = options
  const assumptions = useAssumptionsStore()
  const notices = useNoticesStore()
  const { t } = useI18n()
  const text = useBilingual()
  const format = useFormat()

  const labelOf = (id: AssumptionId) => text(assumptionLabel(id))

  function listOf(items: readonly string[]): string {
    const shown = items.slice(0, LISTED).join(t('share.separator'))
    return items.length > LISTED ? t('share.andMore', { list: shown, count: items.length - LISTED }) : shown
  }

  /**
   * The link's date (brought within the price history) and its picks of known endpoints; what was set
   * aside goes into the link's notice.
   */
  function datingOf(decoded: DecodedLink): { dating: Dating; sentences: string[] } {
    const sentences: string[] = []
    const asOf = decoded.asOf === null ? DEFAULT_DATING.asOf : clampAsOf(decoded.asOf) ?? DEFAULT_DATING.asOf
    if (decoded.asOf !== null && asOf !== decoded.asOf) sentences.push(t('share.asOfClamped', { day: format.day(asOf) }))
    const picks: Partial<Record<ModelId, string>> = {}
    for (const m of MODEL_IDS) {
      const id = decoded.picks[m]
      if (id === undefined) continue
      if (endpointById(priceHistory(), id)) picks[m] = id
      else sentences.push(t('share.unknownEndpoint', { id }))
    }
    return { dating: { asOf, picks }, sentences }
  }

  /** Says what the link did not load as written; clears the previous link's notice otherwise. */
  function report(decoded: DecodedLink, more: readonly string[] = []): void {
    const sentences: string[] = [...more]
    const whole = decoded.ignored.filter((i) => i.reason === 'too-long' || i.reason === 'newer-version' || i.reason === 'bad-version')
    for (const i of whole) sentences.push(t(`share.whole.${i.reason}`))
    const pairs = decoded.ignored.filter((i) => !whole.includes(i))
    if (pairs.length > 0) {
      sentences.push(t('share.ignored', {
        list: listOf(pairs.map((i) => t('share.item', { key: i.key || '∅', reason: t(`share.reason.${i.reason}`) }))),
      }))
    }
    if (decoded.clamped.length > 0) {
      sentences.push(t('share.clamped', {
        list: listOf(decoded.clamped.map((c) => t('share.clampedItem', {
          name: labelOf(c.id),
          value: format.unit(c.to, ASSUMPTION_SPECS[c.id].unit),
        }))),
      }))
    }
    if (sentences.length === 0) notices.clear(LINK_NOTICE)
    else notices.push('warning', [t('share.partly'), ...sentences].join(' '), { key: LINK_NOTICE, persistent: true })
  }

  /** Loads a scenario fragment; values the link does not give are the defaults. */
  function apply(hash: string): void {
    const decoded = decodeLink(hash)
    if (!decoded.scenario) return
    const { dating, sentences } = datingOf(decoded)
    assumptions.replace(linkAssumptions(decoded, datedDefaults(dating)), dating)
    report(decoded, sentences)
  }

  /** Puts the current scenario in the address bar, unless it is already there. */
  function write(): void {
    const fragment = assumptions.linkFragment
    const win = options.window ?? window
    const { hash, pathname, search } = win.location
    if (fragment === '') {
      // At the defaults: drop a scenario fragment, but leave a section link (`#sources`) alone.
      if (isScenarioFragment(hash)) win.history.replaceState(win.history.state, '', pathname + search)
    } else if (hash !== `#${fragment}`) {
      win.history.replaceState(win.history.state, '', `${pathname}${search}#${fragment}`)
    }
  }

  const win = options.window ?? window
  apply(win.location.hash)
  write()
  // Once the assumptions rest: rewriting the address on every move of a slider would cost a frame now and
  // then. Leaving the page writes at once (below); the share field reads the assumptions, not the address.
  watchDebounced(() => assumptions.linkFragment, write, { debounce: debounceMs })
  // Leaving or hiding the page writes at once, so a reload or a copied address bar is never behind.
  useEventListener(win, 'pagehide', write)
  useEventListener(win, 'hashchange', () => {
    const hash = win.location.hash
    if (isScenarioFragment(hash) && hash !== `#${assumptions.linkFragment}`) apply(hash)
    write()
  })
  return { write }
}
