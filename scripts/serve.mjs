// @ts-check
/**
 * Minimal static server for the production build (dist/).
 *
 * Used by `npm start` (run directly) and by the tests (`startServer`), which
 * need things a generic server lacks: serving under a sub-path base, swapping
 * the data folder, and delaying or hanging chosen requests to exercise the
 * app's loading and timeout states.
 */
import http from 'node:http'
import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { recoverFolder, recoveryNote } from './data-journal.mjs'

/**
 * @typedef {object} ServeOptions
 * @property {string} [root] folder to serve, relative to the cwd (default 'dist')
 * @property {string} [base] URL path the app lives under (default '/')
 * @property {string} [dataDir] serve `<base>data/*` from this folder instead of `<root>/data`
 * @property {string} [host] default '127.0.0.1'
 * @property {number} [port] default 0 = any free port
 * @property {Record<string, number>} [delays] path suffix -> ms to wait before answering
 * @property {string[]} [hang] path suffixes that are never answered
 * @property {boolean} [lan] listening on the LAN too: index.html names the first LAN address as the
 *   dashboard's public address (its empty dashboard-public-url), so the QR code and 复制链接 give an
 *   address a phone can open even when the page was opened on 127.0.0.1
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url full URL of base, e.g. http://127.0.0.1:43211/sub/
 * @property {number} port
 * @property {() => Promise<void>} close stops the server, dropping pending/hung requests
 * @property {string[]} requests `req.url` (path + query) of every request, in arrival order
 * @property {{ url: string, status: number, bytes: number }[]} answered every answer sent: `req.url`, its status and body bytes (0 for a 304), in the order sent
 * @property {string[]} lanUrls the base's URL at each LAN address (IPv4, not loopback) when `lan`, else none
 */

/** IPv4 addresses of this machine's network interfaces, loopback left out. */
export function lanAddresses() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((item) => item !== undefined && item.family === 'IPv4' && !item.internal)
    .map((item) => /** @type {os.NetworkInterfaceInfo} */ (item).address)
}

/** @param {string} text */
function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
}

/** @param {string} base */
function normalizeBase(base) {
  let b = base.trim()
  if (!b.startsWith('/')) b = '/' + b
  if (!b.endsWith('/')) b += '/'
  return b
}

/**
 * The validators of a file's content: an ETag from its bytes (a file replaced by the same bytes keeps its
 * tag) and Last-Modified from its time, to the second as HTTP dates go.
 * @param {Buffer} body
 * @param {Date} mtime
 */
function validators(body, mtime) {
  const hash = crypto.createHash('sha256').update(body).digest('base64url').slice(0, 27)
  return { etag: `"${body.length.toString(16)}-${hash}"`, lastModified: mtime.toUTCString() }
}

/**
 * True when the browser's copy is current (answer 304): If-None-Match names the tag (weak comparison, or
 * `*`); only without If-None-Match, If-Modified-Since is not before the file's time (RFC 9110, 13.1-13.2).
 * @param {http.IncomingHttpHeaders} headers
 * @param {{ etag: string, lastModified: string }} current
 */
function notModified(headers, current) {
  const ifNoneMatch = headers['if-none-match']
  if (ifNoneMatch !== undefined) {
    const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, '')
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(current.etag))
  }
  const since = Date.parse(headers['if-modified-since'] ?? '')
  return Number.isFinite(since) && Date.parse(current.lastModified) <= since
}

/** @param {string} file */
async function isFile(file) {
  try {
    return (await fs.stat(file)).isFile()
  } catch {
    return false
  }
}

/**
 * @param {ServeOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const root = path.resolve(options.root ?? 'dist')
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : undefined
  const base = normalizeBase(options.base ?? '/')
  const host = options.host ?? '127.0.0.1'
  const delays = Object.entries(options.delays ?? {})
  const hang = options.hang ?? []

  // An import interrupted in the data folder is brought to its end before anything is served from it.
  const recovered = recoverFolder(dataDir ?? path.join(root, 'data'))
  if (recovered) console.log(recoveryNote(dataDir ?? path.join(root, 'data'), recovered))

  if (!(await isFile(path.join(root, 'index.html')))) {
    throw new Error(
      `${path.join(root, 'index.html')} 不存在，请先运行 npm run build / missing: run npm run build first`,
    )
  }

  /** @type {string[]} */
  const requests = []
  /** @type {{ url: string, status: number, bytes: number }[]} */
  const answered = []
  /** @type {WeakMap<http.ServerResponse, number>} Body bytes of each file sent whole. */
  const bodyBytes = new WeakMap()
  /** @type {Set<ReturnType<typeof setTimeout>>} Timers of delayed answers, cleared on close so the process can exit. */
  const timers = new Set()

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  function sendText(res, status, message, headers = {}) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
    res.end(res.req.method === 'HEAD' ? undefined : message + '\n')
  }

  /**
   * Maps a URL pathname to a file, or to the error status to answer with.
   * @param {string} pathname raw (still percent-encoded) pathname
   * @returns {{ file: string } | { status: number }}
   */
  function resolveFile(pathname) {
    if (!pathname.startsWith(base)) return { status: 404 }
    let rel
    try {
      rel = decodeURIComponent(pathname.slice(base.length))
    } catch {
      return { status: 400 }
    }
    // The URL parser already resolved literal `..` segments; encoded ones
    // (`..%2f`) only appear after decoding, so check again here.
    const parts = rel.split(/[/\\]/)
    if (rel.includes('\0') || parts.includes('..')) return { status: 400 }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html'

    let dir = root
    if (dataDir && rel.startsWith('data/')) {
      dir = dataDir
      rel = rel.slice('data/'.length)
    }
    const file = path.resolve(dir, rel)
    // Belt and braces: never leave the served folder.
    if (!file.startsWith(dir + path.sep)) return { status: 400 }
    return { file }
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function answer(req, res) {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    // A request for the base without its trailing slash would break the
    // app's relative URLs (data/*.json, assets/), so redirect it.
    if (pathname + '/' === base) {
      sendText(res, 301, 'Moved', { Location: base })
      return
    }
    const target = resolveFile(pathname)
    if ('status' in target) {
      sendText(res, target.status, target.status === 404 ? 'Not found' : 'Bad request')
      return
    }
    let body
    let mtime
    try {
      const stat = await fs.stat(target.file)
      if (!stat.isFile()) throw new Error('not a file')
      body = await fs.readFile(target.file)
      mtime = stat.mtime
    } catch {
      sendText(res, 404, 'Not found')
      return
    }
    const ext = path.extname(target.file).toLowerCase()
    const current = validators(body, mtime)
    /** @type {Record<string, string | number>} */
    const headers = {
      ETag: current.etag,
      'Last-Modified': current.lastModified,
      'X-Content-Type-Options': 'nosniff',
    }
    // index.html and the data must never be stale: the browser keeps a copy but asks each time (no-cache),
    // and an unchanged file costs a 304 without its body. Hashed assets may be cached.
    // The split form's year files too (data/values/2022.json).
    if (ext === '.html' || /\/data\/([^/]+\/)?[^/]+\.json$/.test(pathname)) headers['Cache-Control'] = 'no-cache'
    if (notModified(req.headers, current)) {
      res.writeHead(304, headers)
      res.end()
      return
    }
    if (req.method !== 'HEAD') bodyBytes.set(res, body.length)
    res.writeHead(200, { ...headers, 'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'Content-Length': body.length })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /** Set once listening, when `lan`: the first LAN address, written into index.html. */
  let publicUrl = ''

  /**
   * index.html with its empty dashboard-public-url set to the LAN address (a deployment's own address,
   * if it wrote one, stays).
   * @param {http.ServerResponse} res
   * @param {string} url
   */
  async function answerWithPublicUrl(res, url) {
    const html = (await fs.readFile(path.join(root, 'index.html'), 'utf8')).replace(
      /(<meta name="dashboard-public-url"[^>]*content=)""/,
      `$1"${escapeAttribute(url)}"`,
    )
    const body = Buffer.from(html)
    res.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Content-Length': body.length, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' })
    res.end(res.req.method === 'HEAD' ? undefined : body)
  }

  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '')
    res.on('finish', () => answered.push({ url: req.url ?? '', status: res.statusCode, bytes: bodyBytes.get(res) ?? 0 }))
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' })
      return
    }
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (hang.some((suffix) => pathname.endsWith(suffix))) return // never answered
    if (publicUrl && (pathname === base || pathname === `${base}index.html`)) {
      void answerWithPublicUrl(res, publicUrl)
      return
    }
    const delay = delays.find(([suffix]) => pathname.endsWith(suffix))?.[1] ?? 0
    const run = () =>
      answer(req, res).catch((/** @type {unknown} */ err) => {
        if (!res.headersSent) sendText(res, 500, String(err))
        else res.destroy()
      })
    if (delay > 0) {
      const timer = setTimeout(() => {
        timers.delete(timer)
        void run()
      }, delay)
      timers.add(timer)
    } else {
      void run()
    }
  })

  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolve(undefined)
    })
  })

  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('server has no TCP address')
  const port = address.port
  const urlHost = host.includes(':') ? `[${host}]` : host // IPv6 literal
  const lanUrls = options.lan ? lanAddresses().map((address) => `http://${address}:${port}${base}`) : []
  publicUrl = lanUrls[0] ?? ''

  return {
    url: `http://${urlHost}:${port}${base}`,
    port,
    requests,
    answered,
    lanUrls,
    close() {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      return new Promise((resolve, reject) => {
        server.close((err) => {
          if (err) reject(err)
          else resolve()
        })
        // Hung and keep-alive connections would otherwise keep close() waiting.
        server.closeAllConnections()
      })
    },
  }
}

/** The printed name when the served data has no readable title: the product's, no town. */
const NEUTRAL_TITLE = '经济运行看板'

/**
 * The dashboard's title from the data served (`<dataDir or root>/data/meta.json`), so the printed lines
 * name the town of the data, not of the bundled example; the neutral name when it cannot be read.
 * @param {string} root
 * @param {string} [dataDir]
 * @returns {Promise<string>}
 */
export async function dashboardTitle(root, dataDir) {
  try {
    const meta = JSON.parse(await fs.readFile(path.join(dataDir ?? path.join(root, 'data'), 'meta.json'), 'utf8'))
    const title = meta && typeof meta === 'object' ? meta.title : undefined
    if (typeof title === 'string' && title.trim() !== '') return title.trim()
  } catch {
    // Absent or unreadable: the app itself reports a data problem; the banner stays neutral.
  }
  return NEUTRAL_TITLE
}

/**
 * The lines printed when the server is up.
 * @param {string} title
 * @param {string} url
 * @returns {string[]}
 */
export function startBanner(title, url) {
  return [`${title}已启动 / Dashboard running at: ${url}`, '按 Ctrl+C 停止 / Press Ctrl+C to stop']
}

/** Every address the server answers on: with `--host` and no address, all of this machine's. */
const ALL_INTERFACES = '0.0.0.0'

/**
 * The command line: `[--port N] [--base /x/] [--root dist] [--host [H]]`. `--host` alone (as Vite's)
 * listens on the LAN too; the default stays 127.0.0.1, this machine only.
 * @param {string[]} argv
 * @returns {{ port?: string, base: string, root?: string, host: string, lan: boolean }}
 */
export function parseServeArgs(argv) {
  const args = [...argv]
  const at = args.indexOf('--host')
  // `--host` with no address after it: all interfaces.
  if (at >= 0 && (at === args.length - 1 || args[at + 1].startsWith('--'))) args.splice(at + 1, 0, ALL_INTERFACES)
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string' },
      base: { type: 'string', default: '/' },
      root: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
    },
  })
  const host = values.host ?? '127.0.0.1'
  return { port: values.port, base: values.base ?? '/', root: values.root, host, lan: host === ALL_INTERFACES || host === '::' }
}

/** CLI: `node scripts/serve.mjs [--port N] [--base /x/] [--root dist] [--host [H]]` */
async function main() {
  const projectRoot = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  const values = parseServeArgs(process.argv.slice(2))
  const root = values.root ? path.resolve(values.root) : path.join(projectRoot, 'dist')
  if (!(await isFile(path.join(root, 'index.html')))) {
    console.error(`找不到 ${path.join(root, 'index.html')}，请先运行 npm run build`)
    console.error(`Not found: ${path.join(root, 'index.html')} - run "npm run build" first.`)
    process.exit(1)
  }
  const wanted = Number(values.port ?? process.env.PORT ?? 4173)
  if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
    console.error(`端口无效 / invalid port: ${values.port ?? process.env.PORT}`)
    process.exit(1)
  }
  const common = { root, base: values.base, host: values.host, lan: values.lan }
  let server
  try {
    server = await startServer({ ...common, port: wanted })
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EADDRINUSE') throw err
    console.warn(`端口 ${wanted} 已被占用，改用空闲端口 / port ${wanted} is in use, using a free port`)
    server = await startServer({ ...common, port: 0 })
  }
  const title = await dashboardTitle(root)
  if (values.lan) {
    const port = server.port
    const [started, stopHint] = startBanner(title, `http://127.0.0.1:${port}${normalizeBase(values.base)}`)
    console.log(started)
    for (const url of server.lanUrls) console.log(`局域网地址 / On the LAN: ${url}`)
    if (server.lanUrls.length === 0) console.log('未找到局域网地址 / No LAN address found')
    console.log('注意：局域网内任何人都能打开并查看此看板 / Warning: anyone on the network can read this dashboard')
    console.log(stopHint)
  } else for (const line of startBanner(title, server.url)) console.log(line)
  const stop = () => {
    void server.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((/** @type {unknown} */ err) => {
    console.error(err)
    process.exit(1)
  })
}
