/// <reference lib="dom" />
/**
 * The dashboard is data (issue 24): a clerk moves a panel to another page and shows it as another kind by
 * editing the 面板 sheet of the workbook, imports it on 数据维护, and the dashboard follows, with no code
 * touched. The small fixture's 规范发包土地 panel (bars on 乡村振兴) becomes cards on 经济运行. A panel row
 * deleted leaves its indicators to the automatic 其他指标 page, and the import result says so in one line.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importOnMaintenancePage, openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { bytesOf, movePanel, rowWhere, workbookOf } from '../support/workbook'

const FIXTURE = path.join(__dirname, '../fixtures/small')
const appUrl = useServer({ dataDir: 'tests/fixtures/small' })
const browser = useBrowser({ viewport: { width: 1600, height: 1000 } })
const temp: string[] = []
afterAll(async () => {
  for (const dir of temp) await fs.rm(dir, { recursive: true, force: true })
})

describe('the dashboard definition edited in the workbook', () => {
  it('a panel moved to another page and kind in 面板 shows there after the import on 数据维护', async () => {
    const book = await workbookOf(FIXTURE)
    movePanel(book, 'land', '指标卡', 'economy')
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-dashboard-book-'))
    temp.push(dir)
    const file = path.join(dir, '面板改动.xlsx')
    await fs.writeFile(file, await bytesOf(book))

    const { page } = await openApp(browser(), `${appUrl()}#/page/rural`)
    await waitForCharts(page)
    const land = page.locator('[data-panel-id="land"]')
    // Before: the panel is a chart on 乡村振兴.
    await land.waitFor()
    expect(await land.locator('[data-chart]').count()).toBe(1)

    await importOnMaintenancePage(page, file)

    await page.getByRole('link', { name: '乡村振兴' }).first().click()
    await waitForCharts(page)
    expect(await page.locator('[data-panel-id="land"]').count()).toBe(0)

    await page.getByRole('link', { name: '经济运行' }).first().click()
    await waitForCharts(page)
    const moved_ = page.locator('[data-panel-id="land"]')
    await moved_.waitFor()
    // Now cards: no chart, the two indicators' names and values as text.
    expect(await moved_.locator('[data-chart]').count()).toBe(0)
    const text = await moved_.innerText()
    expect(text).toContain('规范发包机动地')
    expect(text).toContain('规范发包“四荒”地')
    expect(text).toMatch(/\d[\d.,]*\s*亩/)
    await screenshot(page, 'dashboard-workbook-moved-panel', { fullPage: true })
    await page.close()
  }, 180_000)

  it('says in the import result which indicators went to 其他指标 when their panel row is deleted', async () => {
    const book = await workbookOf(FIXTURE)
    book.getWorksheet('面板')!.spliceRows(rowWhere(book, '面板', '面板编号', 'land').number, 1)
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-dashboard-book-'))
    temp.push(dir)
    const file = path.join(dir, '删去面板.xlsx')
    await fs.writeFile(file, await bytesOf(book))

    const { page } = await openApp(browser(), `${appUrl()}#/page/rural`)
    await waitForCharts(page)
    await importOnMaintenancePage(page, file)
    const notice = '提示：2 项指标未放入任何面板，已自动放在“其他指标”页：规范发包机动地（contracted_reserve_land）、规范发包“四荒”地（contracted_wasteland）'
    // On the dashboard under the preview banner, and on 数据维护's 数据一览 of the imported data.
    const banner = page.locator('[data-preview-notice]')
    await banner.waitFor()
    expect(await banner.innerText()).toBe(notice)
    expect(await banner.isVisible()).toBe(true)
    await screenshot(page, 'dashboard-workbook-notice-banner')
    await page.getByRole('link', { name: '返回数据维护' }).click()
    const onPage = page.locator('[data-import-notice]')
    await onPage.waitFor()
    expect(await onPage.innerText()).toBe(notice)
    // And the figures are there, on the automatic page.
    await page.getByRole('link', { name: '其他指标' }).first().click()
    // Two levels: cards, no chart.
    await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
    const main = await page.locator('main').innerText()
    expect(main).toContain('规范发包机动地')
    expect(main).toContain('规范发包“四荒”地')
    await page.close()
  }, 180_000)
})
