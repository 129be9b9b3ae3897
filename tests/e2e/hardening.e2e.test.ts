/**
 * Hardening of the production build: its Content-Security-Policy, offline use (no request leaves the
 * app's origin, system fonts only), the oldest supported browser (Chromium 87) and what happens below
 * it, the one reload after a redeploy, and hostile text in every free-text field of the data.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openApp, screenshot, takeCspViolations, useBrowser } from '../support/browser'
import { DIST, useServer, useServers, type RunningServer } from '../support/server'
import { dataCopy, removeDataCopies } from '../support/dataCopy'
import { removeNewerBuiltins } from '../support/builtins'
import { exportPanel } from '../support/exports'
import { PAGE_HASHES, panelsOf, settle, STACK_TRACE } from '../support/pageState'
import { PANELS } from '../../src/layouts/pages'
import { hostileTexts, IMG, JS_URL, LONG, SCRIPT } from '../fixtures/hostileData'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const serve = useServers()
const tempDirs: string[] = []
afterAll(async () => {
  await Promise.all(tempDirs.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })))
  await removeDataCopies()
})

/** A throwaway copy of the build, to break or redeploy. */
async function distCopy(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-dist-'))
  tempDirs.push(dir)
  await fs.cp(DIST, dir, { recursive: true })
  return dir
}

async function assetNamed(dir: string, pattern: RegExp): Promise<string> {
  const found = (await fs.readdir(path.join(dir, 'assets'))).find((name) => pattern.test(name))
  if (!found) throw new Error(`no asset matching ${pattern} in ${dir}`)
  return found
}

/** Requests for the page itself (the first load and every reload). */
const pageLoads = (server: RunningServer) => server.requests.filter((url) => url === '/' || url.startsWith('/?') || url === '/index.html').length

describe('Content-Security-Policy', () => {
  it('the built page carries a strict policy and no inline script', async () => {
    const html = await (await fetch(appUrl())).text()
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
    expect(policy).toBeDefined()
    const directives = Object.fromEntries(policy!.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values.join(' ')]))
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'none'",
    })
    // The policy comes before any script, or it would not cover it.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThanOrEqual(2)
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/)
      expect(body.trim()).toBe('')
    }
    expect(html).not.toMatch(/\son[a-z]+=/i)
    // The old-browser check is a classic script and runs before the module.
    expect(scripts[0][1]).toMatch(/src="\.\/legacy-check\.js"/)
    expect(scripts[0][1]).not.toMatch(/type="module"/)
  })

  it('is enforced: inline script, inline handlers and string eval are refused, and the browser tests see it', async () => {
    const app = await openApp(browser(), appUrl())
    await settle(app.page)
    expect(takeCspViolations()).toEqual([])
    const pwned = await app.page.evaluate(async () => {
      const script = document.createElement('script')
      script.textContent = 'window.__pwned = 1'
      document.head.append(script)
      const button = document.createElement('button')
      button.setAttribute('onclick', 'window.__pwned = 2')
      document.body.append(button)
      button.click()
      button.remove()
      // A string timer is eval; the page's own timers are checked (DevTools' evaluate is not).
      setTimeout('window.__pwned = 3' as unknown as () => void, 0)
      await new Promise((resolve) => setTimeout(resolve, 200))
      return (window as unknown as { __pwned?: number }).__pwned
    })
    expect(pwned).toBeUndefined()
    await expect.poll(() => app.cspLog.length).toBeGreaterThanOrEqual(3)
    const seen = takeCspViolations()
    expect(seen.some((line) => line.startsWith('script-src-elem inline'))).toBe(true)
    expect(seen.some((line) => line.startsWith('script-src-attr inline'))).toBe(true)
    expect(seen.some((line) => line.startsWith('script-src eval'))).toBe(true)
    await app.page.close()
  })
})

describe('offline', () => {
  it('every page and every panel works with no request leaving the origin and no web font', async () => {
    const server = appUrl.server()
    const app = await openApp(browser(), appUrl())
    const visit = async (hash: string) => {
      await app.page.goto(appUrl() + hash)
      const panels = await settle(app.page)
      expect(panels.length, hash).toBeGreaterThan(0)
      for (const panel of panels) expect({ hash, id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ hash, id: panel.id, state: 'ok', drawn: true })
    }
    // Every page, every panel alone, the other theme, and screen mode (?kiosk) on every page.
    for (const hash of [...PAGE_HASHES, ...PANELS.map((panel) => `#/panel/${panel.id}`)]) await visit(hash)
    await app.page.getByRole('button', { name: /主题/ }).first().click()
    await settle(app.page)
    for (const hash of PAGE_HASHES) {
      await visit(`${hash}?kiosk&rotate=0&refresh=0`)
      expect(await app.page.locator('.screen-stage').count(), hash).toBe(1)
    }
    // No @font-face anywhere: the text uses the system's CJK fonts.
    expect(await app.page.evaluate(() => document.fonts.size)).toBe(0)
    expect(server.requests.filter((url) => /\.(woff2?|ttf|otf|eot)(\?|$)/.test(url))).toEqual([])
    // Only the app's own files were asked for.
    for (const url of server.requests) expect(url).toMatch(/^\/(\?.*)?$|^\/(index\.html|legacy-check\.js|read-data-early\.js|favicon\.(ico|svg))$|^\/assets\/|^\/data\/[\w-]+\.json$/)
    expect(app.offsiteRequests).toEqual([])
    expect(app.failedRequests).toEqual([])
    expect(app.consoleErrors).toEqual([])
    await app.page.close()
  })
})

describe('old browsers', () => {
  it('runs every page on the built-ins of Chromium 87 (newer ones removed)', async () => {
    const app = await openApp(browser(), appUrl())
    await app.page.addInitScript(removeNewerBuiltins)
    for (const hash of [...PAGE_HASHES, `#/panel/${PANELS[1].id}`]) {
      await app.page.goto(appUrl() + hash)
      await app.page.reload()
      expect(await app.page.evaluate(() => typeof (Array.prototype as unknown as { findLast?: unknown }).findLast)).toBe('undefined')
      const panels = await settle(app.page)
      for (const panel of panels) expect({ hash, id: panel.id, state: panel.state }).toEqual({ hash, id: panel.id, state: 'ok' })
      await app.page.getByRole('button', { name: '数据' }).first().click()
      await app.page.locator('.data-table').first().waitFor()
    }
    // Export (its own chunk) and screen mode, on the same old built-ins.
    await app.page.goto(`${appUrl()}#/`)
    await app.page.reload()
    await settle(app.page)
    expect((await exportPanel(app.page, 'gdp', { format: 'PNG', ratio: 2, background: 'white' })).bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect((await exportPanel(app.page, 'village_tiers', { format: 'SVG', ratio: 2, background: 'white' })).bytes.toString('utf8')).toContain('<svg')
    await app.page.goto(`${appUrl()}#/?kiosk&rotate=0&refresh=0`)
    await settle(app.page)
    expect(await app.page.locator('.screen-stage').count()).toBe(1)
    expect(await app.page.locator('#legacy-browser-message').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
    await app.page.close()
  })

  it('a browser without module scripts gets a clear Chinese message, not a blank page', async () => {
    const app = await openApp(browser(), appUrl())
    await app.page.addInitScript(() => {
      delete (HTMLScriptElement.prototype as unknown as Record<string, unknown>).noModule
    })
    await app.page.reload()
    const message = app.page.locator('#legacy-browser-message')
    await message.waitFor()
    expect(await message.innerText()).toContain('您的浏览器版本过低，无法显示本看板。请使用 Chromium 87 或更新版本的浏览器')
    await screenshot(app.page, 'hardening-legacy-message')
    await app.page.close()
  })

  it('when the app cannot start at all (its script fails), the page says so instead of staying blank', async () => {
    const dir = await distCopy()
    // What an engine too old for the bundle's syntax meets: a script it cannot parse.
    await fs.writeFile(path.join(dir, 'assets', await assetNamed(dir, /^index-.*\.js$/)), 'let x = ;\n')
    const server = await serve({ root: dir })
    const app = await openApp(browser(), server.url)
    const message = app.page.locator('#legacy-browser-message')
    await message.waitFor({ timeout: 10_000 })
    expect(await message.innerText()).toContain('看板未能正常启动')
    expect(await message.innerText()).toContain('Chromium 87')
    await app.page.close()
  })
})

describe('after a redeploy', () => {
  it('a chunk that no longer exists reloads the page once and then loads the new one', async () => {
    const dir = await distCopy()
    const server = await serve({ root: dir })
    const app = await openApp(browser(), server.url)
    await settle(app.page)
    // Redeploy: the lazy chunk and the entry get new hashed names; index.html points at the new entry.
    const entry = await assetNamed(dir, /^index-.*\.js$/)
    const chunk = await assetNamed(dir, /^SinglePanelPage-.*\.js$/)
    const newChunk = chunk.replace(/-[^-.]+\.js$/, '-redeployed.js')
    const newEntry = entry.replace(/-[^-.]+\.js$/, '-redeployed.js')
    const assets = path.join(dir, 'assets')
    await fs.rename(path.join(assets, chunk), path.join(assets, newChunk))
    const entryText = await fs.readFile(path.join(assets, entry), 'utf8')
    await fs.writeFile(path.join(assets, newEntry), entryText.split(chunk).join(newChunk))
    await fs.rm(path.join(assets, entry))
    // Every lazy chunk (the panel page, the tooltip, screen mode…) imports the entry by name: a redeploy
    // names the new entry in all of them.
    for (const name of await fs.readdir(assets)) {
      if (!name.endsWith('.js')) continue
      const text = await fs.readFile(path.join(assets, name), 'utf8')
      if (text.includes(entry)) await fs.writeFile(path.join(assets, name), text.split(entry).join(newEntry))
    }
    const html = await fs.readFile(path.join(dir, 'index.html'), 'utf8')
    await fs.writeFile(path.join(dir, 'index.html'), html.split(entry).join(newEntry))

    const before = pageLoads(server)
    await app.page.evaluate(() => {
      window.location.hash = '#/panel/gdp'
    })
    await app.page.locator('[data-page-id="panel-gdp"]').waitFor({ timeout: 15_000 })
    await settle(app.page)
    expect(pageLoads(server) - before).toBe(1)
    expect(server.requests).toContain(`/assets/${newChunk}`)
    expect(await app.page.getByText('页面文件未能加载').count()).toBe(0)
    await app.page.close()
  })

  it('a chunk that is still missing after that reload shows a message instead of reloading again', async () => {
    const dir = await distCopy()
    await fs.rm(path.join(dir, 'assets', await assetNamed(dir, /^SinglePanelPage-.*\.js$/)))
    const server = await serve({ root: dir })
    const app = await openApp(browser(), `${server.url}#/panel/gdp`)
    await app.page.getByText('页面文件未能加载（看板可能刚刚更新过）').waitFor({ timeout: 15_000 })
    expect(pageLoads(server)).toBe(2)
    // Still two page loads a while later: no reload loop.
    await app.page.waitForTimeout(2_000)
    expect(pageLoads(server)).toBe(2)
    expect(await app.page.locator('.app-header, .app').first().isVisible()).toBe(true)
    expect(await app.page.locator('body').innerText()).not.toMatch(STACK_TRACE)
    await app.page.close()
  })
})

describe('hostile text in the data', () => {
  it('shows markup, javascript: URLs and 5,000-character text literally, runs nothing, keeps the layout', async () => {
    const normal = await openApp(browser(), appUrl())
    const dataDir = await dataCopy(hostileTexts())
    const server = await serve({ root: DIST, dataDir })
    const app = await openApp(browser(), server.url)
    const tableTexts: string[] = []

    const boxes = (page: typeof app.page) =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]')).map((panel) => {
          const r = panel.getBoundingClientRect()
          return { id: panel.dataset.panelId, x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.width), h: Math.round(r.height) }
        }),
      )

    for (const hash of PAGE_HASHES) {
      await normal.page.goto(appUrl() + hash)
      await settle(normal.page)
      const expected = await boxes(normal.page)
      await app.page.goto(server.url + hash)
      const panels = await settle(app.page)
      expect(panels.map((panel) => panel.id)).toEqual(panelsOf(hash))
      for (const panel of panels) expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
      // Same place and size as with the real data, and nothing wider than the window.
      expect(await boxes(app.page)).toEqual(expected)
      const overflow = () => app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(await overflow()).toBe(0)

      const title = await app.page.locator('.app-title, h1').first().innerText()
      expect(title).toContain(SCRIPT)
      const body = await app.page.locator('body').innerText()
      expect(body).toContain(IMG)

      // Hover across every chart: richText tooltips draw the text, nothing is parsed as HTML.
      for (const chart of await app.page.locator('[data-panel-id] [_echarts_instance_]').all()) {
        const box = await chart.boundingBox()
        if (!box) continue
        for (const [fx, fy] of [[0.3, 0.3], [0.5, 0.5], [0.7, 0.6], [0.4, 0.8]]) await app.page.mouse.move(box.x + box.width * fx, box.y + box.height * fy)
      }
      await screenshot(app.page, `hardening-hostile${hash.replace(/[#/]+/g, '-')}`)

      // Tables: every panel's 数据 view lists the texts as written.
      for (const button of await app.page.getByRole('button', { name: /^数据：/ }).all()) {
        await button.click()
        expect(await overflow()).toBe(0)
      }
      tableTexts.push(...(await app.page.locator('.data-table').allInnerTexts()))
      expect(await boxes(app.page)).toEqual(expected)
      for (const button of await app.page.getByRole('button', { name: /^数据：/ }).all()) await button.click()
    }
    const tables = tableTexts.join('\n')
    for (const text of [IMG, SCRIPT, JS_URL, LONG.slice(0, 200)]) expect(tables).toContain(text)

    // Exports: the file name is sanitised, the SVG carries the texts as text (escaped), never as markup.
    await app.page.goto(`${server.url}#/page/projects?sector=industry`)
    await settle(app.page)
    const svg = await exportPanel(app.page, 'key_projects', { format: 'SVG', ratio: 2, background: 'white' })
    expect(svg.name).toMatch(/\.svg$/)
    expect(svg.name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/)
    expect(svg.name).toContain('img src=x onerror=window.__pwned=1工业')
    const svgText = svg.bytes.toString('utf8')
    expect(svgText).not.toMatch(/<(script|img|foreignObject|iframe)\b/i)
    // No element carries an event handler (the texts' own "onerror=" is escaped character data).
    expect(svgText).not.toMatch(/<[^>]*\son[a-z]+=/i)
    expect(svgText).toContain('&lt;script&gt;')
    const png = await exportPanel(app.page, 'project_sectors', { format: 'PNG', ratio: 2, background: 'white' })
    expect(png.name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/)
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')

    // Hostile text can also come in through the address: an unknown sector id is named, as text.
    await app.page.goto(`${server.url}#/?sector=${encodeURIComponent(`${IMG}${LONG}`)}`)
    await settle(app.page)
    await expect.poll(() => app.page.locator('.filter-notice').innerText()).toContain(IMG)
    expect(await app.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0)

    const dom = await app.page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      images: document.querySelectorAll('img[src="x"], [onerror]').length,
      scripts: Array.from(document.scripts).map((script) => script.getAttribute('src') ?? 'inline'),
      links: Array.from(document.querySelectorAll('a[href^="javascript:"]')).length,
    }))
    expect(dom.pwned).toBeUndefined()
    expect(dom.images).toBe(0)
    expect(dom.links).toBe(0)
    expect(dom.scripts.every((src) => src !== 'inline')).toBe(true)
    expect(app.dialogs).toEqual([])
    expect(app.consoleErrors).toEqual([])
    expect(await app.page.locator('body').innerText()).not.toMatch(STACK_TRACE)
    await app.page.close()
    await normal.page.close()
  })
})
