import { describe, expect, it } from 'vitest'
import { clampAssumption, ratio, relativeGap, unsignedZero } from '@/model'

describe('unsignedZero', () => {
  it('turns -0 into 0 and leaves every other number as it is', () => {
    expect(Object.is(unsignedZero(-0), 0)).toBe(true)
    expect(Object.is(unsignedZero(0), 0)).toBe(true)
    for (const v of [1, -1, 1e-300, -1e-300, Number.MAX_VALUE, Number.POSITIVE_INFINITY]) expect(unsignedZero(v)).toBe(v)
    expect(unsignedZero(Number.NaN)).toBeNaN()
  })

  it('is what keeps -0 out of the ratios, gaps and clamped values', () => {
    expect(Object.is(ratio(-0, 5), 0)).toBe(true)
    expect(Object.is(ratio(0, -5), 0)).toBe(true)
    expect(Object.is(relativeGap(1, 1), 0)).toBe(true)
    expect(Object.is(clampAssumption('training.rentalPrice', -0), 0)).toBe(true)
  })
})
