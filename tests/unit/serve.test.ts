import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import http from 'node:http'
import { dashboardTitle, startBanner, startServer, type RunningServer, type ServeOptions } from '../../scripts/serve.mjs'

let tmp: string
let root: string
let altData: string
const running: RunningServer[] = []

async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const server = await startServer({ root, ...options })
  running.push(server)
  return server
}

/** Raw request, so paths like `/..%2f..` reach the server unnormalised (fetch would resolve them). */
function rawGet(port: number, rawPath: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => {
        body += chunk
      })
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-test-'))
  root = path.join(tmp, 'dist')
  altData = path.join(tmp, 'alt-data')
  await fs.mkdir(path.join(root, 'assets'), { recursive: true })
  await fs.mkdir(path.join(root, 'data'), { recursive: true })
  await fs.mkdir(altData, { recursive: true })
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html><title>永安镇</title>')
  await fs.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  await fs.writeFile(path.join(root, 'assets', 'app.css'), 'body{}')
  await fs.writeFile(path.join(root, 'assets', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await fs.writeFile(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  await fs.writeFile(path.join(root, 'data', 'projects.json'), '{"from":"root"}')
  await fs.writeFile(path.join(altData, 'projects.json'), '{"from":"alt"}')
  // A secret beside the served folder: traversal must not reach it.
  await fs.writeFile(path.join(tmp, 'secret.txt'), 'TOP SECRET')
})

afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()))
})

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true })
})

describe('startServer', () => {
  it('serves index.html under a sub-path base', async () => {
    const server = await serve({ base: '/some/sub/path/' })
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/some/sub/path/`)
    const res = await fetch(server.url)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(await res.text()).toContain('<title>永安镇</title>')
    expect(server.requests).toEqual(['/some/sub/path/'])
  })

  it('redirects the base without its trailing slash', async () => {
    const server = await serve({ base: '/sub/' })
    const res = await fetch(server.url.slice(0, -1), { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/sub/')
  })

  it('answers 404 outside base and for missing files', async () => {
    const server = await serve({ base: '/sub/' })
    const origin = `http://127.0.0.1:${server.port}`
    expect((await fetch(`${origin}/index.html`)).status).toBe(404)
    expect((await fetch(`${origin}/other/index.html`)).status).toBe(404)
    expect((await fetch(`${server.url}missing.js`)).status).toBe(404)
    expect((await fetch(`${server.url}assets`)).status).toBe(404) // a directory
  })

  it('rejects directory traversal', async () => {
    const server = await serve()
    for (const p of [
      '/..%2f..%2fetc/passwd',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/..\\secret.txt',
    ]) {
      const res = await rawGet(server.port, p)
      expect(res.status, p).toBeGreaterThanOrEqual(400)
      expect(res.body, p).not.toContain('TOP SECRET')
      expect(res.body, p).not.toContain('root:')
    }
  })

  it('serves <base>data/* from dataDir when given', async () => {
    const plain = await serve({ base: '/x/' })
    expect(await (await fetch(`${plain.url}data/projects.json`)).json()).toEqual({ from: 'root' })

    const server = await serve({ base: '/x/', dataDir: altData })
    const res = await fetch(`${server.url}data/projects.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(await res.json()).toEqual({ from: 'alt' })
    // Everything else still comes from root.
    expect((await fetch(`${server.url}assets/app.js`)).status).toBe(200)
  })

  it('sends the right content types', async () => {
    const server = await serve()
    const types: Record<string, string> = {
      'index.html': 'text/html; charset=utf-8',
      'assets/app.js': 'text/javascript; charset=utf-8',
      'assets/app.css': 'text/css; charset=utf-8',
      'assets/icon.svg': 'image/svg+xml',
      'assets/font.woff2': 'font/woff2',
      'data/projects.json': 'application/json; charset=utf-8',
    }
    for (const [file, type] of Object.entries(types)) {
      const res = await fetch(server.url + file)
      expect(res.status, file).toBe(200)
      expect(res.headers.get('content-type'), file).toBe(type)
    }
    // Hashed assets may be cached; html and data are asked for each time (no-cache).
    expect((await fetch(`${server.url}assets/app.js`)).headers.get('cache-control')).toBeNull()
  })

  it('sends ETag and Last-Modified; an unchanged file is a 304 without its body, a changed one a 200', async () => {
    const file = path.join(root, 'data', 'values.json')
    await fs.writeFile(file, '{"v":1}')
    const server = await serve()
    const url = `${server.url}data/values.json`
    const first = await fetch(url)
    const etag = first.headers.get('etag')
    const lastModified = first.headers.get('last-modified')
    expect(first.status).toBe(200)
    expect(etag).toMatch(/^"[0-9a-f]+-[\w-]+"$/)
    expect(new Date(lastModified!).getTime()).toBe(Math.floor((await fs.stat(file)).mtimeMs / 1000) * 1000)

    // The browser's revalidation: the tag it holds (also among others, or weak), or the date it holds.
    const asks: Record<string, string>[] = [{ 'If-None-Match': etag! }, { 'If-None-Match': `"other", W/${etag}` }, { 'If-None-Match': '*' }, { 'If-Modified-Since': lastModified! }]
    for (const asked of asks) {
      const again = await fetch(url, { headers: asked })
      expect(again.status, JSON.stringify(asked)).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      expect(again.headers.get('cache-control')).toBe('no-cache')
    }
    // A tag that does not match wins over a date that would (RFC 9110: If-Modified-Since is then ignored).
    expect((await fetch(url, { headers: { 'If-None-Match': '"other"', 'If-Modified-Since': lastModified! } })).status).toBe(200)
    expect((await fetch(url, { headers: { 'If-Modified-Since': new Date(Date.parse(lastModified!) - 1000).toUTCString() } })).status).toBe(200)

    // The operator replaces the file: new content, new tag, the whole body again.
    await fs.writeFile(file, '{"v":2}')
    const changed = await fetch(url, { headers: { 'If-None-Match': etag! } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
    expect(await changed.json()).toEqual({ v: 2 })
    // Each answer is recorded with its status and body bytes (a 304 has none).
    expect(server.answered[1]).toEqual({ url: '/data/values.json', status: 304, bytes: 0 })
    expect(server.answered.at(-1)).toEqual({ url: '/data/values.json', status: 200, bytes: 7 })
  })

  it('allows GET and HEAD only', async () => {
    const server = await serve()
    const head = await rawGet(server.port, '/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405)
  })

  it('delays answers for configured path suffixes', async () => {
    const server = await serve({ delays: { 'data/projects.json': 300 } })
    let start = performance.now()
    await (await fetch(`${server.url}index.html`)).text()
    expect(performance.now() - start).toBeLessThan(250)
    start = performance.now()
    const res = await fetch(`${server.url}data/projects.json?t=1`)
    await res.text()
    expect(res.status).toBe(200)
    expect(performance.now() - start).toBeGreaterThanOrEqual(290)
  })

  it('never answers hung paths, and close() still returns', async () => {
    const server = await serve({ hang: ['data/projects.json'] })
    const pending = fetch(`${server.url}data/projects.json`, { signal: AbortSignal.timeout(300) })
    await expect(pending).rejects.toThrow()
    expect(server.requests).toContain('/data/projects.json')
    await server.close()
    running.splice(running.indexOf(server), 1)
  })

  it('fails clearly when index.html is missing', async () => {
    await expect(startServer({ root: path.join(tmp, 'nope') })).rejects.toThrow(/npm run build/)
  })
})

describe('the lines printed at start', () => {
  it('name the dashboard of the data served (its meta.json), and no town when there is none', async () => {
    const second = path.join(tmp, 'second-town-data')
    await fs.mkdir(second, { recursive: true })
    await fs.copyFile(path.join(__dirname, '../fixtures/second-town/meta.json'), path.join(second, 'meta.json'))
    expect(startBanner(await dashboardTitle(root, second), 'http://127.0.0.1:4173/')).toEqual([
      '青禾镇经济运行看板已启动 / Dashboard running at: http://127.0.0.1:4173/',
      '按 Ctrl+C 停止 / Press Ctrl+C to stop',
    ])
    // root/data holds no meta.json: the product's name, not the bundled town's.
    expect(await dashboardTitle(root)).toBe('经济运行看板')
    const broken = path.join(tmp, 'broken-data')
    await fs.mkdir(broken, { recursive: true })
    await fs.writeFile(path.join(broken, 'meta.json'), '{"title": ')
    expect(await dashboardTitle(root, broken)).toBe('经济运行看板')
  })
})
