/**
 * Presenting with the room layout: ?pages, ?screen and ?distance, slide steps in the URL and the
 * progress, clicker keys (F5, Shift+F5, black screen, help), zoom that grows the text, hidden panel
 * buttons, the pause symbol, and the QR code of the view decoded back to its address (jsQR).
 */
import { describe, expect, it } from 'vitest'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { ChartTexts, rulePx } from '../support/room'
import { screenUrl } from '../support/screen'
import { decodeQr } from '../support/qr'
import type { Page } from 'playwright-core'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const STILL = 'kiosk&rotate=0&refresh=0'

function at(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('[data-page-id]')
    return `${main?.dataset.pageId}/${main?.dataset.slide}`
  })
}

async function press(page: Page, key: string): Promise<void> {
  const before = await at(page)
  await page.keyboard.press(key)
  await page.waitForFunction((was) => {
    const main = document.querySelector<HTMLElement>('[data-page-id]')
    return `${main?.dataset.pageId}/${main?.dataset.slide}` !== was
  }, before)
}

describe('the show', () => {
  it('?pages chooses and orders the rotation; ?screen and ?distance set the rule; slides step in the URL and the progress', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), `${STILL}&pages=rural,overview&screen=86&distance=6`, 2))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      // 86 inches, 6 m, 1920x1080: 16 arcminutes is 27.9 mm; a pixel is 0.99 mm; a digit is 0.72 em.
      expect(await rulePx(page)).toBe(40)
      const seen = [await at(page)]
      expect(await page.locator('[data-screen-position]').innerText()).toMatch(/^第 1\/2 页 · 1\/\d 屏$/)
      for (let i = 0; i < 12 && seen.length < 20; i++) {
        await press(page, 'PageDown')
        const now = await at(page)
        if (now === seen[0]) break
        seen.push(now)
        const slide = Number(now.split('/')[1])
        if (slide > 1) expect(page.url()).toContain(`slide=${slide}`)
        else expect(page.url()).not.toContain('slide=')
      }
      const pages = seen.map((s) => s.split('/')[0])
      expect([...new Set(pages)]).toEqual(['rural', 'overview'])
      expect(pages.length).toBeGreaterThan(2)
      // PageUp goes back to the last slide of the previous page.
      await press(page, 'PageUp')
      expect(await at(page)).toBe(seen[seen.length - 1])
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('F5 starts from the beginning, Shift+F5 from this page, without reloading; . blacks out until a key; ? shows help', async () => {
    // 乡村振兴: a page of several slides at 1920x1080 (经济运行's two card panels now share one).
    const app = await openApp(browser(), screenUrl(appUrl(), STILL, 2))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true))
      await press(page, 'PageDown')
      expect(await at(page)).toBe('rural/2')
      await press(page, 'Shift+F5')
      expect(await at(page)).toBe('rural/1')
      await press(page, 'PageDown')
      await press(page, 'F5')
      expect(await at(page)).toBe('overview/1')
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true)

      await page.keyboard.press('.')
      await expect.poll(() => page.locator('[data-screen-black]').count()).toBe(1)
      await screenshot(page, 'room-black')
      await page.keyboard.press('PageDown')
      await expect.poll(() => page.locator('[data-screen-black]').count()).toBe(0)
      expect(await at(page)).toBe('overview/1')

      await page.keyboard.press('?')
      const help = page.locator('[data-screen-help]')
      await expect.poll(() => help.count()).toBe(1)
      expect(await help.innerText()).toContain('Shift+F5')
      await screenshot(page, 'room-help')
      await page.keyboard.press('Escape')
      await expect.poll(() => help.count()).toBe(0)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('zoom makes the text larger: title, headline and chart text; panel buttons hide with the cursor; pause shows ‖', async () => {
    // 经济运行 alone in the rotation: whole, its charts first (in the full show the overview has shown them).
    const app = await openApp(browser(), screenUrl(appUrl(), `${STILL}&pages=economy`, 1))
    const { page } = app
    try {
      await waitForCharts(page)
      const probe = await ChartTexts.attach(browser(), page)
      const sizes = () =>
        page.evaluate(() => {
          const panel = document.querySelector('[data-panel-id]')!
          const px = (sel: string) => parseFloat(getComputedStyle(panel.querySelector(sel)!).fontSize)
          return { id: (panel as HTMLElement).dataset.panelId!, title: px('.panel-title'), headline: px('.panel-headline') }
        })
      const before = await sizes()
      const chartMax = async (id: string) => Math.max(...(await probe.drawn()).filter((c) => c.panel === id).flatMap((c) => c.fonts))
      const chartBefore = await chartMax(before.id)
      await page.keyboard.press('1')
      await expect.poll(async () => (await sizes()).title).toBeGreaterThan(before.title * 1.3)
      const after = await sizes()
      expect(after.id).toBe(before.id)
      expect(after.headline).toBeGreaterThan(before.headline * 1.3)
      // The chart's text grows less than the title: the shape rules keep its plot at least half the chart.
      await expect.poll(() => chartMax(before.id), { timeout: 5_000 }).toBeGreaterThan(chartBefore * 1.2)
      await screenshot(page, 'room-zoom-1920x1080')
      await page.keyboard.press('0')

      // The cursor hides after 3 s still, and the panel buttons with it.
      const actions = page.locator('.panel-actions').first()
      await expect.poll(() => actions.evaluate((el) => getComputedStyle(el).visibility), { timeout: 6_000 }).toBe('hidden')
      await page.mouse.move(300, 300)
      await page.mouse.move(320, 320)
      await expect.poll(() => actions.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible')

      await page.keyboard.press(' ')
      expect(await page.locator('[data-screen-paused]').innerText()).toMatch(/^‖ 已暂停/)
    } finally {
      await page.close()
    }
  })

  it('设置 writes the room, the pages and their times to the URL, keeping the filter; the address reloads to the same settings', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), `${STILL}&sector=industry`, 0))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      await page.locator('.screen-settings-toggle').click()
      const panel = page.locator('[data-screen-settings]')
      const query = () => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '')
      await panel.locator('[data-setting="screen"]').fill('98')
      await panel.locator('[data-setting="screen"]').press('Enter')
      await expect.poll(() => query().get('screen')).toBe('98')
      await panel.locator('[data-setting="rotate"]').fill('45')
      await panel.locator('[data-setting="rotate"]').press('Enter')
      await expect.poll(() => query().get('rotate')).toBe('45')
      await panel.locator('[data-page="rural"]').uncheck()
      await expect.poll(() => query().get('pages')?.split(',')).not.toContain('rural')
      expect(query().get('pages')?.split(',')).toContain('overview')
      expect(query().get('sector')).toBe('industry')
      expect(query().has('kiosk')).toBe(true)
      await page.reload()
      await page.locator('.screen-settings-toggle').click()
      expect(await panel.locator('[data-setting="screen"]').inputValue()).toBe('98')
      expect(await panel.locator('[data-setting="rotate"]').inputValue()).toBe('45')
      expect(await panel.locator('[data-page="rural"]').isChecked()).toBe(false)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('Q shows a QR code of the view that decodes to its address (without screen-mode parameters), with a loopback warning', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), `${STILL}&sector=industry`, 1))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      await page.keyboard.press('q')
      const qr = page.locator('[data-screen-qr]')
      await expect.poll(() => qr.count(), { timeout: 10_000 }).toBe(1)
      expect(page.url()).toMatch(/[?&]qr(&|$)/)
      await screenshot(page, 'room-qr')
      expect(await decodeQr(qr)).toBe(`${appUrl()}#/page/economy?sector=industry`)
      expect(await qr.innerText()).toContain('只能在本机打开')
      await page.keyboard.press('Q')
      await expect.poll(() => qr.count()).toBe(0)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
