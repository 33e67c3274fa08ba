/**
 * Hostile input and faults: one table of bad links, broken storage, bad files,
 * wild numbers and names, and browser faults. Every case checks that the app still computes, that it says
 * what happened (or says nothing when nothing went wrong), that saved scenarios are intact, and that the
 * notices and the scenario panel have no axe-core violations in that state. The fixture also fails a case
 * on any console error, page error, CSP violation or request leaving the origin.
 */
import { readFile } from 'node:fs/promises'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { STORAGE_KEYS, localStorageBlocked, readStored, seedOnce, storageFull, storageRefused, storedEntry as entry } from '../support/storage.mjs'
import { expect, ready, save, savedNames, scrollTo, test } from './fixtures'

const { scenarios: KEY, corrupt: CORRUPT_KEY } = STORAGE_KEYS
const DAY = String.raw`\d{4}-\d{2}-\d{2}`
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

type Kind = 'link' | 'storage' | 'file' | 'number' | 'name' | 'fault'

interface StoredList {
  version: number
  scenarios: Array<{ id: string; name: string; values: Record<string, unknown> }>
}

interface Case {
  readonly name: string
  readonly kind: Kind
  /** Where the page is opened: `/` unless a link is the bad input. */
  readonly path?: string
  /** The text under `cost-gap:scenarios` before the first load: the two seeded scenarios unless given; `null` for nothing. */
  readonly stored?: string | null
  /** The text under `cost-gap:scenarios:corrupt` before the first load, if any. */
  readonly corrupt?: string
  /** Run before the page is opened, after the seed (faults installed with `page.addInitScript`). */
  readonly setup?: (page: Page) => Promise<unknown>
  /** The bad input, once the page is live. */
  readonly act?: (page: Page) => Promise<void>
  /** The notice expected, matched against the text of the notices (English). `null`: no notice at all. */
  readonly expectNotice: RegExp | null
  /** Where that notice shows, when not among the page's notices (a file's message sits beside its input). */
  readonly noticeIn?: string
  /** A number typed into the workload field that must be refused inline (aria-invalid and a hint). */
  readonly invalidField?: string
  /** DeepSeek-R1's monthly bill once 200 M tokens are typed in: $192 unless the case moved the output share. */
  readonly r1?: number
  /** The names the saved list must show afterwards (in order, others allowed between); the seeds unless given. */
  readonly listed?: readonly string[]
  /** What storage must hold afterwards; by default the seeds' names under `cost-gap:scenarios`. */
  readonly stores?: (page: Page) => Promise<void>
  /** Anything else this case promises. */
  readonly check?: (page: Page) => Promise<void>
  /** A known defect outside this suite's reach: the case is expected to fail until it is fixed. */
  readonly knownDefect?: string
  /** More regions for axe-core, beside the notices and the scenario panel. */
  readonly axe?: readonly string[]
}

// ---------------------------------------------------------------------------------------------------------
// Seeds and page helpers

const SEEDS = [entry('seed-a', 'Stargate over four years', { 'capex.stargateYears': 4 }), entry('seed-b', 'Cheap rentals', { 'training.rentalPrice': 1.5 })]
const SEED_NAMES = ['Stargate over four years', 'Cheap rentals']
const SEEDED = JSON.stringify({ version: 1, scenarios: SEEDS })
const list = (...scenarios: unknown[]) => JSON.stringify({ version: 1, scenarios })

/** Puts texts in storage before the app's first load in this tab only, so a reload reads what the app wrote. */
const seed = (page: Page, items: Record<string, string>) => page.addInitScript(seedOnce, items)

const allNotices = (page: Page) => page.locator('[data-notices] [data-notice]')
const tokens = (page: Page) => page.locator('input[type=number][data-assumption="workload.tokens"]')
const result = async (page: Page, id: string) => Number(await page.locator(`[data-result="${id}"]`).first().getAttribute('data-value'))

/** Reads storage as it is, even when a case has made the page's own storage throw. */
const storedText = (page: Page, key: string) => page.evaluate(readStored, key)

async function storedNames(page: Page): Promise<string[]> {
  const text = await storedText(page, KEY)
  return text === null ? [] : (JSON.parse(text) as StoredList).scenarios.map((s) => s.name)
}

async function storedAside(page: Page): Promise<Array<{ reason: string; data: string }>> {
  const text = await storedText(page, CORRUPT_KEY)
  expect(text, 'something kept aside').not.toBeNull()
  return (JSON.parse(text!) as { items: Array<{ reason: string; data: string }> }).items
}

async function typeNumber(page: Page, id: string, text: string): Promise<void> {
  const field = page.locator(`input[type=number][data-assumption="${id}"]`)
  await field.fill(text)
  await field.press('Enter')
}

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.locator('[data-action="import-json"]').setInputFiles(file)
}

const jsonFile = (name: string, body: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body)) })

/** The app still computes: 200 M tokens a month on R1 costs 200 × (0.75 × $0.55 + 0.25 × $2.19) = $192. */
async function stillWorks(page: Page, r1: number): Promise<void> {
  await typeNumber(page, 'workload.tokens', '200')
  await expect(tokens(page)).not.toHaveAttribute('aria-invalid', 'true')
  await expect.poll(() => result(page, 'api.cost.r1')).toBeCloseTo(r1, 6)
}

async function axeScoped(page: Page, extra: readonly string[] = []): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG).include('[data-notices="alert"]').include('[data-notices="status"]').include('#scenarios')
  for (const region of extra) builder = builder.include(region)
  const { violations } = await builder.analyze()
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
}

/** Records requests for a path (an `<img src=x>` that got into the page would ask for `/x`). */
function watchRequests(page: Page, path: string): string[] {
  const seen: string[] = []
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === path) seen.push(r.url())
  })
  return seen
}

const notPolluted = (page: Page) =>
  page.evaluate(() => {
    const plain = {} as Record<string, unknown>
    return plain.polluted === undefined && Object.getPrototypeOf(plain) === Object.prototype && !('polluted' in Object.prototype)
  })

// Fault installers (tests/support/storage.mjs), put in the page before the app's first load.
const quotaFor = (key: string) => (page: Page) => page.addInitScript(storageFull, key)
const refuseScenarioKeys = (page: Page) => page.addInitScript(storageRefused, KEY)
const refuseLocalStorage = (page: Page) => page.addInitScript(localStorageBlocked)

/** Another tab writes `text` under the scenarios' key: the write, then the `storage` event it would cause here. */
async function otherTabWrites(page: Page, text: string): Promise<void> {
  await page.evaluate(
    ([key, text]) => {
      localStorage.setItem(key!, text!)
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: text, storageArea: localStorage, url: location.href }))
    },
    [KEY, text],
  )
}

// ---------------------------------------------------------------------------------------------------------
// The table

const hashIs = (page: Page, re: RegExp) => expect(page).toHaveURL(re)
const assumption = (page: Page, id: string) => page.locator(`input[type=number][data-assumption="${id}"]`)

const cases: Case[] = [
  // Links: the valid parts load, a notice names what was ignored, saved scenarios are untouched.
  {
    name: 'link: a value that is not a number',
    kind: 'link',
    path: '/#v=1&training.rentalPrice=three&capex.stargateYears=4',
    expectNotice: /“training\.rentalPrice” \(not a number\)/,
    check: (page) => hashIs(page, /capex\.stargateYears=4/),
  },
  { name: 'link: NaN', kind: 'link', path: '/#v=1&workload.outputShare=NaN', expectNotice: /“workload\.outputShare” \(not a number\)/ },
  { name: 'link: Infinity', kind: 'link', path: '/#v=1&training.clusterGpus=Infinity', expectNotice: /“training\.clusterGpus” \(not a number\)/ },
  { name: 'link: 1e309 (beyond a double)', kind: 'link', path: '/#v=1&capex.meta=1e309', expectNotice: /“capex\.meta” \(not a number\)/ },
  { name: 'link: a hexadecimal number', kind: 'link', path: '/#v=1&capex.stargateYears=0x10', expectNotice: /“capex\.stargateYears” \(not a number\)/ },
  {
    name: 'link: a negative GPU count is clamped',
    kind: 'link',
    path: '/#v=1&training.clusterGpus=-2048',
    expectNotice: /Brought within bounds: .*set to 1\b/,
    check: async (page) => {
      await hashIs(page, /training\.clusterGpus=1(&|$)/)
      await expect(assumption(page, 'training.clusterGpus')).toHaveValue('1')
    },
  },
  {
    name: 'link: an output share of 150% is clamped to 100%',
    kind: 'link',
    path: '/#v=1&workload.outputShare=1.5',
    expectNotice: /Brought within bounds: .*100\s?%/,
    r1: 200 * 2.19,
    check: (page) => expect(assumption(page, 'workload.outputShare')).toHaveValue('100'),
  },
  {
    name: 'link: an unknown id',
    kind: 'link',
    path: '/#v=1&price.gpt5.input=1&capex.stargateYears=4',
    expectNotice: /“price\.gpt5\.input” \(not a setting of Cost Gap\)/,
    check: (page) => hashIs(page, /#v=1&capex\.stargateYears=4$/),
  },
  {
    name: 'link: __proto__, constructor and prototype keys',
    kind: 'link',
    path: '/#v=1&__proto__=1&__proto__.polluted=1&constructor=2&constructor.prototype.polluted=1&prototype=3&capex.stargateYears=4',
    expectNotice: /“__proto__” \(not a setting.*“constructor” \(not a setting/,
    check: async (page) => {
      expect(await notPolluted(page)).toBe(true)
      await hashIs(page, /#v=1&capex\.stargateYears=4$/)
    },
  },
  {
    name: 'link: the same id twice (the first counts)',
    kind: 'link',
    path: '/#v=1&capex.stargateYears=4&capex.stargateYears=6',
    expectNotice: /“capex\.stargateYears” \(given twice\)/,
    check: (page) => expect(assumption(page, 'capex.stargateYears')).toHaveValue('4'),
  },
  { name: 'link: truncated (v=1&capex.sta)', kind: 'link', path: '/#v=1&capex.sta', expectNotice: /“capex\.sta” \(unreadable\)/ },
  {
    name: 'link: no v= at all',
    kind: 'link',
    path: '/#capex.stargateYears=4',
    expectNotice: /version number is missing or wrong/,
    check: (page) => hashIs(page, /#v=1&capex\.stargateYears=4$/),
  },
  {
    name: 'link: a newer version (v=2)',
    kind: 'link',
    path: '/#v=2&capex.stargateYears=4&capex.hyperscaler=1',
    expectNotice: /newer version of Cost Gap.*“capex\.hyperscaler” \(not a setting/,
    check: (page) => hashIs(page, /#v=1&capex\.stargateYears=4$/),
  },
  { name: 'link: v=abc', kind: 'link', path: '/#v=abc&capex.stargateYears=4', expectNotice: /version number is missing or wrong/ },
  {
    name: 'link: 20 KB long',
    kind: 'link',
    path: `/#v=1&capex.stargateYears=4&${'x=1&'.repeat(5000)}training.rentalPrice=3`,
    expectNotice: /too long, so its end was left out/,
    check: async (page) => {
      await hashIs(page, /#v=1&capex\.stargateYears=4$/)
      await expect(assumption(page, 'training.rentalPrice')).not.toHaveValue('3')
    },
  },
  {
    name: 'link: broken percent-encoding (%E0%A4%A)',
    kind: 'link',
    path: '/#v=1&capex.meta=%E0%A4%A&capex.stargateYears=4',
    expectNotice: /“capex\.meta” \(unreadable\)/,
    check: (page) => hashIs(page, /capex\.stargateYears=4/),
  },
  {
    name: 'link: a script tag as a value',
    kind: 'link',
    path: '/#v=1&capex.meta=<script>alert(1)</script>&capex.stargateYears=4',
    expectNotice: /“capex\.meta” \(not a number\)/,
    check: async (page) => {
      await expect(page.locator('[data-notices] script')).toHaveCount(0)
      await hashIs(page, /#v=1&capex\.stargateYears=4$/)
    },
  },
  {
    name: 'link: an HTML tag as a key is shown as text',
    kind: 'link',
    // Encoded, as a browser sends it: the key holds `=` and spaces.
    path: `/#v=1&${encodeURIComponent('<img src=x onerror=alert(1)>')}=1`,
    expectNotice: /“<img src=x onerror=alert\(1\)>” \(not a setting/,
    check: async (page) => {
      await expect(page.locator('[data-notices] img')).toHaveCount(0)
      await expect(page.locator('[data-notice="link"]')).toContainText('<img src=x onerror=alert(1)>')
    },
  },
  {
    name: 'link: a bad link pasted into the open tab',
    kind: 'link',
    act: (page) => page.evaluate(() => void (location.hash = '#v=1&training.pue=abc&capex.stargateYears=4')),
    expectNotice: /“training\.pue” \(not a number\)/,
    check: (page) => expect(assumption(page, 'capex.stargateYears')).toHaveValue('4'),
  },
  { name: 'link: an empty fragment (#)', kind: 'link', path: '/#', expectNotice: null },
  {
    name: 'link: a section link (#sources) is not a scenario',
    kind: 'link',
    path: '/#sources',
    expectNotice: null,
    check: async (page) => expect(new URL(page.url()).hash).toBe('#sources'),
  },

  // Storage: what cannot be read is kept aside and reported; the app works; the rest loads.
  {
    name: 'storage: not JSON',
    kind: 'storage',
    stored: '{"version":1,"scenarios":[{"id":',
    expectNotice: /could not be read at all.*kept aside .*“cost-gap:scenarios:corrupt”/,
    listed: [],
    stores: async (page) => expect((await storedAside(page))[0]).toMatchObject({ reason: 'unreadable', data: '{"version":1,"scenarios":[{"id":' }),
  },
  {
    name: 'storage: null',
    kind: 'storage',
    stored: 'null',
    expectNotice: /could not be read at all/,
    listed: [],
    stores: async (page) => expect((await storedAside(page))[0]?.data).toBe('null'),
  },
  {
    name: 'storage: an array of garbage',
    kind: 'storage',
    stored: '[1,"x",null,{"name":7},[[]]]',
    expectNotice: /5 saved scenarios could not be read/,
    listed: [],
    stores: async (page) => expect((await storedAside(page)).map((i) => i.data)).toEqual(['1', '"x"', 'null', '{"name":7}', '[[]]']),
  },
  {
    name: 'storage: version 99 is read, never written over',
    kind: 'storage',
    stored: JSON.stringify({ version: 99, scenarios: [{ ...SEEDS[0], colour: 'red' }, SEEDS[1]], folders: [] }),
    expectNotice: /written by a newer version of Cost Gap/,
    act: (page) => save(page, 'Made here'),
    listed: [...SEED_NAMES, 'Made here'],
    stores: async (page) =>
      expect(await storedText(page, KEY)).toBe(JSON.stringify({ version: 99, scenarios: [{ ...SEEDS[0], colour: 'red' }, SEEDS[1]], folders: [] })),
  },
  {
    name: 'storage: one corrupt entry among good ones',
    kind: 'storage',
    stored: list(SEEDS[0], { id: 'bad', name: 42, values: 'lots' }, SEEDS[1]),
    expectNotice: /One saved scenario could not be read\. The original data is kept aside/,
    check: async (page) => expect((await storedAside(page)).map((i) => i.data)).toEqual(['{"id":"bad","name":42,"values":"lots"}']),
  },
  {
    name: 'storage: an entry with a 10,000-character name',
    kind: 'storage',
    stored: list(SEEDS[0], entry('long', 'L'.repeat(10_000)), SEEDS[1]),
    expectNotice: /One saved scenario could not be read/,
    check: async (page) => {
      const aside = await storedAside(page)
      expect(JSON.parse(aside[0]!.data).name).toHaveLength(10_000)
    },
  },
  {
    name: 'storage: a prototype-pollution attempt',
    kind: 'storage',
    stored:
      '{"version":1,"__proto__":{"polluted":"yes"},"scenarios":[' +
      `${JSON.stringify(SEEDS[0])},` +
      '{"__proto__":{"polluted":"yes"},"id":"p","name":"Polluter","values":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"capex.meta":1e9},"createdAt":"2025-01-30T00:00:00.000Z","updatedAt":"2025-01-30T00:00:00.000Z"},' +
      `${JSON.stringify(SEEDS[1])}]}`,
    expectNotice: /One saved scenario held values out of bounds or unknown to this version; they were corrected/,
    listed: [SEED_NAMES[0]!, 'Polluter', SEED_NAMES[1]!],
    check: async (page) => {
      expect(await notPolluted(page)).toBe(true)
      const stored = JSON.parse((await storedText(page, KEY))!) as StoredList
      const polluter = stored.scenarios.find((s) => s.name === 'Polluter')!
      expect(Object.keys(polluter.values)).not.toContain('__proto__')
      expect(Object.keys(polluter.values)).not.toContain('constructor')
      expect(polluter.values['capex.meta']).toBe(1e9)
    },
  },
  {
    name: 'storage: an old unversioned list is migrated quietly',
    kind: 'storage',
    stored: JSON.stringify([{ name: SEED_NAMES[0], values: { 'capex.stargateYears': 4 } }, { name: SEED_NAMES[1], values: {} }]),
    expectNotice: null,
    check: async (page) => expect(JSON.parse((await storedText(page, KEY))!).version).toBe(1),
  },
  {
    name: 'storage: the set-aside key already holds junk',
    kind: 'storage',
    stored: list(SEEDS[0], 'junk', SEEDS[1]),
    corrupt: 'not json either',
    expectNotice: /One saved scenario could not be read/,
    check: async (page) =>
      expect((await storedAside(page)).map((i) => i.data)).toEqual(['not json either', '"junk"']),
  },
  {
    name: 'storage: full (QuotaExceededError): a lasting notice, cleared by a save that fits',
    kind: 'storage',
    setup: quotaFor(KEY),
    act: (page) => save(page, 'In memory'),
    expectNotice: /storage is full/,
    listed: [...SEED_NAMES, 'In memory'],
    check: async (page) => {
      expect(await storedNames(page)).toEqual(SEED_NAMES)
      // Lasting: still there after other changes.
      await typeNumber(page, 'capex.stargateYears', '3')
      await expect(page.locator('[data-notice="storage-full"]')).toHaveCount(1)
      await page.evaluate(() => ((window as unknown as { full: boolean }).full = false))
      await save(page, 'Now it fits')
      await expect(page.locator('[data-notice="storage-full"]')).toHaveCount(0)
      expect(await storedNames(page)).toEqual([...SEED_NAMES, 'In memory', 'Now it fits'])
    },
  },
  {
    name: 'storage: refused (SecurityError): works in memory and says so',
    kind: 'storage',
    setup: refuseScenarioKeys,
    act: (page) => save(page, 'Only in this tab'),
    expectNotice: /does not let the page store anything/,
    listed: ['Only in this tab'],
    // Nothing was written over: the seeds are still in storage, for when the browser allows it again.
    stores: async (page) => expect(await storedText(page, KEY)).toBe(SEEDED),
  },

  // Files: a bad file gets a message beside the input and replaces nothing.
  {
    name: 'file: not JSON',
    kind: 'file',
    act: (page) => importFile(page, { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello, world') }),
    expectNotice: /“notes\.txt” is not a JSON file\. Nothing was changed\./,
    noticeIn: '#import-json-error',
  },
  {
    name: 'file: empty',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('empty.json', '')),
    expectNotice: /“empty\.json” is not a JSON file/,
    noticeIn: '#import-json-error',
  },
  {
    name: 'file: JSON of the wrong shape',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('shape.json', { app: 'cost-gap', version: 1, name: 'Shape', values: [1, 2, 3] })),
    expectNotice: /values are missing or broken\. Nothing was changed\./,
    noticeIn: '#import-json-error',
  },
  {
    name: 'file: another app’s file',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('package.json', { name: 'left-pad', version: '1.3.0', dependencies: {} })),
    expectNotice: /not a Cost Gap scenario file/,
    noticeIn: '#import-json-error',
  },
  {
    name: 'file: a newer version is read best-effort',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('future.json', { app: 'cost-gap', version: 5, name: 'From version 5', values: { 'capex.stargateYears': 4, 'capex.orbital': 1 }, tags: ['x'] })),
    expectNotice: /newer version of Cost Gap; what this version understands was loaded/,
    noticeIn: '#import-json-done',
    listed: [...SEED_NAMES, 'From version 5'],
    check: (page) => expect(page.locator('[data-scenario-current]')).toHaveText('From version 5'),
  },
  {
    name: 'file: larger than the cap',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('huge.json', `{"app":"cost-gap","version":1,"name":"${'x'.repeat(400 * 1024)}","values":{}}`)),
    expectNotice: /too large to be a scenario file \(the limit is 256 KB\)/,
    noticeIn: '#import-json-error',
  },
  {
    name: 'file: values out of range are clamped, with a note',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('wild.json', { app: 'cost-gap', version: 1, name: 'Wild', values: { 'workload.outputShare': 7, 'training.clusterGpus': -5, 'capex.meta': 1e300 } })),
    expectNotice: /out of bounds and were corrected/,
    noticeIn: '#import-json-done',
    listed: [...SEED_NAMES, 'Wild'],
    r1: 200 * 2.19,
    check: async (page) => {
      await expect(assumption(page, 'workload.outputShare')).toHaveValue('100')
      await expect(assumption(page, 'training.clusterGpus')).toHaveValue('1')
      await expect(assumption(page, 'capex.meta')).toHaveValue('500')
    },
  },
  {
    name: 'file: a name with HTML is plain text',
    kind: 'file',
    act: (page) => importFile(page, jsonFile('html.json', { app: 'cost-gap', version: 1, name: '<img src=x onerror=alert(1)>', values: { 'capex.stargateYears': 6 } })),
    expectNotice: /Opened “<img src=x onerror=alert\(1\)>”/,
    noticeIn: '#import-json-done',
    listed: [...SEED_NAMES, '<img src=x onerror=alert(1)>'],
    check: async (page) => {
      await expect(page.locator('#scenarios img')).toHaveCount(0)
      await expect(page.locator('[data-scenario-current]')).toHaveText('<img src=x onerror=alert(1)>')
      await expect(page.getByRole('checkbox', { name: '<img src=x onerror=alert(1)>', exact: true })).toHaveCount(1)
      expect(await storedNames(page)).toContain('<img src=x onerror=alert(1)>')
    },
  },
  {
    name: 'file: a prototype-pollution attempt',
    kind: 'file',
    act: (page) =>
      importFile(page, jsonFile('proto.json', '{"app":"cost-gap","version":1,"__proto__":{"polluted":1},"name":"Proto","values":{"__proto__":{"polluted":1},"capex.meta":2e9}}')),
    expectNotice: /Opened “Proto”.*corrected/,
    noticeIn: '#import-json-done',
    listed: [...SEED_NAMES, 'Proto'],
    check: async (page) => {
      expect(await notPolluted(page)).toBe(true)
      await expect(assumption(page, 'capex.meta')).toHaveValue('2')
    },
  },
  {
    name: 'file: binary junk with an HTML file name',
    kind: 'file',
    act: (page) => importFile(page, { name: '<b>scenario</b>.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0xff, 0xfe, 0x7b]) }),
    expectNotice: /“<b>scenario<\/b>\.json” is not a JSON file/,
    noticeIn: '#import-json-error',
    check: (page) => expect(page.locator('#import-json-error b')).toHaveCount(0),
  },

  // Numbers typed: clamped with a notice, or refused inline.
  { name: 'number: 1e999', kind: 'number', act: (page) => typeNumber(page, 'workload.tokens', '1e999'), expectNotice: null, invalidField: '1e999' },
  { name: 'number: an empty field', kind: 'number', act: (page) => typeNumber(page, 'workload.tokens', ''), expectNotice: null, invalidField: '' },
  {
    name: 'number: negative',
    kind: 'number',
    act: (page) => typeNumber(page, 'workload.tokens', '-50'),
    expectNotice: /was brought back within its range: 0\b/,
    check: async (page) => {
      await expect(tokens(page)).toHaveValue('0')
      await expect.poll(() => result(page, 'api.cost.r1')).toBe(0)
    },
  },
  {
    name: 'number: above the maximum',
    kind: 'number',
    act: (page) => typeNumber(page, 'workload.tokens', '5000000'),
    expectNotice: /was brought back within its range/,
    check: (page) => expect(tokens(page)).toHaveValue('1000000'),
  },
  {
    name: 'number: -0 shows as 0, never -0',
    kind: 'number',
    act: (page) => typeNumber(page, 'workload.tokens', '-0'),
    expectNotice: null,
    check: async (page) => {
      await expect(tokens(page)).toHaveValue('0')
      await expect.poll(() => result(page, 'api.cost.r1')).toBe(0)
      const shown = await page.locator('[data-result="api.cost.r1"]').first().textContent()
      expect(shown).not.toMatch(/[-−]\s*\$?\s*0/)
    },
  },
  {
    name: 'number: a share of 150% is clamped to 100%',
    kind: 'number',
    act: (page) => typeNumber(page, 'workload.outputShare', '150'),
    expectNotice: /was brought back within its range: 100\s?%/,
    r1: 200 * 2.19,
    check: (page) => expect(assumption(page, 'workload.outputShare')).toHaveValue('100'),
    axe: ['[data-slider="workload.outputShare"]'],
  },
  {
    name: 'number: half a GPU is clamped to one',
    kind: 'number',
    act: (page) => typeNumber(page, 'training.clusterGpus', '0.5'),
    expectNotice: /was brought back within its range: 1\b/,
    check: (page) => expect(assumption(page, 'training.clusterGpus')).toHaveValue('1'),
  },

  // Names: plain text everywhere, cut on screen but whole where it matters, safe in files.
  {
    name: 'name: 5,000 characters',
    kind: 'name',
    act: (page) => save(page, `A very long name ${'that goes on and on '.repeat(250)}`.slice(0, 5000)),
    expectNotice: null,
    check: async (page) => {
      const kept = (await storedNames(page))[2]!
      expect(kept.length).toBeGreaterThan(60)
      expect(kept.length).toBeLessThanOrEqual(120)
      expect(kept.startsWith('A very long name that goes on')).toBe(true)
      const item = page.locator('[data-scenario]').nth(2)
      await expect(item.locator('.name')).toHaveText(kept)
      expect(await item.locator('.name').evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis')).toBe(true)
      await expect(item.locator('label.pick')).toHaveAttribute('title', kept)
      await expect(page.getByRole('checkbox', { name: kept, exact: true })).toHaveCount(1)
    },
  },
  {
    name: 'name: a spreadsheet formula in exports and file names',
    kind: 'name',
    act: (page) => save(page, "=cmd|' /C calc'!A0"),
    expectNotice: null,
    listed: [...SEED_NAMES, "=cmd|' /C calc'!A0"],
    check: async (page) => {
      const name = "=cmd|' /C calc'!A0"
      const slug = 'cmd-c-calc-a0'
      // The JSON file: a safe file name, the name itself kept as data.
      const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-json"]').click()])
      expect(json.suggestedFilename()).toMatch(new RegExp(`^cost-gap-${slug}-${DAY}\\.json$`))
      expect(JSON.parse(await readFile(await json.path(), 'utf8')).name).toBe(name)
      // The comparison's CSV: the name as a neutralised cell.
      await page.locator('[data-compare="preset:as-reported"]').check()
      await page.getByRole('checkbox', { name, exact: true }).check()
      await page.locator('[data-action="compare"]').click()
      const chart = page.locator('[data-chart="compare"]')
      await expect(chart.locator('[data-action="export-csv"]')).toBeEnabled({ timeout: 15_000 })
      const [csv] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-action="export-csv"]').click()])
      expect(csv.suggestedFilename()).toMatch(new RegExp(`^cost-gap-compare-comparison-${DAY}\\.csv$`))
      const header = (await readFile(await csv.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n')[0]
      expect(header).toBe(`Amount,As reported,'${name}`)
      // A chart's PNG, named after the current scenario.
      await scrollTo(page.locator('[data-chart="api-costs"]'))
      const png = page.locator('[data-chart="api-costs"] [data-action="export-png"]')
      await expect(png).toBeEnabled({ timeout: 15_000 })
      const [image] = await Promise.all([page.waitForEvent('download'), png.click()])
      expect(image.suggestedFilename()).toMatch(new RegExp(`^cost-gap-api-costs-${slug}-${DAY}\\.png$`))
    },
  },
  {
    name: 'name: HTML and a script are shown literally',
    kind: 'name',
    act: (page) => save(page, '<script>alert(1)</script><b>bold</b>'),
    expectNotice: null,
    listed: [...SEED_NAMES, '<script>alert(1)</script><b>bold</b>'],
    check: async (page) => {
      await expect(page.locator('#scenarios script, #scenarios b')).toHaveCount(0)
      await expect(page.locator('[data-scenario-current]')).toHaveText('<script>alert(1)</script><b>bold</b>')
    },
  },
  {
    name: 'name: a path and a right-to-left override in file names',
    kind: 'name',
    act: (page) => save(page, '../../etc/passwd\u202Egpj.exe'),
    expectNotice: null,
    check: async (page) => {
      const [json] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-json"]').click()])
      expect(json.suggestedFilename()).toMatch(new RegExp(`^cost-gap-etc-passwd-gpj-exe-${DAY}\\.json$`))
    },
  },
  {
    name: 'name: blank (spaces and tabs) is refused with a message',
    kind: 'name',
    act: (page) => save(page, ' \t  \u00a0 '),
    expectNotice: null,
    check: async (page) => {
      await expect(page.locator('#scenario-save-feedback')).toHaveText('Type a name first.')
      await expect(page.locator('[data-field="scenario-name"]')).toHaveAttribute('aria-invalid', 'true')
      await expect(savedNames(page)).toHaveCount(2)
    },
  },

  // Faults of the browser and of other tabs.
  {
    name: 'fault: window.localStorage itself throws',
    kind: 'fault',
    setup: refuseLocalStorage,
    act: (page) => save(page, 'Only in this tab'),
    expectNotice: /does not let the page store anything/,
    listed: ['Only in this tab'],
    stores: async (page) => expect(await storedText(page, KEY)).toBe(SEEDED),
  },
  {
    name: 'fault: full while setting corrupt data aside: nothing is written over',
    kind: 'fault',
    stored: list(SEEDS[0], 'junk', SEEDS[1]),
    setup: quotaFor(CORRUPT_KEY),
    act: (page) => save(page, 'Kept in memory'),
    expectNotice: /could not be read\. The original data was left in place/,
    listed: [...SEED_NAMES, 'Kept in memory'],
    stores: async (page) => expect(await storedText(page, KEY)).toBe(list(SEEDS[0], 'junk', SEEDS[1])),
  },
  {
    name: 'fault: another tab writes unreadable data',
    kind: 'fault',
    act: (page) => otherTabWrites(page, '{"version":1,"scenarios":[{"id":'),
    expectNotice: /could not be read at all.*kept aside/,
    check: async (page) => expect((await storedAside(page)).map((i) => i.data)).toContain('{"version":1,"scenarios":[{"id":'),
  },
  {
    name: 'fault: another tab writes a newer version',
    kind: 'fault',
    act: (page) => otherTabWrites(page, JSON.stringify({ version: 7, scenarios: [...SEEDS, entry('seed-c', 'From a newer tab')] })),
    expectNotice: /written by a newer version of Cost Gap/,
    listed: [...SEED_NAMES, 'From a newer tab'],
    check: async (page) => {
      await save(page, 'Made here')
      expect(JSON.parse((await storedText(page, KEY))!).version).toBe(7)
      await expect(savedNames(page)).toHaveText([...SEED_NAMES, 'From a newer tab', 'Made here'])
    },
  },
]

// ---------------------------------------------------------------------------------------------------------

test.describe('hostile input and faults', () => {
  for (const c of cases) {
    test(c.name, async ({ page }) => {
      test.fail(c.knownDefect !== undefined, c.knownDefect)
      const stored = c.stored === undefined ? SEEDED : c.stored
      const items: Record<string, string> = {}
      if (stored !== null) items[KEY] = stored
      if (c.corrupt !== undefined) items[CORRUPT_KEY] = c.corrupt
      await seed(page, items)
      await c.setup?.(page)
      const strayImages = watchRequests(page, '/x')

      await page.goto(c.path ?? '/')
      await ready(page)
      await c.act?.(page)

      // (b) It says what happened: a notice, an inline hint for a refused number, or nothing.
      if (c.expectNotice) {
        const where = c.noticeIn ? page.locator(c.noticeIn) : allNotices(page).filter({ hasText: c.expectNotice })
        await expect(where.first()).toContainText(c.expectNotice)
      }
      if (c.invalidField !== undefined) {
        await expect(tokens(page)).toHaveAttribute('aria-invalid', 'true')
        await expect(page.locator('#a-workload-tokens-hint')).toContainText('Type a number')
      }
      // (d) The notice, the scenario panel and the field in question, in that state, pass axe-core.
      expect(await axeScoped(page, c.axe ?? (c.kind === 'number' ? ['[data-slider="workload.tokens"]'] : []))).toEqual([])

      await c.check?.(page)

      // (a) It still computes.
      await stillWorks(page, c.r1 ?? 192)

      // (c) Nothing lost: the saved list, and what storage holds.
      const listed = c.listed ?? (stored === null ? [] : SEED_NAMES)
      if (listed.length > 0) await expect(savedNames(page)).toContainText([...listed])
      else await expect(savedNames(page)).toHaveCount(0)
      const seedsListed = SEED_NAMES.filter((n) => listed.includes(n))
      if (c.stores) await c.stores(page)
      else if (seedsListed.length > 0) expect(await storedNames(page)).toEqual(expect.arrayContaining(seedsListed))

      if (c.expectNotice === null) await expect(allNotices(page)).toHaveCount(0)
      expect(strayImages, 'an <img src=x> was created').toEqual([])
    })
  }

  test('the table covers at least 36 cases of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(36)
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length)
    for (const kind of ['link', 'storage', 'file', 'number', 'name', 'fault'] as const) {
      expect(cases.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(3)
    }
  })
})

test.describe('two tabs', () => {
  async function twoTabs(page: Page, other: Page): Promise<void> {
    await seed(page, { [KEY]: SEEDED })
    await page.goto('/')
    await ready(page)
    await expect(savedNames(page)).toHaveText(SEED_NAMES)
    await other.goto('/')
    await ready(other)
    await expect(savedNames(other)).toHaveText(SEED_NAMES)
  }

  const sorted = (names: string[]) => [...names].sort()

  test('two tabs each saving, renaming and deleting: nothing is silently overwritten', async ({ page, context }) => {
    const other = await context.newPage()
    await twoTabs(page, other)

    // One save after the other, without waiting for the first tab's write to show in the second.
    await save(page, 'From tab one')
    await save(other, 'From tab two')
    const both = [...SEED_NAMES, 'From tab one', 'From tab two']
    await expect.poll(async () => sorted(await storedNames(page))).toEqual(sorted(both))
    for (const p of [page, other]) await expect.poll(async () => sorted(await savedNames(p).allTextContents())).toEqual(sorted(both))

    // A rename in one tab and a save in the other do not undo each other.
    await other.locator('[data-scenario="seed-a"] [data-action="rename-scenario"]').click()
    await other.locator('[data-field="rename-scenario"]').fill('Renamed in tab two')
    await other.locator('[data-field="rename-scenario"]').press('Enter')
    await save(page, 'Another from tab one')
    const after = ['Renamed in tab two', SEED_NAMES[1]!, 'From tab one', 'From tab two', 'Another from tab one']
    await expect.poll(async () => sorted(await storedNames(page))).toEqual(sorted(after))
    for (const p of [page, other]) await expect.poll(async () => sorted(await savedNames(p).allTextContents())).toEqual(sorted(after))

    // A deletion reaches the other tab and is not written back by it.
    await page.locator('[data-scenario="seed-b"] [data-action="delete-scenario"]').click()
    await expect(savedNames(other).filter({ hasText: SEED_NAMES[1]! })).toHaveCount(0)
    await save(other, 'Last from tab two')
    const last = ['Renamed in tab two', 'From tab one', 'From tab two', 'Another from tab one', 'Last from tab two']
    await expect.poll(async () => sorted(await storedNames(page))).toEqual(sorted(last))
    for (const p of [page, other]) await expect.poll(async () => sorted(await savedNames(p).allTextContents())).toEqual(sorted(last))
    await other.close()
  })

  // Two writes in the same instant (each tab writing before it has heard of the other's): deletions are
  // recorded in storage, so "missing from the other tab's list" is not read as "deleted there".
  test('two tabs saving in the same instant both keep their scenario', async ({ page, context }) => {
    const other = await context.newPage()
    await twoTabs(page, other)
    await Promise.all([save(page, 'From tab one'), save(other, 'From tab two')])
    const both = [...SEED_NAMES, 'From tab one', 'From tab two']
    await expect.poll(async () => sorted(await storedNames(page))).toEqual(sorted(both))
    for (const p of [page, other]) await expect.poll(async () => sorted(await savedNames(p).allTextContents())).toEqual(sorted(both))
    await other.close()
  })
})
