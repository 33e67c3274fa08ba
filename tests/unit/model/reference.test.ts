/**
 * The model's reference values (docs/model.md states each one with its formula), reproduced from the
 * ledger's defaults to 0.1%: the API bills and ratios, training four ways, the fleet, capex and the market,
 * with a PUE of 1.25 (Epoch AI's). The inputs come from `seeds/` only.
 */
import { describe, expect, it } from 'vitest'
import { assumptionsOfPreset, defaultAssumptions, getLedger } from '@/data/figures'
import { resultFormat } from '@/format/kinds'
import { LENSES, lensSpec } from '@/lenses'
import { ASSUMPTION_IDS, MODEL_IDS, RESULT_IDS, computeResults, type Assumptions, type ResultId } from '@/model'

const ledger = getLedger()

function expectClose(actual: number | null, expected: number, tolerance = 0.001) {
  expect(actual).not.toBeNull()
  expect(Math.abs((actual as number) - expected) / Math.abs(expected)).toBeLessThanOrEqual(tolerance)
}

const reference: ReadonlyArray<[ResultId, number]> = [
  ['api.cost.r1', 96],
  ['api.cost.o1', 2_625],
  ['api.cost.o1mini', 525],
  ['api.cost.v3', 17.5],
  ['api.cost.gpt4o', 437.5],
  ['api.ratio.o1', 27.34],
  ['api.ratio.o1mini', 5.47],
  ['claim.o1', 27.40],
  ['claim.o1mini', 5.48],
  ['training.rentalCost', 5_576_000],
  ['training.clusterCapex', 61_440_000],
  ['training.days', 56.72],
  ['training.energyCost', 195_160],
  ['training.amortizedCost', 2_582_146],
  ['training.epochHardware', 4_128_380],
  ['training.epochEnergy', 263_466],
  ['training.epochCost', 4_391_846],
  ['fleet.capex', 1_500_000_000],
  ['fleet.overRentalCost', 269.0],
  ['fleet.overClusterCapex', 24.41],
  ['fleet.serverCapex', 3_037_037_037],
  ['fleet.annualCost', 800_650_259],
  ['fleet.annualCostOverRentalCost', 143.6],
  ['comparator.o1OverRentalCost', 17.93],
  ['capex.stargatePerYear', 100e9],
  ['capex.annualTotal', 320e9],
  ['capex.rentalRunsPerYear', 57_389],
  ['capex.fleetsPerYear', 213.3],
  ['market.lossOverRentalCost', 107_604],
  ['market.lossOverAnnualCapex', 1.875],
  ['market.lossOverFleetCapex', 400],
]

describe('the model at the as-reported defaults', () => {
  const results = computeResults(defaultAssumptions())

  it('starts from the list prices of 27 January 2025 (input, cached input, output, USD per million tokens)', () => {
    const d = defaultAssumptions()
    expect(MODEL_IDS.map((m) => [m, d[`price.${m}.input`], d[`price.${m}.cachedInput`], d[`price.${m}.output`]])).toEqual([
      ['r1', 0.55, 0.14, 2.19],
      ['v3', 0.14, 0.014, 0.28],
      ['o1', 15, 7.5, 60],
      ['o1mini', 3, 1.5, 12],
      ['gpt4o', 2.5, 1.25, 10],
    ])
  })

  it.each(reference)('%s is %d', (id, expected) => {
    expectClose(results[id], expected)
  })

  it('gives Epoch AI\'s energy and the straight-line energy bill to the dollar', () => {
    expect(results['training.epochEnergy']).toBeCloseTo(263_466, 6)
    expect(results['training.energyCost']).toBeCloseTo(195_160, 6)
  })

  it('prices R1 at 1x itself and blends its price to $0.96 per million tokens (3:1, no cache)', () => {
    expect(results['api.ratio.r1']).toBe(1)
    expectClose(results['api.blendedPrice.r1'], 0.96)
    expectClose(results['api.blendedPrice.o1'], 26.25)
    expectClose(results['api.blendedPrice.o1mini'], 5.25)
    expectClose(results['api.blendedPrice.gpt4o'], 4.375)
    expectClose(results['api.blendedPrice.v3'], 0.175)
  })

  it('puts the GPU energy of the run at about 2.44 GWh with a PUE of 1.25', () => {
    expectClose(results['training.energyKwh'], 2_439_500)
  })
})

describe('Epoch AI\'s method', () => {
  const d = defaultAssumptions()
  const r = computeResults(d)
  const withClusterOf = (gpus: number) => computeResults({ ...d, 'training.clusterGpus': gpus })

  it('loses value at 0.14 orders of magnitude a year: a short run costs about startValue × k × its years', () => {
    const k = 0.14 * Math.LN10
    const startValue = (30_000 * 1.64) / (1 - 0.19) * Math.pow(10, -0.14 * 1.2)
    // 1 − e^(−x) ≈ x·(1 − x/2) for x = k·T, the run lasting T = 0.1554 years on 2,048 GPUs.
    expectClose(r['training.epochHardware'], startValue * k * (2_788_000 / 8760) * (1 - (k * 0.1554) / 2), 0.001)
  })

  it('barely moves with the cluster\'s size, where the straight-line method does not move at all', () => {
    const small = withClusterOf(2_048)
    const huge = withClusterOf(50_000)
    expectClose(huge['training.amortizedCost'], small['training.amortizedCost']!, 1e-12)
    const change = huge['training.epochHardware']! / small['training.epochHardware']! - 1
    expect(change).toBeGreaterThan(0)
    expect(change).toBeLessThan(0.03)
  })

  it('grows with the hardware\'s price and falls with its age', () => {
    const dearer = computeResults({ ...d, 'training.gpuUnitPrice': 33_800 })
    expectClose(dearer['training.epochHardware'], r['training.epochHardware']! * (33_800 / 30_000))
    const older = computeResults({ ...d, 'training.hardwareAgeYears': 2.2 })
    expectClose(older['training.epochHardware'], r['training.epochHardware']! * Math.pow(10, -0.14), 0.0002)
  })
})

describe('presets', () => {
  it('as-reported is the defaults', () => {
    expect(assumptionsOfPreset('as-reported')).toEqual(defaultAssumptions())
  })

  it('primary-sources spreads Stargate over 4 years and uses the primary market and Amazon figures', () => {
    const a = assumptionsOfPreset('primary-sources')
    expect(a).toBeDefined()
    const r = computeResults(a!)
    expect(a!['capex.stargateYears']).toBe(4)
    expectClose(r['capex.stargatePerYear'], 125e9)
    expectClose(a!['market.nvidiaLoss'], 593e9)
    expectClose(a!['market.nvidiaDrop'], 0.1697)
    expectClose(a!['market.nasdaqDrop'], 0.0307)
    expectClose(a!['capex.amazon'], 100e9, 0.06)
    const expectedTotal = 125e9 + 65e9 + 80e9 + a!['capex.amazon']
    expectClose(r['capex.annualTotal'], expectedTotal)
    expectClose(r['market.lossOverAnnualCapex'], 593e9 / expectedTotal)
    // API prices and training inputs are the same as reported.
    expectClose(r['claim.o1'], 27.40)
    expectClose(r['training.rentalCost'], 5_576_000)
  })

  it('skeptic moves the training lens\'s headline result and the yearly cost of owning the claimed fleet', () => {
    const a = assumptionsOfPreset('skeptic')!
    const d = defaultAssumptions()
    const r0 = computeResults(d)
    const r = computeResults(a)
    const headline = lensSpec('training').headline
    expect(headline).toBe('training.epochCost')
    expect(r[headline]).toBeGreaterThan(r0[headline]! * 1.1)
    // AWS capacity blocks at $4.916, H800s at Epoch AI's $33,800, the 2024 survey's average PUE of 1.56.
    expectClose(r['training.rentalCost'], 2_788_000 * 4.916)
    expectClose(r['training.epochCost'], 4_651_308 + 328_806)
    expectClose(r['fleet.annualCost'], 810_915_227)
    expect(r['fleet.annualCost']).toBeGreaterThan(r0['fleet.annualCost']!)
    // The 50,000-GPU cluster is gone: V3 trained on its 2,048 GPUs.
    expect(a['training.clusterGpus']).toBe(d['training.clusterGpus'])
    expect(ledger.presets.find((p) => p.id === 'skeptic')!.summary.en).toMatch(/Epoch’s estimate of the run/)
  })

  it('skeptic rests on no change that leaves every cost the same', () => {
    const a = assumptionsOfPreset('skeptic')!
    const d = defaultAssumptions()
    const r0 = computeResults(d)
    const costs = RESULT_IDS.filter((id) => resultFormat(id).kind === 'usd')
    const changed = ASSUMPTION_IDS.filter((id) => a[id] !== d[id])
    expect(changed.length).toBeGreaterThan(0)
    for (const id of changed) {
      const alone: Assumptions = { ...d, [id]: a[id] }
      const r = computeResults(alone)
      expect(costs.some((c) => r[c] !== r0[c]), id).toBe(true)
    }
  })

  it('every preset but the defaults changes a headline result of some lens', () => {
    const r0 = computeResults(defaultAssumptions())
    for (const p of ledger.presets.filter((x) => x.id !== 'as-reported')) {
      const r = computeResults(assumptionsOfPreset(p.id)!)
      const moved = LENSES.flatMap((l) => l.keyResults).filter((id) => r[id] !== r0[id])
      expect(moved.length, p.id).toBeGreaterThan(0)
    }
  })

  it('after-price-cut applies o1-mini 1.10 / 0.55 / 4.40 and V3 0.27 / 0.07 / 1.10', () => {
    const a = assumptionsOfPreset('after-price-cut')!
    expect([a['price.o1mini.input'], a['price.o1mini.cachedInput'], a['price.o1mini.output']]).toEqual([1.1, 0.55, 4.4])
    expect([a['price.v3.input'], a['price.v3.cachedInput'], a['price.v3.output']]).toEqual([0.27, 0.07, 1.1])
    const r = computeResults(a)
    // The "6x" is down to about 2x a week later.
    expectClose(r['claim.o1mini'], 4.4 / 2.19)
    expectClose(r['api.cost.o1mini'], 100 * 0.75 * 1.1 + 100 * 0.25 * 4.4)
  })

  it('every preset in the ledger yields assumptions within bounds', () => {
    for (const p of ledger.presets) {
      const r = computeResults(assumptionsOfPreset(p.id)!)
      for (const v of Object.values(r)) expect(v === null || (Number.isFinite(v) && v >= 0)).toBe(true)
    }
  })
})
