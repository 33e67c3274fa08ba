/**
 * Prices as of a date (docs/model.md, "Dated prices"), in the built app: choosing a day sets the prices in force then and names
 * the endpoint in each slot; the date travels in the link; the gap over time has its chart, table and
 * exports; off-peak prices apply; an old link reopens as before. In both languages, with no axe violation.
 */
import { axeViolations, expect, open, ready, scrollTo, switchLanguage, test } from './fixtures'

const value = (page: import('@playwright/test').Page, id: string) => page.locator(`[data-result="${id}"]`).first()
const asOf = (page: import('@playwright/test').Page) => page.locator('[data-as-of="api"] [data-action="as-of"]')

test('choosing a date sets the prices in force and the endpoint of each slot', async ({ page }) => {
  await open(page, '/')
  const o1Output = page.locator('input[type="number"][data-assumption="price.o1.output"]')
  await expect(o1Output).toHaveValue('60')
  await asOf(page).fill('2025-07-01')
  await asOf(page).dispatchEvent('change')
  await expect(o1Output).toHaveValue('8')
  await expect(page.locator('[data-slot="o1"] .slot-label')).toHaveText('OpenAI flagship: o3, since 10 June 2025')
  await expect(value(page, 'claim.o1')).toHaveAttribute('data-value', String(8 / 2.19))
  await expect(page).toHaveURL(/#v=1&asOf=2025-07-01$/)

  await asOf(page).fill('2025-02-15')
  await asOf(page).dispatchEvent('change')
  await expect(value(page, 'claim.o1mini')).toHaveAttribute('data-value', String(4.4 / 2.19))
  await expect(page.locator('[data-slot="o1mini"] .slot-label')).toContainText('o3-mini')

  await asOf(page).fill('2025-10-01')
  await asOf(page).dispatchEvent('change')
  await expect(value(page, 'claim.o1')).toHaveAttribute('data-value', String(10 / 0.42))
  // A price moved by hand is marked as moved; the others are the prices of that date.
  await o1Output.fill('12')
  await o1Output.press('Enter')
  await expect(page.locator('[data-slider="price.o1.output"]')).toHaveAttribute('data-moved', '')
  await expect(page.locator('[data-slider="price.o1.input"]')).not.toHaveAttribute('data-moved', '')
  await expect(page).toHaveURL(/#v=1&asOf=2025-10-01&price\.o1\.output=12$/)
  expect(await axeViolations(page)).toEqual([])
})

test('a dated link reopens on its date, in French too; a link without a date is 27 January 2025', async ({ page }) => {
  await open(page, '/#v=1&asOf=2025-07-01&endpoint.o1=o1')
  await switchLanguage(page, 'fr')
  await expect(page).toHaveURL(/\/fr\/#v=1&asOf=2025-07-01&endpoint\.o1=o1$/)
  await expect(page.locator('input[type="number"][data-assumption="price.o1.output"]')).toHaveValue('60')
  await expect(page.locator('[data-slot="o1"] .slot-label')).toHaveText('Modèle phare d’OpenAI : o1, depuis le 17 décembre 2024')
  await expect(asOf(page)).toHaveValue('2025-07-01')
  // Every slider a target of at least 24 px, in the French layout of a dated page too.
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/#v=1&capex.stargateYears=4')
  await ready(page)
  await expect(asOf(page)).toHaveValue('2025-01-27')
  await expect(value(page, 'claim.o1mini')).toHaveAttribute('data-value', String(12 / 2.19))
})

test('the gap over time has its chart, table and exports', async ({ page }) => {
  await open(page, '/#v=1&asOf=2025-07-01')
  const chart = page.locator('[data-chart="api-history"]')
  await scrollTo(chart)
  await expect(chart).toHaveAttribute('data-mark', 'line')
  await expect(chart.locator('canvas')).toBeVisible()
  const rows = chart.locator('[data-chart-table] tbody tr')
  expect(await rows.count()).toBeGreaterThan(10)
  await expect(chart.locator('[data-chart-table] tbody')).toContainText('10 June 2025')
  const csv = page.waitForEvent('download')
  await chart.locator('[data-action="export-csv"]').click()
  expect((await csv).suggestedFilename()).toMatch(/\.csv$/)
  const png = page.waitForEvent('download')
  await chart.locator('[data-action="export-png"]').click()
  expect((await png).suggestedFilename()).toMatch(/\.png$/)
})

test('off-peak prices apply to the share of tokens sent off-peak', async ({ page }) => {
  await open(page, '/#v=1&asOf=2025-03-01')
  await expect(value(page, 'api.cost.r1')).toHaveAttribute('data-value', '96')
  const share = page.locator('input[type="number"][data-assumption="workload.offPeakShare"]')
  await share.fill('100')
  await share.press('Enter')
  await expect(value(page, 'api.cost.r1')).toHaveAttribute('data-value', String(75 * 0.135 + 25 * 0.55))
})
