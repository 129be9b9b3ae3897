/**
 * Screen mode laid out for the room, on every shape of screen the town uses: every slide of every page
 * at 1366x768, 1024x768, 1920x1080, 1080x1920, 2560x1080, 3840x2160 and 5760x1080 covers the screen (no
 * band wider than a tenth), scrolls nowhere, shows no DOM text below the legibility rule, gives ECharts no
 * font below it, and draws every category label in full (none hidden, none cut with …). Screenshots of
 * every slide land in test-output/screenshots/room-<size>-<page>-<slide>.png.
 */
import { describe, expect, it } from 'vitest'
import { PAGES } from '../../src/layouts/pages'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { ChartTexts, coverage, rulePx, smallDomText } from '../support/room'
import { screenUrl, slidePosition, waitForCrispCanvases, waitForStillCharts } from '../support/screen'
import { ROOM_SCREENS } from '../support/screens'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

describe('screen mode laid out for the room', () => {
  for (const [width, height] of ROOM_SCREENS) {
    it(`${width}x${height}: every slide covers the screen, meets the rule and draws every label`, { timeout: 240_000 }, async () => {
      const app = await openApp(browser(), screenUrl(appUrl(), 'kiosk&rotate=0&refresh=0'), { viewport: { width, height } })
      const { page } = app
      try {
        await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
        const rule = await rulePx(page)
        expect(rule).toBeGreaterThan(10)
        const probe = await ChartTexts.attach(browser(), page)
        const seen: string[] = []
        for (let i = 0; i < 40; i++) {
          const at = await slidePosition(page)
          if (seen.includes(at)) break
          seen.push(at)
          await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
          await waitForCrispCanvases(page)
          await waitForStillCharts(page)
          await screenshot(page, `room-${width}x${height}-${at.replace('/', '-')}`)
          const cover = await coverage(page)
          expect(cover.scrollX, `${at} scrolls sideways`).toBe(0)
          expect(cover.scrollY, `${at} scrolls`).toBe(0)
          expect(cover.sideBand, `${at} leaves a band`).toBeLessThanOrEqual(0.1)
          expect(cover.clipped, `${at} panel content clipped`).toEqual([])
          expect(await smallDomText(page, rule), `${at} DOM text below ${rule}px`).toEqual([])
          for (const chart of await probe.drawn()) {
            expect(Math.min(...chart.fonts), `${at} ${chart.panel}: ECharts font below ${rule}px`).toBeGreaterThanOrEqual(rule)
            expect(chart.cut, `${at} ${chart.panel}: labels cut`).toEqual([])
            expect(chart.missing, `${at} ${chart.panel}: labels not drawn`).toEqual([])
            expect(chart.outside, `${at} ${chart.panel}: text outside the chart`).toEqual([])
          }
          await page.keyboard.press('PageDown')
          await page.waitForFunction((was) => {
            const main = document.querySelector<HTMLElement>('[data-page-id]')
            return `${main?.dataset.pageId}/${main?.dataset.slide}` !== was
          }, at)
        }
        // Every page was shown, and the show came back to its start.
        expect(new Set(seen.map((s) => s.split('/')[0]))).toEqual(new Set(PAGES.map((p) => p.id)))
        expect(app.consoleErrors).toEqual([])
      } finally {
        await page.close()
      }
    })
  }
})
