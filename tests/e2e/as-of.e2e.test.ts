/**
 * The honest header: the as-of line names the months of the figures the 主要经济指标 cards show. The small
 * fixture (all cards 1-5月 or 5月末): 主要指标截至2022年5月. The same with a 2022年1-6月 edition that states
 * only GDP (the other four cards carry May's figures): both months, on the dashboard and in screen mode.
 */
import { afterAll, expect, it } from 'vitest'
import { openApp, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { dataCopy, edited, removeDataCopies, type Json } from '../support/dataCopy'
import { screenUrl } from '../support/screen'

const juneDir = await dataCopy({
  'editions.json': await edited('editions.json', (json: Json) => {
    json.editions.push({ ...json.editions[0], id: '2022-06', name: '2022年1-6月', asOf: '2022-06' })
  }),
  'values.json': await edited('values.json', (json: Json) => {
    json.values.push({ indicator: 'gdp', edition: '2022-06', period: '2022年1-6月', value: 1400000000, lowerBound: false, target: null, source: '（测试）全镇完成地区生产总值14亿元' })
  }),
})
afterAll(removeDataCopies)

const smallUrl = useServer()
const juneUrl = useServer({ dataDir: juneDir })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

it('all cards of May: 主要指标截至2022年5月', async () => {
  const app = await openApp(browser(), `${smallUrl()}#/`)
  await waitForCharts(app.page, undefined, { minCharts: 0 })
  await expect.poll(() => app.page.locator('.app-header .app-asof').innerText()).toBe('主要指标截至2022年5月')
  await app.page.close()
})

it('GDP of June, the rest of May: both months, on the dashboard and in screen mode', async () => {
  const app = await openApp(browser(), `${juneUrl()}#/`)
  await waitForCharts(app.page, undefined, { minCharts: 0 })
  await expect.poll(() => app.page.locator('.app-header .app-asof').innerText()).toBe('主要指标截至2022年5月、6月')
  await app.page.goto(screenUrl(juneUrl(), 'kiosk&rotate=0&refresh=0', 0))
  await waitForCharts(app.page, '[data-panel-id]', { minCharts: 0 })
  await expect.poll(() => app.page.locator('.screen-header .app-asof').innerText()).toBe('主要指标截至2022年5月、6月')
  expect(app.consoleErrors).toEqual([])
  await app.page.close()
})
