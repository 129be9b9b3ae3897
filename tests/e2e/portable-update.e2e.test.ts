/**
 * Updating a portable file as a clerk does: 数据维护, import a workbook, check the preview, 保存为新看板文件;
 * then open the new file, and do it again. Each new file shows the new figures, differs from the one it
 * was made from only inside its data blocks, and a workbook cell holding markup comes back as text. A
 * file can also take the data of another (older) portable file.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import type { CellValue } from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { openApp, screenshot, useBrowser, type AppPage } from '../support/browser'
import { settle } from '../support/pageState'
import { fileUrl, meetingRoomFolder, portableCopy, removePortableCopies, withoutData } from '../support/portableCopy'
import { bytesOf, rowWhere, setCell, workbookOf } from '../support/workbook'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
afterAll(removePortableCopies)

const MARKUP = '</script><script>alert(1)</script>'

/**
 * A workbook of the bundled data with the GDP (亿元) changed and, optionally, a project's name; or with
 * the GDP of a new report edition, 2022年1-7月 (a 报告期 the 报告 sheet does not list is created).
 */
async function workbookFile(gdp: number, change: { projectName?: string; newEdition?: boolean } = {}): Promise<string> {
  const book = await workbookOf(path.join(ROOT, 'data'))
  const gdpRow = rowWhere(book, '指标值', '指标编号', 'gdp')
  if (change.newEdition) {
    const july = book.getWorksheet('指标值')!.addRow(gdpRow.values as CellValue[])
    setCell(book, '指标值', july, '报告期', '2022-07')
    setCell(book, '指标值', july, '期间', '2022年1-7月')
    setCell(book, '指标值', july, '数值', gdp)
  } else setCell(book, '指标值', gdpRow, '数值', gdp)
  if (change.projectName) setCell(book, '项目', rowWhere(book, '项目', '项目编号', 'hongyang_home'), '项目名称', change.projectName)
  const file = path.join(await meetingRoomFolder(), `数据 ${gdp}.xlsx`)
  await fs.writeFile(file, await bytesOf(book))
  return file
}

/** Opens a portable file with the browser's save dialog taken away (a test cannot answer it): saving downloads. */
async function openPortable(file: string, hash = '#/'): Promise<AppPage> {
  const app = await openApp(browser(), `${fileUrl(file)}${hash}`)
  await app.page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker
  })
  await app.page.reload()
  return app
}

async function headline(page: Page): Promise<string> {
  await settle(page)
  return page.locator('[data-panel-id="headline"]').innerText()
}

/** Shows every panel's data table (the button's name changes once pressed). */
async function openTables(page: Page): Promise<void> {
  for (const panel of await page.locator('[data-panel-id]').all()) await panel.getByRole('button', { name: /^数据：/ }).click()
}

/** Clicks 保存为新看板文件 and keeps the file in a new folder; returns its path. */
async function saveNewFile(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存为新看板文件' }).first().click()])
  const target = path.join(await meetingRoomFolder(), download.suggestedFilename())
  await download.saveAs(target)
  return target
}

/** Imports a workbook on 数据维护 and waits for the preview on the dashboard. */
async function importWorkbook(page: Page, file: string): Promise<void> {
  await page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(file)
  await page.getByText('预览：尚未发布').waitFor()
}

describe('updating a portable file', () => {
  it('a workbook import saved as a new file: new figures, markup as text, only the data blocks differ, twice; editions kept', async () => {
    const first = await portableCopy()
    const app = await openPortable(first, '#/data')
    const { page } = app
    let second: string
    try {
      await page.getByRole('heading', { name: '数据维护' }).waitFor()
      await screenshot(page, 'portable-data-page')
      await importWorkbook(page, await workbookFile(12.34, { projectName: MARKUP }))
      expect(await headline(page)).toContain('12.34亿元')
      await page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: '项目建设' }).click()
      await settle(page)
      await openTables(page)
      await expect.poll(() => page.getByText(MARKUP).count()).toBeGreaterThan(0)
      await screenshot(page, 'portable-preview-markup')
      second = await saveNewFile(page)
      expect(path.basename(second)).toBe('永安镇经济运行看板-2022年1-5月.html')
      expect(app.dialogs).toEqual([])
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }

    const [firstText, secondText] = await Promise.all([fs.readFile(first, 'utf8'), fs.readFile(second, 'utf8')])
    expect(secondText).not.toBe(firstText)
    expect(withoutData(secondText)).toBe(withoutData(firstText))
    expect(secondText).toContain('\\u003c/script>\\u003cscript>alert(1)\\u003c/script>')

    // The second generation opened from its own folder: the new figure, the markup still text, no alert.
    const reopened = await openPortable(second, '#/page/projects')
    let third: string
    try {
      await settle(reopened.page)
      await openTables(reopened.page)
      await expect.poll(() => reopened.page.getByText(MARKUP).count()).toBeGreaterThan(0)
      await reopened.page.goto(`${fileUrl(second)}#/`)
      expect(await headline(reopened.page)).toContain('12.34亿元')
      await screenshot(reopened.page, 'portable-second-generation')
      await reopened.page.goto(`${fileUrl(second)}#/data`)
      await importWorkbook(reopened.page, await workbookFile(12.5, { newEdition: true }))
      third = await saveNewFile(reopened.page)
      expect(reopened.dialogs).toEqual([])
      expect(reopened.consoleErrors).toEqual([])
    } finally {
      await reopened.page.close()
    }

    const thirdText = await fs.readFile(third, 'utf8')
    expect(thirdText).not.toBe(secondText)
    expect(withoutData(thirdText)).toBe(withoutData(secondText))
    // Named after its newest edition, which it shows; the earlier edition is still there (?period=), with the
    // figure of the workbook it came from (made from data/, so the report's own 11.39亿元).
    expect(path.basename(third)).toBe('永安镇经济运行看板-2022年1-7月.html')
    const last = await openPortable(third)
    try {
      expect(await headline(last.page)).toContain('12.5亿元')
      await last.page.goto(`${fileUrl(third)}?period=2022-05#/`)
      await last.page.reload()
      expect(await headline(last.page)).toContain('11.39亿元')
      await screenshot(last.page, 'portable-third-generation-earlier-edition')
    } finally {
      await last.page.close()
    }

    // A fresh copy of the original takes the third file's data by file picker and saves the same page.
    const fresh = await openPortable(await portableCopy(), '#/data')
    try {
      await fresh.page.locator('input[data-older-page]').setInputFiles(third)
      await fresh.page.getByText('预览：尚未发布').waitFor()
      expect(await headline(fresh.page)).toContain('12.5亿元')
      expect(await fs.readFile(await saveNewFile(fresh.page), 'utf8')).toBe(thirdText)
    } finally {
      await fresh.page.close()
    }
  })

  it('a file that is not a portable dashboard is refused with a message, the data shown stays', async () => {
    const folder = await meetingRoomFolder()
    const stranger = path.join(folder, '别的网页.html')
    await fs.writeFile(stranger, '<!doctype html><title>x</title><p>hello</p>')
    const file = await portableCopy()
    const app = await openPortable(file, '#/data')
    try {
      await app.page.locator('input[data-older-page]').setInputFiles(stranger)
      await expect.poll(() => app.page.getByRole('alert').allInnerTexts()).toContainEqual(expect.stringContaining('“别的网页.html”不是离线版看板文件'))
      await app.page.getByRole('navigation', { name: '页面' }).getByRole('link', { name: '总览' }).click()
      expect(await headline(app.page)).toContain('11.39亿元')
      expect(await app.page.getByText('预览：尚未发布').count()).toBe(0)
    } finally {
      await app.page.close()
    }
  })
})
