import { axeViolations, expect, open, ready, switchLanguage, test } from './fixtures'

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

test.describe('price claims that know how long they held', () => {
  /** Each price claim's period and extremes under the ledger's dated prices (seeds/prices.json; docs/model.md). */
  const expected = [
    { claim: 'claim.o1mini', held: 'claim.o1mini', from: '2025-01-20', to: '2025-01-31', low: 0.5 / 1.2, lowAt: '2026-09-22', high: 6 / 0.28, highAt: '2026-07-09' },
    { claim: 'claim.o1', held: 'claim.o1', from: '2025-01-20', to: '2025-04-16', low: 8 / 2.19, lowAt: '2025-06-10', high: 30 / 0.28, highAt: '2026-04-24' },
    { claim: 'claim.r1Price', held: 'price.r1.output', from: '2025-01-20', to: '2025-09-05', low: 0.28, lowAt: '2026-04-24', high: 2.19, highAt: '2025-01-20' },
  ]
  const words = {
    en: {
      o1mini: '6×: held from 20 January 2025 until prices changed on 31 January 2025.',
      o1: '30×: held from 20 January 2025 until prices changed on 16 April 2025.',
      r1Price: '$2.19: held from 20 January 2025 until prices changed on 5 September 2025.',
      range: 'In the prices confirmed up to 22 September 2026: lowest 3.65× (from 10 June 2025), highest 107× (from 24 April 2026).',
    },
    fr: {
      o1mini: '6× : a tenu du 20 janvier 2025 jusqu’au changement de prix du 31 janvier 2025.',
      o1: '30× : a tenu du 20 janvier 2025 jusqu’au changement de prix du 16 avril 2025.',
      r1Price: '2,19 $ : a tenu du 20 janvier 2025 jusqu’au changement de prix du 5 septembre 2025.',
      range: 'Sur les prix confirmés jusqu’au 22 septembre 2026 : au plus bas 3,65× (dès le 10 juin 2025), au plus haut 107× (dès le 24 avril 2026).',
    },
  } as const

  test('the page\'s HTML already says how long each price claim held, before any script', async ({ page, baseURL }) => {
    for (const path of ['/', '/fr/']) {
      const html = await (await page.request.get(`${baseURL}${path}`)).text()
      for (const e of expected) expect(html).toContain(`data-held-from="${e.from}" data-held-to="${e.to}"`)
      expect(html.match(/data-held="/g)).toHaveLength(3)
    }
  })

  for (const lang of ['en', 'fr'] as const) {
    test(`each price claim card says from when to when its verdict held, its low and high, never past the last confirmed day (${lang})`, async ({ page }) => {
      await page.goto('/')
      await switchLanguage(page, lang)
      const confirmed = await page.locator('[data-as-of="claims"] [data-confirmed-until]').getAttribute('data-confirmed-until')
      expect(confirmed).toBe('2026-09-22')

      for (const e of expected) {
        const held = page.locator(`[data-claim="${e.claim}"] [data-held]`)
        await expect(held).toHaveAttribute('data-held', e.held)
        const periods = held.locator('[data-held-from]')
        await expect(periods).toHaveCount(1)
        await expect(periods).toHaveAttribute('data-held-from', e.from)
        await expect(periods).toHaveAttribute('data-held-to', e.to)
        // Ended by a dated change, not cut off at the end of the sources.
        expect(await periods.getAttribute('data-held-open')).toBeNull()
        expect(Number(await held.getAttribute('data-gap-low'))).toBeCloseTo(e.low, 10)
        expect(Number(await held.getAttribute('data-gap-high'))).toBeCloseTo(e.high, 10)
        await expect(held).toHaveAttribute('data-gap-low-at', e.lowAt)
        await expect(held).toHaveAttribute('data-gap-high-at', e.highAt)
        for (const d of [e.from, e.to, e.lowAt, e.highAt]) expect(d <= confirmed!).toBe(true)
        await expect(held).toContainText(words[lang][e.claim.slice('claim.'.length) as 'o1mini' | 'o1' | 'r1Price'])
      }
      await expect(page.locator('[data-claim="claim.o1"] [data-held]')).toContainText(words[lang].range)
      // Claims that are not about API prices say nothing of the kind.
      await expect(page.locator('[data-claim="claim.stargate"] [data-held]')).toHaveCount(0)
      expect(await axeViolations(page, '#claims')).toEqual([])
    })
  }

  test('it is history, not the scenario: another date and a moved price leave it as it was', async ({ page }) => {
    await open(page, '/#v=1&asOf=2025-07-01&price.o1.output=100')
    await expect(page.locator('[data-as-of="claims"] [data-action="as-of"]')).toHaveValue('2025-07-01')
    await expect(page.locator('[data-result="claim.o1"]')).not.toHaveText('27.4×')
    const held = page.locator('[data-claim="claim.o1mini"] [data-held] [data-held-from]')
    await expect(held).toHaveAttribute('data-held-to', '2025-01-31')
    await expect(page.locator('[data-claim="claim.o1mini"] [data-held]')).toContainText(words.en.o1mini)
  })
})
