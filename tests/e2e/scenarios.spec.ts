import type { Page } from '@playwright/test'
import { STORAGE_KEYS, seedOnce, storageFull, storageRefused, storedEntry } from '../support/storage.mjs'
import { axeViolations, expect, open, ready, save, savedNames, switchLanguage, test } from './fixtures'

const { scenarios: KEY, corrupt: CORRUPT_KEY } = STORAGE_KEYS

const notices = (page: Page) => page.locator('[data-notices]')
const linkNotice = (page: Page) => page.locator('[data-notice="link"]')
const claimValue = async (page: Page, id: string) => Number(await page.locator(`[data-result="${id}"]`).first().getAttribute('data-value'))

/** Puts `text` under the scenarios' key before the page's first load (a reload reads what the app wrote). */
const seedStorage = (page: Page, text: string) => page.addInitScript(seedOnce, { [KEY]: text })

test.describe('presets', () => {
  test('each preset is a button with its one-line summary; the active one is pressed', async ({ page }) => {
    await open(page)
    for (const id of ['as-reported', 'primary-sources', 'skeptic', 'after-price-cut']) {
      const button = page.locator(`[data-preset="${id}"]`)
      await expect(button).toHaveCount(1)
      await expect(page.locator(`#preset-${id}-summary`)).toHaveText(/.{30,}/)
    }
    await expect(page.locator('[data-preset="as-reported"]')).toHaveAttribute('aria-pressed', 'true')

    await page.locator('[data-preset="after-price-cut"]').click()
    await expect(page.locator('[data-preset="after-price-cut"]')).toHaveAttribute('aria-pressed', 'true')
    await expect(page.locator('[data-preset="as-reported"]')).toHaveAttribute('aria-pressed', 'false')
    await expect(page.locator('[data-scenario-current]')).toHaveText('After the price cuts')
    await expect.poll(() => claimValue(page, 'claim.o1mini')).toBeCloseTo(4.4 / 2.19, 9)
    await expect(page).toHaveURL(/#v=1&.*price\.o1mini\.output=4\.4/)

    await page.locator('[data-action="reset"]').click()
    await expect(page.locator('[data-preset="as-reported"]')).toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => claimValue(page, 'claim.o1mini')).toBeCloseTo(12 / 2.19, 9)
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('')
  })
})

test.describe('saved scenarios', () => {
  test('save, reload, rename, duplicate, delete and undo', async ({ page }) => {
    await open(page)
    await page.locator('[data-preset="primary-sources"]').click()
    await save(page, 'Four-year Stargate')
    await expect(savedNames(page)).toHaveText(['Four-year Stargate'])
    await expect(page.locator('[data-scenario-current]')).toHaveText('Four-year Stargate')

    // A blank name is refused with a message.
    await page.locator('[data-action="save-scenario"]').click()
    await expect(page.locator('#scenario-save-feedback')).toHaveText('Type a name first.')

    // The same name again is kept apart.
    await save(page, 'Four-year Stargate')
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Four-year Stargate (2)'])

    await page.reload()
    await ready(page)
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Four-year Stargate (2)'])
    // Each has a checkbox labelled with its name.
    await expect(page.getByRole('checkbox', { name: 'Four-year Stargate (2)', exact: true })).toHaveCount(1)

    const second = page.locator('[data-scenario]').nth(1)
    await second.locator('[data-action="rename-scenario"]').click()
    await second.locator('[data-field="rename-scenario"]').fill('Primary, renamed')
    await second.locator('[data-field="rename-scenario"]').press('Enter')
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Primary, renamed'])

    await page.locator('[data-scenario]').first().locator('[data-action="duplicate-scenario"]').click()
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Four-year Stargate (copy)', 'Primary, renamed'])

    await page.locator('[data-scenario]').nth(1).locator('[data-action="delete-scenario"]').click()
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Primary, renamed'])
    await expect(page.locator('[data-action="undo-delete"]')).toBeFocused()
    await page.locator('[data-action="undo-delete"]').click()
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Four-year Stargate (copy)', 'Primary, renamed'])

    await page.reload()
    await ready(page)
    await expect(savedNames(page)).toHaveText(['Four-year Stargate', 'Four-year Stargate (copy)', 'Primary, renamed'])
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY)
    expect(stored.version).toBe(1)
    expect(stored.scenarios[0].values['capex.stargateYears']).toBe(4)

    // Opening one brings its numbers back.
    await page.locator('[data-action="reset"]').click()
    await page.locator('[data-scenario]').first().locator('[data-action="load-scenario"]').click()
    await expect(page.locator('[data-scenario-current]')).toHaveText('Four-year Stargate')
    await expect(page).toHaveURL(/capex\.stargateYears=4/)
  })

  test('a long name is cut on screen but whole in its title and accessible name', async ({ page }) => {
    await open(page)
    const name = `A scenario with a very long name ${'that keeps going '.repeat(4)}end`
    await save(page, name)
    const label = page.locator('[data-scenario] label.pick')
    await expect(label).toHaveAttribute('title', name)
    await expect(page.getByRole('checkbox', { name, exact: true })).toHaveCount(1)
    const overflows = await page.locator('[data-scenario] .name').evaluate((el) => el.scrollWidth > el.clientWidth)
    expect(overflows).toBe(true)
  })

  test('two tabs do not overwrite each other', async ({ page, context }) => {
    await open(page)
    const other = await context.newPage()
    await open(other)
    await save(page, 'From tab one')
    await expect(savedNames(other)).toHaveText(['From tab one'])
    await save(other, 'From tab two')
    await expect(savedNames(page)).toHaveText(['From tab one', 'From tab two'])
    await other.close()
  })
})

test.describe('comparison', () => {
  test('compares presets and saved scenarios side by side, differences marked', async ({ page }) => {
    await open(page)
    await page.locator('[data-preset="skeptic"]').click()
    await save(page, 'Skeptic copy')

    // Fewer than two: a clear message, no table.
    await page.locator('[data-compare="preset:as-reported"]').check()
    await page.locator('[data-action="compare"]').click()
    await expect(page.locator('[data-compare-message]')).toContainText('at least 2')
    await expect(page.locator('[data-compare-table]')).toHaveCount(0)

    await page.locator('[data-compare="preset:primary-sources"]').check()
    await page.getByRole('checkbox', { name: 'Skeptic copy', exact: true }).check()
    await page.locator('[data-action="compare"]').click()
    const table = page.locator('[data-compare-table]')
    await expect(table).toBeVisible()
    await expect(page.locator('[data-compare-message]')).toHaveText('')
    await expect(table.locator('thead th[data-compare-column]')).toHaveText(['As reported', 'Primary sources', 'Skeptic copy'])

    const years = table.locator('[data-compare-assumption="capex.stargateYears"] td')
    await expect(years).toHaveText(['5 years', /4 years/, '5 years'])
    await expect(years.nth(1)).toHaveClass(/differs/)
    await expect(years.nth(0)).not.toHaveClass(/differs/)
    await expect(table.locator('[data-compare-assumption="training.pue"] td').nth(2)).toHaveClass(/differs/)
    // The skeptic moves the training lens's headline, Epoch AI's estimate of the run.
    await expect(table.locator('[data-compare-result="training.epochCost"] td').nth(2)).toHaveClass(/differs/)
    await expect(table.locator('[data-compare-assumption="capex.meta"]')).toHaveCount(0)
    const perYear = table.locator('[data-compare-result="capex.stargatePerYear"] td')
    await expect(perYear.nth(1)).toHaveAttribute('data-value', '125000000000')
    for (const lens of ['api', 'training', 'capex', 'market']) await expect(table.locator(`[data-compare-lens="${lens}"]`)).toHaveCount(1)

    // The grouped chart, with its data table, log scale and exports.
    const chart = page.locator('[data-chart="compare"]')
    await expect(chart.locator('canvas')).toBeVisible({ timeout: 15_000 })
    await expect(chart.locator('[data-action="log-scale"]')).toBeChecked()
    await expect(chart.locator('[data-chart-table] thead th')).toHaveText(['Amount', 'As reported', 'Primary sources', 'Skeptic copy'])

    // Seven is too many.
    for (const id of ['skeptic', 'after-price-cut']) await page.locator(`[data-compare="preset:${id}"]`).check()
    for (const n of ['B', 'C']) await save(page, n)
    for (const n of ['B', 'C']) await page.getByRole('checkbox', { name: n, exact: true }).check()
    await expect(page.locator('[data-compare-message]')).toContainText('at most 6')
    await expect(table).toHaveCount(0)
  })

  for (const scheme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'fr'] as const) {
      test(`the comparison has no axe-core violations (${scheme}, ${lang})`, async ({ page }) => {
        test.slow() // axe-core over the whole page takes a while on this machine
        await page.emulateMedia({ colorScheme: scheme })
        await open(page)
        await switchLanguage(page, lang)
        await save(page, lang === 'fr' ? 'Mon scénario' : 'My scenario')
        await page.locator('[data-scenario] [data-action="rename-scenario"]').click()
        await page.locator('[data-compare="preset:primary-sources"]').check()
        await page.locator('[data-compare="preset:skeptic"]').check()
        await page.locator('[data-action="compare"]').click()
        await expect(page.locator('[data-chart="compare"] canvas')).toBeVisible({ timeout: 15_000 })
        await page.locator('[data-chart="compare"] [data-action="toggle-table"]').click()
        if (lang === 'fr') await expect(page.locator('#comparison-title')).toHaveText('Comparer des scénarios')
        expect(await axeViolations(page)).toEqual([])
      })
    }
  }
})

test.describe('share links', () => {
  test('the address bar holds the scenario; the link opens the same numbers in a fresh browser', async ({ page, browser, baseURL }) => {
    await open(page)
    const before = await page.evaluate(() => history.length)
    await page.locator('[data-preset="after-price-cut"]').click()
    await page.locator('[data-preset="primary-sources"]').click()
    await page.locator('[data-preset="after-price-cut"]').click()
    await expect(page).toHaveURL(/#v=1&price\.v3\.input=0\.27&/)
    const url = page.url()
    expect(new URL(url).hash).toMatch(/^#v=1(&[a-zA-Z0-9.]+=[-0-9.e+]+)+$/)
    // Three preset changes, yet the history did not grow.
    expect(await page.evaluate(() => history.length)).toBe(before)
    await expect(page.locator('[data-field="share-link"]')).toHaveValue(url)
    const o1mini = await claimValue(page, 'claim.o1mini')

    const fresh = await browser.newContext()
    const other = await fresh.newPage()
    await other.goto(url)
    await ready(other)
    await expect.poll(() => claimValue(other, 'claim.o1mini')).toBe(o1mini)
    await expect(other.locator('[data-scenario-current]')).toHaveText('After the price cuts')
    await expect(other.locator('[data-preset="after-price-cut"]')).toHaveAttribute('aria-pressed', 'true')
    await expect(notices(other)).toHaveText(['', ''])
    await fresh.close()
    expect(baseURL).toBeTruthy()
  })

  test('a link pasted into the same tab is loaded', async ({ page }) => {
    await open(page)
    await page.evaluate(() => (location.hash = '#v=1&capex.stargateYears=4'))
    await expect(page.locator('[data-scenario-current]')).toHaveText('Custom')
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#v=1&capex.stargateYears=4')
  })

  test('copy link copies the address, with feedback', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await open(page, '/#v=1&training.rentalPrice=3')
    await page.locator('[data-action="copy-link"]').click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toHaveCount(1)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/#v=1&training\.rentalPrice=3$/)
  })

  const broken: Array<[string, string, RegExp]> = [
    ['malformed', '#v=1&capex.meta=%E0%A4%A&nope=1&training.rentalPrice=3&&=', /“capex\.meta” \(unreadable\).*“nope” \(not a setting/],
    ['wrong-typed', '#v=1&training.rentalPrice=three&capex.stargateYears=4&capex.stargateYears=6', /“training\.rentalPrice” \(not a number\).*given twice/],
    ['out of range', '#v=1&workload.outputShare=250&capex.stargateYears=4', /Brought within bounds: Output share set to 100%/],
    ['newer version', '#v=9&capex.stargateYears=4&capex.hyperloop=1', /newer version/],
    ['no version', '#v=&capex.stargateYears=4', /version number/],
    ['oversized', `#v=1&capex.stargateYears=4&${'x=1&'.repeat(5000)}training.rentalPrice=3`, /too long/],
    ['truncated', '#v=1&capex.stargateYears=4&training.rental', /“training\.rental”/],
    ['prototype keys', '#v=1&__proto__=1&constructor=2&capex.stargateYears=4', /“__proto__”/],
  ]
  for (const [what, hash, message] of broken) {
    test(`a ${what} link loads what is valid, says what it ignored, and leaves saved scenarios alone`, async ({ page }) => {
      const saved = JSON.stringify({ version: 1, scenarios: [storedEntry('keep', 'Keep me', { 'capex.meta': 1e9 })] })
      await seedStorage(page, saved)
      await open(page, `/${hash}`)
      await expect(linkNotice(page)).toContainText(message)
      await expect(page.locator('[data-notice="link"]')).toHaveCount(1)
      await expect(savedNames(page)).toHaveText(['Keep me'])
      expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(saved)
      if (hash.includes('stargateYears=4')) {
        await expect(page).toHaveURL(/capex\.stargateYears=4/)
        expect(new URL(page.url()).hash.length).toBeLessThan(200)
      }
      await expect(page.locator('[data-action="reset"]')).toBeEnabled()
    })
  }

  test('a section link is not a scenario and gives no notice', async ({ page }) => {
    await open(page, '/#sources')
    await expect(notices(page)).toHaveText(['', ''])
    expect(new URL(page.url()).hash).toBe('#sources')
  })
})

test.describe('broken storage', () => {
  test('corrupt entries are kept aside and reported; the others load', async ({ page }) => {
    await seedStorage(page, JSON.stringify({
      version: 1,
      scenarios: [storedEntry('a', 'Good one'), { id: 'b', name: 42 }, 'junk', storedEntry('c', 'Also good', { 'training.pue': 1.4 })],
    }))
    await open(page)
    await expect(savedNames(page)).toHaveText(['Good one', 'Also good'])
    await expect(page.locator('[data-notice="storage-corrupt"]')).toContainText('2 saved scenarios could not be read')
    await expect(page.locator('[data-notice="storage-corrupt"]')).toContainText(CORRUPT_KEY)
    const aside = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), CORRUPT_KEY)
    expect(aside.items.map((i: { data: string }) => i.data)).toEqual(['{"id":"b","name":42}', '"junk"'])
    // Once set aside, it is not reported again.
    await page.reload()
    await ready(page)
    await expect(page.locator('[data-notice="storage-corrupt"]')).toHaveCount(0)
    await expect(savedNames(page)).toHaveText(['Good one', 'Also good'])
  })

  for (const [what, text] of [['unreadable', '{"version":1,"scenarios":[{"id":'], ['not an object', '"hello"'], ['huge junk', 'x'.repeat(200_000)]] as const) {
    test(`${what} storage: the app works, says so and keeps the data aside`, async ({ page }) => {
      await seedStorage(page, text)
      await open(page)
      await expect(page.locator('[data-notice="storage-corrupt"]')).toContainText('could not be read at all')
      await save(page, 'Fresh start')
      await expect(savedNames(page)).toHaveText(['Fresh start'])
      const aside = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), CORRUPT_KEY)
      expect(aside.items[0].data).toBe(text)
    })
  }

  test('a newer version’s data is loaded and never written over', async ({ page }) => {
    const future = JSON.stringify({ version: 3, scenarios: [{ ...storedEntry('f', 'From the future'), tags: ['x'] }] })
    await seedStorage(page, future)
    await open(page)
    await expect(savedNames(page)).toHaveText(['From the future'])
    await expect(page.locator('[data-notice="storage-newer"]')).toHaveCount(1)
    await save(page, 'Here and now')
    await expect(savedNames(page)).toHaveText(['From the future', 'Here and now'])
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(future)
  })

  test('full storage: keeps working in memory with a lasting notice, cleared when a save succeeds', async ({ page }) => {
    await page.addInitScript(storageFull, KEY)
    await open(page)
    await save(page, 'In memory')
    await expect(savedNames(page)).toHaveText(['In memory'])
    await expect(page.locator('[data-notice="storage-full"]')).toContainText('storage is full')
    await page.evaluate(() => ((window as unknown as { full: boolean }).full = false))
    await save(page, 'Now it fits')
    await expect(page.locator('[data-notice="storage-full"]')).toHaveCount(0)
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY)
    expect(stored.scenarios.map((s: { name: string }) => s.name)).toEqual(['In memory', 'Now it fits'])
  })

  test('refused storage: works in memory and says so', async ({ page }) => {
    // Refused for the scenarios' keys only: the theme switch logs its own storage errors, and that is not
    // what this test is about (the composable's unit test covers a throwing \`localStorage\` getter).
    await page.addInitScript(storageRefused, KEY)
    await open(page)
    await expect(page.locator('[data-notice="storage-blocked"]')).toHaveCount(1)
    await save(page, 'Only in this tab')
    await expect(savedNames(page)).toHaveText(['Only in this tab'])
  })
})
