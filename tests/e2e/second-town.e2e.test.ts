/// <reference lib="dom" />
/**
 * A second town's report entered as written (issue 23): the 青禾镇 workbook (a fictional town, built from
 * tests/fixtures/second-town by the test helper) imported on 数据维护 with no error; the page's import
 * summary and data table show its completion rates as stated, 预计 beside the estimates, 下降 for the falls,
 * the figure a later edition revised (修订前) and the parts under their whole.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { importOnMaintenancePage, openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { bytesOf, workbookOf } from '../support/workbook'

const appUrl = useServer({ dataDir: 'tests/fixtures/small' })
const browser = useBrowser({ viewport: { width: 1600, height: 1000 } })
const temp: string[] = []
afterAll(async () => {
  for (const dir of temp) await fs.rm(dir, { recursive: true, force: true })
})

describe('数据维护 with another town’s workbook', () => {
  it('imports 青禾镇 and lists its rates as stated, 预计, 下降, 修订前 and parts under their whole', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-second-town-'))
    temp.push(dir)
    const file = path.join(dir, '青禾镇-2023年上半年.xlsx')
    await fs.writeFile(file, await bytesOf(await workbookOf(path.join(__dirname, '../fixtures/second-town'))))

    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    await waitForCharts(page)
    await importOnMaintenancePage(page, file)

    // The tab names the town of the data shown, from its meta.json (index.html names none).
    expect(await page.title()).toBe('青禾镇经济运行看板')
    await page.getByRole('link', { name: '返回数据维护' }).click()
    const section = page.getByRole('region', { name: '数据一览' })
    await section.waitFor()
    expect(await section.getByRole('heading').innerText()).toContain('预览')
    const summary = await section.locator('[data-import-summary]').innerText()
    expect(summary).toContain('完成率照报道 4 项')
    expect(summary).toContain('下降 3 项')
    expect(summary).toContain('“其中”分项 2 项')
    expect(summary).toContain('报道未提供：项目、荣誉、产业分类')

    const rows = await section.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent?.trim() ?? '')))
    const names = rows.map((row) => row[0])
    const tax = names.indexOf('税收收入')
    expect(names.slice(tax, tax + 3)).toEqual(['税收收入', '其中：国税收入', '其中：地税收入'])
    const row = (name: string) => rows.find((cells) => cells[0] === name) as string[]
    expect(row('固定资产投资')[4]).toBe('完成全年目标的48.6%，序时进度50%，落后序时进度1.4个百分点')
    expect(row('招商引资到位资金')[4]).toContain('完成全年目标的107%')
    expect(row('一般公共预算收入')[4]).toContain('完成全年目标900万元的61.2%')
    expect(row('粮食种植面积')[2]).toBe('3.46万亩（预计）')
    expect(row('新改建农村公路')[2]).toBe('12.5公里（预计）')
    expect(row('工业用电量')[3]).toBe('下降6.2% ↓')
    // A fall in the falling colour of the growth cards (--down), a rise never in it.
    const colourOf = (rowIndex: number, column: number) =>
      section.locator('tbody tr').nth(rowIndex).locator('td').nth(column).evaluate((td) => getComputedStyle(td).color)
    const falling = await page.evaluate(() => {
      const probe = document.createElement('span')
      probe.style.color = 'var(--down)'
      document.body.append(probe)
      const colour = getComputedStyle(probe).color
      probe.remove()
      return colour
    })
    expect(await colourOf(names.indexOf('工业用电量'), 3)).toBe(falling)
    const rise = rows.findIndex((cells) => cells[3].startsWith('增长'))
    expect(rise).toBeGreaterThanOrEqual(0)
    expect(rows[rise][3]).toMatch(/ ↑/)
    expect(await colourOf(rise, 3)).not.toBe(falling)
    expect(row('工业用电量')[6]).toBe('2356.8万千瓦时（预计）（2023年1-6月）')
    expect(row('社会消费品零售总额')[5]).toBe('增速列全区第二')
    await screenshot(page, 'second-town-data-page', { fullPage: true })
    await page.close()
  }, 180_000)
})
