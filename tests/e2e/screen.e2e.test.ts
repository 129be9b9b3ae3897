/**
 * Screen mode (?kiosk) with plain scaling of the design (?fit=) on the meeting-room screens it is made for: at 1366x768, 1920x1080, 3840x2160 and
 * 5760x1080 every page fits with no scrollbar, every panel inside the window and apart from the others,
 * every chart canvas at its real pixel size (also at devicePixelRatio 2), and a bar's tooltip appears at
 * the pointer. Then the presenter's controls: rotation in page order, Space, clicker keys, panel zoom,
 * activity hold, hidden cursor, the 放映 button and F. Screenshots land in test-output/screenshots/.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { THEME_COLOURS } from '../../src/charts/themes'
import { PAGES } from '../../src/layouts/pages'
import { fitStage } from '../../src/screen/fit'
import { launchBrowser, openApp, screenshot, useBrowser, waitForCharts, type AppPage } from '../support/browser'
import { useServer } from '../support/server'
import { currentPageId, distanceTo, expectFitted, findColour, measureScreen, panelIds, screenUrl, snapshotCanvas, tooltipBox, waitForCrispCanvases, waitForPage, waitForStillCharts } from '../support/screen'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 5760, height: 1080 },
]
/** Plain scaling of the design (?fit=; the room layout is screen-room.e2e.test.ts), held still. */
const PLAIN = 'kiosk&rotate=0&refresh=0'
const STILL = `${PLAIN}&fit=contain`

function expectClean(app: AppPage): void {
  expect(app.consoleErrors).toEqual([])
  expect(app.failedRequests).toEqual([])
  expect(app.offsiteRequests).toEqual([])
}

async function settle(page: Page): Promise<void> {
  await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
  await waitForCrispCanvases(page)
  await waitForStillCharts(page)
}

/** Steps through every page with PageDown, checking the fit of each; returns to the first page. */
async function checkEveryPage(page: Page, label: string): Promise<void> {
  for (const [index, def] of PAGES.entries()) {
    await waitForPage(page, index)
    await settle(page)
    await screenshot(page, `screen-${label}-${def.id}`)
    expectFitted(await measureScreen(page), `${label} ${def.id}`)
    await page.keyboard.press('PageDown')
  }
  await waitForPage(page, 0)
}

/**
 * Hovers the GDP panel's 2022 bar; its tooltip must appear beside the pointer, with text at the
 * screen's scale: two lines of 16px design text times the scale, with their line height (ECharts'
 * own richText tooltip would stay at 12px on every screen).
 */
async function expectTooltipAtPointer(page: Page, scale: number): Promise<void> {
  await page.mouse.move(1, 1)
  await waitForStillCharts(page)
  const bar = await findColour(page, 'gdp', THEME_COLOURS.dark.palette[0])
  expect(bar, 'the 2022 GDP bar is drawn').not.toBeNull()
  await snapshotCanvas(page, 'gdp')
  const x = (bar!.left + bar!.right) / 2
  const y = bar!.top + Math.min(20, (bar!.bottom - bar!.top) / 2)
  await page.mouse.move(x, y)
  let tip = await tooltipBox(page, 'gdp', bar!)
  for (let i = 0; !tip && i < 20; i++) {
    await page.waitForTimeout(100)
    tip = await tooltipBox(page, 'gdp', bar!)
  }
  expect(tip, 'a tooltip is drawn beside the bar').not.toBeNull()
  const { left, top, right, bottom } = tip!
  const size = page.viewportSize()!
  await screenshot(page, `screen-${size.width}x${size.height}-tooltip`)
  console.log(`tooltip at ${size.width}x${size.height}: pointer (${x}, ${y}), box ${Math.round(right - left)}x${Math.round(bottom - top)} at (${left}, ${top})`)
  expect(distanceTo(tip!, x, y), 'tooltip distance from the pointer').toBeLessThan(60)
  expect(bottom - top, 'tooltip text at the screen scale').toBeGreaterThanOrEqual(2 * 1.4 * 16 * scale)
  expect(right - left, 'a tooltip, not a repaint of the chart').toBeLessThan(400 * scale)
}

describe('screen mode fits every meeting-room screen', () => {
  for (const size of SIZES) {
    it(`${size.width}x${size.height}: every page fits, charts crisp, tooltip at the pointer`, async () => {
      const app = await openApp(browser(), screenUrl(appUrl(), STILL), { viewport: size })
      try {
        await checkEveryPage(app.page, `${size.width}x${size.height}`)
        await settle(app.page)
        await expectTooltipAtPointer(app.page, fitStage(size, 'contain').scale)
        // The reduced header: title, page, clock, as-of line; no navigation.
        const header = await app.page.locator('.screen-header').innerText()
        expect(header).toContain('主要指标截至2022年5月')
        expect(header).toContain(PAGES[0].title)
        expect(header).toMatch(/\d\d:\d\d:\d\d/)
        expect(await app.page.locator('.app-nav').count()).toBe(0)
        expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
        expectClean(app)
      } finally {
        await app.page.close()
      }
    })
  }

  it('5760x1080: contain letterboxes the design in the middle; width and stretch fill the wall', async () => {
    const wall = { width: 5760, height: 1080 }
    const spread = async (query: string) => {
      const app = await openApp(browser(), screenUrl(appUrl(), query), { viewport: wall })
      try {
        await settle(app.page)
        const layout = await measureScreen(app.page)
        expectFitted(layout, query)
        if (query.includes('stretch')) await screenshot(app.page, 'screen-5760x1080-stretch')
        return { left: Math.min(...layout.panels.map((p) => p.left)), right: Math.max(...layout.panels.map((p) => p.right)) }
      } finally {
        await app.page.close()
      }
    }
    const contain = await spread(STILL)
    expect(contain.left).toBeGreaterThanOrEqual(1920)
    expect(contain.right).toBeLessThanOrEqual(3840)
    for (const fit of ['width', 'stretch']) {
      const filled = await spread(`${PLAIN}&fit=${fit}`)
      expect(filled.left).toBeLessThan(40)
      expect(filled.right).toBeGreaterThan(5720)
    }
  })

  it('1920x1080 at devicePixelRatio 2: canvases have twice the pixels, tooltip still at the pointer', async () => {
    const session = await launchBrowser({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 2 })
    try {
      const app = await openApp(session.context, screenUrl(appUrl(), STILL))
      await checkEveryPage(app.page, '1920x1080@2x')
      expect(await app.page.evaluate(() => window.devicePixelRatio)).toBe(2)
      const widths = await app.page.evaluate(() => Array.from(document.querySelectorAll('canvas')).map((c) => c.width / c.getBoundingClientRect().width))
      expect(widths.length).toBeGreaterThan(0)
      for (const ratio of widths) expect(ratio).toBeCloseTo(2, 1)
      await expectTooltipAtPointer(app.page, 1)
      expectClean(app)
    } finally {
      await session.close()
    }
  })

  it('?theme=light keeps the light theme in screen mode', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), `${STILL}&theme=light`))
    try {
      await settle(app.page)
      expect(await app.page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
    } finally {
      await app.page.close()
    }
  })
})

describe('presenting', () => {
  it('rotates through the pages in order, Space pauses and resumes', async () => {
    expect(PAGES.length, 'rotation needs at least two pages').toBeGreaterThan(1)
    const app = await openApp(browser(), screenUrl(appUrl(), 'kiosk&fit=contain&rotate=2&refresh=0'))
    const { page } = app
    try {
      await waitForPage(page, 0)
      expect(await page.locator('[data-rotation-progress]').count()).toBe(1)
      const started = Date.now()
      for (let step = 1; step <= Math.min(3, PAGES.length); step++) await waitForPage(page, step % PAGES.length, 6_000)
      // Three changes in order, each after about two seconds, not faster.
      expect(Date.now() - started).toBeGreaterThan(3 * 2_000 - 1_500)

      await page.keyboard.press(' ')
      await expect.poll(() => page.locator('[data-screen-paused]').isVisible()).toBe(true)
      const held = await currentPageId(page)
      await page.waitForTimeout(5_000)
      expect(await currentPageId(page)).toBe(held)
      expect(await page.locator('.rotation-progress-bar.running').count()).toBe(0)

      await page.keyboard.press(' ')
      await expect.poll(() => page.locator('[data-screen-paused]').count()).toBe(0)
      const index = PAGES.findIndex((p) => p.id === held)
      await waitForPage(page, (index + 1) % PAGES.length, 4_000)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('clicker and arrow keys step, number keys zoom a panel, 0/Backspace/Esc return', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), STILL))
    const { page } = app
    const n = PAGES.length
    try {
      await waitForPage(page, 0)
      // A step draws the next page's charts: 10 s covers a busy CI machine running two browsers at once.
      let at = 0
      for (const key of ['PageDown', 'ArrowRight', 'ArrowDown']) {
        await page.keyboard.press(key)
        at = (at + 1) % n
        await waitForPage(page, at, 10_000)
      }
      for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) {
        await page.keyboard.press(key)
        at = (at - 1 + n) % n
        await waitForPage(page, at, 10_000)
      }
      await page.keyboard.press('PageUp') // wraps to the last page
      await waitForPage(page, n - 1, 10_000)
      await page.keyboard.press('PageDown')
      await waitForPage(page, 0, 10_000)
      await settle(page)

      const ids = panelIds(0)
      const pageBox = await page.locator('[data-page-id]').boundingBox()
      for (const [key, back] of [
        ['2', '0'],
        ['3', 'Escape'],
        ['1', 'Backspace'],
      ] as const) {
        const index = Number(key) - 1
        await page.keyboard.press(key)
        await expect.poll(() => page.locator('[data-panel-id]').count()).toBe(1)
        const zoomed = page.locator('[data-panel-id]')
        expect(await zoomed.getAttribute('data-panel-id')).toBe(ids[index])
        expect(await page.locator('[data-screen-focused]').innerText()).toContain(`已放大第 ${key} 个面板`)
        const box = (await zoomed.boundingBox())!
        expect(box.width).toBeGreaterThan(pageBox!.width * 0.9)
        expect(box.height).toBeGreaterThan(pageBox!.height * 0.85)
        await waitForCrispCanvases(page)
        const layout = await measureScreen(page)
        expectFitted(layout, `zoomed ${ids[index]}`)
        if (key === '2') await screenshot(page, 'screen-1920x1080-zoomed')
        await page.keyboard.press(back)
        await expect.poll(() => page.locator('[data-panel-id]').count()).toBe(ids.length)
        expect(await page.locator('[data-screen-focused]').count()).toBe(0)
      }
      // A key beyond the page's panels does nothing.
      await page.keyboard.press('9')
      expect(await page.locator('[data-panel-id]').count()).toBe(ids.length)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('pointer movement holds rotation and shows the cursor; it hides after 3 s still', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), 'kiosk&fit=contain&rotate=2&refresh=0'))
    const { page } = app
    try {
      await waitForPage(page, 0)
      await page.mouse.move(300, 300)
      await page.mouse.move(320, 310)
      await expect.poll(() => page.locator('[data-screen-held]').isVisible()).toBe(true)
      expect(await page.evaluate(() => document.documentElement.classList.contains('screen-cursor-hidden'))).toBe(false)
      await page.waitForTimeout(4_000)
      expect(await currentPageId(page)).toBe(PAGES[0].id) // held: rotation would have moved on twice
      expect(await page.evaluate(() => document.documentElement.classList.contains('screen-cursor-hidden'))).toBe(true)
      // A presentation key is not "activity": Space resumes at once.
      await page.keyboard.press(' ')
      await page.keyboard.press(' ')
      await waitForPage(page, 1, 4_000)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('a deep link to one panel stays on it; PageDown goes on to the first page', async () => {
    const app = await openApp(browser(), `${appUrl()}?kiosk&fit=contain&rotate=1&refresh=0#/panel/gdp`)
    const { page } = app
    try {
      await waitForCharts(page)
      expect(await page.locator('[data-screen-page]').innerText()).toBe('地区生产总值')
      await page.waitForTimeout(2_500)
      expect(await currentPageId(page)).toBe('panel-gdp')
      await page.keyboard.press('PageDown')
      await waitForPage(page, 0, 3_000)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('a hidden page holds the rotation; it goes on when the page shows again', async () => {
    const app = await openApp(browser(), screenUrl(appUrl(), 'kiosk&fit=contain&rotate=1&refresh=0'))
    const { page } = app
    const setHidden = (hidden: boolean) =>
      page.evaluate((hidden) => {
        if (hidden) {
          Object.defineProperty(document, 'hidden', { configurable: true, get: () => true })
          Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
        } else {
          // Back to the browser's own getters.
          delete (document as { hidden?: boolean }).hidden
          delete (document as { visibilityState?: string }).visibilityState
        }
        document.dispatchEvent(new Event('visibilitychange'))
      }, hidden)
    try {
      await waitForPage(page, 0)
      await setHidden(true)
      const shown = await currentPageId(page)
      await page.waitForTimeout(3_000)
      expect(await currentPageId(page)).toBe(shown)
      expect(await page.locator('.rotation-progress-bar.running').count()).toBe(0)
      await setHidden(false)
      const index = PAGES.findIndex((p) => p.id === shown)
      await waitForPage(page, (index + 1) % PAGES.length, 3_000)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('asks for fullscreen on the first click only, catches a refusal; holds a wake lock and releases it on leaving', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    try {
      // A screen larger than the window, so the page does not already fill it; a browser that refuses
      // fullscreen; a wake lock that counts.
      const cdp = await browser().newCDPSession(page)
      await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1920, height: 1080, deviceScaleFactor: 1, mobile: false, screenWidth: 2560, screenHeight: 1440 })
      await page.addInitScript(() => {
        const w = window as unknown as { __fullscreenAsked: number; __wakeLock: { requested: number; released: number } }
        w.__fullscreenAsked = 0
        w.__wakeLock = { requested: 0, released: 0 }
        Element.prototype.requestFullscreen = function () {
          w.__fullscreenAsked++
          return Promise.reject(new TypeError('Permissions check failed'))
        }
        Object.defineProperty(navigator, 'wakeLock', {
          configurable: true,
          value: {
            request: () => {
              w.__wakeLock.requested++
              const sentinel = {
                released: false,
                release: () => {
                  if (!sentinel.released) w.__wakeLock.released++
                  sentinel.released = true
                  return Promise.resolve()
                },
              }
              return Promise.resolve(sentinel)
            },
          },
        })
      })
      await page.goto(screenUrl(appUrl(), STILL))
      await settle(page)
      const asked = () => page.evaluate(() => (window as unknown as { __fullscreenAsked: number }).__fullscreenAsked)
      const wakeLock = () => page.evaluate(() => (window as unknown as { __wakeLock: { requested: number; released: number } }).__wakeLock)
      expect(await wakeLock()).toEqual({ requested: 1, released: 0 })
      expect(await asked()).toBe(0)
      await page.mouse.click(960, 20)
      expect(await asked()).toBe(1)
      await page.mouse.click(960, 20)
      expect(await asked()).toBe(1)
      await page.keyboard.press('f')
      expect(await asked()).toBe(2)
      await page.getByRole('button', { name: '退出放映' }).click()
      await expect.poll(() => page.locator('.app-header').count()).toBe(1)
      expect(await wakeLock()).toEqual({ requested: 1, released: 1 })
      // Refusals were caught: no unhandled rejection.
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('the 放映 button enters screen mode, F toggles fullscreen without errors, 退出放映 leaves', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    try {
      await settle(page)
      await page.getByRole('button', { name: '放映' }).click()
      await expect.poll(() => page.locator('.screen-header').count()).toBe(1)
      expect(page.url()).toMatch(/[?&]kiosk(&|$)/)
      expect(await page.locator('.app-header').count()).toBe(0)
      await page.keyboard.press('f')
      await page.keyboard.press('f')
      await page.waitForTimeout(300)
      await page.mouse.move(500, 20)
      await page.getByRole('button', { name: '退出放映' }).click()
      await expect.poll(() => page.locator('.app-header').count()).toBe(1)
      expect(page.url()).not.toContain('kiosk')
      expect(await page.evaluate(() => document.documentElement.dataset.screen)).toBeUndefined()
      expectClean(app)
    } finally {
      await page.close()
    }
  })
})
