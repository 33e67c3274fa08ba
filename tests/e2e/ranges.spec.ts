/**
 * Ranges and sensitivity (docs/model.md, "Ranges and sensitivity"), driven through the hooks: every claim card's computed value
 * and every lens result carries `data-range-low` and `data-range-high` (base units) beside its range in
 * words; each lens has a sensitivity chart of its headline result, with its data table and exports; all
 * of it follows the sliders, in both languages, with no axe-core violation.
 */
import { readFile } from 'node:fs/promises'
import type { Download, Locator, Page } from '@playwright/test'
import { axeViolations, expect, open, scrollTo, switchLanguage, test } from './fixtures'

const result = (page: Page, id: string) => page.locator(`[data-result="${id}"]`)
const number = (page: Page, id: string) => page.locator(`input[type="number"][data-assumption="${id}"]`)
const ends = async (el: Locator) => [Number(await el.getAttribute('data-range-low')), Number(await el.getAttribute('data-range-high'))]

/** The lenses, each with a sensitivity chart of its headline result (src/lenses.ts). */
const LENSES = ['api', 'training', 'capex', 'market'] as const

async function type(page: Page, id: string, value: string) {
  await number(page, id).fill(value)
  await number(page, id).press('Enter')
}

async function downloadFrom(page: Page, button: Locator): Promise<{ download: Download; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  return { download, text: await readFile(await download.path(), 'utf8') }
}

test.describe('ranges', () => {
  test('a claim card shows its computed value\'s range, in base units and in words, and it follows the sliders', async ({ page }) => {
    await open(page)
    const card = page.locator('[data-claim="claim.stargate"]')
    const current = card.locator('[data-claim-of="capex.stargatePerYear"]')
    // $100B to $500B over 4 to 5 years.
    expect(await ends(current)).toEqual([20e9, 125e9])
    await expect(card.locator('[data-range]')).toHaveText('Range: $20B to $125B')
    // A claim on published prices alone has no spread.
    const o1 = page.locator('[data-claim="claim.o1"]')
    expect(await ends(o1.locator('[data-result="claim.o1"]'))).toEqual([60 / 2.19, 60 / 2.19])
    await expect(o1.locator('[data-range]')).toHaveText('No range: only fixed figures go into it')

    await type(page, 'capex.stargate', '1000')
    await expect(current).toHaveAttribute('data-range-high', String(250e9))
    await expect(card.locator('[data-range]')).toHaveText('Range: $20B to $250B')
  })

  test('a lens result shows its range, which follows the sliders', async ({ page }) => {
    await open(page)
    const rental = result(page, 'training.rentalCost')
    // 2.788M GPU-hours at $2 (DeepSeek's figure) to $4.916 (AWS capacity blocks) an hour.
    expect(await ends(rental)).toEqual([5_576_000, expect.closeTo(2_788_000 * 4.916, 3)])
    await expect(rental).toHaveText('$5.58M')
    await expect(page.locator('[data-result="training.rentalCost"] + [data-range]')).toHaveText('Range: $5.58M to $13.7M')
    // Past the high end of its range, a slider stretches it.
    await type(page, 'training.rentalPrice', '6')
    await expect(rental).toHaveAttribute('data-range-high', String(2_788_000 * 6))
    await expect(rental).toHaveAttribute('data-value', String(2_788_000 * 6))

    // The API table's bills too: the workload has no spread of its own, so the range doubles with it.
    const r1 = result(page, 'api.cost.r1')
    const [low, high] = await ends(r1)
    expect(low).toBeLessThan(96)
    expect(high).toBeGreaterThan(96)
    await type(page, 'workload.tokens', '200')
    await expect.poll(() => ends(r1)).toEqual([expect.closeTo(2 * low!, 6), expect.closeTo(2 * high!, 6)])
    await expect(r1).toHaveText('$192 a month')
  })

  test('speaks French, numbers included', async ({ page }) => {
    await open(page)
    await switchLanguage(page, 'fr')
    await expect(page.locator('[data-claim="claim.stargate"] [data-range]')).toHaveText(/^Fourchette : 20\sMd\s\$ à 125\sMd\s\$$/)
    await expect(page.locator('[data-result="capex.annualTotal"] + [data-range]')).toHaveText(/^Fourchette : 235\sMd\s\$ à 375\sMd\s\$$/)
  })
})

test.describe('sensitivity charts', () => {
  test('each lens has one, of its headline result, with its data table and exports', async ({ page }) => {
    await open(page)
    for (const lens of LENSES) {
      const chart = page.locator(`[data-chart="${lens}-sensitivity"]`)
      await scrollTo(chart)
      await expect(chart.locator('canvas')).toBeVisible()
      await expect(chart.locator('[data-action="export-png"]')).toBeEnabled()
      await expect(chart.locator('[data-action="export-csv"]')).toHaveCount(1)
      await expect(chart.locator('[data-action="log-scale"]')).toHaveCount(0)
      const rows = chart.locator('table tbody tr')
      expect(await rows.count(), lens).toBeGreaterThan(0)
      expect(await rows.count(), lens).toBeLessThanOrEqual(8)
      // Each row: the headline at the low end, at the high end, then the assumption's two ends; the
      // largest swing first, and every bar on either side of the value as set, where the bars start.
      const value = Number(await chart.getAttribute('data-base'))
      const swings: number[] = []
      for (const row of await rows.all()) {
        const [atLow, atHigh] = await Promise.all([0, 1].map(async (i) => Number(await row.locator('td').nth(i).getAttribute('data-value'))))
        swings.push(Math.abs(atHigh! - atLow!))
        expect(Math.min(atLow!, atHigh!)).toBeLessThanOrEqual(value * (1 + 1e-9))
        expect(Math.max(atLow!, atHigh!)).toBeGreaterThanOrEqual(value * (1 - 1e-9))
      }
      expect(swings).toEqual([...swings].sort((x, y) => y - x))
    }
    // The API lens's headline: o1's bill over R1's.
    expect(Number(await page.locator('[data-chart="api-sensitivity"]').getAttribute('data-base'))).toBe(
      Number(await result(page, 'api.ratio.o1').getAttribute('data-value')),
    )
  })

  test('its table names what moves Nvidia\'s loss in V3-sized runs most, and follows the sliders', async ({ page }) => {
    await open(page)
    const chart = page.locator('[data-chart="market-sensitivity"]')
    await scrollTo(chart)
    const first = chart.locator('tbody tr').first()
    await expect(first.locator('th')).toHaveText('Rental price per GPU-hour')
    // $600B over 2.788M GPU-hours at $2 (DeepSeek's figure) and at $4.916 (AWS capacity blocks).
    await expect(first.locator('td').nth(0)).toHaveAttribute('data-value', String(600e9 / 5_576_000))
    await expect(first.locator('td').nth(1)).toHaveAttribute('data-value', String(600e9 / (2_788_000 * 4.916)))
    await expect(first.locator('td').nth(2)).toHaveText('$2.00 per GPU-hour')
    await expect(chart.locator('[data-chart-note]')).toContainText('Now 107,604×')

    await type(page, 'market.nvidiaLoss', '593')
    await scrollTo(chart)
    await expect(first.locator('td').nth(0)).toHaveAttribute('data-value', String(593e9 / 5_576_000))
    await expect(chart).toHaveAttribute('data-base', String(593e9 / 5_576_000))
    await expect(chart.locator('[data-chart-note]')).toContainText('Now 106,349×')
  })

  test('exports its data as CSV, the assumption\'s ends beside the result at each, and as PNG', async ({ page }) => {
    await open(page)
    const chart = page.locator('[data-chart="capex-sensitivity"]')
    await scrollTo(chart)
    await expect(chart.locator('[data-action="export-png"]')).toBeEnabled()
    const { download, text } = await downloadFrom(page, chart.locator('[data-action="export-csv"]'))
    expect(download.suggestedFilename()).toMatch(/^cost-gap-capex-sensitivity-as-reported-\d{4}-\d{2}-\d{2}\.csv$/)
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Assumption,At the low end of its range,At the high end of its range,Low end,High end')
    const [name, atLow, atHigh, low, high] = lines[1]!.split(',')
    // A year of pledges with Stargate's $100B (the money deployed at once) and its $500B.
    expect(name).toBe('Stargate pledge')
    expect([atLow, atHigh, low, high]).toEqual(['240000000000', '320000000000', '100000000000', '500000000000'])
    const png = await downloadFrom(page, chart.locator('[data-action="export-png"]'))
    expect(png.download.suggestedFilename()).toMatch(/^cost-gap-capex-sensitivity-as-reported-\d{4}-\d{2}-\d{2}\.png$/)
  })

  test('a lens chart\'s CSV carries each row\'s range', async ({ page }) => {
    await open(page)
    const chart = page.locator('[data-chart="capex-pledges"]')
    const { text } = await downloadFrom(page, chart.locator('[data-action="export-csv"]'))
    const lines = text.replace(/^\uFEFF/, '').split('\r\n')
    expect(lines[0]).toBe('Pledge,US dollars per year,Lowest in range,Highest in range')
    expect(lines[1]).toBe('Stargate (per year),100000000000,20000000000,125000000000')
    expect(lines[2]).toBe('Meta,65000000000,60000000000,65000000000')
  })

  for (const lang of ['en', 'fr'] as const) {
    test(`has no axe-core violations with every sensitivity chart and its table shown (${lang})`, async ({ page }) => {
      test.slow()
      await open(page)
      await switchLanguage(page, lang)
      for (const lens of LENSES) {
        const chart = page.locator(`[data-chart="${lens}-sensitivity"]`)
        await scrollTo(chart)
        await expect(chart.locator('canvas')).toBeVisible()
        await chart.locator('[data-action="toggle-table"]').click()
        await expect(chart.locator('table')).toBeVisible()
      }
      if (lang === 'fr') {
        await expect(page.locator('[data-chart="capex-sensitivity"] h3')).toHaveText('Ce qui fait varier une année d’engagements')
        await expect(page.locator('[data-chart="capex-sensitivity"] tbody tr').first().locator('td').nth(2)).toHaveText(/^100\sMd\s\$$/)
      }
      expect(await axeViolations(page)).toEqual([])
    })
  }
})
