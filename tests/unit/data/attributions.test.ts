/**
 * Attributions that hold: where the ledger cites a source for a value, the value is the source's; where
 * none gives it, the ledger says it is the app's own assumption, with low confidence. (The ranges are
 * checked with the rest of the ledger, in ledger.test.ts.)
 */
import { describe, expect, it } from 'vitest'
import { getFullLedger } from '@/data/full'
import { controlGroup } from '@/lenses'

const ledger = getFullLedger()
const figure = (id: string) => ledger.figureById.get(id)!

/** The lens's group for Epoch AI's method declares them (src/lenses.ts); their values are checked below, in order. */
const EPOCH_ASSUMPTIONS = controlGroup('training.epoch')?.assumptions ?? []

describe('attributions', () => {
  it('takes Epoch AI\'s own values for its method\'s assumptions, each with a range', () => {
    expect(EPOCH_ASSUMPTIONS.map((id) => figure(id).value)).toEqual([1.64, 0.19, 0.275564, 1.2, 1.8, 0.75])
    expect(1 - figure('training.valueLossPerYear').value).toBeCloseTo(Math.pow(10, -0.14), 6)
    for (const id of EPOCH_ASSUMPTIONS) {
      expect(figure(id).sources, id).toContain('epoch-cost-model')
      expect(figure(id).range, id).toBeDefined()
    }
  })

  it('gives the PUE Epoch AI uses outside hyperscalers, 1.25, with the range from hyperscalers to the 2024 average', () => {
    expect(figure('training.pue')).toMatchObject({ value: 1.25, range: { low: 1.1, high: 1.56 } })
    expect(figure('training.pue').sources).toContain('epoch-cottier')
  })

  it('names the straight-line life and the electricity price as the app\'s own, with low confidence', () => {
    for (const id of ['training.amortizationYears', 'training.energyPrice']) {
      expect(figure(id).confidence, id).toBe('low')
      expect(figure(id).note.en, id).toMatch(/the app’s own/i)
      expect(figure(id).note.fr, id).toMatch(/propre à l’application/)
    }
    expect(figure('training.amortizationYears').sources).not.toContain('epoch-cottier')
    expect(figure('training.amortizationYears').range).toMatchObject({ low: 4, high: 6 })
    // No source gives DeepSeek's tariff: a bracket of the app's own around the US industrial average.
    expect(figure('training.energyPrice').range).toMatchObject({ low: 0.04, high: 0.12, reason: expect.anything() })
  })

  it('calls the H800\'s price an estimate, up to the one price Epoch AI\'s data lists', () => {
    const price = figure('training.gpuUnitPrice')
    expect(price).toMatchObject({ value: 30_000, confidence: 'low', range: { low: 30_000, high: 33_800 } })
    expect(price.note.en).toMatch(/^An estimate/)
    expect(figure('training.gpuUnitPrice.epoch')).toMatchObject({ value: 33_800, sources: ['epoch-hardware-prices'] })
  })

  it('cites cached-input prices to DeepSeek\'s and OpenAI\'s own pages, with a January 2025 copy', () => {
    for (const id of ['price.v3.cachedInput', 'price.o1.cachedInput', 'price.o1mini.cachedInput']) {
      const sources = figure(id).sources
      expect(sources, id).not.toContain('llm-prices')
      expect(sources.some((s) => /-2025-01$/.test(s) && ledger.sourceById.get(s)!.url.includes('web.archive.org/web/202501')), id).toBe(true)
    }
  })
})
