#!/usr/bin/env node
// A small static server for a build, behaving like a plain static host: gzip when the client accepts it
// (zlib level 9, compressed once per file and kept in memory), correct MIME types, long-lived caching for
// hashed assets and revalidation for everything else, ETag / 304, and the SPA fallback to index.html for
// paths without a file extension. Listens on 127.0.0.1 only.
//
// Under /__plain/ it serves bench/plain/ instead: a plain static page that the benchmark measures beside
// the app, on the same server, gzip and connection setup, as the baseline of what a page can do.
//
//   node bench/serve.mjs [--dir dist-bench] [--port 4401]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** Types worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.webmanifest', '.svg', '.txt', '.xml'])

/** Vite's hashed assets (`assets/index-Bb0EdwPo.css`) never change content: cache them for a year. */
const HASHED = /[\\/]assets[\\/].+-[A-Za-z0-9_-]{8}\.(?:js|css|svg|png|jpg|webp|avif|woff2)$/

/** Where the plain page is served, and where its files are. */
export const PLAIN_PREFIX = '/__plain/'
export const PLAIN_DIR = fileURLToPath(new URL('./plain/', import.meta.url))

/**
 * The file a request path maps to: the file itself, a directory's index.html, or index.html for a
 * client-side route (no extension). null when nothing fits (404) or the path leaves the directory.
 * @param {string} root absolute build directory
 * @param {string} urlPath
 */
export function fileFor(root, urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0])
  } catch {
    return null
  }
  const file = resolve(root, `.${path}`)
  if (file !== root && !file.startsWith(root + sep)) return null
  if (existsSync(file) && statSync(file).isFile()) return file
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html')
  return extname(path) === '' ? join(root, 'index.html') : null
}

/**
 * The file of the plain page a request path maps to (`/__plain` and `/__plain/` are its index.html),
 * null for a path outside /__plain/ or a file it does not have. No SPA fallback: it is a static page.
 * @param {string} plainRoot absolute directory of the plain page
 * @param {string} urlPath
 */
export function plainFileFor(plainRoot, urlPath) {
  let path
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0])
  } catch {
    return null
  }
  if (path === PLAIN_PREFIX.slice(0, -1)) path = PLAIN_PREFIX
  if (!path.startsWith(PLAIN_PREFIX)) return null
  const file = resolve(plainRoot, `.${path.slice(PLAIN_PREFIX.length - 1)}`)
  if (file !== plainRoot && !file.startsWith(plainRoot + sep)) return null
  if (existsSync(file) && statSync(file).isFile()) return file
  return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : null
}

/**
 * Whether an Accept-Encoding header takes gzip (`gzip`, `gzip;q=0.8`, `*`; not `gzip;q=0`).
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((x) => x.trim())
    const q = params.find((x) => x.startsWith('q='))
    return (name === 'gzip' || name === '*') && (q === undefined || Number(q.slice(2)) > 0)
  })
}

/**
 * Starts the server.
 * @param {{ dir: string, plainDir?: string, port?: number, host?: string, log?: boolean }} options port 0 picks a free one
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startServer({ dir, plainDir = PLAIN_DIR, port = 4401, host = '127.0.0.1', log = false }) {
  const root = resolve(dir)
  const plainRoot = resolve(plainDir)
  if (!existsSync(join(root, 'index.html'))) throw new Error(`No index.html in ${root}: build first.`)
  /** gzip bodies by file, invalidated when the file changes */
  const gzipCache = new Map()

  const server = createServer((req, res) => {
    const method = req.method ?? 'GET'
    if (method !== 'GET' && method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const url = req.url ?? '/'
    const file = url.startsWith(PLAIN_PREFIX.slice(0, -1)) ? plainFileFor(plainRoot, url) : fileFor(root, url)
    if (log) console.log(`${method} ${url} -> ${file ?? 404}`)
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n')
      return
    }
    const stat = statSync(file)
    const ext = extname(file)
    const etag = `"${stat.size.toString(16)}-${stat.mtimeMs.toString(16)}"`
    const headers = {
      'Content-Type': MIME[ext] ?? 'application/octet-stream',
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Last-Modified': stat.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
      ETag: etag,
    }
    if (COMPRESSIBLE.has(ext)) headers.Vary = 'Accept-Encoding'
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end()
      return
    }
    if (COMPRESSIBLE.has(ext) && acceptsGzip(req.headers['accept-encoding'])) {
      let cached = gzipCache.get(file)
      if (!cached || cached.etag !== etag) {
        cached = { etag, body: gzipSync(readFileSync(file), { level: 9 }) }
        gzipCache.set(file, cached)
      }
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip', 'Content-Length': cached.body.length })
      res.end(method === 'HEAD' ? undefined : cached.body)
      return
    }
    res.writeHead(200, { ...headers, 'Content-Length': stat.size })
    if (method === 'HEAD') res.end()
    else createReadStream(file).pipe(res)
  })

  return new Promise((resolvePromise, reject) => {
    server.once('error', (e) => reject(e.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use: pass --port <another>.`) : e))
    server.listen(port, host, () => {
      const actual = server.address().port
      resolvePromise({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () => new Promise((done) => {
          server.closeAllConnections()
          server.close(() => done())
        }),
      })
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2)
  const valueOf = (name, fallback) => {
    const i = args.indexOf(name)
    return i >= 0 ? args[i + 1] : fallback
  }
  const { url } = await startServer({ dir: valueOf('--dir', 'dist-bench'), port: Number(valueOf('--port', 4401)), log: args.includes('--log') })
  console.log(`Serving on ${url} (Ctrl+C to stop)`)
}
