/**
 * The chain end to end in the production build: data files -> validation -> store -> the overview's
 * headline figures; and a broken data file shown as a clear message, never a blank page or a stack trace.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { useServer } from '../support/server'

const brokenData = mkdtempSync(join(tmpdir(), 'yongan-broken-'))
cpSync(join(__dirname, '../fixtures/small'), brokenData, { recursive: true })
const indicatorsFile = join(brokenData, 'values.json')
writeFileSync(indicatorsFile, readFileSync(indicatorsFile, 'utf8').replace('"value": 10130000', '"value": "1013万"'))
afterAll(() => rmSync(brokenData, { recursive: true, force: true }))

const appUrl = useServer()
const brokenUrl = useServer({ dataDir: brokenData })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

/** Signs of a stack trace or a raw exception leaking into the page. */
const STACK_TRACE = /\bat \S+ \(|\.js:\d+|TypeError|ReferenceError|SyntaxError|undefined is not/

describe('the overview on the bundled data', () => {
  it('shows the five headline figures with their growth, without errors', async () => {
    const app = await openApp(browser(), appUrl())
    const cards = app.page.locator('[data-panel-id="headline"]')
    await cards.locator('.figure-value', { hasText: '11.39亿元' }).waitFor()
    await app.page.waitForLoadState('networkidle')
    await screenshot(app.page, 'foundation-overview-1920')
    const text = await cards.innerText()
    for (const figure of ['11.39亿元', '+6.8%', '1013万元', '+6.3%', '11.8亿元', '+104.2%', '5507元', '+7.2%', '79家', '新增5个'])
      expect(text).toContain(figure)
    expect(text).toContain('2022年1-5月')
    expect(await app.page.title()).toContain('永安镇')
    expect(await app.page.locator('.app-asof').innerText()).toBe('主要指标截至2022年5月')
    expect(app.consoleErrors).toEqual([])
    expect(app.failedRequests).toEqual([])
    expect(app.offsiteRequests).toEqual([])
    await app.page.close()
  })
})

describe('the overview on a broken copy of data/', () => {
  it('names the file, path, expectation and finding, and keeps the page usable', async () => {
    const app = await openApp(browser(), brokenUrl())
    const banner = app.page.getByRole('alert').filter({ hasText: '数据文件有误' })
    await banner.waitFor()
    await screenshot(app.page, 'foundation-broken-data')
    const message = '「财政收入」的数值应为数字，实际为“1013万”（values.json 第 3 项）'
    expect(await banner.innerText()).toContain(message)
    // The panels that need the broken figure show why; the others still draw; the header still works.
    for (const id of ['headline', 'fiscal_revenue']) {
      const text = await app.page.locator(`[data-panel-id="${id}"]`).innerText()
      expect(text).toContain('数据有误')
      expect(text).toContain(message)
    }
    await app.page.locator('[data-panel-id="gdp"] canvas').waitFor()
    expect(await app.page.locator('[data-panel-id="gdp"]').innerText()).toContain('11.39亿元')
    expect(await app.page.locator('.app-title').innerText()).toContain('永安镇')
    const body = await app.page.locator('body').innerText()
    expect(body).not.toMatch(STACK_TRACE)
    expect(app.consoleErrors).toEqual([])
    await app.page.close()
  })
})
