import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import { breakLink } from '@/charts/chartImage'

/** Every character 7 px wide, as a monospaced font draws them. */
const mono = (text: string) => text.length * 7

describe('breakLink', () => {
  const link = 'https://cost-gap.example/fr/#v=1&capex.stargateYears=4&training.rentalPrice=3&training.clusterGpus=50000'

  it('leaves a short link on one line', () => {
    expect(breakLink('https://cost-gap.example/', 400, mono)).toEqual(['https://cost-gap.example/'])
  })

  it('breaks before each "&" it must, so that each line goes on with the next setting', () => {
    const lines = breakLink(link, 40 * 7, mono)
    expect(lines).toEqual([
      'https://cost-gap.example/fr/#v=1',
      '&capex.stargateYears=4',
      '&training.rentalPrice=3',
      '&training.clusterGpus=50000',
    ])
  })

  it('cuts a piece wider than a line where it must, and never the scheme from its host', () => {
    const lines = breakLink('https://example.org/#v=1&comparator.o1TrainingCost=100000000', 12 * 7, mono)
    expect(lines.join('')).toBe('https://example.org/#v=1&comparator.o1TrainingCost=100000000')
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(12)
    expect(lines[0]).toBe('https://exam')
  })

  test.prop([
    fc.webUrl({ withFragments: true, withQueryParameters: true }),
    fc.array(fc.tuple(fc.stringMatching(/^[a-z.]{1,30}$/), fc.double({ noNaN: true })), { maxLength: 40 }),
    fc.integer({ min: 1, max: 120 }),
  ])('gives back the whole link, joined, in lines no wider than the width', (url, pairs, chars) => {
    const full = `${url.split('#')[0]}#v=1${pairs.map(([k, v]) => `&${k}=${v}`).join('')}`
    const lines = breakLink(full, chars * 7, mono)
    expect(lines.join('')).toBe(full)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(Math.max(1, chars))
  })
})
