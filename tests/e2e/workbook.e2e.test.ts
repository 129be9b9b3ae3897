/// <reference lib="dom" />
/**
 * 数据维护 as the statistics clerk uses it: download the workbook of what is shown, change a figure and add
 * next month's edition in it (with exceljs in Node, as Excel would), import it, see the whole dashboard
 * with both editions under 预览：尚未发布, download the data files, serve them, and see the same dashboard.
 * Also on the built-ins of Chromium 87; the workbook library is fetched only on that page.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { strFromU8 } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectNoCspViolations, openApp, screenshot, useBrowser, waitForCharts, type AppPage } from '../support/browser'
import { DIST, useServer } from '../support/server'
import { zipParts } from '../support/zip'
import { removeNewerBuiltins } from '../support/builtins'
import { startServer } from '../../scripts/serve.mjs'
import { rowWhere, setCell } from '../support/workbook'

const appUrl = useServer({ dataDir: 'tests/fixtures/small' })
const browser = useBrowser({ viewport: { width: 1600, height: 1000 } })
const temp: string[] = []
afterAll(async () => {
  for (const dir of temp) await fs.rm(dir, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-workbook-'))
  temp.push(dir)
  return dir
}

/** Runs `click` and returns the downloaded file's name and bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) }
}

async function openDataPage(app: AppPage): Promise<void> {
  await app.page.getByRole('link', { name: '数据维护' }).click()
  await app.page.getByRole('heading', { name: '数据维护' }).waitFor()
  await app.page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
}

/** What the dashboard shows: the as-of line and each panel's headline figure. */
async function dashboardText(page: Page): Promise<Record<string, string>> {
  await waitForCharts(page)
  return page.evaluate(() => {
    const out: Record<string, string> = { asOf: document.querySelector('.app-asof')?.textContent ?? '' }
    for (const panel of Array.from(document.querySelectorAll('[data-panel-id]')))
      out[panel.getAttribute('data-panel-id') ?? ''] = panel.querySelector('.panel-headline')?.textContent?.trim() ?? ''
    return out
  })
}

const headline = (page: Page, id: string) => page.locator(`[data-panel-id="${id}"] .panel-headline`).innerText()

/** The clerk's changes, as Excel would save them: fiscal revenue corrected, June added (rows in 指标值 only). */
async function clerkEdits(bytes: Buffer): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as unknown as ArrayBuffer)
  const fiscal = rowWhere(book, '指标值', '指标编号', 'fiscal_revenue')
  setCell(book, '指标值', fiscal, '数值', 1020)
  setCell(book, '指标值', fiscal, '来源原文', '财政收入实现1020万元，增长6.3%')
  const gdp = rowWhere(book, '指标值', '指标编号', 'gdp')
  const june = book.getWorksheet('指标值')!.addRow(gdp.values as ExcelJS.CellValue[])
  setCell(book, '指标值', june, '报告期', '2022-06')
  setCell(book, '指标值', june, '期间', '2022年1-6月')
  setCell(book, '指标值', june, '数值', 13.2)
  setCell(book, '指标值', june, '同比增长(%)', 7.1)
  setCell(book, '指标值', june, '来源原文', '全镇完成地区生产总值13.2亿元，增长7.1%')
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('数据维护, as a clerk', () => {
  it('workbook out, edited, in, previewed with both editions, data files out, served: the same dashboard', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    await waitForCharts(page)
    const requests = appUrl.server().requests
    expect(requests.some((url) => url.includes('exceljs'))).toBe(false)
    expect(await headline(page, 'gdp')).toContain('11.39亿元')

    await openDataPage(app)
    expect(requests.some((url) => url.includes('exceljs'))).toBe(true)
    const workbook = await download(page, () => page.getByRole('button', { name: '下载当前数据' }).click())
    expect(workbook.name).toMatch(/^永安镇-数据-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const blank = await download(page, () => page.getByRole('button', { name: '下载空白模板' }).click())
    expect(blank.name).toBe('永安镇-数据-空白模板.xlsx')
    await screenshot(page, 'workbook-page')

    const dir = await tempDir()
    const edited = path.join(dir, '2022年6月.xlsx')
    await fs.writeFile(edited, await clerkEdits(workbook.bytes))
    await page.locator('input[type=file]').setInputFiles(edited)

    const banner = page.getByRole('status').filter({ hasText: '预览：尚未发布' })
    await banner.waitFor()
    expect(await banner.innerText()).toContain('2022年6月.xlsx')
    await expect.poll(() => headline(page, 'gdp')).toContain('13.2亿元')
    // Only GDP has a June figure: the other cards still show 1-5月, and the as-of line names both months.
    expect(await page.locator('.app-asof').innerText()).toBe('主要指标截至2022年5月、6月')
    const preview = await dashboardText(page)
    await screenshot(page, 'workbook-preview')
    // The earlier edition, with the corrected figure, is there too.
    await page.evaluate(() => (location.hash = '#/?period=2022-05'))
    await expect.poll(() => headline(page, 'gdp')).toContain('11.39亿元')
    expect(await headline(page, 'fiscal_revenue')).toContain('1020万元')
    await page.evaluate(() => (location.hash = '#/'))
    await expect.poll(() => headline(page, 'gdp')).toContain('13.2亿元')

    const zip = await download(page, () => banner.getByRole('button', { name: '下载数据文件' }).click())
    expect(zip.name).toBe('2022年6月-数据文件.zip')
    const entries = zipParts(new Uint8Array(zip.bytes))
    expect([...entries.keys()].sort()).toEqual(['data/dashboard.json', 'data/editions.json', 'data/honours.json', 'data/indicators.json', 'data/meta.json', 'data/projects.json', 'data/sectors.json', 'data/units.json', 'data/values.json', 'data/values/2022.json', '放置说明.txt'])
    expect(strFromU8(entries.get('放置说明.txt')!)).toContain('与 index.html 同级')
    const published = await tempDir()
    await fs.mkdir(path.join(published, 'data'))
    await fs.mkdir(path.join(published, 'data', 'values'))
    for (const [name, bytes] of entries) if (name.startsWith('data/')) await fs.writeFile(path.join(published, name), bytes)
    expect(JSON.parse(strFromU8(entries.get('data/editions.json')!)).editions.map((edition: { id: string }) => edition.id)).toEqual(['2022-05', '2022-06'])

    // The way back: the published data again, nothing lost.
    await banner.getByRole('button', { name: /结束预览/ }).click()
    await expect.poll(() => headline(page, 'gdp')).toContain('11.39亿元')
    expect(await page.getByText('预览：尚未发布').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
    expectNoCspViolations(app)

    const server = await startServer({ root: DIST, dataDir: path.join(published, 'data') })
    try {
      const served = await openApp(browser(), `${server.url}#/`)
      await expect.poll(() => headline(served.page, 'gdp')).toContain('13.2亿元')
      expect(await dashboardText(served.page)).toEqual(preview)
      expect(await served.page.getByText('预览：尚未发布').count()).toBe(0)
      expect(served.consoleErrors).toEqual([])
      await served.page.close()
    } finally {
      await server.close()
    }
    await page.close()
  }, 180_000)

  it('the dashboard definition in the workbook: a panel moved to another page and kind (面板) shows after the import', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/rural`)
    const { page } = app
    await page.locator('[data-panel-id="land"]').waitFor()
    await openDataPage(app)
    const workbook = await download(page, () => page.getByRole('button', { name: '下载当前数据' }).click())
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(workbook.bytes as unknown as ArrayBuffer)
    // The land panel: from bars on 乡村振兴 to cards on 经济运行, placed automatically, no options.
    const land = rowWhere(book, '面板', '面板编号', 'land')
    setCell(book, '面板', land, '类型', '指标卡')
    setCell(book, '面板', land, '页面', 'economy')
    setCell(book, '面板', land, '位置', 'auto')
    setCell(book, '面板', land, '选项', null)
    const file = path.join(await tempDir(), '面板调整.xlsx')
    await fs.writeFile(file, Buffer.from(await book.xlsx.writeBuffer()))
    await page.locator('input[type=file]').setInputFiles(file)
    await page.getByRole('status').filter({ hasText: '预览：尚未发布' }).waitFor()
    await page.evaluate(() => (location.hash = '#/page/economy'))
    const moved = page.locator('[data-panel-id="land"]')
    await moved.waitFor()
    // Cards now: each figure a card with its value, no chart.
    await expect.poll(() => moved.locator('.figure-note, strong, span').allInnerTexts().then((texts) => texts.join(' '))).toContain('2986亩')
    expect(await moved.locator('[_echarts_instance_]').count()).toBe(0)
    await page.evaluate(() => (location.hash = '#/page/rural'))
    await page.locator('[data-page-id="rural"]').waitFor()
    expect(await page.locator('[data-panel-id="land"]').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  }, 180_000)

  it('works on the built-ins of Chromium 87, under the CSP, with exceljs loaded as a script from this site', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    await app.page.addInitScript(removeNewerBuiltins)
    await app.page.reload()
    expect(await app.page.evaluate(() => typeof (Array.prototype as unknown as { findLast?: unknown }).findLast)).toBe('undefined')
    await waitForCharts(app.page)
    await openDataPage(app)
    const workbook = await download(app.page, () => app.page.getByRole('button', { name: '下载当前数据' }).click())
    const file = path.join(await tempDir(), 'same.xlsx')
    await fs.writeFile(file, workbook.bytes)
    await app.page.locator('input[type=file]').setInputFiles(file)
    await app.page.getByText('预览：尚未发布').waitFor()
    await expect.poll(() => headline(app.page, 'gdp')).toContain('11.39亿元')
    expect(app.consoleErrors).toEqual([])
    expect(await app.cspViolations()).toEqual([])
    await app.page.close()
  }, 120_000)
})
