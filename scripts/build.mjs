#!/usr/bin/env node
// Production build: the client bundle, then a server build of the same app rendered once to HTML and
// written into index.html, so the first paint shows real content before any script runs.
// Usage: node scripts/build.mjs [--outDir dist]
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

const args = process.argv.slice(2)
const outDirArg = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1] : undefined
const outDir = resolve(outDirArg ?? 'dist')
const logLevel = args.includes('--quiet') ? 'warn' : 'info'

await build({ logLevel, build: { outDir, emptyOutDir: true } })

const ssrDir = await mkdtemp(join(tmpdir(), 'cost-gap-ssr-'))
try {
  await build({
    logLevel: 'warn',
    build: { ssr: 'src/entry-server.ts', outDir: ssrDir, emptyOutDir: true, rollupOptions: { output: { format: 'esm', entryFileNames: 'entry-server.mjs' } } },
    ssr: { noExternal: true },
  })
  const { render } = await import(pathToFileURL(join(ssrDir, 'entry-server.mjs')).href)
  const html = await render()
  // Vue logs render errors and returns what it could: a page without its content is a failed build.
  if (!html.includes('data-claim')) throw new Error('prerendering gave no claim cards: see the error above')
  const indexPath = join(outDir, 'index.html')
  const index = await readFile(indexPath, 'utf8')
  const marker = '<div id="app"></div>'
  if (!index.includes(marker)) throw new Error(`index.html has no ${marker} to fill`)
  await writeFile(indexPath, await inlineStylesheet(index.replace(marker, `<div id="app">${html}</div>`)))
  console.log(`prerendered ${(html.length / 1024).toFixed(1)} KB of HTML into ${indexPath}`)
} finally {
  await rm(ssrDir, { recursive: true, force: true })
}

/** Replaces the page's one stylesheet link by the stylesheet itself (a few KB): no render-blocking request. */
async function inlineStylesheet(page) {
  const link = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)">/
  const match = page.match(link)
  if (!match) return page
  const css = await readFile(join(outDir, match[1]), 'utf8')
  return page.replace(link, () => `<style>${css.replaceAll('</style', '<\\/style')}</style>`)
}
