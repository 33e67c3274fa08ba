#!/usr/bin/env node
// Production build: one prerendered page per language (`index.html` in English, `fr/index.html` in
// French), so that the first paint shows the whole page in the visitor's language before any script runs.
//
// 1. The client build (Vite): one entry per language (src/entries/), the app and its islands.
// 2. The script that runs before the first paint (src/prepaint.ts), built on its own and inlined into each
//    page's head, its hash added to the Content-Security-Policy: it needs no request.
// 3. A server build of the page, rendered once per language and written into index.html's template, with
//    the server build's stylesheet (it has every component's styles) inlined, but for the styles of what
//    the page does not hold (the islands rendered in the browser): those go into a stylesheet of their own,
//    which the inline script loads with the page's entry. The first round trip of a slow connection
//    carries some 14 KB: a page whose HTML passes that paints a round trip later. The template's
//    development <script> is taken out: the inline script loads the page's entry once the page has painted.
//
// Usage: node scripts/build.mjs [--outDir dist] [--quiet] [--hidden-sourcemaps]
// (--hidden-sourcemaps writes each chunk's .map beside it, unreferenced: the JS is the same, byte for byte)
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import postcss from 'postcss'
import { build } from 'vite'

const args = process.argv.slice(2)
const outDirArg = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : undefined
const outDir = resolve(outDirArg ?? 'dist')
const logLevel = args.includes('--quiet') ? 'warn' : 'info'
const sourcemap = args.includes('--hidden-sourcemaps') ? 'hidden' : false
const LOCALES = ['en', 'fr']
/** index.html's script for development (vite.config.ts swaps in the page's language). */
const DEV_SCRIPT = /\s*<script type="module" src="\/src\/entries\/en\.ts"><\/script>/

await build({ logLevel, build: { outDir, emptyOutDir: true, sourcemap } })
const manifestPath = join(outDir, '.vite', 'manifest.json')
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
await rm(join(outDir, '.vite'), { recursive: true, force: true })

const prepaint = await buildPrepaint()
const template = await readFile('index.html', 'utf8')
// The client's stylesheet holds the islands' styles only (the page's prose is never in the client's code):
// the server build's is the one.
for (const chunk of Object.values(manifest)) for (const css of chunk.css ?? []) await rm(join(outDir, css), { force: true })

const ssrDir = await mkdtemp(join(tmpdir(), 'cost-gap-ssr-'))
try {
  await build({
    logLevel: 'warn',
    build: {
      ssr: 'src/entry-server.ts',
      outDir: ssrDir,
      emptyOutDir: true,
      manifest: false,
      // The server build renders every component, prose and islands: its stylesheet is the page's.
      ssrEmitAssets: true,
      rollupOptions: { output: { format: 'esm', entryFileNames: 'entry-server.mjs' } },
    },
    ssr: { noExternal: true },
  })
  const { render } = await import(pathToFileURL(join(ssrDir, 'entry-server.mjs')).href)
  const pages = new Map()
  for (const locale of LOCALES) {
    const page = await render(locale)
    // Vue logs render errors and returns what it could: a page without its content is a failed build.
    if (!page.html.includes('data-claim') || !page.html.includes('data-island')) {
      throw new Error(`prerendering the ${locale} page gave no claim cards or islands: see the error above`)
    }
    pages.set(locale, page)
  }
  const { inline, later } = splitStylesheet(await pageStylesheet(ssrDir), [...pages.values()].map((p) => p.html))
  const laterFile = `assets/islands-${createHash('sha256').update(later).digest('hex').slice(0, 8)}.css`
  await writeFile(join(outDir, laterFile), later)
  for (const [locale, page] of pages) {
    const file = join(outDir, locale === 'en' ? '' : locale, 'index.html')
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(file, pageHtml(locale, page, inline, `/${laterFile}`))
    console.log(`prerendered ${(page.html.length / 1024).toFixed(1)} KB of HTML into ${file}`)
  }
} finally {
  await rm(ssrDir, { recursive: true, force: true })
}

/** The inline script's code: src/prepaint.ts as one minified IIFE. */
async function buildPrepaint() {
  const [result] = [await build({
    logLevel: 'warn',
    build: {
      write: false,
      emptyOutDir: false,
      manifest: false,
      minify: true,
      lib: { entry: 'src/prepaint.ts', formats: ['iife'], name: 'costGapPrepaint' },
      rolldownOptions: { input: 'src/prepaint.ts', output: { codeSplitting: false } },
    },
  })].flat()
  const chunk = result.output.find((o) => o.type === 'chunk')
  if (!chunk) throw new Error('the prepaint build gave no code')
  const code = chunk.code.trim()
  if (code.includes('</script')) throw new Error('the prepaint code cannot be inlined: it holds </script')
  return code
}

/** The server build's one stylesheet, to inline into every page. */
async function pageStylesheet(dir) {
  const files = (await readdir(join(dir, 'assets'))).filter((f) => f.endsWith('.css'))
  if (files.length !== 1) throw new Error(`the server build gave ${files.length} stylesheets, not one`)
  return (await readFile(join(dir, 'assets', files[0]), 'utf8')).replaceAll('</style', '<\\/style')
}

/**
 * Splits the page's stylesheet in two: what the prerendered pages need (every rule but those scoped to
 * components none of them holds), to inline; and the rest, for the islands rendered in the browser. A
 * scoped rule names its component by its `data-v-<hash>` attribute, which the HTML of a component
 * rendered on the server carries; a rule naming several keeps its place if any of them is in a page.
 */
function splitStylesheet(css, htmls) {
  const held = new Set(htmls.flatMap((html) => html.match(/data-v-[0-9a-f]{8}/g) ?? []))
  const root = postcss.parse(css)
  const later = postcss.root()
  root.walkRules((rule) => {
    const scopes = rule.selector.match(/data-v-[0-9a-f]{8}/g)
    if (!scopes || scopes.some((s) => held.has(s))) return
    // Inside @media and the like, the rule goes with a copy of its at-rules.
    let target = later
    const wrappers = []
    for (let p = rule.parent; p && p.type === 'atrule'; p = p.parent) wrappers.unshift(p)
    for (const w of wrappers) {
      const copy = w.clone({ nodes: [] })
      target.append(copy)
      target = copy
    }
    rule.remove()
    target.append(rule)
  })
  root.walkAtRules((at) => {
    if (at.nodes && at.nodes.length === 0) at.remove()
  })
  const inline = root.toString()
  const rest = later.toString()
  if (!rest || !inline) throw new Error('splitting the page stylesheet gave an empty part: is every component scoped?')
  return { inline, later: rest }
}

/**
 * The page's entry with every chunk it imports (the app with every island loaded at start, the framework:
 * see `codeSplitting` in vite.config.ts), all fetched at once rather than one import after another. What
 * reads stored scenarios is not among them: the page goes live without it (only the saved list waits for
 * it), and the session loads it as it starts when there are some.
 */
function bootChunks(locale) {
  const closure = (key, files = []) => {
    const chunk = manifest[key]
    if (!chunk) throw new Error(`the client build has no chunk for ${key}`)
    if (files.includes(chunk.file)) return files
    files.push(chunk.file)
    for (const k of chunk.imports ?? []) closure(k, files)
    return files
  }
  if (!manifest[`src/entries/${locale}.ts`]?.isEntry) throw new Error(`the client build has no entry for ${locale}`)
  const base = '/'
  const boot = closure(`src/entries/${locale}.ts`)
  return { boot: boot.map((f) => base + f).join(' ') }
}

function escapeAttr(s) {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
}

/** One language's page: the template with its language, title, CSP, inline script and style, and body. */
function pageHtml(locale, page, css, laterCss) {
  const hash = createHash('sha256').update(prepaint).digest('base64')
  const { boot } = bootChunks(locale)
  const replaced = (html, pattern, by, what) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${what}`)
    return html.replace(pattern, by)
  }
  let html = template
  html = replaced(html, /<html lang="en">/, `<html lang="${locale}">`, '<html lang="en">')
  html = replaced(html, /<title>[^<]*<\/title>/, () => `<title>${escapeAttr(page.title)}</title>`, '<title>')
  html = replaced(html, /<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${escapeAttr(page.description)}"`, 'description')
  html = replaced(html, /script-src 'self'/, `script-src 'self' 'sha256-${hash}'`, "script-src 'self' in its CSP")
  // The inline script loads the page's entry instead of the development script, once the page has painted.
  html = replaced(html, DEV_SCRIPT, '', 'its development <script>')
  html = replaced(html, /<!--prepaint-->/,
    () => `<script data-boot="${boot}" data-styles="${laterCss}">${prepaint}</script>`, 'a <!--prepaint--> marker')
  html = replaced(html, /<\/head>/, () => `<style>${css}</style>\n  </head>`, '</head>')
  html = replaced(html, /<div id="app"><\/div>/, () => `<div id="app">${page.html}</div>`, '<div id="app"></div>')
  return html
}
