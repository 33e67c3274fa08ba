#!/usr/bin/env node
// Production build: one prerendered page per language (`index.html` in English, `fr/index.html` in
// French), so that the first paint shows the whole page in the visitor's language before any script runs.
//
// 1. The client build (Vite): the islands' code, the app that mounts them, one stylesheet.
// 2. The script that runs before the first paint (src/prepaint.ts), built on its own and inlined into each
//    page's head, its hash added to the Content-Security-Policy: it needs no request.
// 3. A server build of the page, rendered once per language and written into the pages, with the stylesheet
//    inlined. The app's own <script> and preload tags are taken out: the inline script loads the app once
//    the page has painted, and fetches the chunks the app needs at start alongside it.
//
// Usage: node scripts/build.mjs [--outDir dist] [--quiet]
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const args = process.argv.slice(2)
const outDirArg = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : undefined
const outDir = resolve(outDirArg ?? 'dist')
const logLevel = args.includes('--quiet') ? 'warn' : 'info'
const LOCALES = ['en', 'fr']
/** Islands built only when they come near the viewport (src/islands/registry.ts): not fetched at start. */
const NOT_AT_START = ['src/components/sources/TheSourcesTable.vue']
/** Read only when storage holds saved scenarios: the inline script fetches it then (`data-preload-saved`). */
const WHEN_SAVED = 'src/state/storageRead.ts'

await build({ logLevel, build: { outDir, emptyOutDir: true } })
const manifestPath = join(outDir, '.vite', 'manifest.json')
const manifest = JSON.parse(await readFile(manifestPath, 'utf8'))
await rm(join(outDir, '.vite'), { recursive: true, force: true })

const prepaint = await buildPrepaint()
const template = await readFile(join(outDir, 'index.html'), 'utf8')
// The client's stylesheet holds the islands' styles only: the page's prose is never in the client's code.
await rm(join(outDir, stylesheetPath(template)))

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
  const css = await pageStylesheet(ssrDir)
  const { render } = await import(pathToFileURL(join(ssrDir, 'entry-server.mjs')).href)
  for (const locale of LOCALES) {
    const page = await render(locale)
    // Vue logs render errors and returns what it could: a page without its content is a failed build.
    if (!page.html.includes('data-claim') || !page.html.includes('data-island')) {
      throw new Error(`prerendering the ${locale} page gave no claim cards or islands: see the error above`)
    }
    const file = join(outDir, locale === 'en' ? '' : locale, 'index.html')
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(file, pageHtml(locale, page, css))
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
    },
  })].flat()
  const chunk = result.output.find((o) => o.type === 'chunk')
  if (!chunk) throw new Error('the prepaint build gave no code')
  const code = chunk.code.trim()
  if (code.includes('</script')) throw new Error('the prepaint code cannot be inlined: it holds </script')
  return code
}

/** The stylesheet the client build links (a path under the build directory). */
function stylesheetPath(html) {
  const match = html.match(/<link rel="stylesheet" crossorigin href="\/(assets\/[^"]+\.css)">/)
  if (!match) throw new Error('the client build links no stylesheet')
  return match[1]
}

/** The server build's one stylesheet, to inline into every page. */
async function pageStylesheet(dir) {
  const files = (await readdir(join(dir, 'assets'))).filter((f) => f.endsWith('.css'))
  if (files.length !== 1) throw new Error(`the server build gave ${files.length} stylesheets, not one`)
  return (await readFile(join(dir, 'assets', files[0]), 'utf8')).replaceAll('</style', '<\\/style')
}

/**
 * The app's entry and every chunk it needs at start (its own, the page's messages, the islands' code),
 * and the chunks it needs besides when storage holds saved scenarios.
 */
function startChunks(locale) {
  const entry = Object.values(manifest).find((c) => c.isEntry)
  if (!entry) throw new Error('the client build has no entry')
  const closure = (keys, files = new Set()) => {
    const add = (key) => {
      const chunk = manifest[key]
      if (!chunk || files.has(chunk.file)) return
      files.add(chunk.file)
      for (const k of chunk.imports ?? []) add(k)
    }
    for (const k of keys) add(k)
    return files
  }
  const otherMessages = LOCALES.filter((l) => l !== locale).map((l) => `src/i18n/${l}.ts`)
  const atStart = (entry.dynamicImports ?? [])
    .filter((k) => !otherMessages.includes(k) && !NOT_AT_START.includes(k) && k !== WHEN_SAVED && !k.endsWith('ThePage.vue'))
  const start = closure([...(entry.imports ?? []), ...atStart])
  start.delete(entry.file)
  const saved = [...closure([WHEN_SAVED])].filter((f) => !start.has(f))
  if (saved.length === 0) throw new Error(`the client build has no chunk for ${WHEN_SAVED}`)
  const base = '/'
  return { boot: base + entry.file, preload: [...start].map((f) => base + f), preloadSaved: saved.map((f) => base + f) }
}

function escapeAttr(s) {
  return s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;')
}

/** One language's page: the template with its language, title, CSP, inline script and style, and body. */
function pageHtml(locale, page, css) {
  const hash = createHash('sha256').update(prepaint).digest('base64')
  const { boot, preload, preloadSaved } = startChunks(locale)
  const replaced = (html, pattern, by, what) => {
    if (!pattern.test(html)) throw new Error(`index.html has no ${what}`)
    return html.replace(pattern, by)
  }
  let html = template
  html = replaced(html, /<html lang="en">/, `<html lang="${locale}">`, '<html lang="en">')
  html = replaced(html, /<title>[^<]*<\/title>/, () => `<title>${escapeAttr(page.title)}</title>`, '<title>')
  html = replaced(html, /<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${escapeAttr(page.description)}"`, 'description')
  html = replaced(html, /script-src 'self'/, `script-src 'self' 'sha256-${hash}'`, "script-src 'self' in its CSP")
  // The app's own tags: the inline script loads the app instead, once the page has painted.
  html = html.replace(/\s*<script type="module" crossorigin src="[^"]+"><\/script>/g, '')
  html = html.replace(/\s*<link rel="modulepreload" crossorigin href="[^"]+">/g, '')
  html = replaced(html, /<!--prepaint-->/,
    () => `<script data-boot="${boot}" data-preload="${preload.join(' ')}" data-preload-saved="${preloadSaved.join(' ')}">${prepaint}</script>`,
    'a <!--prepaint--> marker')
  html = replaced(html, /<link rel="stylesheet" crossorigin href="[^"]+\.css">/, () => `<style>${css}</style>`, 'stylesheet link')
  html = replaced(html, /<div id="app"><\/div>/, () => `<div id="app">${page.html}</div>`, '<div id="app"></div>')
  return html
}
