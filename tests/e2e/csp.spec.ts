import { expect, test as base } from '@playwright/test'
import { test } from './fixtures'

test('the page ships a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/')
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
  for (const directive of ["object-src 'none'", "base-uri 'none'", "connect-src 'self'", "img-src 'self' data: blob:", "form-action 'none'"]) {
    expect(csp).toContain(directive)
  }
})

// Without the fixture: this test checks that the fixture's violation recorder would catch a violation.
base('an inline script is blocked and reported as a violation', async ({ page }) => {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(e.violatedDirective),
    )
  })
  await page.goto('/')
  const ran = await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__inlineRan = true'
    document.body.append(s)
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true
  })
  expect(ran).toBe(false)
  await expect.poll(() => violations.length).toBeGreaterThan(0)
  expect(violations[0]).toMatch(/^script-src/)
})
