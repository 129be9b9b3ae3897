/**
 * The files the portable dashboard gives, opened through file:// from a folder with a space, Chinese and
 * & in its path: the deck (导出全部 → 演示文稿) arrives as a .pptx that unzips to the expected slides, in
 * order; on 数据维护 the workbook of the data shown and the blank template arrive, and the workbook imported
 * back offers 保存为新看板文件, never the ZIP of data files meant for a server. Only the file itself is
 * requested (pptxgenjs and exceljs come from the page's own blocks).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import type { Download, Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { settle } from '../support/pageState'
import { panelsInPageOrder } from '../support/deckContent'
import { fileUrl, meetingRoomFolder, portableCopy, recordRequests, removePortableCopies } from '../support/portableCopy'
import { openPptx, slides } from '../support/pptx'
import { rowWhere, columnOf } from '../support/workbook'

const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
afterAll(removePortableCopies)

async function download(page: Page, click: () => Promise<void>, timeout = 60_000): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout }), click()])
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await (file as Download).path()) }
}

describe('the portable file’s downloads', () => {
  it('导出演示文稿 (all pages): the .pptx arrives, unzips, cover then each panel in page order, sources last', async () => {
    const file = await portableCopy()
    const requests = recordRequests(browser())
    const app = await openApp(browser(), `${fileUrl(file)}#/page/economy`)
    const { page } = app
    try {
      await settle(page)
      await page.getByRole('button', { name: '导出全部', exact: true }).click()
      const go = page.getByRole('dialog').getByRole('button', { name: '演示文稿（PPTX，全部页面）' })
      await go.waitFor()
      const started = Date.now()
      const deckFile = await download(page, () => go.click(), 120_000)
      console.log(`[portable deck] ${deckFile.bytes.length} B in ${Date.now() - started} ms from click to download`)
      expect(deckFile.name).toBe('永安镇-演示文稿-2022年1-5月.pptx')
      await page.locator('.app-header .export-status', { hasText: '已导出演示文稿' }).waitFor()

      const deck = slides(openPptx(deckFile.bytes))
      const titles = deck.map((slide) => slide.paragraphs[0])
      const panels = panelsInPageOrder()
      const tableSlides = titles.filter((title) => /（数据( \d+\/\d+)?）$/.test(title))
      const sourceSlides = titles.filter((title) => title.startsWith('资料来源'))
      expect(titles[0]).toBe('永安镇经济运行看板')
      expect(sourceSlides.length).toBeGreaterThan(0)
      expect(titles.slice(-sourceSlides.length)).toEqual(sourceSlides)
      expect(deck.length).toBe(1 + panels.length + tableSlides.length + sourceSlides.length)
      expect(titles.filter((title, index) => index > 0 && !tableSlides.includes(title) && !sourceSlides.includes(title))).toEqual(panels.map((panel) => panel.title))
      // Each chart panel's slide carries its picture (drawn in the page from file://).
      for (const panel of panels.filter((one) => one.kind !== 'cards')) expect(deck[titles.indexOf(panel.title)].pictures, panel.title).toHaveLength(1)
      expect(new Set(requests.map((url) => url.replace(/#.*$/, '')))).toEqual(new Set([fileUrl(file)]))
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('数据维护: the workbook of the data shown and the blank template arrive; imported back, it offers 保存为新看板文件, no ZIP', async () => {
    const file = await portableCopy()
    const requests = recordRequests(browser())
    const app = await openApp(browser(), `${fileUrl(file)}#/data`)
    const { page } = app
    try {
      await page.getByRole('heading', { name: '数据维护' }).waitFor()
      await page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
      expect(await page.getByText('保存为新看板文件（原文件不变）').count()).toBe(1)

      const current = await download(page, () => page.getByRole('button', { name: '下载当前数据' }).click())
      expect(current.name).toMatch(/^永安镇-数据-\d{4}-\d{2}-\d{2}\.xlsx$/)
      const book = new ExcelJS.Workbook()
      await book.xlsx.load(current.bytes as unknown as ArrayBuffer)
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['说明', '报告', '指标', '指标值', '项目', '产业', '荣誉', '基本信息']))
      const gdp = rowWhere(book, '指标值', '指标编号', 'gdp')
      expect(gdp.getCell(columnOf(book, '指标值', '数值')).value).toBe(11.39)
      expect(gdp.getCell(columnOf(book, '指标值', '单位')).value).toBe('亿元')

      const blank = await download(page, () => page.getByRole('button', { name: '下载空白模板' }).click())
      expect(blank.name).toBe('永安镇-数据-空白模板.xlsx')
      expect(blank.bytes.subarray(0, 2).toString('latin1')).toBe('PK')

      // The downloaded workbook imported back (as a clerk would, unchanged): the preview offers a new file.
      const kept = path.join(await meetingRoomFolder(), current.name)
      await fs.writeFile(kept, current.bytes)
      await page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(kept)
      await page.getByText('预览：尚未发布').waitFor()
      expect(await page.getByText(`看板正显示“${current.name}”中的数据`).count()).toBe(1)
      // The dashboard shows the preview; back on 数据维护, its third step says what to do with it.
      await page.locator('.app-header').getByRole('link', { name: '数据维护' }).click()
      const previewStep = page.getByRole('region', { name: '预览' })
      await previewStep.waitFor()
      expect(await previewStep.getByRole('button', { name: '保存为新看板文件' }).count()).toBe(1)
      expect(await page.getByRole('button', { name: '保存为新看板文件' }).count()).toBeGreaterThanOrEqual(2) // the banner too
      expect(await page.getByRole('button', { name: '下载数据文件' }).count()).toBe(0)
      expect(await page.getByText('ZIP').count()).toBe(0)
      await screenshot(page, 'portable-data-page-preview')
      expect(new Set(requests.map((url) => url.replace(/#.*$/, '')))).toEqual(new Set([fileUrl(file)]))
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
