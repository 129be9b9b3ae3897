/**
 * What cannot work from a file says so, or is not there, instead of failing. The portable file copied
 * into a folder with a space, Chinese and & in its path and opened through file://:
 * - without a public address (as built by default) there is no 复制链接 in the header and no QR code in
 *   screen mode, neither by ?qr nor by Q, and the key help does not offer Q: a file:/// link is useless
 *   on a phone;
 * - with one (the line `<meta name="dashboard-public-url" …>` filled in, as `--public-url` writes it or a
 *   clerk types it) both are there and give the public address with the current view;
 * - `refresh=` is ignored: the data is in the file, and a changed data block is not read again.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { settle } from '../support/pageState'
import { builtPortablePage, fileUrl, meetingRoomFolder, portableCopy, removePortableCopies } from '../support/portableCopy'
import { decodeQr } from '../support/qr'

const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
afterAll(removePortableCopies)

const PUBLIC = 'http://10.1.2.3/dashboard/'
const EMPTY_LINE = '<meta name="dashboard-public-url" id="yongan-public-url" content="">'

/** A copy of the built file with the public address filled in, as a clerk would in Notepad. */
async function copyWithPublicAddress(address: string): Promise<string> {
  const html = await fs.readFile(await builtPortablePage(), 'utf8')
  expect(html.split(EMPTY_LINE)).toHaveLength(2)
  const target = path.join(await meetingRoomFolder(), path.basename(await builtPortablePage()))
  await fs.writeFile(target, html.replace(EMPTY_LINE, EMPTY_LINE.replace('content=""', `content="${address}"`)))
  return target
}

/** Screen mode's key help, opened with ?: the keys it lists. */
async function helpKeys(page: Page): Promise<string[]> {
  await page.keyboard.press('?')
  const help = page.locator('[data-screen-help]')
  await help.waitFor()
  const keys = await help.locator('dt').allInnerTexts()
  await page.keyboard.press('?')
  await expect.poll(() => help.count()).toBe(0)
  return keys
}

describe('the portable file without a public address', () => {
  it('shows no 复制链接 and no QR code (not by ?qr, not by Q), and its key help does not offer Q', async () => {
    const file = await portableCopy()
    const app = await openApp(browser(), `${fileUrl(file)}#/page/economy?sector=industry`)
    const { page } = app
    try {
      await settle(page)
      await page.getByRole('button', { name: '放映' }).waitFor()
      expect(await page.getByRole('button', { name: '复制链接' }).count()).toBe(0)
      expect(await page.locator('[data-copy-link]').count()).toBe(0)
      await screenshot(page, 'portable-header-without-public-address')

      await page.goto(`${fileUrl(file)}#/page/economy?kiosk&qr&rotate=0&fit=contain&sector=industry`)
      await settle(page)
      const keys = await helpKeys(page)
      expect(keys).toContain('F')
      expect(keys).not.toContain('Q')
      await page.keyboard.press('q')
      await page.waitForTimeout(1_000)
      expect(await page.locator('[data-screen-qr]').count()).toBe(0)
      expect(await page.getByText('手机扫码查看本页').count()).toBe(0)
      await screenshot(page, 'portable-screen-without-public-address')
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})

describe('the portable file with a public address', () => {
  it('复制链接 copies, and the QR code encodes, the public address with the current page and filter', async () => {
    const file = await copyWithPublicAddress(PUBLIC)
    const app = await openApp(browser(), `${fileUrl(file)}#/page/economy?sector=industry`)
    const { page } = app
    try {
      await settle(page)
      // What the Clipboard API is given (a test cannot read the system clipboard).
      await page.evaluate(() => {
        const copied: string[] = []
        ;(window as unknown as { copied: string[] }).copied = copied
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true })
      })
      await page.getByRole('button', { name: '复制链接' }).click()
      await page.locator('.copy-link-status', { hasText: '已复制' }).waitFor()
      expect(await page.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([`${PUBLIC}#/page/economy?sector=industry`])

      // Where neither the Clipboard API nor the copy command works, the same address shows to copy by hand.
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true })
        document.execCommand = () => false
      })
      await page.getByRole('button', { name: '复制链接' }).click()
      expect(await page.locator('[data-copy-link-text]').inputValue()).toBe(`${PUBLIC}#/page/economy?sector=industry`)

      await page.goto(`${fileUrl(file)}#/page/economy?kiosk&qr&rotate=0&fit=contain&sector=industry`)
      await settle(page)
      const qr = page.locator('[data-screen-qr]')
      await expect.poll(() => qr.count(), { timeout: 10_000 }).toBe(1)
      expect(await decodeQr(qr)).toBe(`${PUBLIC}#/page/economy?sector=industry`)
      expect(await qr.innerText()).toContain('手机扫码查看本页')
      expect(await qr.innerText()).not.toContain('只能在本机打开')
      await screenshot(page, 'portable-screen-qr-public-address')
      expect(await helpKeys(page)).toContain('Q')
      await page.keyboard.press('q')
      await expect.poll(() => qr.count()).toBe(0)
      await page.keyboard.press('q')
      await expect.poll(() => qr.count()).toBe(1)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})

describe('refresh= in the portable file', () => {
  it('is ignored: a data block changed while the screen runs is not read again', async () => {
    const file = await portableCopy()
    const app = await openApp(browser(), `${fileUrl(file)}#/?kiosk&rotate=0&refresh=1&fit=contain`)
    const { page } = app
    try {
      await settle(page)
      const headline = page.locator('[data-panel-id="headline"]')
      expect(await headline.innerText()).toContain('11.39亿元')
      // What a re-read would find: the GDP of the values block changed to 12.34亿元.
      const changed = await page.evaluate(() => {
        // The block holding the values (the year's file of the split form).
        const blocks = Array.from(document.querySelectorAll<HTMLScriptElement>('script[type="application/json"][id^="yongan-data:"]'))
        const block = blocks.find((item) => item.text.includes('"value": 1139000000'))
        if (!block) return false
        const before = block.text
        block.text = before.replace('"value": 1139000000', '"value": 1234000000')
        return block.text !== before
      })
      expect(changed).toBe(true)
      await page.waitForTimeout(3_500)
      expect(await headline.innerText()).toContain('11.39亿元')
      expect(await headline.innerText()).not.toContain('12.34')
      expect(await page.getByText('数据未更新').count()).toBe(0)
      expect(app.consoleErrors).toEqual([])
    } finally {
      await page.close()
    }
  })
})
