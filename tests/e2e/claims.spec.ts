import { axeViolations, expect, ready, switchLanguage, test } from './fixtures'

test.describe('first screen: the claim cards', () => {
  test('shows every headline claim with its reported figure, computed value, flag and sources (English)', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const cards = page.locator('[data-claim]')
    expect(await cards.count()).toBeGreaterThanOrEqual(10)

    const o1 = page.locator('[data-claim="claim.o1"]')
    await expect(o1.locator('[data-result="claim.o1"]')).toHaveText('27.4×')
    expect(Number(await o1.locator('[data-result="claim.o1"]').getAttribute('data-value'))).toBeCloseTo(60 / 2.19, 6)
    await expect(o1.locator('[data-flag]')).toHaveText('Holds')

    const o1mini = page.locator('[data-claim="claim.o1mini"]')
    await expect(o1mini.locator('[data-result="claim.o1mini"]')).toHaveText('5.48×')
    await expect(o1mini.locator('[data-flag]')).toHaveText('Rounded')

    const stargate = page.locator('[data-claim="claim.stargate"]')
    await expect(stargate.locator('[data-flag]')).toHaveText('Wrong')
    await stargate.getByText('Sources').click()
    await expect(stargate.locator('a[href^="https://"]').first()).toBeVisible()

    // Every card has its sources, in the page even while folded.
    for (const card of await cards.all()) expect(await card.locator('a[href^="https://"]').count()).toBeGreaterThan(0)
  })

  test('switches to French, with French number formats', async ({ page }) => {
    await page.goto('/')
    await switchLanguage(page, 'fr')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Les chiffres phares, vérifiés')
    await expect(page.locator('[data-result="claim.o1"]')).toHaveText('27,4×')
    await expect(page.locator('[data-claim="claim.o1mini"] [data-flag]')).toHaveText('Arrondi')
    const fleet = page.locator('[data-claim="claim.fleetCapex"] [data-claim-of="fleet.capex"]')
    await expect(fleet).toHaveText(/^1,5\sMd\s\$$/)
  })

  test('follows a French browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'fr-FR' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.locator('[data-action="language"]')).toHaveValue('fr')
    await context.close()
  })

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      test(`has no axe-core violations (${scheme}, ${lang})`, async ({ page }) => {
        test.slow()
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto('/')
        await switchLanguage(page, lang)
        await page.locator('[data-claim] details').first().evaluate((d) => ((d as HTMLDetailsElement).open = true))
        expect(await axeViolations(page)).toEqual([])
      })
    }
  }
})

test('a French browser on a shared link gets the French page, with the link\'s numbers and no mismatch', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'fr-FR', colorScheme: 'dark' })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  // Before any script: each page's HTML already holds the claims, in its language.
  const en = await (await page.request.get(`${baseURL}/`)).text()
  expect(en).toContain('data-claim="claim.o1"')
  expect(en).toContain('<html lang="en">')
  const fr = await (await page.request.get(`${baseURL}/fr/`)).text()
  expect(fr).toContain('<html lang="fr">')
  expect(fr).toContain('Les chiffres phares, vérifiés')
  await page.goto('/#v=1&capex.stargateYears=4')
  await expect(page).toHaveURL(/\/fr\/#v=1&capex\.stargateYears=4$/)
  await ready(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await expect(page.locator('[data-claim="claim.stargate"] [data-claim-of="capex.stargatePerYear"]')).toHaveText(/^125\sMd\s\$ par an$/)
  expect(errors).toEqual([])
  await context.close()
})
