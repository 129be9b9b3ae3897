/**
 * The same production build served under a sub-path (/some/sub/path/), as an intranet server serves it
 * from /dashboard/: every page, deep links, reload, the data reads, the lazy chunks and an export all
 * stay under the sub-path.
 */
import { expect, it } from 'vitest'
import { openApp, useBrowser } from '../support/browser'
import { useServer } from '../support/server'
import { exportPanel } from '../support/exports'
import { PAGE_HASHES, settle } from '../support/pageState'
import { PANELS } from '../../src/layouts/pages'
import { DATA_NAMES } from '../support/dataCopy'

const BASE = '/some/sub/path/'
const appUrl = useServer({ base: BASE })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

it('works under /some/sub/path/: pages, deep links, reload, data, chunks, export', async () => {
  const server = appUrl.server()
  expect(appUrl()).toMatch(/\/some\/sub\/path\/$/)
  const app = await openApp(browser(), appUrl())

  for (const hash of PAGE_HASHES) {
    await app.page.goto(appUrl() + hash)
    for (const panel of await settle(app.page)) expect({ hash, id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ hash, id: panel.id, state: 'ok', drawn: true })
  }

  // A deep link opened as is, then reloaded: the single-panel chunk and the data come from the sub-path.
  await app.page.goto(`${appUrl()}#/panel/gdp`)
  await app.page.locator('[data-page-id="panel-gdp"]').waitFor()
  await app.page.reload()
  await app.page.locator('[data-page-id="panel-gdp"]').waitFor()
  expect((await settle(app.page)).map((panel) => panel.state)).toEqual(['ok'])
  expect(app.page.url()).toBe(`${appUrl()}#/panel/gdp`)

  // Another panel's deep link typed into the address bar of a fresh tab.
  const other = PANELS[PANELS.length - 1].id
  const second = await openApp(browser(), `${appUrl()}#/panel/${other}`)
  await second.page.locator(`[data-page-id="panel-${other}"]`).waitFor()
  expect((await settle(second.page)).map((panel) => panel.state)).toEqual(['ok'])

  // The address without its trailing slash is sent to the sub-path, not to the server's root.
  const bare = await openApp(browser(), appUrl().replace(/\/$/, ''))
  expect(bare.page.url()).toBe(`${appUrl()}#/`)
  await settle(bare.page)

  // An export loads its chunk from the sub-path and downloads a real PNG.
  const png = await exportPanel(app.page, 'gdp', { format: 'PNG', ratio: 2, background: 'white' })
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  expect(png.name).toMatch(/\.png$/)

  for (const name of DATA_NAMES) expect(server.requests).toContain(`${BASE}data/${name}`)
  // Every lazy chunk (the single panel page, the exporter) came from the sub-path's assets/.
  const chunks = server.requests.filter((url) => url.includes('/assets/') && url.endsWith('.js')).map((url) => url.replace(/-[\w-]+\.js$/, ''))
  expect(chunks).toEqual(expect.arrayContaining([`${BASE}assets/index`, `${BASE}assets/SinglePanelPage`, `${BASE}assets/exporter`]))
  expect(server.requests).toContain(`${BASE}legacy-check.js`)
  // Nothing was asked for outside the sub-path (the bare address's one redirect aside).
  expect(server.requests.filter((url) => !url.startsWith(BASE) && url !== BASE.replace(/\/$/, ''))).toEqual([])
  for (const page of [app, second, bare]) {
    expect(page.failedRequests).toEqual([])
    expect(page.offsiteRequests).toEqual([])
    expect(page.consoleErrors).toEqual([])
  }
})
