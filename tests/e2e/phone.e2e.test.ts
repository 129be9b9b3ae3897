/**
 * The dashboard on a phone at the meeting table (390x844, touch): every page one panel per row, charts
 * tall enough to read, no sideways scrolling of the page, no text under 12 px (DOM or ECharts), the sector
 * filter as one row that scrolls sideways, a tooltip on a tap, 复制链接 where the Clipboard API is
 * missing, and the QR code of the view (Q, ?qr) readable on the phone's screen. Screenshots:
 * test-output/screenshots/phone-<page>.png (the whole page), phone-qr.png.
 */
import { expect, it } from 'vitest'
import { PAGES } from '../../src/layouts/pages'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { ChartTexts, smallDomText } from '../support/room'
import { decodeQr } from '../support/qr'
import { chartPanelsOf, PAGE_HASHES } from '../support/pageState'
import { screenUrl } from '../support/screen'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 390, height: 844 }, touch: true })
const PHONE_MIN_PX = 12

it('every page: one panel per row, readable chart heights, no sideways scroll, text of 12 px or more', { timeout: 180_000 }, async () => {
  const app = await openApp(browser(), `${appUrl()}#/`)
  const { page } = app
  try {
    const probe = await ChartTexts.attach(browser(), page)
    for (const [index, def] of PAGES.entries()) {
      await page.goto(`${appUrl()}${PAGE_HASHES[index]}`)
      // A page of card panels alone (民生与治理) has no chart to wait for.
      await waitForCharts(page, undefined, { minCharts: Math.min(1, chartPanelsOf(def).length) })
      await page.waitForTimeout(700)
      await screenshot(page, `phone-${def.id}`, { fullPage: true })
      const layout = await page.evaluate(() => {
        const root = document.scrollingElement ?? document.documentElement
        const panels = Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]')).map((el) => el.getBoundingClientRect())
        const charts = Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id] .chart-view')).map((el) => el.getBoundingClientRect().height)
        return { scrollX: root.scrollWidth - root.clientWidth, widths: panels.map((r) => r.width), lefts: panels.map((r) => r.left), tops: panels.map((r) => r.top), charts }
      })
      expect(layout.scrollX, `${def.id} scrolls sideways`).toBe(0)
      // One per row: each panel nearly the window's width, each below the one before.
      for (const width of layout.widths) expect(width).toBeGreaterThan(390 * 0.9)
      for (let i = 1; i < layout.tops.length; i++) expect(layout.tops[i]).toBeGreaterThan(layout.tops[i - 1])
      for (const height of layout.charts) expect(height, `${def.id} chart height`).toBeGreaterThanOrEqual(240)
      expect(await smallDomText(page, PHONE_MIN_PX), `${def.id} DOM text under 12 px`).toEqual([])
      // Two cards a row: each figure with its unit on one line (not 11.39亿 / 元); names (荣誉) may wrap.
      const wrapped = await page.$$eval('.figure-card:not(.figure-card-wordy) .figure-value', (values) =>
        values.filter((el) => el.getBoundingClientRect().height > parseFloat(getComputedStyle(el).lineHeight) * 1.5).map((el) => el.textContent),
      )
      expect(wrapped, `${def.id} figures broken over two lines`).toEqual([])
      for (const chart of await probe.drawn()) {
        expect(Math.min(...chart.fonts), `${def.id} ${chart.panel}`).toBeGreaterThanOrEqual(PHONE_MIN_PX)
        expect(chart.missing, `${def.id} ${chart.panel}: labels not drawn`).toEqual([])
        expect(chart.outside, `${def.id} ${chart.panel}: text past the chart's edge`).toEqual([])
      }
    }
    // The filter is one row that scrolls sideways; the page does not.
    const filter = await page.evaluate(() => {
      const row = document.querySelector<HTMLElement>('.sector-filter')!
      return { scrolls: row.scrollWidth > row.clientWidth, style: getComputedStyle(row).overflowX, height: row.getBoundingClientRect().height }
    })
    expect(filter.style).toBe('auto')
    expect(filter.height).toBeLessThan(80)
    // Every chip keeps its whole name in the row (none squeezed: 全部 is the first one read).
    const squeezed = await page.$$eval('.sector-filter .sector-button, .sector-filter-label', (chips) => chips.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent))
    expect(squeezed).toEqual([])
    expect(app.consoleErrors).toEqual([])
  } finally {
    await page.close()
  }
})

it('a tap on a bar shows its tooltip', async () => {
  const app = await openApp(browser(), `${appUrl()}#/panel/gdp`)
  const { page } = app
  try {
    await waitForCharts(page)
    const probe = await ChartTexts.attach(browser(), page)
    await page.waitForTimeout(800)
    const box = (await page.locator('[data-panel-id="gdp"] .chart-view').boundingBox())!
    const before = (await probe.drawn())[0].text
    // The 2022 bar: the right half of the plot, a little above the axis.
    await page.touchscreen.tap(box.x + box.width * 0.68, box.y + box.height * 0.75)
    await expect.poll(async () => (await probe.drawn())[0].text.length, { timeout: 5_000 }).toBeGreaterThan(before.length)
    expect((await probe.drawn())[0].text).toContain('2022年1-5月11.39亿元')
    await screenshot(page, 'phone-tooltip')
  } finally {
    await page.close()
  }
})

it('复制链接 gives the address of the view where the Clipboard API is missing (plain-http intranet)', async () => {
  const app = await openApp(browser(), `${appUrl()}#/page/economy?sector=industry`)
  const { page } = app
  try {
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }))
    await page.locator('[data-copy-link]').click()
    const copied = page.locator('.copy-link-status')
    const manual = page.locator('[data-copy-link-text]')
    await expect.poll(async () => (await copied.count()) + (await manual.count())).toBe(1)
    if (await manual.count()) expect(await manual.inputValue()).toBe(`${appUrl()}#/page/economy?sector=industry`)
    else expect(await copied.innerText()).toBe('已复制')
    expect(app.consoleErrors).toEqual([])
  } finally {
    await page.close()
  }
})

it('the QR code of the view (Q, ?qr) decodes to its address and fits the phone: no sideways scroll', async () => {
  const expected = `${appUrl()}#/page/economy?sector=industry`
  const app = await openApp(browser(), screenUrl(appUrl(), 'kiosk&rotate=0&refresh=0&sector=industry', 1))
  const { page } = app
  try {
    const qr = page.locator('[data-screen-qr]')
    await page.locator('[data-panel-id]').first().waitFor()
    expect(await qr.count()).toBe(0)
    await page.keyboard.press('q')
    await expect.poll(() => qr.count(), { timeout: 10_000 }).toBe(1)
    expect(await decodeQr(qr)).toBe(expected)
    // Opened from the address too, as a phone opens a link.
    await page.goto(screenUrl(appUrl(), 'kiosk&rotate=0&refresh=0&qr&sector=industry', 1))
    await expect.poll(() => qr.count(), { timeout: 10_000 }).toBe(1)
    expect(await decodeQr(qr)).toBe(expected)
    await page.waitForTimeout(500)
    await screenshot(page, 'phone-qr')
    const fit = await qr.evaluate((el) => {
      const root = document.scrollingElement ?? document.documentElement
      const r = el.getBoundingClientRect()
      const code = el.querySelector('svg')!.getBoundingClientRect()
      return { scrollX: root.scrollWidth - root.clientWidth, left: r.left, right: r.right, top: r.top, bottom: r.bottom, code: code.width }
    })
    expect(fit.scrollX, 'scrolls sideways').toBe(0)
    expect(fit.left).toBeGreaterThanOrEqual(0)
    expect(fit.right).toBeLessThanOrEqual(390)
    expect(fit.top).toBeGreaterThanOrEqual(0)
    expect(fit.bottom).toBeLessThanOrEqual(844)
    // Large enough for another phone's camera across the table.
    expect(fit.code).toBeGreaterThanOrEqual(140)
    expect(app.consoleErrors).toEqual([])
  } finally {
    await page.close()
  }
})
