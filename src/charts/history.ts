/**
 * The gap over time (`api-history`): OpenAI's flagship and small reasoning models' output prices over
 * DeepSeek's reasoning model's, from the history's start to its last confirmed day, as steps; and the same
 * two gaps for the workload's monthly bills. Pure: the steps come from the model (src/model/history.ts).
 */
import { priceHistory } from '@/data/figures'
import { dayEnd, gapHistory, historyRecords, priceEvents, type Assumptions, type Picks } from '@/model'
import type { ChartTable } from './types'

/** What the history's table needs beyond the words: the prices' date and picks, and how to write a day. */
export interface HistoryContext {
  readonly asOf: string
  readonly picks: Picks
  /** A day in the page's language. */
  readonly day: (t: number) => string
  /** A message with parameters. */
  readonly message: (key: string, params: Record<string, string>) => string
  /** A price in USD per million tokens, with its unit. */
  readonly price: (usdPerMTok: number) => string
}

/** The history's table: one row per change, the gaps in force from that day until the next row's. */
export function historyTable(a: Assumptions, t: (key: string) => string, x: HistoryContext): ChartTable {
  const h = priceHistory()
  const steps = gapHistory(h, a, x.picks)
  const marker = dayEnd(x.asOf)
  const events = priceEvents(h).map((e) => ({
    at: e.at,
    label: e.items.map((i) => x.message(`prices.event.${i.kind}`, { model: i.model, price: i.output === null ? '' : x.price(i.output) })).join(t('prices.eventSeparator')),
  }))
  return {
    id: 'api-history',
    title: t('charts.apiHistory.title'),
    categoryLabel: t('charts.apiHistory.from'),
    categories: steps.map((s) => x.day(s.at)),
    times: steps.map((s) => s.at),
    end: h.lastConfirmed,
    events,
    ...(marker === null ? {} : { marker: { at: marker, label: x.message('charts.apiHistory.marker', { day: x.day(marker) }) } }),
    series: [
      { label: t('charts.apiHistory.flagship'), values: steps.map((s) => s.flagship), kind: 'multiple' },
      { label: t('charts.apiHistory.small'), values: steps.map((s) => s.small), kind: 'multiple' },
      { label: t('charts.apiHistory.flagshipBill'), values: steps.map((s) => s.flagshipBill), kind: 'multiple' },
      { label: t('charts.apiHistory.smallBill'), values: steps.map((s) => s.smallBill), kind: 'multiple' },
    ],
    columns: [
      { label: t('charts.apiHistory.deepseek'), values: steps.map(() => null), texts: steps.map((s) => s.names.r1 ?? '—') },
      { label: t('charts.apiHistory.flagshipModel'), values: steps.map(() => null), texts: steps.map((s) => s.names.o1 ?? '—') },
      { label: t('charts.apiHistory.smallModel'), values: steps.map(() => null), texts: steps.map((s) => s.names.o1mini ?? '—') },
    ],
    note: x.message('charts.apiHistory.note', { day: x.day(h.lastConfirmed) }),
    axisTitle: t('charts.apiHistory.axis'),
    // The chart shows the dated records over the whole history: an export cites theirs (src/data/full.ts).
    sources: [],
    records: historyRecords(h, x.picks),
  }
}
