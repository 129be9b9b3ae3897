// @ts-check
/// <reference lib="dom" />
/**
 * The workbook's part of `npm run bench`: reading the bundled data's workbook on 数据维护 as a clerk does
 * (downloaded from the page itself with 下载当前数据, then chosen), from the choice to the end of reading
 * (the Web Worker started, the archive inflated under its limits, the cells read and checked, the outcome
 * posted back: the app's mark yongan:workbook-read), and the longest main-thread task meanwhile.
 * Its own file so bench.mjs needs only a hook (a step and a row).
 */
import fs from 'node:fs/promises'
import { ms } from './stats.mjs'

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {number} runs
 * @param {(values: number[]) => any} spread
 */
export async function measureWorkbook(context, url, runs, spread) {
  const page = await context.newPage()
  try {
    await page.goto(`${url}#/data`, { waitUntil: 'load' })
    const current = page.getByRole('button', { name: '下载当前数据' })
    if ((await current.count()) === 0) return { skipped: 'no 数据维护 page in this build' }
    await page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 60_000 })
    const download = page.waitForEvent('download', { timeout: 60_000 })
    await current.click()
    const saved = await (await download).path()
    if (!saved) return { skipped: 'the workbook was not downloaded' }
    const bytes = (await fs.stat(saved)).size
    /** @type {number[]} */
    const times = []
    let longestTask = 0
    for (let i = 0; i < runs + 1; i++) {
      await page.goto(`${url}#/data`)
      await page.getByRole('heading', { name: '数据维护' }).waitFor()
      await page.evaluate(() => {
        performance.clearMarks('yongan:workbook-read')
        const tasks = /** @type {number[]} */ ([])
        new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' })
        Object.assign(window, { __workbookTasks: tasks, __workbookStart: performance.now() })
      })
      await page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(saved)
      await page.waitForFunction(() => performance.getEntriesByName('yongan:workbook-read').length > 0, null, { timeout: 120_000 })
      const run = await page.evaluate(() => {
        const w = /** @type {any} */ (window)
        const end = performance.getEntriesByName('yongan:workbook-read')[0].startTime
        return { ms: end - w.__workbookStart, longest: Math.max(0, ...w.__workbookTasks) }
      })
      // The first run also fetches the worker and exceljs into it: reported apart.
      if (i > 0) {
        times.push(run.ms)
        longestTask = Math.max(longestTask, run.longest)
      }
      await page.getByText('预览：尚未发布').first().waitFor({ timeout: 60_000 })
    }
    return { bytes, ms: spread(times), longestTaskMs: Math.round(longestTask) }
  } finally {
    await page.close()
  }
}

/**
 * The workbook's row of the results table.
 * @param {any} workbook
 * @returns {string[][]}
 */
export function workbookRows(workbook) {
  if (!workbook) return []
  if (workbook.skipped) return [['Workbook read (bundled data)', `skipped: ${workbook.skipped}`, '', '']]
  const times = ms(workbook.ms)
  return [
    [
      `Workbook read in its Worker, bundled data (${workbook.bytes.toLocaleString('en-US')} B)`,
      `${times}; longest main-thread task ${workbook.longestTaskMs} ms`,
      'no task > 200 ms',
      workbook.longestTaskMs <= 200 ? 'ok' : 'over',
    ],
  ]
}
