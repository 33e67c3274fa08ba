import { ASSUMPTION_IDS, MODEL_IDS } from '../../src/model/types'
import { axeViolations, expect, open, scrollTo, switchLanguage, test } from './fixtures'
import type { Page } from '@playwright/test'

const number = (page: Page, id: string) => page.locator(`input[type="number"][data-assumption="${id}"]`)
const range = (page: Page, id: string) => page.locator(`input[type="range"][data-assumption="${id}"]`)
const result = (page: Page, id: string) => page.locator(`[data-result="${id}"]`)
const valueOf = async (page: Page, id: string) => Number(await result(page, id).getAttribute('data-value'))

async function type(page: Page, id: string, value: string) {
  await number(page, id).fill(value)
  await number(page, id).press('Enter')
}

test.describe('the calculator', () => {
  test.beforeEach(async ({ page }) => {
    await open(page)
  })

  test('has a range and a number input for every assumption of the model', async ({ page }) => {
    for (const id of ASSUMPTION_IDS) {
      await expect(range(page, id), id).toHaveCount(1)
      await expect(number(page, id), id).toHaveCount(1)
      await expect(range(page, id), id).toHaveAttribute('aria-valuetext', /\S/)
    }
  })

  test('typing a value in display units moves the results', async ({ page }) => {
    expect(await valueOf(page, 'api.cost.r1')).toBeCloseTo(96, 6)
    await type(page, 'workload.tokens', '200')
    await expect(result(page, 'api.cost.r1')).toHaveText('$192 a month')
    expect(await valueOf(page, 'api.cost.r1')).toBeCloseTo(192, 6)
    await type(page, 'workload.outputShare', '50')
    expect(await valueOf(page, 'api.cost.o1')).toBeCloseTo(200 * 0.5 * 15 + 200 * 0.5 * 60, 6)
    await type(page, 'training.rentalPrice', '3')
    expect(await valueOf(page, 'training.rentalCost')).toBeCloseTo(8_364_000, 0)
    await expect(result(page, 'training.rentalCost')).toHaveText('$8.36M')
  })

  test('the keyboard moves a slider, linear or logarithmic', async ({ page }) => {
    await range(page, 'capex.stargateYears').focus()
    await page.keyboard.press('ArrowLeft')
    await expect(number(page, 'capex.stargateYears')).toHaveValue('4')
    expect(await valueOf(page, 'capex.stargatePerYear')).toBe(125e9)
    await expect(range(page, 'capex.stargateYears')).toHaveAttribute('aria-valuetext', '4 years')

    await range(page, 'price.o1.output').focus()
    await page.keyboard.press('Home')
    await expect(number(page, 'price.o1.output')).toHaveValue('0')
    await expect(page.locator('[data-result="claim.o1"]')).toHaveText('0×')
    await page.keyboard.press('End')
    await expect(number(page, 'price.o1.output')).toHaveValue('200')
  })

  test('a ratio against zero shows "—", and nothing shows NaN, Infinity or -0', async ({ page }) => {
    for (const kind of ['input', 'cachedInput', 'output']) await type(page, `price.r1.${kind}`, '0')
    await expect(result(page, 'api.ratio.o1')).toHaveText('—')
    await expect(result(page, 'claim.o1')).toHaveText('—')
    await type(page, 'training.rentalPrice', '0')
    await expect(result(page, 'fleet.overRentalCost')).toHaveText('—')
    await type(page, 'workload.tokens', '0')
    await expect(result(page, 'api.blendedPrice.o1')).toHaveText('—')
    const text = await page.locator('main').innerText()
    expect(text).not.toMatch(/NaN|Infinity|∞|-0(?![\d.,])|\de[+-]?\d/)
  })

  test('an out-of-range value is clamped with a notice', async ({ page }) => {
    await type(page, 'workload.cacheHitRate', '250')
    await expect(number(page, 'workload.cacheHitRate')).toHaveValue('100')
    await expect(page.locator('[data-notices="status"]')).toContainText('Cache')
  })

  test('every chart has a data table with the same numbers, which follows the sliders', async ({ page }) => {
    // The sensitivity charts have their own tests (ranges.spec.ts).
    const charts = ['api-costs', 'api-multiples', 'training-costs', 'fleet-costs', 'capex-pledges', 'market-loss']
    for (const id of charts) {
      const chart = page.locator(`[data-chart="${id}"]`)
      // Charts are drawn when they come near the viewport (or once the page is idle).
      await scrollTo(chart)
      await expect(chart.locator('canvas')).toBeVisible()
      await expect(chart.locator('[data-action="export-png"]')).toHaveCount(1)
      await expect(chart.locator('[data-action="export-csv"]')).toHaveCount(1)
      expect(await chart.locator('table tbody tr').count()).toBeGreaterThan(2)
    }
    const costs = page.locator('[data-chart="api-costs"]')
    // Each row: the bill, then the two ends of its range.
    const cells = costs.locator('tbody tr td:first-of-type')
    for (const [i, m] of MODEL_IDS.entries()) {
      expect(Number(await cells.nth(i).getAttribute('data-value'))).toBeCloseTo(await valueOf(page, `api.cost.${m}`), 6)
    }
    await type(page, 'workload.tokens', '1000')
    await expect(cells.first()).toHaveText('$960')
    // The table is always in the page; the button shows it on screen.
    await costs.locator('[data-action="toggle-table"]').click()
    await expect(costs.locator('table')).toBeVisible()
    await expect(costs.locator('[data-action="toggle-table"]')).toHaveAttribute('aria-expanded', 'true')
  })

  test('the training lens prices V3\'s run four ways, Epoch AI\'s method stated, cited and at its reference values', async ({ page }) => {
    const lens = page.locator('#lens-training')
    const expected: Array<[string, number]> = [
      ['training.rentalCost', 5_576_000],
      ['training.epochCost', 4_391_846],
      ['training.amortizedCost', 2_582_146],
      ['training.clusterCapex', 61_440_000],
      ['training.epochHardware', 4_128_380],
      ['training.epochEnergy', 263_466],
      ['training.energyCost', 195_160],
    ]
    for (const [id, value] of expected) {
      expect(Math.abs((await valueOf(page, id)) / value - 1), id).toBeLessThan(0.001)
      await expect(lens.locator(`[data-result="${id}"]`), id).toHaveCount(1)
    }
    await expect(result(page, 'training.epochCost')).toHaveText('$4.39M')
    const method = lens.locator('[data-method]')
    await expect(method).toContainText('Epoch AI\'s method (Cottier et al., 2024)')
    await expect(method.locator('a[href="https://arxiv.org/abs/2405.21015"]')).toHaveCount(1)
    // The chart has Epoch's bar, with the same number as the result.
    const chart = page.locator('[data-chart="training-costs"]')
    await expect(chart.locator('tbody th')).toContainText(['Rented GPU-hours', 'Epoch AI\'s method'])
    // Its second row, first column: the value (the range's two ends follow it).
    expect(Number(await chart.locator('tbody tr').nth(1).locator('td').first().getAttribute('data-value'))).toBeCloseTo(await valueOf(page, 'training.epochCost'), 3)
    // Its sliders move it: twice Epoch AI's chip-to-server factor doubles the hardware's share.
    await type(page, 'training.serverCostFactor', '3.28')
    expect(Math.abs((await valueOf(page, 'training.epochHardware')) / (2 * 4_128_380) - 1)).toBeLessThan(0.001)

    await switchLanguage(page, 'fr')
    await expect(page.locator('#lens-training h2')).toHaveText('Entraînement\u00a0: le coût de V3, de quatre façons')
    await expect(page.locator('#lens-training [data-method]')).toContainText('La méthode d’Epoch AI (Cottier et al., 2024)')
  })

  test('the fleet\'s yearly cost stands beside SemiAnalysis\'s estimates, and the skeptic preset moves it', async ({ page }) => {
    const lens = page.locator('#lens-training')
    expect(Math.abs((await valueOf(page, 'fleet.serverCapex')) / 3_037_037_037 - 1)).toBeLessThan(0.001)
    expect(Math.abs((await valueOf(page, 'fleet.annualCost')) / 800_650_259 - 1)).toBeLessThan(0.001)
    expect(Math.abs((await valueOf(page, 'fleet.annualCostOverRentalCost')) / 143.6 - 1)).toBeLessThan(0.001)
    await expect(result(page, 'fleet.annualCost')).toHaveText('$801M a year')
    await expect(lens.locator('[data-figure="semianalysis.serverCapex"]')).toHaveText('$1.6B')
    await expect(lens.locator('[data-figure="semianalysis.opex"]')).toHaveText('$944M')
    const chart = page.locator('[data-chart="fleet-costs"]')
    await expect(chart.locator('tbody td[data-value="944000000"]')).toHaveCount(1)

    const before = { epoch: await valueOf(page, 'training.epochCost'), fleet: await valueOf(page, 'fleet.annualCost') }
    await page.locator('[data-preset="skeptic"]').click()
    await expect(result(page, 'training.epochCost')).toHaveText('$4.98M')
    expect(await valueOf(page, 'training.epochCost')).toBeGreaterThan(before.epoch)
    await expect(result(page, 'fleet.annualCost')).toHaveText('$811M a year')
    expect(await valueOf(page, 'fleet.annualCost')).toBeGreaterThan(before.fleet)
  })

  test('the log/linear toggle switches the axis', async ({ page }) => {
    const chart = page.locator('[data-chart="training-costs"]')
    await scrollTo(chart)
    await expect(chart.locator('canvas')).toBeVisible()
    const toggle = chart.locator('[data-action="log-scale"]')
    await expect(toggle).toBeChecked()
    const before = await chart.locator('canvas').screenshot()
    await toggle.uncheck()
    await expect.poll(async () => (await chart.locator('canvas').screenshot()).equals(before)).toBe(false)
  })

  test('speaks French everywhere, numbers included', async ({ page }) => {
    await switchLanguage(page, 'fr')
    await expect(page.locator('#lens-api h2')).toHaveText('Prix des API : ce que coûte un mois de jetons')
    await expect(page.locator('[data-chart="capex-pledges"] h3')).toHaveText('Engagements d’investissement en IA, par an')
    await expect(result(page, 'capex.annualTotal')).toHaveText(/^320\sMd\s\$ par an$/)
    await expect(page.locator('[data-chart="capex-pledges"] caption')).toHaveText('Engagements d’investissement en IA, par an')
  })

  test('switches between light and dark themes', async ({ page }) => {
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    await page.locator('[data-action="theme"]').selectOption('dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    const dark = await bg()
    await page.locator('[data-action="theme"]').selectOption('light')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    expect(await bg()).not.toBe(dark)
  })

  test('the navigation jumps to each lens without touching the share link', async ({ page }) => {
    await page.locator('[data-nav="lens-market"]').click()
    await expect(page.locator('#lens-market')).toBeInViewport()
    expect(new URL(page.url()).hash).not.toContain('lens-market')
  })

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      test(`has no axe-core violations with every lens and data table (${theme}, ${lang})`, async ({ page }) => {
        // axe-core over the whole page takes a while on a busy 2-core machine.
        test.slow()
        await page.locator('[data-action="theme"]').selectOption(theme)
        await switchLanguage(page, lang)
        for (const toggle of await page.locator('[data-action="toggle-table"]').all()) await toggle.click()
        expect(await axeViolations(page)).toEqual([])
      })
    }
  }
})

test('works on a 360 px wide phone without horizontal scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await open(page)
  await scrollTo(page.locator('[data-chart="api-costs"]'))
  await expect(page.locator('[data-chart="api-costs"] canvas')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await context.close()
})
