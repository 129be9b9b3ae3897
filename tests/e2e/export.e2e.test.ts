/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Exporting chart images as a person does it: the 导出 button and its dialog (keyboard too), each format
 * and size, the download captured and read back: PNG/JPEG signatures and pixel sizes, the pixels decoded
 * in the browser (not one colour, JPEG corners not black), the SVG parsed, the ZIP of every panel,
 * the whole screen at its real resolution, a panel not on screen, the sector filter in name and image.
 * Exported files are kept in test-output/exports/ to look at. Prints the time of a 4x PNG and the ZIP.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, useBrowser, waitForCharts, type AppPage } from '../support/browser'
import { useServer } from '../support/server'
import { PAGES, PANELS } from '../../src/layouts/pages'
import { safeFileName } from '../../src/export/fileName'
import { readZip } from '../support/zip'
import { captureDownload, chartArea, choose, decode, dialog, exportPanel, OUT, parseSvg } from '../support/exports'
import { jpegSize, pngSize } from '../support/images'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

async function open(hash: string): Promise<AppPage> {
  const app = await openApp(browser(), `${appUrl()}${hash}`)
  await waitForCharts(app.page)
  return app
}



beforeAll(async () => {
  await fs.rm(OUT, { recursive: true, force: true })
  await fs.mkdir(OUT, { recursive: true })
})

/** A fingerprint of every chart canvas on screen: an export must not change any of them. */
function screenCharts(page: Page): Promise<string[]> {
  return page.$$eval('[data-panel-id] canvas', (canvases) =>
    (canvases as HTMLCanvasElement[]).map((c) => {
      const url = c.toDataURL()
      let hash = 0
      for (let i = 0; i < url.length; i += 1) hash = (hash * 31 + url.charCodeAt(i)) | 0
      return `${c.width}x${c.height}:${hash}`
    }),
  )
}

/** Waits until the charts on screen stop changing (entry animations done). */
async function stableCharts(page: Page): Promise<string[]> {
  let last = await screenCharts(page)
  for (let i = 0; i < 30; i += 1) {
    await page.waitForTimeout(250)
    const now = await screenCharts(page)
    if (now.join() === last.join()) return now
    last = now
  }
  throw new Error('charts on screen never settled')
}

const OVERVIEW = PAGES[0]
const FIRST_CHART = OVERVIEW.panels.map((p) => p.panel).find((id) => PANELS.find((panel) => panel.id === id)?.kind !== 'cards')!

describe('export menu', () => {
  it('opens from the keyboard, loads the exporter only then, closes on Esc and gives focus back', async () => {
    const app = await open('#/')
    const { page } = app
    const scripts: string[] = []
    page.on('request', (req) => {
      if (req.resourceType() === 'script') scripts.push(req.url())
    })
    await page.waitForLoadState('networkidle')
    expect(scripts.filter((url) => /exporter/.test(url))).toEqual([])

    const toggle = page.locator(`[data-panel-id="${FIRST_CHART}"] .export-toggle`)
    await toggle.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog(page).isVisible()).toBe(true)
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    // Focus moved into the dialog, on the chosen format; white (print) is the background unless changed.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio')
    expect(await dialog(page).getByRole('radio', { name: '白色（打印）' }).isChecked()).toBe(true)
    await expect.poll(() => scripts.some((url) => /exporter/.test(url))).toBe(true)

    // Arrow keys pick, Tab moves on, Esc closes and returns focus to the button.
    await page.keyboard.press('ArrowRight')
    expect(await dialog(page).getByRole('radio', { name: 'JPEG', exact: true }).isChecked()).toBe(true)
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog(page).count()).toBe(0)
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')

    // Keyboard all the way to a download: open, Tab to 下载, Enter.
    await page.keyboard.press('Enter')
    await expect.poll(() => dialog(page).isVisible()).toBe(true)
    const saved = await captureDownload(page, async () => {
      await dialog(page).getByRole('button', { name: '下载' }).focus()
      await page.keyboard.press('Enter')
    })
    expect(saved.name).toMatch(/\.png$/)
    // The dark screen theme on screen, a white image for the report.
    for (const [r, g, b] of (await decode(page, saved.bytes, 'image/png')).corners) expect(Math.min(r, g, b)).toBeGreaterThan(245)
    await expect.poll(() => page.getByRole('status').filter({ hasText: '已导出' }).isVisible()).toBe(true)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})

describe('single panel export', () => {
  let app: AppPage
  let area: { width: number; height: number }
  let before: string[]
  const bands: number[] = []

  beforeAll(async () => {
    app = await open('#/')
    area = await chartArea(app.page, FIRST_CHART)
    before = await stableCharts(app.page)
  })

  for (const ratio of [1, 2, 4] as const) {
    it(`PNG ${ratio}x: signature, the chart area times ${ratio} plus the bands, not one colour`, async () => {
      const { page } = app
      const saved = await exportPanel(page, FIRST_CHART, { format: 'PNG', ratio }, `panel-${FIRST_CHART}-${ratio}x.png`)
      if (ratio === 4) console.log(`[export timing] one panel (${FIRST_CHART}) at 4x PNG: ${saved.ms} ms, ${(saved.bytes.length / 1e6).toFixed(2)} MB`)
      const size = pngSize(saved.bytes)
      expect(size.width).toBe(area.width * ratio)
      expect(size.height % ratio).toBe(0)
      const band = size.height / ratio - area.height
      bands.push(band)
      // Title, unit, period, filter above; source and date below: two bands of text, never zero.
      expect(band).toBeGreaterThan(80)
      expect(band).toBeLessThan(area.height * 2)
      // The bands are the same CSS size at every ratio: only the resolution changes.
      expect(new Set(bands).size).toBe(1)
      const pixels = await decode(page, saved.bytes, 'image/png')
      expect(pixels).toMatchObject(size)
      expect(pixels.colours).toBeGreaterThan(8)
      // The screen theme (dark here) and the ratio are in the name: each choice its own file.
      expect(saved.name).toBe(safeFileName(['永安镇', await titleOf(page, FIRST_CHART), await periodOf(page, FIRST_CHART), `${ratio}x`, '深色'], 'png'))
    })
  }

  for (const [ratio, background] of [
    [1, 'screen'],
    [2, 'white'],
    [4, 'screen'],
  ] as const) {
    it(`JPEG ${ratio}x on the ${background} background: signature, size, corners painted (not black)`, async () => {
      const { page } = app
      const saved = await exportPanel(page, FIRST_CHART, { format: 'JPEG', ratio, background }, `panel-${FIRST_CHART}-${ratio}x-${background}.jpg`)
      expect(saved.name).toMatch(/\.jpg$/)
      const size = jpegSize(saved.bytes)
      expect(size.width).toBe(area.width * ratio)
      expect(size.height).toBe((area.height + bands[0]) * ratio)
      const pixels = await decode(page, saved.bytes, 'image/jpeg')
      expect(pixels.colours).toBeGreaterThan(8)
      for (const [r, g, b] of pixels.corners) {
        expect(r + g + b).toBeGreaterThan(40)
        if (background === 'white') expect(Math.min(r, g, b)).toBeGreaterThan(245)
      }
    })
  }

  for (const ratio of [1, 2, 4] as const) {
    it(`SVG ${ratio}x parses and carries the title, unit, period, source and the chart`, async () => {
      const { page } = app
      const saved = await exportPanel(page, FIRST_CHART, { format: 'SVG', ratio, background: ratio === 2 ? 'white' : 'screen' }, `panel-${FIRST_CHART}-${ratio}x.svg`)
      expect(saved.name).toMatch(/\.svg$/)
      const svg = await parseSvg(page, saved.bytes.toString('utf8'))
      expect(svg.errors).toBe(0)
      expect(svg.root).toBe('svg')
      expect(svg.width).toBe(area.width * ratio)
      const texts = svg.texts.join('\n')
      expect(texts).toContain(await titleOf(page, FIRST_CHART))
      expect(texts).toContain(await periodOf(page, FIRST_CHART))
      expect(texts).toContain('产业：全部')
      expect(texts).toMatch(/来源：/)
      expect(texts).toMatch(/导出时间：\d{4}-\d\d-\d\d \d\d:\d\d/)
      expect(svg.shapes).toBeGreaterThan(3)
    })
  }

  it('left the charts on screen as they were', async () => {
    // The pointer rests where 下载 was, over a chart: move it off so a hover state is not counted.
    await app.page.mouse.move(1, 1)
    expect(await stableCharts(app.page)).toEqual(before)
    expect(await chartArea(app.page, FIRST_CHART)).toEqual(area)
    expect(app.consoleErrors).toEqual([])
    expect(app.offsiteRequests).toEqual([])
  })

  it('exports a panel whose chart is hidden behind its data table, at the same size', async () => {
    const { page } = app
    const frame = page.locator(`[data-panel-id="${FIRST_CHART}"]`)
    await frame.getByRole('button', { name: /^数据：/ }).click()
    const saved = await exportPanel(page, FIRST_CHART, { format: 'PNG', ratio: 1 }, `panel-${FIRST_CHART}-table-shown.png`)
    expect(pngSize(saved.bytes)).toEqual({ width: area.width, height: area.height + bands[0] })
    expect((await decode(page, saved.bytes, 'image/png')).colours).toBeGreaterThan(8)
    await frame.getByRole('button', { name: /^数据：/ }).click()
  })
})

async function titleOf(page: Page, panelId: string): Promise<string> {
  return (await page.locator(`[data-panel-id="${panelId}"] .panel-title`).innerText()).trim()
}
async function periodOf(page: Page, panelId: string): Promise<string> {
  return (await page.locator(`[data-panel-id="${panelId}"] .panel-period`).innerText()).trim()
}

describe('导出全部 and 导出整屏', () => {
  it('导出全部: one ZIP with one correctly named image per panel of every page, panels off screen included', async () => {
    const app = await open('#/')
    const { page } = app
    const onScreen = await page.$$eval('[data-panel-id]', (els) => els.map((el) => (el as HTMLElement).dataset.panelId ?? ''))
    const names = new Map<string, string>()
    for (const id of onScreen) names.set(id, safeFileName(['永安镇', await titleOf(page, id), await periodOf(page, id), '2x', '深色'], 'png'))

    await page.getByRole('button', { name: '导出全部', exact: true }).click()
    await choose(page, { format: 'PNG', ratio: 2 })
    const saved = await captureDownload(page, () => dialog(page).getByRole('button', { name: '全部面板（ZIP）' }).click(), 'all-panels.zip')
    console.log(`[export timing] 导出全部 ZIP (${PANELS.length} panels, PNG 2x): ${saved.ms} ms, ${(saved.bytes.length / 1e6).toFixed(2)} MB`)
    expect(saved.name).toMatch(/^永安镇-全部图表-\d{8}\.zip$/)

    const all = readZip(new Uint8Array(saved.bytes))
    // Every panel has data without a filter: one image each, and the 说明.txt saying so.
    expect(all.map((e) => e.name)).toContain('说明.txt')
    const entries = all.filter((e) => e.name !== '说明.txt')
    expect(entries).toHaveLength(PANELS.length)
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length)
    for (const panel of PANELS) {
      const matching = entries.filter((e) => e.name.startsWith(`永安镇-${panel.title}-`) && e.name.endsWith('.png'))
      expect(matching, panel.id).toHaveLength(1)
      if (names.has(panel.id)) expect(matching[0].name).toBe(names.get(panel.id))
    }
    // Every entry a PNG; its Chinese name read back whole proves the UTF-8 flag (tests/support/zip.ts).
    for (const entry of entries) expect(pngSize(entry.data).width, entry.name).toBeGreaterThan(0)
    // A panel on another page (not on screen) is a full image too.
    const elsewhere = PANELS.filter((panel) => !onScreen.includes(panel.id))
    expect(elsewhere.length).toBeGreaterThan(0)
    for (const panel of elsewhere.slice(0, 3)) {
      const entry = entries.find((e) => e.name.startsWith(`永安镇-${panel.title}-`))!
      const bytes = Buffer.from(entry.data)
      await fs.writeFile(path.join(OUT, `zip-${panel.id}.png`), bytes)
      const pixels = await decode(page, bytes, 'image/png')
      expect(pixels.colours, panel.id).toBeGreaterThan(8)
      expect(pixels.width).toBeGreaterThan(200)
    }
    await expect.poll(() => page.getByRole('status').filter({ hasText: `已导出 ${PANELS.length} 个面板` }).isVisible()).toBe(true)
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })

  it('导出整屏: the page at its real resolution (CSS size x devicePixelRatio)', async () => {
    const app = await open('#/')
    const { page } = app
    // A 2x screen: the same layout, twice the pixels.
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1920, height: 1080, deviceScaleFactor: 2, mobile: false })
    await expect.poll(() => page.evaluate(() => window.devicePixelRatio)).toBe(2)
    await waitForCharts(page)
    const before = await stableCharts(page)
    const box = await page.locator('.app').evaluate((el) => {
      const rect = el.getBoundingClientRect()
      return { width: Math.round(rect.width), height: Math.round(rect.height) }
    })
    // Chromium 87, the oldest supported browser, has no roundRect or letterSpacing on a 2D canvas.
    await page.evaluate(() => {
      for (const name of ['roundRect', 'letterSpacing']) delete (CanvasRenderingContext2D.prototype as unknown as Record<string, unknown>)[name]
    })
    await page.getByRole('button', { name: '导出全部', exact: true }).click()
    await choose(page, { format: 'PNG', ratio: 2 })
    const button = dialog(page).getByRole('button', { name: /^导出整屏（PNG，\d+×\d+ 像素）$/ })
    const stated = /(\d+)×(\d+)/.exec(await button.innerText())!.slice(1).map(Number)
    const saved = await captureDownload(page, () => button.click(), 'screen-2x.png')
    console.log(`[export timing] 导出整屏 at devicePixelRatio 2: ${saved.ms} ms`)
    // The page's width at 2x; its height less the header, plus the annotation bands: as the menu said.
    expect(pngSize(saved.bytes)).toEqual({ width: box.width * 2, height: stated[1] })
    expect(stated[0]).toBe(box.width * 2)
    const pixels = await decode(page, saved.bytes, 'image/png')
    expect(pixels.colours).toBeGreaterThan(30)
    await page.mouse.move(1, 1)
    expect(await stableCharts(page)).toEqual(before)
    await cdp.send('Emulation.clearDeviceMetricsOverride')
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})

describe('the sector filter in the export', () => {
  it('with ?sector=industry, 工业 is in the file name and on the image', async () => {
    const app = await open('?sector=industry#/')
    const { page } = app
    const saved = await exportPanel(page, FIRST_CHART, { format: 'SVG', ratio: 1 }, 'filtered-industry.svg')
    // 地区生产总值 is town-wide: named 全镇, not 工业; the image says both.
    expect(saved.name).toMatch(/-全镇-1x-深色\.svg$/)
    const svg = await parseSvg(page, saved.bytes.toString('utf8'))
    expect(svg.errors).toBe(0)
    expect(svg.texts.join('\n')).toContain('产业：工业')

    const png = await exportPanel(page, FIRST_CHART, { format: 'PNG', ratio: 2 }, 'filtered-industry.png')
    expect(png.name).toMatch(/-全镇-2x-深色\.png$/)
    const sectorPanel = await exportPanel(page, 'investment', { format: 'PNG', ratio: 1, background: 'white' })
    expect(sectorPanel.name).toMatch(/^永安镇-投资与工业增长-.*-工业-1x\.png$/)

    // Every panel under the filter, on white for print: each name carries the sector.
    await page.getByRole('button', { name: '导出全部', exact: true }).click()
    await choose(page, { format: 'PNG', ratio: 1, background: 'white' })
    const zip = await captureDownload(page, () => dialog(page).getByRole('button', { name: '全部面板（ZIP）' }).click(), 'all-panels-industry-white.zip')
    expect(zip.name).toMatch(/-工业\.zip$/)
    const entries = readZip(new Uint8Array(zip.bytes)).filter((entry) => entry.name !== '说明.txt')
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries) {
      const panel = PANELS.find((p) => entry.name.startsWith(`永安镇-${p.title}-`))!
      expect(entry.name).toMatch(panel.scope === 'town' ? /-全镇-1x\.png$/ : /-工业-1x\.png$/)
    }
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})

describe('canvas limits and panels off the overview', () => {
  it('a request beyond 32,767 px a side is reduced to the largest ratio that fits, and the user is told', async () => {
    // A panel of another page, alone on its panel page, on a very wide, short screen (an LED wall strip).
    const overview = new Set(OVERVIEW.panels.map((p) => p.panel))
    const panel = PANELS.find((p) => !overview.has(p.id) && p.kind !== 'cards')!
    const app = await openApp(browser(), `${appUrl()}#/panel/${panel.id}`, { viewport: { width: 8400, height: 360 } })
    const { page } = app
    await waitForCharts(page)
    const area = await chartArea(page, panel.id)
    expect(area.width * 4).toBeGreaterThan(32_767)

    const saved = await exportPanel(page, panel.id, { format: 'PNG', ratio: 4 }, 'clamped-wide.png')
    const size = pngSize(saved.bytes)
    expect(size.width).toBeLessThanOrEqual(32_767)
    // The largest ratio to 0.01 that fits: 0.01 more would not.
    expect(size.width).toBeGreaterThan(32_767 - area.width * 0.01)
    const status = page.getByRole('status').filter({ hasText: '已缩小为' })
    await expect.poll(() => status.isVisible()).toBe(true)
    const ratio = Number(/已缩小为 ([\d.]+) 倍/.exec(await status.innerText())?.[1])
    expect(ratio).toBeLessThan(4)
    expect(size.width).toBe(Math.floor(area.width * ratio))
    expect(saved.name).toBe(safeFileName(['永安镇', panel.title, await periodOf(page, panel.id), `${ratio}x`, '深色'], 'png'))
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})

