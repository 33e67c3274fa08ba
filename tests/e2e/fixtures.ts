import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

/** Fails a test on any console error, page error, or request that leaves the page's origin. */
export const test = base.extend<{ problems: string[] }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`)
      })
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
      // Content-Security-Policy violations are recorded by the page itself and read at the end.
      await page.addInitScript(() => {
        const seen: string[] = []
        Object.defineProperty(window, '__cspViolations', { value: seen })
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`))
      })
      page.on('request', (r) => {
        const url = new URL(r.url())
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) {
          problems.push(`request left the origin: ${r.url()}`)
        }
      })
      await use(problems)
      if (!page.isClosed() && page.url().startsWith('http')) {
        const csp = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        problems.push(...csp.map((v) => `CSP violation: ${v}`))
      }
      expect(problems, 'console errors, page errors or foreign requests').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** Runs axe-core (WCAG 2.2 A and AA), on the whole page or the part `include` selects, and returns the violations, summarised. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
  const { violations } = await (include ? builder.include(include) : builder).analyze()
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

/**
 * Waits until the page is live: the app sets `<html data-live>` once the link, the saved scenarios and the
 * visitor's language are applied and every control answers (docs/hooks.md).
 */
export async function ready(page: Page): Promise<void> {
  // Seconds on this machine; but the suite runs two browsers on two cores, often beside other work, and a
  // wait that gives up too soon fails a page that would have gone live.
  await expect(page.locator('html')).toHaveAttribute('data-live', '', { timeout: 20_000 })
}

/** Opens a path of the app and waits until it is live. */
export async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(path)
  await ready(page)
}

/**
 * Switches the page's language with its language control, as a visitor does: each language is a page of
 * its own, so this waits for the other page, live, with the scenario still in its address.
 */
export async function switchLanguage(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await ready(page)
  const current = await page.locator('html').getAttribute('lang')
  if (current === lang) return
  await Promise.all([
    page.waitForURL((url) => (lang === 'fr') === /\/fr\/?$/.test(url.pathname)),
    page.locator('[data-action="language"]').selectOption(lang),
  ])
  await expect(page.locator('html')).toHaveAttribute('lang', lang)
  await ready(page)
}

/**
 * Scrolls an element into the viewport and waits until it is there, as a visitor scrolls until they see it.
 * One jump is not enough: the sections away from the viewport are laid out only when near it
 * (content-visibility, with a placeholder height until first shown), so a jump to an element inside one
 * that was never shown lands by the placeholders, and the element moves as the sections it passes are
 * laid out (at 360 px, one jump left the API lens's charts a screen away, drawn only by the idle build,
 * seconds later). Each jump lays out more of the page, so a few of them land.
 */
export async function scrollTo(target: Locator): Promise<void> {
  await expect(async () => {
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }))
    await expect(target).toBeInViewport({ timeout: 500 })
  }).toPass()
}

/** The names in the saved-scenarios list. */
export const savedNames = (page: Page) => page.locator('[data-scenario-list] [data-scenario] .name')

/**
 * Saves the current scenario under `name` with the save form, as a visitor does, and waits until the form
 * has answered: the name field emptied (saved) or marked invalid (refused: a blank name).
 */
export async function save(page: Page, name: string): Promise<void> {
  const field = page.locator('[data-field="scenario-name"]')
  await field.fill(name)
  await page.locator('[data-action="save-scenario"]').click()
  await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.value === '' || el.getAttribute('aria-invalid') === 'true')).toBe(true)
}
