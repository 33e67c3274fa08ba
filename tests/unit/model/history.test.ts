/** Dated prices: each slot resolves to the endpoint in force, the reference gaps over time (docs/model.md), off-peak prices. */
import { describe, expect, it } from 'vitest'
import { defaultAssumptions, getLedger } from '@/data/figures'
import { formatChange } from '@/format/number'
import {
  DEFAULT_AS_OF,
  MODEL_IDS,
  changeInstants,
  computeResults,
  dayEnd,
  dayOf,
  endpointsFor,
  isDefaultDating,
  eventMarks,
  gapExtremes,
  gapHistory,
  heldPeriods,
  instantOf,
  offPeakAt,
  priceEvents,
  pricesAt,
  resolveSlot,
  type ModelId,
} from '@/model'

const h = getLedger().history
const at = (day: string) => dayEnd(day)!
const nameOn = (slot: ModelId, day: string, pick?: string) => resolveSlot(h, slot, at(day), pick)?.endpoint.id ?? null
const outputOn = (slot: ModelId, day: string) => resolveSlot(h, slot, at(day))!.record.output

describe('dates', () => {
  it('reads days and times in UTC and refuses impossible ones', () => {
    expect(instantOf('2025-02-26T16:30Z')).toBe(Date.UTC(2025, 1, 26, 16, 30))
    expect(instantOf('2025-01-20')).toBe(Date.UTC(2025, 0, 20))
    expect(instantOf('2025-02-30')).toBeNull()
    expect(dayEnd('2025-01-27')).toBe(Date.UTC(2025, 0, 28) - 1)
    expect(dayEnd('2025-1-27')).toBeNull()
  })
})

describe('slots on a date', () => {
  it('on 27 January 2025 gives back the ledger\'s January figures, unchanged', () => {
    const d = defaultAssumptions()
    expect(pricesAt(h, at(DEFAULT_AS_OF), {}, d)).toEqual(d)
    expect(MODEL_IDS.map((m) => nameOn(m, DEFAULT_AS_OF))).toEqual(['deepseek-reasoner', 'deepseek-chat', 'o1', 'o1-mini', 'gpt-4o-2024-08-06'])
  })

  it('follows the chains of successors: o1 → o3 → GPT-5 → later flagships, o1-mini → o3-mini → o4-mini → GPT-5 mini → later', () => {
    expect(['2025-01-27', '2025-05-01', '2025-09-01', '2026-05-01', '2026-09-22'].map((d) => nameOn('o1', d))).toEqual(['o1', 'o3', 'gpt-5', 'gpt-5.5', 'gpt-6-astra'])
    expect(['2025-01-30', '2025-01-31', '2025-05-01', '2025-09-01', '2026-04-01'].map((d) => nameOn('o1mini', d))).toEqual(['o1-mini', 'o3-mini', 'o4-mini', 'gpt-5-mini', 'gpt-5.4-mini'])
  })

  it('drops a retired endpoint on its retirement date and says so when the visitor had picked it', () => {
    expect(nameOn('r1', '2026-07-23')).toBe('deepseek-reasoner')
    expect(nameOn('r1', '2026-07-24')).toBe('deepseek-v4-flash')
    expect(nameOn('o1mini', '2025-10-26', 'o1-mini')).toBe('o1-mini')
    const after = resolveSlot(h, 'o1mini', at('2025-10-27'), 'o1-mini')!
    expect(after.endpoint.id).toBe('gpt-5-mini')
    expect(after.dropped?.id).toBe('o1-mini')
  })

  it('lets the visitor pick another endpoint of the slot\'s vendor available that day, and no other', () => {
    expect(nameOn('o1', '2025-07-01', 'o1')).toBe('o1')
    expect(nameOn('o1', '2025-07-01', 'deepseek-chat')).toBe('o3')
    expect(nameOn('o1', '2025-03-01', 'o3')).toBe('o1')
    expect(endpointsFor(h, 'o1', at('2025-07-01')).map((e) => e.id)).toEqual(expect.arrayContaining(['o1', 'o3', 'o3-mini', 'o4-mini', 'o1-mini']))
  })

  it('has nobody in DeepSeek\'s reasoning slot before R1, and leaves its prices as they were', () => {
    expect(resolveSlot(h, 'r1', at('2025-01-10'))).toBeNull()
    const d = defaultAssumptions()
    expect(pricesAt(h, at('2025-01-10'), {}, d)['price.r1.output']).toBe(d['price.r1.output'])
  })
})

describe('the reference gaps, output over output', () => {
  it('2025-02-15: the small model at about 2.0 (4.40 / 2.19)', () => {
    expect(outputOn('o1mini', '2025-02-15') / outputOn('r1', '2025-02-15')).toBeCloseTo(4.4 / 2.19, 10)
    expect(outputOn('o1mini', '2025-02-15') / outputOn('r1', '2025-02-15')).toBeCloseTo(2.0, 1)
  })

  it('2025-07-01: the flagship at about 3.65 (o3 at 8 over 2.19)', () => {
    expect(nameOn('o1', '2025-07-01')).toBe('o3')
    expect(outputOn('o1', '2025-07-01') / outputOn('r1', '2025-07-01')).toBeCloseTo(3.65, 2)
  })

  it('2025-10-01: the flagship at about 23.8 (GPT-5 at 10 over V3.2\'s 0.42)', () => {
    expect(nameOn('o1', '2025-10-01')).toBe('gpt-5')
    expect(outputOn('o1', '2025-10-01') / outputOn('r1', '2025-10-01')).toBeCloseTo(23.8, 1)
  })

  it('the model\'s claim follows the prices set for a date', () => {
    const a = pricesAt(h, at('2025-10-01'), {}, defaultAssumptions())
    expect(computeResults(a)['claim.o1']).toBeCloseTo(10 / 0.42, 10)
  })
})

describe('the gap over time', () => {
  const steps = gapHistory(h, defaultAssumptions(), {})
  const stepOn = (day: string) => steps.filter((s) => s.at <= at(day)).at(-1)!

  it('steps at each change, up to the last confirmed day and never past it', () => {
    expect(steps.every((s, i) => i === 0 || s.at > steps[i - 1]!.at)).toBe(true)
    expect(Math.max(...steps.map((s) => s.at))).toBeLessThanOrEqual(h.lastConfirmed)
    expect(changeInstants(h).every((t) => t <= h.lastConfirmed)).toBe(true)
    expect(stepOn('2025-02-15').small).toBeCloseTo(4.4 / 2.19, 10)
    expect(stepOn('2025-07-01').flagship).toBeCloseTo(8 / 2.19, 10)
    expect(stepOn('2025-10-01').flagship).toBeCloseTo(10 / 0.42, 10)
    expect(stepOn('2025-01-10').flagship).toBeNull()
  })

  it('prices the workload\'s bills: at 3 input for 1 output, o1 over R1 is 2,625 / 96 on 27 January', () => {
    expect(stepOn('2025-01-27').flagshipBill).toBeCloseTo(2625 / 96, 10)
    const cached = gapHistory(h, { ...defaultAssumptions(), 'workload.cacheHitRate': 0.5 }, {})
    expect(cached.filter((s) => s.at <= at('2025-01-27')).at(-1)!.flagshipBill).not.toBeCloseTo(2625 / 96, 3)
  })

  it('says when the 6x held: from R1\'s launch to o1-mini\'s cut on 31 January 2025', () => {
    const held = heldPeriods(steps, (s) => s.small !== null && s.small >= 5)
    expect(held[0]).toEqual({ from: instantOf('2025-01-20'), to: instantOf('2025-01-31') })
  })

  it('gives each gap\'s low and high over the whole history', () => {
    const flagship = gapExtremes(steps, (s) => s.flagship)!
    expect(flagship.low).toBeCloseTo(8 / 2.19, 10)
    expect(flagship.high).toBeGreaterThan(100)
  })

  it('marks price events: o1-mini\'s cut and o3-mini\'s launch on 31 January 2025', () => {
    const jan31 = priceEvents(h).find((e) => e.at === instantOf('2025-01-31'))!
    expect(jan31.items.map((i) => [i.endpoint, i.kind])).toEqual(expect.arrayContaining([['o1-mini', 'change'], ['o3-mini', 'launch']]))
  })
})

describe('off-peak prices', () => {
  it('none on 27 January 2025, R1 at 75% off and V3 at 50% off from 26 February 2025', () => {
    expect(offPeakAt(h, at(DEFAULT_AS_OF), {})).toEqual({})
    const f = offPeakAt(h, at('2025-03-01'), {})
    expect(f.r1?.output).toBeCloseTo(0.55 / 2.19, 10)
    expect(f.r1?.output).toBeCloseTo(0.25, 2)
    expect(f.v3?.output).toBeCloseTo(0.5, 10)
    expect(f.o1).toBeUndefined()
  })

  it('applies to the share of tokens sent off-peak, and only where a record has off-peak prices', () => {
    const a = { ...pricesAt(h, at('2025-03-01'), {}, defaultAssumptions()), 'workload.offPeakShare': 1 }
    const f = offPeakAt(h, at('2025-03-01'), {})
    const peak = computeResults({ ...a, 'workload.offPeakShare': 0 }, f)
    const night = computeResults(a, f)
    // 100M tokens, 3 input for 1 output, all at R1's off-peak prices (0.135 in, 0.55 out).
    expect(peak['api.cost.r1']).toBeCloseTo(96, 10)
    expect(night['api.cost.r1']).toBeCloseTo(75 * 0.135 + 25 * 0.55, 10)
    expect(night['api.cost.o1']).toBe(peak['api.cost.o1'])
    const half = computeResults({ ...a, 'workload.offPeakShare': 0.5 }, f)
    expect(half['api.cost.r1']).toBeCloseTo((96 + 75 * 0.135 + 25 * 0.55) / 2, 10)
    // The claims compare list prices.
    expect(night['claim.o1']).toBe(peak['claim.o1'])
  })
})

describe('the date slider\'s marks', () => {
  it('label the main price changes with the model launched or renamed, or the output price\'s change', () => {
    const events = priceEvents(h)
    const marks = eventMarks(h, events)
    expect(marks.map((m) => [dayOf(m.at), m.name, m.change === null ? null : Math.round(m.change * 100)])).toEqual([
      ['2025-01-20', 'R1', null],
      ['2025-01-31', 'o3-mini', null],
      ['2025-06-10', 'o3', -80],
      ['2025-08-07', 'GPT-5', null],
      ['2025-09-29', 'V3.2', null],
      ['2026-04-24', 'V4-Flash', null],
    ])
    // Each sits where its change is on the slider, which steps through every event.
    for (const m of marks) expect(events[m.index]!.at).toBe(m.at)
    expect(formatChange(-0.8, 'en')).toBe('−80%')
    expect(formatChange(-0.8, 'fr')).toMatch(/^−80\s%$/)
    expect(formatChange(3.71, 'en')).toBe('+371%')
  })

  it('are days of price changes, or the ledger is refused', () => {
    const events = new Set(priceEvents(h).map((e) => dayOf(e.at)))
    for (const at of h.marks ?? []) expect(events.has(dayOf(at))).toBe(true)
  })
})

describe('the default dating', () => {
  it('is 27 January 2025 with no endpoint picked, and nothing else', () => {
    expect(isDefaultDating(DEFAULT_AS_OF, {})).toBe(true)
    expect(isDefaultDating('2025-07-01', {})).toBe(false)
    expect(isDefaultDating(DEFAULT_AS_OF, { o1: 'o1' })).toBe(false)
  })
})
