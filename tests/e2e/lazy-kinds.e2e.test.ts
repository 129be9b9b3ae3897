/// <reference lib="dom" />
/**
 * The first load leaves out the panel kinds the overview does not draw (src/panels/registry.ts): the
 * overview draws without fetching their code; a page that shows one fetches it and, while it comes, those
 * panels show their normal loading state (never an error card or an empty panel), then draw. A deep link to
 * such a page draws it the same way.
 */
import { describe, expect, it } from 'vitest'
import { openApp, useBrowser, waitForCharts, type AppPage } from '../support/browser'
import { useServer } from '../support/server'
import { findPage } from '../../src/layouts/pages'
import { chartPanelsOf } from '../support/pageState'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

/** The chunks of the lazy kinds (each named after its folder of src/panels/kinds/). */
const KIND_CHUNK = /\/assets\/(count-bars|parts|key-projects|project-sectors|honours|trend|completion|table)-[\w-]+\.js$/

/** The panels of a page of the fixture served (tests/fixtures/small). */
const panelsOn = (id: string) => findPage(id)!.panels.map((p) => p.panel)

function kindChunksFetched(): string[] {
  return appUrl.server().requests.filter((url) => KIND_CHUNK.test(url))
}

function expectClean(app: AppPage): void {
  expect(app.consoleErrors).toEqual([])
  expect(app.failedRequests).toEqual([])
}

/** Each panel's data-state, by id. */
function panelStates(app: AppPage): Promise<Record<string, string | null>> {
  return app.page.$$eval('[data-panel-id]', (els) => Object.fromEntries(els.map((el) => [el.getAttribute('data-panel-id'), el.getAttribute('data-state')])))
}

describe('panel kinds the overview does not draw', () => {
  it('are not fetched for the overview; a page showing one shows its loading state until the code is in, then draws', async () => {
    const before = kindChunksFetched().length
    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: chartPanelsOf(findPage('overview')!).length })
      await page.waitForLoadState('networkidle')
      expect(kindChunksFetched().slice(before)).toEqual([])
      expect(Object.values(await panelStates(app)).every((state) => state === 'ok')).toBe(true)

      // The honours code held back: the page is shown with that panel waiting, as for its data.
      let release: () => void = () => {}
      const held = new Promise<void>((resolve) => (release = resolve))
      await page.route(/\/assets\/honours-[\w-]+\.js$/, async (route) => {
        await held
        await route.continue()
      })
      await page.getByRole('link', { name: '民生与治理' }).click()
      const honours = page.locator('[data-panel-id="honours"]')
      await expect.poll(() => honours.getAttribute('data-state')).toBe('loading')
      expect(await honours.locator('.panel-loading').innerText()).toBe('正在读取数据…')
      expect(await page.locator('.panel-error').count()).toBe(0)
      release()
      await expect.poll(() => panelStates(app), { timeout: 30_000 }).toEqual(Object.fromEntries(panelsOn('livelihood').map((id) => [id, 'ok'])))
      expect(await honours.innerText()).toContain('中国淘宝镇')
      expect(kindChunksFetched().slice(before).some((url) => url.includes('/honours-'))).toBe(true)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('a deep link to a page of them draws every panel', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/rural`)
    const { page } = app
    try {
      // 条形对比 and 构成 beside 分档 (in the first load).
      const charts = chartPanelsOf(findPage('rural')!)
      expect(await waitForCharts(page, '[data-panel-id]', { minCharts: charts.length })).toBe(charts.length)
      expect(await panelStates(app)).toEqual(Object.fromEntries(panelsOn('rural').map((id) => [id, 'ok'])))
      expectClean(app)
    } finally {
      await page.close()
    }
  })
})
