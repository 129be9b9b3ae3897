/// <reference lib="dom" />
/**
 * 数据维护 with a bad workbook: every problem in a table by sheet, row and column (sortable), dropped onto
 * the page; a file that is not a workbook refused with a message; the published data kept throughout.
 * And each panel's 数据 table downloaded as .xlsx and .csv.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { expectNoCspViolations, openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { bytesOf, rowWhere, setCell, workbookOf } from '../support/workbook'

const appUrl = useServer({ dataDir: 'tests/fixtures/small' })
const browser = useBrowser({ viewport: { width: 1600, height: 1000 } })
const SMALL = path.join(__dirname, '../fixtures/small')

/** Drops a file on the drop zone as a person drags it from the desktop. */
async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const file = new File([new Uint8Array(data)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' })
      const transfer = new DataTransfer()
      transfer.items.add(file)
      document.querySelector('.drop-zone')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    },
    { name, data: Array.from(bytes) },
  )
}

async function badWorkbook(): Promise<{ bytes: Uint8Array; rows: Record<string, number> }> {
  const book = await workbookOf(SMALL)
  const gdp = rowWhere(book, '指标值', '指标编号', 'gdp')
  const fiscal = rowWhere(book, '指标值', '指标编号', 'fiscal_revenue')
  const project = rowWhere(book, '项目', '项目编号', 'hongyang_home')
  setCell(book, '指标值', gdp, '数值', '11.39亿')
  setCell(book, '指标值', fiscal, '指标编号', 'fiscal')
  setCell(book, '项目', project, '产业', '<b>家具</b>')
  return { bytes: await bytesOf(book), rows: { gdp: gdp.number, fiscal: fiscal.number, project: project.number } }
}

/** The table's rows as [sheet, row, column, value, expected]. */
function tableRows(page: Page): Promise<string[][]> {
  return page.locator('.workbook-issues tbody tr').evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent ?? '')))
}

describe('数据维护 with problems', () => {
  it('lists every problem by sheet, row and column, sortable, as text; the published data stays', async () => {
    const app = await openApp(browser(), `${appUrl()}#/data`)
    const { page } = app
    await page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
    const { bytes, rows } = await badWorkbook()
    await dropFile(page, '有误.xlsx', bytes)
    await page.locator('.workbook-issues').waitFor()
    expect(await page.locator('.workbook-issues caption').innerText()).toContain('工作簿中有 3 处问题，数据没有导入')
    expect(await tableRows(page)).toEqual([
      ['指标值', String(rows.gdp), '数值', '11.39亿', '应为数字'],
      ['指标值', String(rows.fiscal), '指标编号', 'fiscal', '应为“指标”表中已有的指标编号'],
      ['项目', String(rows.project), '产业', '<b>家具</b>', expect.stringMatching(/^应为“产业”表中的产业名称（工业、.*）或留空$/)],
    ])
    // Workbook text is text: no element was made from it.
    expect(await page.locator('.workbook-issues b').count()).toBe(0)
    // Sorted by row (descending on a second click): the 项目 row (the highest number) first.
    await page.getByRole('button', { name: '行' }).click()
    await page.getByRole('button', { name: '行' }).click()
    expect(await page.getByRole('columnheader', { name: '行' }).getAttribute('aria-sort')).toBe('descending')
    expect((await tableRows(page)).map((row) => row[1])).toEqual([rows.project, rows.fiscal, rows.gdp].map(String).sort((a, b) => Number(b) - Number(a)))
    await screenshot(page, 'workbook-errors')
    expect(await page.getByText('预览：尚未发布').count()).toBe(0)

    await page.getByRole('link', { name: '总览' }).click()
    await waitForCharts(page)
    expect(await page.locator('[data-panel-id="gdp"] .panel-headline').innerText()).toContain('11.39亿元')
    expect(app.consoleErrors).toEqual([])
    expectNoCspViolations(app)
    await page.close()
  }, 120_000)

  it('refuses a file that is not a workbook, with a message', async () => {
    const app = await openApp(browser(), `${appUrl()}#/data`)
    await app.page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
    await dropFile(app.page, '数据.csv', new TextEncoder().encode('指标编号,数值\ngdp,11.39\n'))
    await expect.poll(() => app.page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringContaining('不是 .xlsx 工作簿'))
    await app.page.close()
  })
})

describe('panel tables out', () => {
  it('downloads a panel 数据 table as .xlsx and .csv, named by period and sector filter', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/economy?sector=industry`)
    const { page } = app
    await waitForCharts(page)
    const panel = page.locator('[data-panel-id="investment"]')
    await panel.getByRole('button', { name: '数据' }).click()
    const save = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name }).click()])
      return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) }
    }
    const csv = await save('CSV')
    expect(csv.name).toBe('永安镇-投资与工业增长-数据-2022年1-5月-工业.csv')
    const text = csv.bytes.toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(text.slice(1).split('\r\n')[0]).toMatch(/来源/)
    const xlsx = await save('Excel（.xlsx）')
    expect(xlsx.name).toBe('永安镇-投资与工业增长-数据-2022年1-5月-工业.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
    const sheet = book.worksheets[0]
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(text.slice(1).split('\r\n')[0].split(','))
    expect(sheet.rowCount).toBe(text.slice(1).trim().split('\r\n').length)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  }, 60_000)
})
