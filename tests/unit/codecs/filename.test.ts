import { test as propTest, fc } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { exportFileName, isoDay, slug } from '@/codecs/filename'

const day = new Date(2025, 1, 3, 23, 59)

describe('export file names', () => {
  it('read cost-gap-<chart>-<scenario>-<date>.<ext>', () => {
    expect(exportFileName({ chart: 'training-costs', scenario: 'As reported', date: day, ext: 'png' })).toBe(
      'cost-gap-training-costs-as-reported-2025-02-03.png',
    )
    expect(exportFileName({ scenario: 'Après la baisse des prix', date: day, ext: 'json' })).toBe(
      'cost-gap-apres-la-baisse-des-prix-2025-02-03.json',
    )
  })

  it('say the prices’ day before the export’s when a chart shows another day’s prices', () => {
    expect(exportFileName({ chart: 'api-costs', scenario: 'Custom', date: day, ext: 'csv', pricesAsOf: '2025-07-01' })).toBe(
      'cost-gap-api-costs-custom-prices-2025-07-01-2025-02-03.csv',
    )
    // Only a day goes into a file name: anything else is left out.
    expect(exportFileName({ chart: 'api-costs', scenario: 'Custom', date: day, ext: 'png', pricesAsOf: '../x' })).toBe(
      'cost-gap-api-costs-custom-2025-02-03.png',
    )
  })

  it('fall back to "scenario" when nothing of the name survives', () => {
    expect(exportFileName({ chart: 'api-costs', scenario: '../../../etc/passwd', date: day, ext: 'csv' })).toBe(
      'cost-gap-api-costs-etc-passwd-2025-02-03.csv',
    )
    expect(exportFileName({ chart: 'x', scenario: '投資 🚀', date: day, ext: 'csv' })).toBe('cost-gap-x-scenario-2025-02-03.csv')
  })

  it('use the local calendar day', () => {
    expect(isoDay(new Date(2025, 0, 5))).toBe('2025-01-05')
  })

  it('cap each part', () => {
    expect(slug('a'.repeat(100))).toHaveLength(40)
    expect(slug('x-'.repeat(30))).not.toMatch(/-$/)
  })

  propTest.prop([fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })])('are always safe, short ASCII', (chart, scenario) => {
    const name = exportFileName({ chart, scenario, date: day, ext: 'png' })
    expect(name).toMatch(/^cost-gap-([a-z0-9]+(-[a-z0-9]+)*-)?[a-z0-9]+(-[a-z0-9]+)*-2025-02-03\.png$/)
    expect(name.length).toBeLessThanOrEqual(110)
  })
})
