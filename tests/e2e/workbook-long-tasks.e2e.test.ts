/// <reference lib="dom" />
/**
 * The page never freezes on a workbook: while hostile and slow workbooks are read (in the Web Worker), no
 * task on the page's main thread lasts over 200 ms (Chromium's long-task observer). Timing-sensitive, so
 * it runs alone (the e2e-measuring project of vitest.e2e.config.ts), not beside other browser tests.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, useBrowser } from '../support/browser'
import { useServer } from '../support/server'
import { bytesOf, workbookOf } from '../support/workbook'
import { lyingSizesWorkbook, millionRowWorkbook } from '../fixtures/hostileWorkbook'

const appUrl = useServer({ dataDir: 'tests/fixtures/small' })
const browser = useBrowser({ viewport: { width: 1600, height: 1000 } })

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-long-tasks-'))
})
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

async function file(name: string, bytes: Uint8Array): Promise<string> {
  const target = path.join(dir, name)
  await fs.writeFile(target, bytes)
  return target
}

/**
 * Chooses `workbook`, waits for `done` to show, and returns the long tasks (ms) that started before the
 * app marked the end of reading (yongan:workbook-read): showing the outcome (the preview) is not reading.
 */
async function longTasksWhileReading(page: Page, workbook: string, done: string): Promise<number[]> {
  await page.evaluate(() => {
    const seen: PerformanceEntry[] = []
    ;(window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks = seen
    performance.clearMarks('yongan:workbook-read')
    const observer = new PerformanceObserver((list) => {
      seen.push(...list.getEntries())
    })
    observer.observe({ type: 'longtask' })
    ;(window as unknown as { __stopLongTasks: () => void }).__stopLongTasks = () => observer.disconnect()
  })
  await page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(workbook)
  await page.getByText(done).first().waitFor({ timeout: 60_000 })
  return page.evaluate(() => {
    ;(window as unknown as { __stopLongTasks: () => void }).__stopLongTasks()
    const read = performance.getEntriesByName('yongan:workbook-read')[0]
    if (!read) throw new Error('the app did not mark the end of reading')
    return (window as unknown as { __longTasks: PerformanceEntry[] }).__longTasks.filter((task) => task.startTime < read.startTime).map((task) => Math.round(task.duration))
  })
}

it('no main-thread task over 200 ms while reading a lying ZIP, a million rows, 95,000 rows and a good workbook', async () => {
  const app = await openApp(browser(), `${appUrl()}#/data`)
  const { page } = app
  await page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
  const cases: [string, Uint8Array, string][] = [
    ['lying.xlsx', await lyingSizesWorkbook(), '解压后过大'],
    ['million.xlsx', millionRowWorkbook(), '行数过多'],
    ['slow.xlsx', millionRowWorkbook(95_000), '工作簿中有'],
    ['good.xlsx', await bytesOf(await workbookOf('tests/fixtures/small')), '预览：尚未发布'],
  ]
  const seen: Record<string, number[]> = {}
  for (const [name, bytes, done] of cases) {
    seen[name] = await longTasksWhileReading(page, await file(name, bytes), done)
  }
  console.log('long tasks (ms) while reading:', JSON.stringify(seen))
  for (const [name, tasks] of Object.entries(seen)) expect({ name, over200: tasks.filter((ms) => ms > 200) }).toEqual({ name, over200: [] })
  await page.close()
})
