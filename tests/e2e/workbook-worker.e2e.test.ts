/**
 * Reading a workbook in its Web Worker, as the clerk sees it: a good workbook previewed (served under a
 * sub-path, the worker a file of the build), hostile files refused within seconds with a message (a ZIP
 * whose sizes lie and inflates to 1 GB, a million rows, a 2 GiB file refused before it is read), a slow
 * read cancelled with 取消 and the page still usable after it. The portable page from file:// runs the same
 * worker as a blob:. No CSP violation anywhere (the harness fails a test on any).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { useServer } from '../support/server'
import { fileUrl, portableCopy, removePortableCopies } from '../support/portableCopy'
import { bytesOf, workbookOf } from '../support/workbook'
import { lyingSizesWorkbook, millionRowWorkbook } from '../fixtures/hostileWorkbook'

const BASE = '/town/dashboard/'
const appUrl = useServer({ base: BASE, dataDir: 'tests/fixtures/small' })
const browser = useBrowser({ viewport: { width: 1600, height: 1000 } })

let dir: string
const files: Record<'good' | 'lying' | 'million' | 'slow' | 'huge', string> = { good: '', lying: '', million: '', slow: '', huge: '' }

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-worker-'))
  for (const [name, bytes] of [
    ['good', await bytesOf(await workbookOf('tests/fixtures/small'))],
    ['lying', await lyingSizesWorkbook()],
    ['million', millionRowWorkbook()],
    // Under the row limit, so read whole: slow enough to be cancelled.
    ['slow', millionRowWorkbook(95_000)],
  ] as const) {
    files[name] = path.join(dir, `${name}.xlsx`)
    await fs.writeFile(files[name], bytes)
  }
  // 2 GiB, sparse: nothing is written to disk.
  files.huge = path.join(dir, 'huge.xlsx')
  const handle = await fs.open(files.huge, 'w')
  await handle.truncate(2 * 1024 ** 3)
  await handle.close()
})
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
  await removePortableCopies()
})

async function openDataPage(page: Page): Promise<void> {
  await page.getByRole('heading', { name: '数据维护' }).waitFor()
  await page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
}

const chooseWorkbook = (page: Page, file: string) => page.locator('input[type="file"][accept^=".xlsx"]').setInputFiles(file)

/** Chooses `file` and returns the refusal shown (one containing `words`), and the seconds until it was shown. */
async function refusal(page: Page, file: string, words: string): Promise<{ text: string; seconds: number }> {
  const started = Date.now()
  await chooseWorkbook(page, file)
  const alert = page.locator('.data-refused', { hasText: words })
  await alert.waitFor({ timeout: 30_000 })
  return { text: await alert.innerText(), seconds: (Date.now() - started) / 1000 }
}

describe('the workbook read in a Web Worker', () => {
  it('served under a sub-path: hostile files refused within seconds, a slow read cancelled, a good workbook previewed', async () => {
    const app = await openApp(browser(), `${appUrl()}#/data`)
    const { page } = app
    await openDataPage(page)

    const lying = await refusal(page, files.lying, '解压后过大')
    expect(lying.text).toContain('工作簿解压后过大（超过 50 MB），无法导入')
    expect(lying.seconds).toBeLessThan(5)
    await screenshot(page, 'worker-lying-sizes')
    console.log(`browser refusal: lying sizes ${lying.seconds} s`)

    const million = await refusal(page, files.million, '行数过多')
    expect(million.text).toBe('工作簿行数过多（超过 100000 行），不能超过 100000 行')
    expect(million.seconds).toBeLessThan(5)
    console.log(`browser refusal: a million rows ${million.seconds} s`)

    const huge = await refusal(page, files.huge, '文件过大')
    expect(huge.text).toBe('文件过大（2048.0 MB），工作簿不能超过 10 MB，未读取')
    expect(huge.seconds).toBeLessThan(5)

    // A slow read: progress shown, then 取消 stops it; the page answers throughout.
    await chooseWorkbook(page, files.slow)
    const status = page.locator('.data-busy[role="status"]')
    await status.getByText(/正在(解压|读取)“slow\.xlsx”/).waitFor()
    expect(await status.getByRole('progressbar', { name: '读取进度' }).count()).toBe(1)
    await screenshot(page, 'worker-progress')
    const started = Date.now()
    expect(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(1))))).toBe(1)
    expect(Date.now() - started).toBeLessThan(1000)
    await status.getByRole('button', { name: '取消' }).click()
    expect(await page.locator('.data-refused').innerText()).toBe('已取消读取“slow.xlsx”，未导入任何数据。')
    expect(await status.count()).toBe(0)

    await chooseWorkbook(page, files.good)
    await page.getByText('预览：尚未发布').waitFor({ timeout: 30_000 })
    const workers = appUrl.server().requests.filter((url) => /readWorker-[\w-]+\.js$/.test(url))
    expect(workers.length).toBeGreaterThan(0)
    for (const url of workers) expect(url.startsWith(`${BASE}assets/`)).toBe(true)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })

  it('in the portable page from file://: the same worker as a blob:, a good workbook previewed, a bomb refused', async () => {
    const copy = await portableCopy()
    const app = await openApp(browser(), `${fileUrl(copy)}#/data`)
    const { page } = app
    // The workbook is read when chosen, so its worker starts after the page has opened.
    const workerUrls: string[] = []
    page.on('worker', (worker) => workerUrls.push(worker.url()))
    await openDataPage(page)
    const lying = await refusal(page, files.lying, '解压后过大')
    expect(lying.text).toContain('工作簿解压后过大（超过 50 MB），无法导入')
    expect(lying.seconds).toBeLessThan(5)
    await chooseWorkbook(page, files.good)
    await page.getByText('预览：尚未发布').waitFor({ timeout: 30_000 })
    // Each read ran in a worker, and from file:// that worker is a blob: (a file: worker is refused there).
    expect(workerUrls.length).toBeGreaterThanOrEqual(2)
    for (const url of workerUrls) expect(url).toMatch(/^blob:/)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})
