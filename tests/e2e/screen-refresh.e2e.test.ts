/**
 * Auto-refresh in screen mode against a server whose data folder is a temporary copy: a changed file
 * updates the figure on screen without re-creating the chart; a broken file keeps the last good figure
 * with a stale mark and the time of the last good read; the fixed file clears the mark. Reads never
 * overlap, even when the server is slower than the refresh interval.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, expect, it } from 'vitest'
import { startServer } from '../../scripts/serve.mjs'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { DIST, useServer } from '../support/server'
import { findColour, screenUrl, waitForStillCharts } from '../support/screen'
import { THEME_COLOURS } from '../../src/charts/themes'

const SOURCE = fileURLToPath(new URL('../fixtures/small/', import.meta.url))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'screen-refresh-data-'))
for (const name of fs.readdirSync(SOURCE).filter((file) => file.endsWith('.json'))) fs.copyFileSync(path.join(SOURCE, name), path.join(dataDir, name))
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

const appUrl = useServer({ dataDir })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const INDICATORS = path.join(dataDir, 'values.json')
const original = fs.readFileSync(INDICATORS, 'utf8')

/** Replaces the file at once (write beside it, then rename), as a careful clerk's copy would. */
function writeIndicators(text: string): void {
  const tmp = `${INDICATORS}.tmp`
  fs.writeFileSync(tmp, text)
  fs.renameSync(tmp, INDICATORS)
}

function withGdp(yuan: number): string {
  const data = JSON.parse(original) as { values: { indicator: string; value: number }[] }
  data.values.find((item) => item.indicator === 'gdp')!.value = yuan
  return JSON.stringify(data, null, 2)
}

it('updates a changed figure in place, keeps the last good one with a stale mark, clears the mark when fixed', async () => {
  const app = await openApp(browser(), screenUrl(appUrl(), 'kiosk&fit=contain&refresh=2&rotate=0'))
  const { page } = app
  try {
    await waitForCharts(page)
    const headline = page.locator('[data-panel-id="gdp"] .panel-headline')
    const card = page.locator('[data-figure-id="gdp"] .figure-value')
    await expect.poll(() => headline.innerText()).toContain('11.39亿元')
    expect(await card.innerText()).toBe('11.39亿元')
    await waitForStillCharts(page)
    const chartId = await page.locator('[data-panel-id="gdp"] [_echarts_instance_]').getAttribute('_echarts_instance_')
    await page.locator('[data-panel-id="gdp"] canvas').evaluate((canvas) => canvas.setAttribute('data-test-mark', 'first'))
    const barBefore = await findColour(page, 'gdp', THEME_COLOURS.dark.palette[0])

    writeIndicators(withGdp(1_250_000_000))
    await expect.poll(() => card.innerText(), { timeout: 10_000 }).toBe('12.5亿元')
    expect(await headline.innerText()).toContain('12.5亿元')
    // The same chart, redrawn with the new value.
    expect(await page.locator('[data-panel-id="gdp"] [_echarts_instance_]').getAttribute('_echarts_instance_')).toBe(chartId)
    expect(await page.locator('[data-panel-id="gdp"] canvas[data-test-mark="first"]').count()).toBe(1)
    await waitForStillCharts(page)
    expect(await findColour(page, 'gdp', THEME_COLOURS.dark.palette[0])).not.toEqual(barBefore)
    expect(await page.locator('[data-screen-stale]').count()).toBe(0)

    writeIndicators('{ "values": [ { "indicator": "gdp", ')
    const stale = page.locator('[data-screen-stale]')
    await expect.poll(() => stale.isVisible(), { timeout: 10_000 }).toBe(true)
    expect(await stale.innerText()).toMatch(/数据未更新，仍显示 \d{1,2}月\d{1,2}日 \d\d:\d\d 读取的数据/)
    await screenshot(page, 'screen-refresh-stale')
    expect(await card.innerText()).toBe('12.5亿元')
    expect(await headline.innerText()).toContain('12.5亿元')
    expect(await page.locator('[data-panel-id="gdp"] canvas[data-test-mark="first"]').count()).toBe(1)
    // No banner pushes the fitted stage: the header mark says it all.
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true)

    writeIndicators(withGdp(1_250_000_000))
    await expect.poll(() => stale.count(), { timeout: 10_000 }).toBe(0)
    expect(await card.innerText()).toBe('12.5亿元')
    expect(await page.locator('[data-panel-id="gdp"] canvas[data-test-mark="first"]').count()).toBe(1)
    expect(app.consoleErrors).toEqual([])
    expect(app.offsiteRequests).toEqual([])
  } finally {
    await page.close()
    writeIndicators(original)
  }
})

it('never starts a read while one is under way, even when the server is slower than ?refresh', async () => {
  const slow = await startServer({ root: DIST, dataDir, delays: { 'data/values.json': 2_500 } })
  try {
    const app = await openApp(browser(), screenUrl(slow.url, 'kiosk&fit=contain&refresh=1&rotate=0'))
    await app.page.waitForTimeout(7_500)
    const reads = slow.requests.filter((url) => url.includes('data/values.json')).length
    // One read takes 2.5 s and the next starts 1 s after it ends: 2 (maybe 3) in 7.5 s; with overlapping
    // reads there would be one a second.
    expect(reads).toBeGreaterThanOrEqual(2)
    expect(reads).toBeLessThanOrEqual(3)
    await app.page.close()
  } finally {
    await slow.close()
  }
})
