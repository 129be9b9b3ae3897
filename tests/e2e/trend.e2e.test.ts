/// <reference lib="dom" />
/**
 * Time shown as time, on the generated ten-and-more years of monthly editions (240, scripts/many-editions.mjs,
 * fictional figures) with a page of trends (趋势) added to its definition: the period labels ECharts really
 * drew (read from the live chart's text elements and their boxes) never overlap at 12, 24 and 240 points
 * and 20 years, the edition shown is labelled and marked; the 总量对比 bars of a 1-12月 edition (13 months so
 * far and their single months) keep their labels and values apart; the trends draw in screen mode, in the
 * deck and on paper too.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { BrowserContext, Page } from 'playwright-core'
import { writeManyEditions } from '../../scripts/many-editions.mjs'
import { chartHasInk, openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { settle } from '../support/pageState'
import { Probe } from '../support/screen'
import { openPptx, slides } from '../support/pptx'
import { exportDeck } from './deckFiles'

const TRENDS = {
  trend_12: { title: '地区生产总值（12个月）', by: 'month', window: 12, position: { x: 0, y: 0, w: 8, h: 6 } },
  trend_24: { title: '地区生产总值（24个月）', by: 'month', window: 24, position: { x: 8, y: 0, w: 8, h: 6 } },
  trend_years: { title: '地区生产总值（20年）', by: 'year', window: 20, position: { x: 16, y: 0, w: 8, h: 6 } },
  trend_240: { title: '地区生产总值（240个月）', by: 'month', window: 240, position: { x: 0, y: 6, w: 24, h: 6 } },
} as const

const dataDir = writeManyEditions(240)
{
  const file = path.join(dataDir, 'dashboard.json')
  const dashboard = JSON.parse(fs.readFileSync(file, 'utf8')) as { pages: object[]; panels: object[] }
  dashboard.pages.push({ id: 'trends', title: '趋势', order: 6 })
  for (const [id, trend] of Object.entries(TRENDS))
    dashboard.panels.push({ id, title: trend.title, kind: '趋势', indicators: ['gdp'], page: 'trends', position: trend.position, options: { unit: '亿元', by: trend.by, window: trend.window } })
  fs.writeFileSync(file, JSON.stringify(dashboard, null, 1))
}
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))
const appUrl = useServer({ dataDir })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

interface DrawnText {
  text: string
  x: number
  y: number
  width: number
  height: number
  /** Below the plot: a category axis label. */
  axis: boolean
}

/** The texts the chart of each panel drew (hidden ones left out), with their boxes in the chart's pixels. */
async function drawnTexts(context: BrowserContext, page: Page): Promise<Record<string, DrawnText[]>> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Runtime.enable')
  try {
    const proto = await Probe.findEChartsPrototype(cdp, 'trend-probe')
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto, objectGroup: 'trend-texts' })
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        const out = {}
        for (const chart of this) {
          if (chart.isDisposed() || !chart.getDom().isConnected) continue
          const panel = chart.getDom().closest('[data-panel-id]')
          if (!panel) continue
          const grid = chart.getModel().getComponent('grid')
          const plot = grid && grid.coordinateSystem ? grid.coordinateSystem.getRect() : null
          const hidden = (el) => { for (let e = el; e; e = e.parent) if (e.ignore || e.invisible) return true; return false }
          out[panel.dataset.panelId] = chart.getZr().storage.getDisplayList(true)
            .filter((el) => el.style && typeof el.style.text === 'string' && el.style.text.trim() !== '' && !hidden(el) && el.style.opacity !== 0)
            .map((el) => {
              const r = el.getBoundingRect().clone()
              r.applyTransform(el.getComputedTransform())
              return { text: el.style.text, x: r.x, y: r.y, width: r.width, height: r.height, axis: plot ? r.y >= plot.y + plot.height : false }
            })
        }
        return out
      }`,
    })
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'trend-texts' })
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'trend-probe' })
    return result.result.value as Record<string, DrawnText[]>
  } finally {
    await cdp.detach()
  }
}

/** Pairs of drawn texts whose boxes overlap (a pixel of slack for anti-aliasing). */
function overlapping(texts: readonly DrawnText[]): string[] {
  const pairs: string[] = []
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      if (a.x + 1 < b.x + b.width && b.x + 1 < a.x + a.width && a.y + 1 < b.y + b.height && b.y + 1 < a.y + a.height) pairs.push(`“${a.text}” / “${b.text}”`)
    }),
  )
  return pairs
}

/** Waits until the charts have drawn their last frame (entry animation and label layout done). */
async function still(page: Page): Promise<void> {
  await waitForCharts(page)
  await page.waitForTimeout(1500)
}

describe('trends over 240 editions', () => {
  it('labels at 12, 24 and 240 months and 20 years never overlap; the edition shown is labelled and marked', async () => {
    const context = browser()
    const { page, consoleErrors } = await openApp(context, `${appUrl()}#/page/trends`)
    await settle(page)
    await still(page)
    const drawn = await drawnTexts(context, page)
    const counts: Record<string, number> = {}
    for (const id of Object.keys(TRENDS)) {
      const texts = drawn[id]
      expect(texts, id).toBeDefined()
      const axis = texts.filter((text) => text.axis)
      counts[id] = axis.length
      expect(overlapping(texts), id).toEqual([])
      // The edition shown (2022年1-12月) closes the axis and carries its figure.
      expect(axis[axis.length - 1]?.text, id).toMatch(id === 'trend_years' ? /^2022年$/ : /1-12月$/)
      expect(axis.length, id).toBeGreaterThanOrEqual(3)
    }
    // Thinned, not emptied: the 12 months on a third of the screen in quarters at least; 240 months by years.
    expect(counts.trend_12).toBeGreaterThanOrEqual(4)
    expect(counts.trend_240).toBeGreaterThanOrEqual(5)
    expect(counts.trend_240).toBeLessThanOrEqual(20)
    await expect.poll(() => page.locator('[data-panel-id="trend_years"] .panel-period').innerText()).toContain('2003年至2022年')
    await screenshot(page, 'trend-240-editions-1920')
    expect(consoleErrors).toEqual([])
  })

  it('a 20-year trend alone on the screen labels every year it can and overlaps none', async () => {
    const context = browser()
    const { page, consoleErrors } = await openApp(context, `${appUrl()}#/panel/trend_years`)
    await settle(page)
    await still(page)
    const texts = (await drawnTexts(context, page)).trend_years
    expect(overlapping(texts)).toEqual([])
    const years = texts.filter((text) => text.axis).map((text) => text.text)
    expect(years).toHaveLength(20)
    expect(years[0]).toBe('2003年')
    await screenshot(page, 'trend-20-years-1920')
    expect(consoleErrors).toEqual([])
  })

  it('an earlier edition ends the trend there and marks it', async () => {
    const context = browser()
    const { page } = await openApp(context, `${appUrl()}#/page/trends?edition=2019-03`)
    await settle(page)
    await still(page)
    const texts = await drawnTexts(context, page)
    const axis = texts.trend_24.filter((text) => text.axis).map((text) => text.text)
    expect(axis[axis.length - 1]).toMatch(/^(2019年)?1-3月$/)
    expect(texts.trend_24.map((text) => text.text)).toContain(await page.locator('[data-panel-id="trend_24"] .panel-headline').innerText().then((line) => line.replace(/^\S+\s/, '')))
    expect(overlapping(texts.trend_24)).toEqual([])
  })
})

describe('总量对比 at a 1-12月 edition', () => {
  it('13 months so far and their single months keep labels and values apart, on a third of the screen and alone', async () => {
    const context = browser()
    for (const hash of ['#/page/economy', '#/panel/gdp']) {
      const { page, consoleErrors } = await openApp(context, `${appUrl()}${hash}?edition=2022-12`)
      await settle(page)
      await still(page)
      const texts = (await drawnTexts(context, page)).gdp
      expect(texts.filter((text) => text.axis).length, hash).toBeGreaterThanOrEqual(3)
      expect(overlapping(texts), hash).toEqual([])
      expect(texts.some((text) => text.text.includes('同比')), hash).toBe(true)
      if (hash === '#/page/economy') await screenshot(page, 'level-compare-1-12-economy-1920')
      expect(consoleErrors).toEqual([])
      await page.close()
    }
  })
})

describe('trends in screen mode', () => {
  it('draws the trends on the screen-mode slides of their page', async () => {
    const context = browser()
    const page = await context.newPage()
    try {
      await page.goto(`${appUrl()}#/page/trends?kiosk&fit=contain&rotate=0`)
      await waitForCharts(page)
      for (const id of Object.keys(TRENDS)) if (await page.locator(`[data-panel-id="${id}"]`).count()) expect(await chartHasInk(page, id), id).toBe(true)
      await still(page)
      const drawn = await drawnTexts(context, page)
      for (const [id, texts] of Object.entries(drawn)) if (id in TRENDS) expect(overlapping(texts), id).toEqual([])
      await screenshot(page, 'trend-screen-mode-1920')
    } finally {
      await page.close()
    }
  })
})

describe('trends in the deck and on paper', () => {
  const OUT = path.join(path.dirname(new URL(import.meta.url).pathname), '../../test-output/trend')

  it('the deck of the page has a picture of each trend; the printout each trend with its period labels', async () => {
    fs.mkdirSync(OUT, { recursive: true })
    const { page, consoleErrors } = await openApp(browser(), `${appUrl()}#/page/trends`)
    await settle(page)
    await waitForCharts(page)
    const saved = await exportDeck(page, '演示文稿（PPTX，当前页）', OUT, 'deck-trends.pptx')
    const pkg = openPptx(saved.bytes)
    const deck = slides(pkg)
    for (const trend of Object.values(TRENDS)) {
      const slide = deck.find((item) => item.paragraphs.some((text) => text.includes(trend.title)))
      expect(slide?.pictures, trend.title).toHaveLength(1)
      const picture = pkg.parts.get(slide!.pictures[0])
      expect(picture?.length ?? 0, trend.title).toBeGreaterThan(5_000)
      if (trend.window === 20) fs.writeFileSync(path.join(OUT, 'deck-trend-20-years.png'), picture!)
    }
    expect(deck.flatMap((slide) => slide.paragraphs).join('\n')).not.toMatch(/无法|未能/)

    await page.evaluate(() => {
      window.print = () => {}
    })
    await page.keyboard.press('Control+P')
    await page.locator('html[data-print="ready"]').waitFor({ state: 'attached' })
    const file = path.join(OUT, 'print-trends.pdf')
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    for (const trend of Object.values(TRENDS)) expect(text, trend.title).toContain(trend.title)
    expect(text).toContain('2022年1-12月')
    expect(text).toContain('2022年')
    expect(text).not.toContain('无法打印')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(OUT, 'print-trends')])
    expect(consoleErrors).toEqual([])
  })
})
