/**
 * The portable dashboard (npm run build:portable) as a clerk uses it: the one HTML file copied alone into
 * a folder whose path has a space, Chinese characters and &, double-clicked (file://). Nothing but the
 * file itself is requested, the strict policy holds (the harness fails any test with a CSP violation),
 * and the dashboard works: pages, filter, screen mode, exports, data tables; also on Chromium 87's
 * built-ins, and an old browser gets its message. The served build opened from a file says what to do.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { exportPanel } from '../support/exports'
import { PAGE_HASHES, settle } from '../support/pageState'
import { currentPageId, waitForPage } from '../support/screen'
import { builtPortablePage, fileUrl, portableCopy, recordRequests, removePortableCopies } from '../support/portableCopy'
import { removeNewerBuiltins } from '../support/builtins'
import { PAGES } from '../../src/layouts/pages'
import { DATA_FILE_NAMES } from '../../src/data/schema'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
afterAll(removePortableCopies)

const byHash = async (file: string, hash: string) => `${fileUrl(file)}${hash}`

describe('the portable file', () => {
  it('is one page under a strict policy: inline code allowed by hash only, data in JSON blocks', async () => {
    const html = await fs.readFile(await builtPortablePage(), 'utf8')
    const policy = /<meta http-equiv="Content-Security-Policy" id="yongan-csp" content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(policy).toMatch(/script-src( 'sha256-[\w+/=]+')+;/)
    expect(policy).toMatch(/style-src 'sha256-[\w+/=]+';/)
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|'self'|\*/)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    // No file beside it is referenced: no src=, no stylesheet link, no import() of a URL.
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*stylesheet/)
    expect(html).toContain('<!-- saved from url=(0014)about:internet -->')
    expect(html).toContain('如一直显示此文字，请用 Chrome、Edge 或 360 极速模式打开')
    const blocks = [...html.matchAll(/<script type="application\/json" id="yongan-data:([\w./]+)">([\s\S]*?)<\/script>/g)]
    // Every file of the bundled data folder, in the schema's one list and order, in the split form
    // (src/data/split.ts): values by year, and values.json, the index of every block, last.
    expect(blocks.map((block) => block[1])).toEqual([...DATA_FILE_NAMES.filter((name) => name !== 'values.json'), 'values/2022.json', 'values.json'])
    for (const [, , text] of blocks) expect(text).not.toContain('<')
    expect((await fs.stat(await builtPortablePage())).size).toBeLessThan(3 * 1024 * 1024)
  })

  it('from a folder with a space, Chinese and & in its path: only the file is requested, every page paints', async () => {
    const file = await portableCopy()
    expect(file).toMatch(/会议室 U盘 & 备份-/)
    const requests = recordRequests(browser())
    const app = await openApp(browser(), fileUrl(file))
    try {
      for (const hash of PAGE_HASHES) {
        await app.page.goto(await byHash(file, hash))
        const panels = await settle(app.page)
        expect(panels.length).toBeGreaterThan(0)
        for (const panel of panels)
          expect({
            hash,
            id: panel.id,
            state: panel.state,
            drawn: panel.drawn,
          }).toEqual({ hash, id: panel.id, state: 'ok', drawn: true })
        await screenshot(app.page, `portable-${hash === '#/' ? 'overview' : hash.replace('#/page/', '')}`)
      }
      // The plain-text note for browsers that run no script is gone once the app runs.
      expect(await app.page.locator('#yongan-static-note').count()).toBe(0)
      expect(await app.page.locator('#legacy-browser-message').count()).toBe(0)
      expect(new Set(requests.map((url) => url.replace(/#.*$/, '')))).toEqual(new Set([fileUrl(file)]))
      expect(app.consoleErrors).toEqual([])
      expect(app.failedRequests).toEqual([])
    } finally {
      await app.page.close()
    }
  })

  it('the sector filter, a PNG export and a data table download work from the file', async () => {
    const file = await portableCopy()
    const app = await openApp(browser(), fileUrl(file))
    const { page } = app
    try {
      await settle(page)
      const investment = page.locator('[data-panel-id="investment"]')
      const before = await investment.innerText()
      await page.getByRole('group', { name: '产业' }).getByRole('button', { name: '工业', exact: true }).click()
      await expect.poll(() => page.url()).toContain('sector=industry')
      await settle(page)
      expect(await investment.innerText()).not.toBe(before)

      const png = await exportPanel(page, 'gdp', { format: 'PNG', ratio: 2, background: 'white' })
      expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
      expect(png.name).toMatch(/\.png$/)

      const panel = page.locator('[data-panel-id="gdp"]')
      await panel.getByRole('button', { name: '数据' }).click()
      const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV' }).click()])
      expect(await fs.readFile(await csv.path(), 'utf8')).toContain('地区生产总值')
      const [xlsx] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Excel（.xlsx）' }).click()])
      expect((await fs.readFile(await xlsx.path())).subarray(0, 2).toString('latin1')).toBe('PK')
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('screen mode from the file, with ?kiosk&rotate= before the hash and #/?kiosk after it; refresh= is ignored', async () => {
    const file = await portableCopy()
    const app = await openApp(browser(), `${fileUrl(file)}?kiosk&rotate=2&refresh=1&fit=contain`)
    const { page } = app
    try {
      await waitForPage(page, 0)
      expect(await page.locator('.screen-stage').count()).toBe(1)
      const started = Date.now()
      // A page may have several slides (总览 opens on its 要点 slide), each shown 2 s.
      await waitForPage(page, 1, 30_000)
      await waitForPage(page, 2 % PAGES.length, 30_000)
      expect(Date.now() - started).toBeGreaterThan(2 * 2_000 - 1_500)
      await screenshot(page, 'portable-kiosk')
      // The file moved ?kiosk… into the hash, so this is a same-document navigation: the slide shown
      // cross-fades to the first page's (the one on screen stays until the next has drawn).
      await page.goto(`${fileUrl(file)}#/?kiosk&rotate=0`)
      await waitForPage(page, 0)
      await page.locator('[data-slide-layer]').first().waitFor()
      await expect.poll(() => page.locator('[data-slide-layer]').count()).toBe(1)
      await settle(page)
      expect(await page.locator('.screen-stage').count()).toBe(1)
      expect(await currentPageId(page)).toBe(PAGES[0].id)
      expect(await page.getByText('数据未更新').count()).toBe(0)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('runs on the built-ins of Chromium 87 (newer ones removed): pages, table, export, screen mode', async () => {
    const file = await portableCopy()
    const app = await openApp(browser(), fileUrl(file))
    const { page } = app
    try {
      await page.addInitScript(removeNewerBuiltins)
      for (const hash of PAGE_HASHES) {
        await page.goto(await byHash(file, hash))
        await page.reload()
        expect(await page.evaluate(() => typeof (Array.prototype as unknown as { findLast?: unknown }).findLast)).toBe('undefined')
        for (const panel of await settle(page))
          expect({ hash, id: panel.id, state: panel.state }).toEqual({
            hash,
            id: panel.id,
            state: 'ok',
          })
      }
      await page.goto(await byHash(file, '#/'))
      await page.reload()
      await settle(page)
      await page.getByRole('button', { name: '数据' }).first().click()
      await page.locator('.data-table').first().waitFor()
      expect((await exportPanel(page, 'village_tiers', { format: 'SVG', ratio: 2, background: 'white' })).bytes.toString('utf8')).toContain('<svg')
      await page.goto(await byHash(file, '#/?kiosk&rotate=0'))
      await page.reload()
      await settle(page)
      expect(await page.locator('.screen-stage').count()).toBe(1)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('an old browser (no module scripts) gets the old-browser message, not a blank page', async () => {
    const file = await portableCopy()
    const app = await openApp(browser(), fileUrl(file))
    try {
      await app.page.addInitScript(() => {
        delete (HTMLScriptElement.prototype as unknown as Record<string, unknown>).noModule
      })
      await app.page.reload()
      const message = app.page.locator('#legacy-browser-message')
      await message.waitFor()
      expect(await message.innerText()).toContain('您的浏览器版本过低')
      expect(await message.innerText()).not.toContain('网页服务器')
    } finally {
      await app.page.close()
    }
  })
})

describe('the served build opened from a file', () => {
  it('says at once that it needs a web server and where the portable file is', async () => {
    const index = path.join(ROOT, process.env.DIST_DIR || 'dist', 'index.html')
    const offline = await fs.readdir(path.join(path.dirname(index), '离线版'))
    expect(offline.filter((name) => name.endsWith('.html'))).toEqual([path.basename(await builtPortablePage())])
    const app = await openApp(browser(), pathToFileURL(index).href)
    try {
      const message = app.page.locator('#legacy-browser-message')
      await message.waitFor({ timeout: 3_000 })
      const text = await message.innerText()
      expect(text).toContain('需要通过网页服务器打开')
      expect(text).toContain('“离线版”文件夹')
      expect(text).not.toContain('浏览器版本过低')
      expect(text).not.toContain('看板未能正常启动')
      await app.page.waitForTimeout(2_500) // past the not-started check: the message stays the one above
      expect(await app.page.locator('#legacy-browser-message').innerText()).toBe(text)
      await screenshot(app.page, 'served-build-from-file')
    } finally {
      await app.page.close()
    }
  })
})
