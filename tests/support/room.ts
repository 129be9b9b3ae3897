/// <reference lib="dom" />
/**
 * Measurements of the room layout: the text ECharts really drew (through CDP: the live ECharts instances,
 * their drawn text elements, font sizes, labels hidden or cut), the smallest DOM text on screen, and how
 * much of the screen the panels cover.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { Probe } from './screen'

export interface DrawnChart {
  panel: string
  /** Font sizes (px) of every drawn text. */
  fonts: number[]
  /** Drawn texts that end in an ellipsis. */
  cut: string[]
  /** Category names of the chart's category axes that are not drawn in full. */
  missing: string[]
  /** The text drawn, in order. */
  text: string
  /** Texts drawn (partly) outside the chart's canvas: clipped. */
  outside: string[]
}

/** The live ECharts instances of a page, inspected in the page through CDP. */
export class ChartTexts {
  private proto: string | undefined

  private constructor(
    private readonly cdp: CDPSession,
    private readonly page: Page,
  ) {}

  static async attach(context: BrowserContext, page: Page): Promise<ChartTexts> {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Runtime.enable')
    return new ChartTexts(cdp, page)
  }

  /** The charts on screen now (none on a slide of cards). */
  async drawn(): Promise<DrawnChart[]> {
    if (!this.proto) {
      if ((await this.page.locator('[_echarts_instance_]').count()) === 0) return []
      this.proto = await Probe.findEChartsPrototype(this.cdp, 'room-probe')
    }
    const { objects } = await this.cdp.send('Runtime.queryObjects', { prototypeObjectId: this.proto, objectGroup: 'room-texts' })
    const result = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        return this.filter((chart) => !chart.isDisposed() && chart.getDom().isConnected && chart.getDom().closest('[data-panel-id]')).map((chart) => {
          const panel = chart.getDom().closest('[data-panel-id]').dataset.panelId
          const list = chart.getZr().storage.getDisplayList(true)
          const spans = list.filter((el) => el.style && typeof el.style.text === 'string' && el.style.text.trim() !== '')
          const fonts = spans.map((el) => Number((/(\\d+(?:\\.\\d+)?)px/.exec(el.style.font || '') || [])[1] || el.style.fontSize || 0))
          const text = spans.map((el) => el.style.text).join('').replace(/\\s/g, '')
          const option = chart.getOption()
          const axes = [].concat(option.xAxis || [], option.yAxis || []).filter((a) => a.type === 'category' && a.show !== false)
          const names = axes.flatMap((a) => (a.data || []).map((d) => String(d && typeof d === 'object' ? d.value : d)))
          const w = chart.getWidth()
          const h = chart.getHeight()
          const outside = spans.filter((el) => {
            const r = el.getBoundingRect().clone()
            r.applyTransform(el.getComputedTransform())
            return r.x < -1 || r.y < -1 || r.x + r.width > w + 1 || r.y + r.height > h + 1
          }).map((el) => el.style.text)
          return { panel, fonts, outside, cut: spans.map((el) => el.style.text).filter((t) => t.includes('…')), missing: names.filter((n) => !text.includes(n.replace(/\\s/g, ''))), text }
        })
      }`,
    })
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'room-texts' })
    return result.result.value as DrawnChart[]
  }
}

export interface SmallText {
  text: string
  px: number
}

/** Visible DOM text (inside the app, outside charts) smaller than `minPx`: element text and its size. */
export function smallDomText(page: Page, minPx: number): Promise<SmallText[]> {
  return page.evaluate((min) => {
    const small: { text: string; px: number }[] = []
    const walker = document.createTreeWalker(document.querySelector('.app') ?? document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? ''
      const el = node.parentElement
      if (!text || !el || el.closest('[aria-hidden="true"], .skip-link')) continue
      const style = getComputedStyle(el)
      const box = el.getBoundingClientRect()
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0 || box.height === 0) continue
      if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) continue
      const px = parseFloat(style.fontSize)
      if (px < min - 0.01) small.push({ text: text.slice(0, 30), px })
    }
    return small
  }, minPx)
}

export interface Coverage {
  /** Fraction of the window's width and height the panels span (their bounding box). */
  width: number
  height: number
  /** Widest empty band at the left or right, and at the top or bottom, as a fraction. */
  sideBand: number
  scrollX: number
  scrollY: number
  panels: number
  /** "panel: text" of cards, headlines and titles that stick out of their panel (cut off). */
  clipped: string[]
}

export function coverage(page: Page): Promise<Coverage> {
  return page.evaluate(() => {
    const boxes = Array.from(document.querySelectorAll('[data-panel-id]')).map((el) => el.getBoundingClientRect())
    const left = Math.min(...boxes.map((b) => b.left))
    const right = Math.max(...boxes.map((b) => b.right))
    const top = Math.min(...boxes.map((b) => b.top))
    const bottom = Math.max(...boxes.map((b) => b.bottom))
    const root = document.scrollingElement ?? document.documentElement
    const clipped = Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]')).flatMap((panel) => {
      const box = panel.getBoundingClientRect()
      return Array.from(panel.querySelectorAll<HTMLElement>('.figure-card, .panel-headline, .panel-title, .panel-meta'))
        .filter((el) => {
          const r = el.getBoundingClientRect()
          return r.bottom > box.bottom + 1 || r.right > box.right + 1
        })
        .map((el) => `${panel.dataset.panelId}: ${el.innerText.slice(0, 20)}`)
    })
    // The screen header keeps all its text inside its lines (title, page, as-of line, clock, progress).
    const header = document.querySelector<HTMLElement>('.screen-header')
    if (header && header.scrollHeight > header.clientHeight + 1) clipped.push(`header: ${header.scrollHeight} > ${header.clientHeight}`)
    return {
      clipped,
      width: (right - left) / innerWidth,
      height: (bottom - top) / innerHeight,
      sideBand: Math.max(left, innerWidth - right) / innerWidth,
      scrollX: root.scrollWidth - root.clientWidth,
      scrollY: root.scrollHeight - root.clientHeight,
      panels: boxes.length,
    }
  })
}

/** The rule's smallest font size on screen (px), as the app computed it. */
export async function rulePx(page: Page): Promise<number> {
  const value = await page.evaluate(() => getComputedStyle(document.querySelector('.app')!).getPropertyValue('--rule-px'))
  return parseFloat(value)
}
