/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
import { describe, it } from 'vitest'
import { openApp, useBrowser, useServer, waitForCharts } from './harness'
import { screenUrl } from './screen-helpers'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const STILL = 'kiosk&rotate=0&refresh=0'

describe('probe', () => {
  for (const [w, h] of [[1920, 1080], [1080, 1920], [3840, 2160]])
    it(`${w}x${h}`, async () => {
      const app = await openApp(browser(), screenUrl(appUrl(), STILL, 0))
      const { page } = app
      await page.setViewportSize({ width: w, height: h })
      await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
      await page.mouse.move(300, 300)
      await page.mouse.move(320, 320)
      await page.waitForTimeout(500)
      await page.screenshot({ path: `test-output/room/probe-${w}x${h}.png` })
      await page.getByRole('button', { name: '设置' }).click()
      await page.waitForTimeout(800)
      await page.screenshot({ path: `test-output/room/probe-settings-${w}x${h}.png`, clip: { x: w / 2, y: 0, width: w / 2, height: h / 3 } })
      await page.getByRole('button', { name: '设置' }).click()
      await page.keyboard.press('q')
      await page.waitForTimeout(1000)
      await page.screenshot({ path: `test-output/room/probe-qr-${w}x${h}.png` })
      await page.close()
    })
})
