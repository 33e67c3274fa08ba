import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ASSUMPTION_IDS, ASSUMPTION_SPECS } from '@/model'
import { LOG_POSITIONS, clean, fromDisplay, fromPosition, rangeAttributes, toDisplay, toPosition } from '@/format/scale'

describe('slider scales', () => {
  it('shows values in display units and takes typed ones back exactly', () => {
    const share = ASSUMPTION_SPECS['market.nvidiaDrop']
    expect(toDisplay(share, 0.1697)).toBe(16.97)
    expect(fromDisplay(share, 16.97)).toBe(0.1697)
    const gpuHours = ASSUMPTION_SPECS['training.gpuHours']
    expect(toDisplay(gpuHours, 2_788_000)).toBe(2.788)
    expect(fromDisplay(ASSUMPTION_SPECS['capex.stargate'], 500)).toBe(500e9)
  })

  it('uses a log slider for prices, with position 0 meaning free', () => {
    const price = ASSUMPTION_SPECS['price.r1.output']
    expect(rangeAttributes(price)).toEqual({ min: 0, max: LOG_POSITIONS, step: 1 })
    expect(fromPosition(price, 0)).toBe(0)
    expect(fromPosition(price, LOG_POSITIONS)).toBe(price.max)
    // A position round-trips to the same value to three significant digits.
    const p = toPosition(price, 2.19)
    expect(fromPosition(price, p)).toBeCloseTo(2.19, 2)
  })

  it('keeps GPU counts whole on their log slider', () => {
    const gpus = ASSUMPTION_SPECS['training.clusterGpus']
    fc.assert(fc.property(fc.integer({ min: 0, max: LOG_POSITIONS }), (pos) => Number.isInteger(fromPosition(gpus, pos))))
  })

  it('maps every slider position inside the assumption\'s bounds, monotonically', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASSUMPTION_IDS), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (id, u, w) => {
        const spec = ASSUMPTION_SPECS[id]
        const { min, max } = rangeAttributes(spec)
        const [a, b] = [min + (max - min) * Math.min(u, w), min + (max - min) * Math.max(u, w)]
        const va = fromPosition(spec, a)
        const vb = fromPosition(spec, b)
        return va >= spec.min && vb <= spec.max && va <= vb
      }),
    )
  })

  it('removes floating-point noise only', () => {
    expect(clean(0.1 + 0.2)).toBe(0.3)
    expect(clean(-0)).toBe(0)
    expect(clean(2.19)).toBe(2.19)
  })
})
