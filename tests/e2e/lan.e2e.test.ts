/**
 * `npm start -- --host` as the meeting room uses it: the screen opens the dashboard on 127.0.0.1, and the
 * QR code (Q) still gives the LAN address a phone can open, with no “只能在本机打开” warning.
 */
import { expect, it } from 'vitest'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { decodeQr } from '../support/qr'

const served = useServer({ host: '0.0.0.0', lan: true })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

it('opened on 127.0.0.1, the QR code gives the LAN address', async ({ skip }) => {
  const server = served.server()
  if (server.lanUrls.length === 0) skip('this machine has no LAN address')
  const app = await openApp(browser(), `http://127.0.0.1:${server.port}/?kiosk&rotate=0&refresh=0#/page/economy`)
  const { page } = app
  try {
    await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
    await page.keyboard.press('q')
    const qr = page.locator('[data-screen-qr]')
    await qr.waitFor()
    expect(await decodeQr(qr)).toBe(`${server.lanUrls[0]}#/page/economy`)
    expect(await qr.innerText()).not.toContain('只能在本机打开')
    await screenshot(page, 'lan-qr')
    expect(app.consoleErrors).toEqual([])
  } finally {
    await page.close()
  }
})
