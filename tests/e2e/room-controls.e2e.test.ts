/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Controls never cover content, in screen mode at the room sizes: the buttons the pointer brings
 * (设置, 退出放映) sit beside the page counter and the clock, apart from every header text, all inside the
 * screen; the open 设置 reads (its text against its own background); the skip link 跳到面板 is out of
 * sight at every size until focused; the QR code stands over a dimmed page, not over one panel's figures.
 * Screenshots in test-output/screenshots/controls-*.png.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { screenUrl } from '../support/screen'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const STILL = 'kiosk&rotate=0&refresh=0'
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 3840, height: 2160 },
  { width: 1366, height: 768 },
  { width: 1024, height: 768 },
]

interface Rect {
  name: string
  left: number
  top: number
  right: number
  bottom: number
}

/** Header texts and the pointer's buttons, as drawn (visible ones only). */
function headerBoxes(page: Page): Promise<{ texts: Rect[]; buttons: Rect[]; viewport: { width: number; height: number } }> {
  return page.evaluate(() => {
    const box = (el: Element, name: string) => {
      const r = el.getBoundingClientRect()
      return { name, left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    const shown = (el: Element) => getComputedStyle(el).visibility === 'visible' && el.getBoundingClientRect().width > 0
    const texts = ['.screen-header .app-title', '[data-screen-page]', '.screen-header .app-asof', '[data-screen-position]', '[data-screen-clock]']
      .flatMap((selector) => [...document.querySelectorAll(selector)].filter(shown).map((el) => box(el, el.textContent?.trim() ?? selector)))
    const buttons = [...document.querySelectorAll('.screen-controls button')].filter(shown).map((el) => box(el, el.textContent?.trim() ?? ''))
    return { texts, buttons, viewport: { width: innerWidth, height: innerHeight } }
  })
}

const apart = (a: Rect, b: Rect) => a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5

/** WCAG contrast ratio of two CSS colours (rgb/rgba; alpha ignored). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

async function showPointer(page: Page): Promise<void> {
  await page.mouse.move(300, 300)
  await page.mouse.move(320, 320)
  await page.locator('.screen-controls button', { hasText: '设置' }).waitFor({ state: 'visible' })
  await expect.poll(() => page.locator('.screen-settings-toggle').evaluate((el) => getComputedStyle(el).visibility)).toBe('visible')
}

describe('controls never cover content (screen mode)', () => {
  for (const size of SIZES)
    it(`${size.width}x${size.height}: 设置 and 退出放映 beside the counter and clock; the skip link out of sight`, async () => {
      const app = await openApp(browser(), screenUrl(appUrl(), STILL, 0))
      const { page } = app
      try {
        await page.setViewportSize(size)
        await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
        // Out of sight before any pointer or key: the skip link has not a pixel on screen.
        const skip = await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().bottom)
        expect(skip, 'skip link bottom edge').toBeLessThanOrEqual(0)
        const before = await headerBoxes(page)
        await showPointer(page)
        const { texts, buttons, viewport } = await headerBoxes(page)
        expect(buttons.map((b) => b.name)).toEqual(['设置', '退出放映'])
        for (const button of buttons) {
          for (const text of texts) expect(apart(button, text), `${button.name} over “${text.name}”`).toBe(true)
          expect(button.right, `${button.name} inside the screen`).toBeLessThanOrEqual(viewport.width + 0.5)
          expect(button.top).toBeGreaterThanOrEqual(-0.5)
        }
        for (const text of texts) expect(text.right, `“${text.name}” inside the screen`).toBeLessThanOrEqual(viewport.width + 0.5)
        // Nothing moves when the pointer comes: the buttons' place was kept.
        expect(texts.map((t) => [t.name.replace(/\d\d:\d\d:\d\d/, ''), Math.round(t.left), Math.round(t.top)])).toEqual(
          before.texts.map((t) => [t.name.replace(/\d\d:\d\d:\d\d/, ''), Math.round(t.left), Math.round(t.top)]),
        )
        // The header keeps the height the room layout gave it: its buttons' place was counted, the panels not pushed down.
        const header = await page.evaluate(() => ({
          drawn: document.querySelector('.screen-header')?.getBoundingClientRect().height ?? NaN,
          counted: parseFloat(getComputedStyle(document.querySelector('.screen-header') as Element).getPropertyValue('--header-h')),
        }))
        expect(header.drawn, 'header height drawn vs counted').toBeLessThanOrEqual(header.counted + 1)
        await screenshot(page, `controls-${size.width}x${size.height}`)

        // The open 设置 reads: its label against its own background.
        await page.locator('.screen-settings-toggle').click()
        await page.locator('[data-screen-settings]').waitFor()
        const colours = await page.locator('.screen-settings-toggle').evaluate((el) => ({ fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor, pressed: el.getAttribute('aria-pressed') }))
        expect(colours.pressed).toBe('true')
        expect(contrast(colours.fg, colours.bg), `设置 open: ${colours.fg} on ${colours.bg}`).toBeGreaterThanOrEqual(4.5)
        await screenshot(page, `controls-settings-${size.width}x${size.height}`)
        await page.locator('.screen-settings-toggle').click()
        expect(app.consoleErrors).toEqual([])
      } finally {
        await page.close()
      }
    })

  it('the skip link: hidden at 3840x2160 and on a phone, shown on the first Tab', async () => {
    for (const size of [{ width: 3840, height: 2160 }, { width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
      const app = await openApp(browser(), `${appUrl()}#/`)
      const { page } = app
      try {
        await page.setViewportSize(size)
        await waitForCharts(page, undefined, { minCharts: 0 })
        const link = page.locator('.skip-link')
        expect(await link.evaluate((el) => el.getBoundingClientRect().bottom), `${size.width}x${size.height}`).toBeLessThanOrEqual(0)
        await page.keyboard.press('Tab')
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('跳到面板')
        const shown = await link.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect)
        expect(shown.top).toBeGreaterThanOrEqual(0)
        expect(shown.bottom).toBeLessThanOrEqual(size.height)
      } finally {
        await page.close()
      }
    }
  })

  it('Q: the QR code in the middle of a dimmed page, no panel figure showing through beside it', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), STILL, 0))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      await page.keyboard.press('q')
      const qr = page.locator('[data-screen-qr]')
      await qr.waitFor()
      const seen = await page.evaluate(() => {
        const backdrop = document.querySelector('[data-screen-qr-backdrop]')
        const code = document.querySelector('[data-screen-qr]')?.getBoundingClientRect()
        // Every card figure of the page: what lies on top at its centre.
        const figures = [...document.querySelectorAll('.figure-value')].map((el) => {
          const r = el.getBoundingClientRect()
          const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)
          return { text: el.textContent, covered: top !== null && backdrop !== null && backdrop.contains(top) }
        })
        return { figures, code: code && { x: code.left + code.width / 2, y: code.top + code.height / 2 }, dim: backdrop ? getComputedStyle(backdrop).backgroundColor : '' }
      })
      expect(seen.figures.length).toBeGreaterThan(0)
      for (const figure of seen.figures) expect(figure.covered, `${figure.text} under the dimmed layer`).toBe(true)
      // Dimmed by a dark layer at least half opaque.
      expect(Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(seen.dim)?.[1] ?? 1)).toBeGreaterThanOrEqual(0.5)
      expect(Math.abs((seen.code?.x ?? 0) - 960)).toBeLessThan(20)
      expect(Math.abs((seen.code?.y ?? 0) - 540)).toBeLessThan(40)
      await screenshot(page, 'controls-qr-1920x1080')
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
