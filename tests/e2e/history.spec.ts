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
  // The prices' day travels in the file names (a CSV has no room for it inside).
  expect((await csv).suggestedFilename()).toMatch(/^cost-gap-api-history-custom-prices-2025-07-01-\d{4}-\d{2}-\d{2}\.csv$/)
  const png = page.waitForEvent('download')
  await chart.locator('[data-action="export-png"]').click()
  expect((await png).suggestedFilename()).toMatch(/^cost-gap-api-history-custom-prices-2025-07-01-\d{4}-\d{2}-\d{2}\.png$/)
})

test('off-peak prices apply to the share of tokens sent off-peak', async ({ page }) => {
  await open(page, '/#v=1&asOf=2025-03-01')
  await expect(value(page, 'api.cost.r1')).toHaveAttribute('data-value', '96')
  const share = page.locator('input[type="number"][data-assumption="workload.offPeakShare"]')
  await share.fill('100')
  await share.press('Enter')
  await expect(value(page, 'api.cost.r1')).toHaveAttribute('data-value', String(75 * 0.135 + 25 * 0.55))
})

test('every place a slot is labelled names the endpoint in force on the date, in both languages', async ({ page }) => {
  await open(page, '/')
  const label = (id: string) => page.locator(`[data-slider="${id}"] .slider-label`)
  const costsRows = page.locator('[data-chart="api-costs"] [data-chart-table] tbody th')
  const sensitivity = page.locator('[data-chart="api-sensitivity"]')
  // The default date reads as it always did.
  await expect(label('price.o1.input')).toHaveText('o1 input price')
  await expect(label('price.v3.input')).toHaveText('V3 input price (cache miss, promotional)')
  await expect(costsRows.nth(2)).toHaveText('OpenAI o1')
  await asOf(page).fill('2025-07-01')
  await asOf(page).dispatchEvent('change')
  await expect(label('price.o1.input')).toHaveText('o3 input price (cache miss)')
  await expect(label('price.o1mini.output')).toHaveText('o4-mini output price')
  await expect(label('workload.outputMultiplier.o1')).toHaveText('o3 output length multiplier')
  // V3's promotional prices ended on 8 February 2025.
  await expect(label('price.v3.input')).toHaveText('DeepSeek-V3 input price (cache miss)')
  await scrollTo(page.locator('[data-chart="api-costs"]'))
  await expect(costsRows).toHaveText(['DeepSeek-R1', 'DeepSeek-V3', 'o3', 'o4-mini', 'GPT-4o'])
  await scrollTo(sensitivity)
  await expect(sensitivity.locator('.chart-title')).toHaveText('What moves o3\'s bill over R1\'s')
  await expect(sensitivity.locator('[data-chart-table] tbody')).not.toContainText(/\bo1\b/)
  // Moving a slider changes no label.
  const o3Output = page.locator('input[type="number"][data-assumption="price.o1.output"]')
  await o3Output.fill('9')
  await o3Output.press('Enter')
  await expect(label('price.o1.output')).toHaveText('o3 output price')
  await switchLanguage(page, 'fr')
  await expect(label('price.o1.output')).toHaveText('Prix de sortie d’o3')
  await scrollTo(page.locator('[data-chart="api-sensitivity"]'))
  await expect(page.locator('[data-chart="api-sensitivity"] .chart-title')).toHaveText('Ce qui fait varier la facture d’o3 rapportée à celle de R1')
})

test('the comparison computes each scenario on its own date', async ({ page }) => {
  await open(page, '/#v=1&asOf=2025-03-01&workload.offPeakShare=1')
  await expect(value(page, 'api.cost.r1')).toHaveAttribute('data-value', String(75 * 0.135 + 25 * 0.55))
  await page.locator('[data-field="scenario-name"]').fill('March off-peak')
  await page.locator('[data-action="save-scenario"]').click()
  await expect(page.locator('#scenario-save-feedback')).toContainText('March off-peak')
  // The same assumptions on 27 January 2025, when DeepSeek had no off-peak prices.
  await page.goto('/#v=1&workload.offPeakShare=1')
  await ready(page)
  await page.locator('[data-field="scenario-name"]').fill('January')
  await page.locator('[data-action="save-scenario"]').click()
  await expect(page.locator('#scenario-save-feedback')).toContainText('January')
  for (const name of [/March off-peak/, /^(Compare: )?January$/]) await page.getByRole('checkbox', { name }).check()
  await page.locator('[data-action="compare"]').click()
  const table = page.locator('[data-compare-table]')
  await expect(table.locator('[data-compare-as-of] td')).toHaveText(['1 March 2025', /≠ 27 January 2025/])
  const bill = table.locator('[data-compare-result="api.cost.r1"] td')
  await expect(bill.nth(0)).toHaveAttribute('data-value', String(75 * 0.135 + 25 * 0.55))
  await expect(bill.nth(1)).toHaveAttribute('data-value', '96')
  await expect(table.locator('[data-compare-slot="o1mini"] td')).toHaveText(['o3-mini', /≠ o1-mini/])
  expect(await axeViolations(page, '#comparison')).toEqual([])
})

test('the date slider labels the main price changes, readable at 360 px, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
  const page = await context.newPage()
  await open(page, '/')
  const marks = page.locator('[data-as-of="api"] [data-as-of-mark]')
  await scrollTo(page.locator('[data-as-of="api"]'))
  await expect(page.locator('[data-as-of="api"] [data-as-of-mark="2025-06-10"]')).toHaveText(/^\s*10 June 2025:\s*o3 −80%\s*$/)
  await expect(page.locator('[data-as-of="api"] [data-as-of-mark="2025-01-31"]')).toContainText('o3-mini')
  await expect(page.locator('[data-as-of="api"] [data-as-of-mark="2025-09-29"]')).toContainText('V3.2')
  await expect(page.locator('[data-as-of="claims"] [data-as-of-mark]')).toHaveCount(await marks.count())
  // Each label is on screen, inside the control, and overlaps no other.
  const boxes = await marks.evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect()
    const box = el.closest('[data-as-of]')!.getBoundingClientRect()
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, inside: r.left >= box.left && r.right <= box.right, visible: r.width > 0 }
  }))
  for (const b of boxes) expect(b).toMatchObject({ inside: true, visible: true })
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i]!, b = boxes[j]!
    const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
    expect(overlap, `marks ${i} and ${j}`).toBe(false)
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  // The slider and the slots' choices stay inside the control too.
  const inside = await page.locator('[data-as-of="api"]').evaluate((box) => {
    const { right } = box.getBoundingClientRect()
    return [...box.querySelectorAll('input, select, .marks')].every((el) => el.getBoundingClientRect().right <= right)
  })
  expect(inside).toBe(true)
  // The whole dated page is checked by the tests above; here, the two date controls at 360 px.
  expect(await axeViolations(page, '[data-as-of]')).toEqual([])
  await switchLanguage(page, 'fr')
  await expect(page.locator('[data-as-of="api"] [data-as-of-mark="2025-06-10"]')).toHaveText(/^\s*10 juin 2025\s*:\s*o3 −80\s%\s*$/)
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0)
  expect(await axeViolations(page, '[data-as-of]')).toEqual([])
  await context.close()
})

test('the sources section lists every dated price with its sources, which dated exports point to', async ({ page }) => {
  await open(page, '/')
  await switchLanguage(page, 'fr')
  const toggle = page.locator('[data-action="show-price-records"]')
  await scrollTo(page.locator('#sources'))
  await scrollTo(toggle)
  await toggle.click()
  const prices = page.locator('[data-price-records]')
  const o3Cut = prices.locator('[data-price-record="o3"][data-from="2025-06-10"]')
  await expect(o3Cut).toContainText('depuis le 10 juin 2025')
  await expect(o3Cut.locator('a').first()).toHaveAttribute('href', /^https:\/\//)
  expect(await prices.locator('tbody tr').count()).toBeGreaterThan(40)
  expect(await axeViolations(page, '[data-price-records]')).toEqual([])
})
