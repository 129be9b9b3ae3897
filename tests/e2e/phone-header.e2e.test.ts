/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * The header on a phone (390x844, touch): the page's tab scrolled into view (民生与治理, the last one, is
 * past the right edge otherwise); 已复制 leaves the header's height alone; the chosen sector's button in
 * view, whole, beside the 产业：… chip (which has a line of its own). Screenshots: phone-header-*.png.
 */
import { expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 390, height: 844 }, touch: true })

/** Left and right of an element and of the row that clips it. */
function inRow(page: Page, selector: string, row: string): Promise<{ left: number; right: number; rowLeft: number; rowRight: number }> {
  return page.evaluate(
    ([item, container]) => {
      const box = document.querySelector(item)?.getBoundingClientRect()
      const clip = document.querySelector(container)?.getBoundingClientRect()
      return { left: box?.left ?? NaN, right: box?.right ?? NaN, rowLeft: Math.max(0, clip?.left ?? NaN), rowRight: Math.min(innerWidth, clip?.right ?? NaN) }
    },
    [selector, row],
  )
}

it('the active tab in view on every page, the last one too', async () => {
  const app = await openApp(browser(), `${appUrl()}#/page/livelihood`)
  const { page } = app
  try {
    await waitForCharts(page, undefined, { minCharts: 0 })
    for (const path of ['#/page/livelihood', '#/', '#/page/projects', '#/page/livelihood']) {
      await page.goto(`${appUrl()}${path}`)
      await page.waitForTimeout(300)
      const tab = await inRow(page, '.app-nav .nav-link.active', '.app-nav')
      expect(tab.left, `${path}: active tab's left edge`).toBeGreaterThanOrEqual(tab.rowLeft - 0.5)
      expect(tab.right, `${path}: active tab's right edge`).toBeLessThanOrEqual(tab.rowRight + 0.5)
    }
    await screenshot(page, 'phone-header-livelihood')
    expect(app.consoleErrors).toEqual([])
  } finally {
    await app.page.close()
  }
})

it('已复制 does not change the header height', async () => {
  const app = await openApp(browser(), `${appUrl()}#/page/economy`)
  const { page } = app
  try {
    await waitForCharts(page, undefined, { minCharts: 0 })
    const height = () => page.locator('.app-header').evaluate((el) => el.getBoundingClientRect().height)
    const before = await height()
    await page.locator('[data-copy-link]').click()
    const status = page.locator('.copy-link-status, .copy-link-manual')
    await status.first().waitFor()
    if (await page.locator('.copy-link-status').count()) {
      expect(await page.locator('.copy-link-status').innerText()).toBe('已复制')
      expect(await height()).toBe(before)
      await screenshot(page, 'phone-header-copied')
    }
  } finally {
    await app.page.close()
  }
})

it('a chosen sector: its button whole in the scrolling row, the 产业 chip on its own line, nothing cut', async () => {
  for (const sector of ['e_commerce', 'livelihood', 'industry']) {
    const app = await openApp(browser(), `${appUrl()}#/page/economy?sector=${sector}`)
    const { page } = app
    try {
      await waitForCharts(page, undefined, { minCharts: 0 })
      await page.waitForTimeout(300)
      const button = await inRow(page, `.sector-button[data-sector="${sector}"]`, '.sector-filter')
      expect(button.left, `${sector}: button's left edge`).toBeGreaterThanOrEqual(button.rowLeft - 0.5)
      expect(button.right, `${sector}: button's right edge`).toBeLessThanOrEqual(button.rowRight + 0.5)
      const chip = await page.evaluate(() => {
        const chipBox = document.querySelector('[data-filter-chip]')?.getBoundingClientRect()
        const rowBox = document.querySelector('.sector-filter')?.getBoundingClientRect()
        return { chipTop: chipBox?.top ?? NaN, chipRight: chipBox?.right ?? NaN, rowBottom: rowBox?.bottom ?? NaN }
      })
      expect(chip.chipTop, 'the chip below the buttons').toBeGreaterThanOrEqual(chip.rowBottom - 0.5)
      expect(chip.chipRight).toBeLessThanOrEqual(390)
      await screenshot(page, `phone-header-${sector}`)
    } finally {
      await app.page.close()
    }
  }
})
