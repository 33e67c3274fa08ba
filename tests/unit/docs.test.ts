/**
 * The repo explains itself: no comment, test name, message or document points to a document a reader of
 * the repo does not have, and every relative link in the Markdown documents leads to a file in the repo
 * (and, for a heading, to a heading there). What those pointers used to stand for is in docs/.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const here = relative(root, fileURLToPath(import.meta.url))

/** Text files under the repo's own folders, as paths from its root. */
function filesUnder(dir: string): string[] {
  const full = join(root, dir)
  if (!existsSync(full)) return []
  if (statSync(full).isFile()) return [dir]
  return readdirSync(full, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return filesUnder(path)
    return /\.(ts|mts|mjs|js|vue|json|md|css|html)$/.test(e.name) ? [path] : []
  })
}

/**
 * What points outside the repo: the product's spec and its sections, issue numbers, the shared folder
 * beside the repo, and the reference notes kept there.
 */
const OUTSIDE = [
  { what: 'the spec', pattern: /\bSPEC\b/ },
  { what: 'an issue', pattern: /\b[Ii]ssue #?\d/ },
  { what: 'the shared folder', pattern: /\bshared\// },
  { what: 'the fact sheet', pattern: /\bFACTS\b/ },
  { what: 'the price history notes', pattern: /PRICE-HISTORY/ },
  { what: 'the toolchain notes', pattern: /\bTOOLCHAIN\b/ },
  { what: 'the style guide', pattern: /\bSTYLE\.md\b/ },
]

const scanned = ['src', 'tests', 'bench', 'seeds', 'scripts', 'docs', 'README.md'].flatMap(filesUnder).filter((f) => f !== here)

describe('pointers outside the repo', () => {
  it('scans the repo\'s own folders', () => {
    expect(scanned).toContain('README.md')
    expect(scanned).toContain(join('docs', 'model.md'))
    expect(scanned).toContain(join('src', 'model', 'index.ts'))
    expect(scanned).toContain(join('seeds', 'sources.json'))
  })

  it('are nowhere: every comment, test name, message and document points into the repo', () => {
    const found = scanned.flatMap((file) =>
      readFileSync(join(root, file), 'utf8').split('\n').flatMap((line, i) =>
        OUTSIDE.filter((o) => o.pattern.test(line)).map((o) => `${file}:${i + 1} points to ${o.what}: ${line.trim().slice(0, 120)}`),
      ),
    )
    expect(found).toEqual([])
  })

  it('would be found: the patterns catch the forms they stand for', () => {
    for (const text of ['(SPEC section 2)', 'see issue 11', 'issue #6', '../shared/seeds/', 'FACTS.md', 'PRICE-HISTORY.md', 'TOOLCHAIN.md', 'STYLE.md']) {
      expect(OUTSIDE.some((o) => o.pattern.test(text)), text).toBe(true)
    }
    for (const text of ['ASSUMPTION_SPECS', 'hostile.spec.ts', 'the issues of a zod error', 'a shared helper']) {
      expect(OUTSIDE.some((o) => o.pattern.test(text)), text).toBe(false)
    }
  })
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-')

/** The anchors of a Markdown file's headings. */
function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '')
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)))
}

const documents = ['README.md', ...['docs', 'seeds', 'bench'].flatMap(filesUnder)].filter((f) => f.endsWith('.md'))

describe('links in the Markdown documents', () => {
  it('include README.md and every document in docs/', () => {
    expect(documents).toEqual(expect.arrayContaining(['README.md', join('docs', 'model.md'), join('docs', 'hooks.md')]))
  })

  it.each(documents)('%s: every relative link leads to a file in the repo', (doc) => {
    const text = readFileSync(join(root, doc), 'utf8').replace(/```[\s\S]*?```/g, '')
    const broken: string[] = []
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue
      const [path, anchor] = target!.split('#') as [string, string | undefined]
      const file = path === '' ? join(root, doc) : resolve(root, dirname(doc), path)
      if (relative(root, file).startsWith(`..${sep}`) || !existsSync(file)) broken.push(`${target}: no such file in the repo`)
      else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor)) broken.push(`${target}: no such heading`)
    }
    expect(broken).toEqual([])
  })

  it('README.md and seeds/README.md lead to the model and the hooks', () => {
    for (const doc of ['README.md', join('seeds', 'README.md')]) {
      const text = readFileSync(join(root, doc), 'utf8')
      expect(text, doc).toMatch(/\]\((\.\.\/)?docs\/model\.md\)/)
      expect(text, doc).toMatch(/\]\((\.\.\/)?docs\/hooks\.md\)/)
    }
  })
})
