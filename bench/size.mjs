#!/usr/bin/env node
// Initial JS and CSS of a build, gzipped as a static host would (zlib level 9), against the budget.
//
//   node bench/size.mjs [--dir dist] [--budget-kb 110] [--modules] [--json]
//
// "Initial" means what the browser fetches because of index.html itself, before any lazy import():
// every <script src> (not nomodule), <link rel="modulepreload">, <link rel="stylesheet">,
// <link rel="preload" as="script|style">, and the static `import ... from` of those JS files, followed
// transitively (Vite normally lists them as modulepreload links already; following them is a safety net).
// The entry script may be a small loader that imports the app once the prerendered page has painted: what
// the entry itself imports with import() is initial too (with its static imports), since the page is not
// live without it. Likewise an inline script's `data-boot` (the app it loads) and `data-preload` (the
// chunks it fetches beside it) are initial, with their static imports; `data-saved-reader`, which it
// fetches when storage holds saved scenarios, is counted for that start. Chunks reached only through import() from other chunks (sections, Chart.js) are listed
// as lazy and do not count against the budget.
// KB here means 1,000 bytes, as Vite prints them. Exits 1 when the initial JS is over budget.
//
// --modules attributes each initial JS file's bytes to the packages and source folders it came from,
// using the .map files next to the chunks (build with `vite build --sourcemap hidden` to get them).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The budget: initial JS at most 110 KB gzip (run.mjs's BUDGETS holds the same figure). */
export const JS_BUDGET_BYTES = 110_000

/**
 * Attributes of every <script> and <link> tag in an HTML text.
 * @param {string} html
 * @returns {{ tag: string, attrs: Record<string, string> }[]}
 */
export function tagsOf(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  const tags = []
  for (const m of withoutComments.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const attrs = {}
    for (const a of m[2].matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
      attrs[a[1].toLowerCase()] = a[2] ?? a[3] ?? a[4] ?? ''
    }
    tags.push({ tag: m[1].toLowerCase(), attrs })
  }
  return tags
}

/**
 * The JS and CSS URLs that index.html makes the browser fetch at load.
 * @param {string} html
 * @returns {{ js: { url: string, via: string }[], css: { url: string, via: string }[] }}
 */
export function initialUrlsOf(html) {
  const js = []
  const css = []
  for (const { tag, attrs } of tagsOf(html)) {
    // The inline script that runs before the first paint names the app it loads once the page has painted
    // (`data-boot`) and the chunks fetched beside it (`data-preload`): the page is not live without them.
    if (tag === 'script' && attrs['data-boot'] !== undefined) {
      for (const url of attrs['data-boot'].split(/\s+/).filter(Boolean)) js.push({ url, via: 'data-boot of the inline script (the app)' })
      // The styles it loads with the app (those of the islands the page does not hold).
      for (const url of (attrs['data-styles'] ?? '').split(/\s+/).filter(Boolean)) css.push({ url, via: 'data-styles of the inline script (islands)' })
      for (const url of (attrs['data-preload'] ?? '').split(/\s+/).filter(Boolean)) js.push({ url, via: 'data-preload of the inline script' })
      for (const url of (attrs['data-saved-reader'] ?? '').split(/\s+/).filter(Boolean)) {
        js.push({ url, via: 'data-saved-reader (only with saved scenarios)', whenSaved: true })
      }
      continue
    }
    if (tag === 'script' && attrs.src !== undefined && !('nomodule' in attrs)) {
      js.push({ url: attrs.src, via: attrs.type === 'module' ? 'entry <script type=module>' : '<script src>' })
      continue
    }
    if (tag !== 'link' || attrs.href === undefined) continue
    const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/)
    if (rel.includes('modulepreload')) js.push({ url: attrs.href, via: '<link rel=modulepreload>' })
    else if (rel.includes('stylesheet')) css.push({ url: attrs.href, via: '<link rel=stylesheet>' })
    else if (rel.includes('preload') && attrs.as === 'script') js.push({ url: attrs.href, via: '<link rel=preload as=script>' })
    else if (rel.includes('preload') && attrs.as === 'style') css.push({ url: attrs.href, via: '<link rel=preload as=style>' })
  }
  return { js, css }
}

/**
 * The specifiers of the static imports at the top of a bundled ES module (`import{a}from"./x.js";`,
 * `import"./y.js";`). Dynamic `import()` is not matched: those chunks are lazy.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImportsOf(code) {
  const found = []
  const re = /^\s*(?:\/\*[\s\S]*?\*\/\s*|\/\/[^\n]*\n\s*)*import\s*(?:[^'"`()]*?\bfrom\s*)?(["'])([^"']+)\1\s*;?/
  // Vite puts the table of a chunk's lazy dependencies first, on a line of its own, before the imports.
  let rest = code.replace(/^const __vite__mapDeps=[^\n]*\n/, '')
  for (let m = re.exec(rest); m; m = re.exec(rest)) {
    found.push(m[2])
    rest = rest.slice(m[0].length)
  }
  return found
}

/**
 * The specifiers of the dynamic imports with a literal path in a bundled ES module (`import("./x.js")`).
 * @param {string} code
 * @returns {string[]}
 */
export function dynamicImportsOf(code) {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2])
}

/**
 * Maps a URL from index.html to a file of the build directory; null for other origins.
 * @param {string} dir
 * @param {string} url
 * @param {string} fromFile the file the URL appears in (index.html or a chunk)
 */
function fileOf(dir, url, fromFile) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null
  const path = url.split(/[?#]/)[0]
  const file = path.startsWith('/') ? join(dir, path) : resolve(fromFile, '..', path)
  return file.startsWith(resolve(dir) + sep) ? file : null
}

/**
 * Raw and gzip (level 9) size of a file.
 * @param {string} file
 */
function sizesOf(file) {
  const bytes = readFileSync(file)
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

/**
 * Every JS file the initial ones import statically, transitively, each once.
 * @param {string} dir
 * @param {{ file: string, via: string }[]} start
 */
function closeOverStaticImports(dir, start) {
  const seen = new Map(start.map((x) => [x.file, x]))
  const queue = [...start]
  while (queue.length > 0) {
    const { file } = queue.shift()
    for (const spec of staticImportsOf(readFileSync(file, 'utf8'))) {
      const dep = fileOf(dir, spec, file)
      if (dep && !seen.has(dep) && existsSync(dep)) {
        const entry = { file: dep, via: `static import from ${relative(dir, file)}` }
        seen.set(dep, entry)
        queue.push(entry)
      }
    }
  }
  return [...seen.values()]
}

/** All files under a directory, recursively. @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? filesUnder(p) : [p]
  })
}

/**
 * Measures the initial JS and CSS of a build.
 * @param {string} dir the build directory, holding index.html
 * @param {{ budgetBytes?: number, modules?: boolean }} [options]
 */
export function measureInitialAssets(dir, { budgetBytes = JS_BUDGET_BYTES, modules = false } = {}) {
  dir = resolve(dir)
  const indexFile = join(dir, 'index.html')
  if (!existsSync(indexFile)) throw new Error(`No index.html in ${dir}: build first (npm run build).`)
  const html = readFileSync(indexFile, 'utf8')
  const urls = initialUrlsOf(html)

  const missing = []
  const resolveAll = (list) => list.flatMap(({ url, via, whenSaved }) => {
    const file = fileOf(dir, url, indexFile)
    if (!file || !existsSync(file)) {
      missing.push(url)
      return []
    }
    return [{ file, via, whenSaved }]
  })
  const dedupe = (list) => [...new Map(list.map((x) => [x.file, x])).values()]

  const describe = ({ file, via, whenSaved }) => ({ file: relative(dir, file), via, ...(whenSaved ? { whenSaved } : {}), ...sizesOf(file) })
  const all = dedupe(resolveAll(urls.js))
  // What a first visit fetches; a visitor with saved scenarios also fetches what reads them.
  const entries = all.filter((x) => !x.whenSaved)
  const loaded = entries
    .filter(({ via }) => via.startsWith('entry'))
    .flatMap(({ file }) => dynamicImportsOf(readFileSync(file, 'utf8'))
      .map((spec) => fileOf(dir, spec, file))
      .filter((dep) => dep !== null && existsSync(dep))
      .map((dep) => ({ file: dep, via: `import() from the entry ${relative(dir, file)}` })))
  const js = closeOverStaticImports(dir, dedupe([...entries, ...loaded])).map(describe)
  const firstVisit = new Set(js.map((x) => x.file))
  const whenSaved = closeOverStaticImports(dir, all.filter((x) => x.whenSaved))
    .map((x) => ({ ...x, whenSaved: true }))
    .map(describe)
    .filter((x) => !firstVisit.has(x.file))
  const css = dedupe(resolveAll(urls.css)).map(describe)
  const initial = new Set([...js, ...whenSaved, ...css].map((x) => x.file))
  const lazy = filesUnder(dir)
    .filter((f) => /\.(m?js|css)$/.test(f) && !initial.has(relative(dir, f)))
    .map((file) => ({ file: relative(dir, file), ...sizesOf(file) }))
    .sort((a, b) => b.gzip - a.gzip)

  const sum = (list, key) => list.reduce((n, x) => n + x[key], 0)
  const totals = {
    jsRaw: sum(js, 'raw'), jsGzip: sum(js, 'gzip'),
    /** With saved scenarios in storage: a returning visitor's start. */
    jsGzipWithSaved: sum(js, 'gzip') + sum(whenSaved, 'gzip'),
    cssRaw: sum(css, 'raw'), cssGzip: sum(css, 'gzip'),
    html: sizesOf(indexFile),
  }
  return {
    dir,
    js, whenSaved, css, lazy, missing, totals,
    budget: { jsGzipBytes: budgetBytes },
    pass: totals.jsGzip <= budgetBytes && totals.jsGzipWithSaved <= budgetBytes && missing.length === 0,
    modules: modules ? js.map((x) => ({ file: x.file, parts: modulesOf(join(dir, x.file)) })) : undefined,
  }
}

// ---- where the bytes come from (source maps) ---------------------------------------------------

/** Vite's JSON plugin emits no mappings, so imported JSON (seeds/, i18n messages) lands here. */
const UNMAPPED = '(no map: JSON imports, glue)'

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * Decodes one source-map segment (base64 VLQ) into its numbers.
 * @param {string} s
 * @returns {number[]}
 */
function decodeVlq(s) {
  const out = []
  let value = 0
  let shift = 0
  for (const ch of s) {
    const digit = B64.indexOf(ch)
    value += (digit & 31) << shift
    if (digit & 32) {
      shift += 5
      continue
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1)
    value = 0
    shift = 0
  }
  return out
}

/**
 * Groups a source path: a package of node_modules, or the app's own folder (src/components, seeds...).
 * @param {string} source
 */
export function groupOf(source) {
  const nm = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
  if (nm) return nm[nm.length - 1].replace('node_modules/', '')
  const app = source.match(/(?:^|\/)(src\/[^/]+|seeds|index\.html)(?:\/|$)/)
  if (app) return app[1].replace(/\.(ts|vue|js)$/, '')
  return source.replace(/^(\.\.\/)+/, '')
}

/**
 * Bytes of a bundled file by package or app folder, read from its .map file.
 * @param {string} file
 * @returns {{ group: string, bytes: number, share: number }[] | null} null without a map
 */
export function modulesOf(file) {
  const mapFile = `${file}.map`
  if (!existsSync(mapFile)) return null
  const map = JSON.parse(readFileSync(mapFile, 'utf8'))
  const lines = readFileSync(file, 'utf8').split('\n')
  const bytes = new Map()
  const add = (group, n) => bytes.set(group, (bytes.get(group) ?? 0) + n)
  let source = 0
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? ''
    let col = 0
    let lastCol = 0
    let lastGroup = UNMAPPED
    for (const seg of lineMappings.split(',').filter(Boolean)) {
      const [dCol, dSource] = decodeVlq(seg)
      col += dCol
      add(lastGroup, Buffer.byteLength(line.slice(lastCol, col)))
      lastCol = col
      if (dSource !== undefined) {
        source += dSource
        lastGroup = groupOf(map.sources[source] ?? '?')
      } else {
        lastGroup = UNMAPPED
      }
    }
    add(lastGroup, Buffer.byteLength(line.slice(lastCol)) + 1)
  })
  const total = [...bytes.values()].reduce((a, b) => a + b, 0)
  return [...bytes.entries()]
    .map(([group, n]) => ({ group, bytes: n, share: n / total }))
    .sort((a, b) => b.bytes - a.bytes)
}

// ---- command line ---------------------------------------------------------------------------------

/** @param {number} n bytes */
export const kb = (n) => `${(n / 1000).toFixed(1)} KB`

/** Prints a measurement as a small table. @param {ReturnType<typeof measureInitialAssets>} r */
export function printSizes(r) {
  const row = (x) => `  ${x.file.padEnd(44)} ${kb(x.raw).padStart(10)} ${kb(x.gzip).padStart(10)}  ${x.via ?? ''}`
  console.log(`Initial assets of ${r.dir} (gzip level 9)`)
  console.log(`  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`)
  for (const x of [...r.js, ...r.whenSaved, ...r.css]) console.log(row(x))
  const verdict = (n) => (n <= r.budget.jsGzipBytes ? 'ok' : 'OVER BUDGET')
  console.log(`  initial JS  ${kb(r.totals.jsGzip)} gzip (budget ${kb(r.budget.jsGzipBytes)}): ${verdict(r.totals.jsGzip)}`)
  if (r.whenSaved.length > 0) {
    console.log(`  initial JS with saved scenarios ${kb(r.totals.jsGzipWithSaved)} gzip (same budget): ${verdict(r.totals.jsGzipWithSaved)}`)
  }
  console.log(`  initial CSS ${kb(r.totals.cssGzip)} gzip; index.html ${kb(r.totals.html.gzip)} gzip`)
  if (r.lazy.length > 0) {
    console.log('Lazy chunks (loaded by import(), not counted):')
    for (const x of r.lazy) console.log(row(x))
  }
  for (const url of r.missing) console.log(`  MISSING: index.html refers to ${url}, not found in the build`)
  for (const m of r.modules ?? []) {
    if (!m.parts) {
      console.log(`No source map for ${m.file}: build with --sourcemap hidden to see what is inside.`)
      continue
    }
    console.log(`Inside ${m.file} (minified bytes by origin, from its source map):`)
    for (const p of m.parts.filter((x) => x.share >= 0.005)) {
      console.log(`  ${p.group.padEnd(36)} ${kb(p.bytes).padStart(10)} ${(p.share * 100).toFixed(1).padStart(5)} %`)
    }
  }
}

/** @param {string[]} argv */
function parseArgs(argv) {
  const opt = { dir: 'dist', budgetBytes: JS_BUDGET_BYTES, modules: false, json: false }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--dir') opt.dir = argv[++i]
    else if (a === '--budget-kb') opt.budgetBytes = Number(argv[++i]) * 1000
    else if (a === '--modules') opt.modules = true
    else if (a === '--json') opt.json = true
    else throw new Error(`Unknown option ${a}. Usage: node bench/size.mjs [--dir dist] [--budget-kb 110] [--modules] [--json]`)
  }
  return opt
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const opt = parseArgs(process.argv.slice(2))
    const r = measureInitialAssets(opt.dir, opt)
    if (opt.json) console.log(JSON.stringify(r, null, 2))
    else printSizes(r)
    process.exit(r.pass ? 0 : 1)
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    process.exit(2)
  }
}
