/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Editions over time (issue 11, item 5), with the multi-edition fixture: an image exported under
 * ?edition=<older edition> (or the old ?period=) carries that edition in its file name and its annotation; in screen mode the
 * view follows a newer edition brought by the data refresh, unless ?edition pins it. The refresh test serves
 * a temporary data folder that starts without the newest edition and is replaced during the test.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { useServer } from '../support/server'
import { settle } from '../support/pageState'
import { screenUrl } from '../support/screen'
import { drawnTexts, exportPanel, recordCanvasText } from '../support/exports'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'

const MULTI = fileURLToPath(new URL('../fixtures/multi/', import.meta.url))
const NAMES = Object.keys(DATA_FILES) as DataFileName[]
const NEWEST = '2022-05'

/** The multi fixture's files, with the newest edition and everything of it left out. */
function withoutNewest(): Record<DataFileName, string> {
  const texts = {} as Record<DataFileName, string>
  for (const name of NAMES) {
    const json = JSON.parse(fs.readFileSync(path.join(MULTI, name), 'utf8')) as Record<string, { id?: string; edition?: string }[]>
    const key = name.replace('.json', '')
    if (Array.isArray(json[key])) json[key] = json[key].filter((item) => (name === 'editions.json' ? item.id : item.edition) !== NEWEST)
    texts[name] = JSON.stringify(json, null, 2)
  }
  return texts
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'editions-follow-data-'))
/** Writes each file beside its place and renames it in, as a careful clerk's copy would. */
function publish(texts: Record<DataFileName, string>): void {
  for (const name of NAMES) {
    const file = path.join(dataDir, name)
    fs.writeFileSync(`${file}.tmp`, texts[name])
    fs.renameSync(`${file}.tmp`, file)
  }
}
const fullTexts = Object.fromEntries(NAMES.map((name) => [name, fs.readFileSync(path.join(MULTI, name), 'utf8')])) as Record<DataFileName, string>
publish(withoutNewest())
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const multiUrl = useServer({ dataDir: 'tests/fixtures/multi' })
const refreshingUrl = useServer({ dataDir })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

describe('an image exported under ?edition', () => {
  it('carries the pinned edition in its file name and its annotation; the newest edition without ?edition', async () => {
    for (const [query, edition] of [['?edition=2022-04', '2022年1-4月'], ['', '2022年1-5月']] as const) {
      const app = await openApp(browser(), `${multiUrl()}${query}#/page/economy`)
      await app.page.addInitScript(recordCanvasText)
      await app.page.reload()
      await settle(app.page)
      expect(await app.page.locator('[data-panel-id="gdp"] .panel-period').innerText()).toBe(edition)
      const saved = await exportPanel(app.page, 'gdp', { format: 'PNG', ratio: 1, background: 'white' })
      expect(saved.name).toBe(`永安镇-地区生产总值-${edition}-1x.png`)
      const drawn = await drawnTexts(app.page)
      // The band above: unit, period and filter; the band below: the edition's own report as the source.
      expect(drawn).toContain(`单位：亿元　期间：${edition}　产业：全部`)
      expect(drawn.some((text) => text.startsWith(`来源：《永安镇经济运行月报（虚构测试数据）${edition}》`))).toBe(true)
      const other = edition === '2022年1-4月' ? '2022年1-5月' : '2022年1-4月'
      expect(drawn.filter((text) => text.includes(`期间：${other}`))).toEqual([])
      expect(app.consoleErrors).toEqual([])
      await app.page.close()
    }
  })
})

describe('screen mode and a refresh that brings a newer edition', () => {
  it('moves to the newest edition without ?edition, and stays on the pinned one with it', async () => {
    const follows = await openApp(browser(), screenUrl(refreshingUrl(), 'kiosk&fit=contain&refresh=2&rotate=0'))
    const pinned = await openApp(browser(), screenUrl(refreshingUrl(), 'kiosk&fit=contain&refresh=2&rotate=0&edition=2022-04'))
    try {
      const gdp = (app: typeof follows) => app.page.locator('[data-figure-id="gdp"] .figure-value')
      await settle(follows.page)
      await settle(pinned.page)
      // Before: the data's newest edition is 2022年1-4月, on both screens.
      expect(await gdp(follows).innerText()).toBe('8.8亿元')
      expect(await gdp(pinned).innerText()).toBe('8.8亿元')
      expect(await follows.page.locator('[data-panel-id="headline"] .panel-period').innerText()).toContain('2022年1-4月')

      /** Reads of editions.json by the pinned screen so far. */
      const pinnedReads = () => pinned.page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/data/editions.json')).length)
      const readsBefore = await pinnedReads()
      publish(fullTexts)
      // The next refresh (every 2 s) brings 2022年1-5月: the unpinned screen shows it, without a reload.
      await expect.poll(() => gdp(follows).innerText(), { timeout: 15_000 }).toBe('11亿元')
      expect(await follows.page.locator('[data-panel-id="headline"] .panel-period').innerText()).toContain('2022年1-5月')
      expect(follows.page.url()).not.toMatch(/(period|edition)=/)
      await screenshot(follows.page, 'editions-follow-newest')
      // The pinned screen has read the new data too (two refreshes since), and still shows its edition.
      await expect.poll(pinnedReads, { timeout: 15_000 }).toBeGreaterThanOrEqual(readsBefore + 2)
      expect(await gdp(pinned).innerText()).toBe('8.8亿元')
      expect(await pinned.page.locator('[data-panel-id="headline"] .panel-period').innerText()).toContain('2022年1-4月')
      expect(pinned.page.url()).toContain('edition=2022-04')
      await screenshot(pinned.page, 'editions-follow-pinned')
      expect(follows.consoleErrors).toEqual([])
      expect(pinned.consoleErrors).toEqual([])
    } finally {
      await follows.page.close()
      await pinned.page.close()
      publish(withoutNewest())
    }
  })
})
