/**
 * Empty panels collapse under a filter: under 工业 no panel of any page shows only 所选产业暂无数据 (in the
 * normal view and in screen mode); the page re-flows over its whole width and one line names the panels
 * left out (in screen mode too: under the slide's panels, at the legibility rule, covering none of them).
 * Screenshots: empty-panels-<page>.png, empty-panels-screen-<page>.png.
 */
import { describe, expect, it } from 'vitest'
import { PAGES } from '../../src/layouts/pages'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

interface PageState {
  emptyPanels: string[]
  panels: number
  line: string
  /** The panels' bounding box as a share of the page's width. */
  width: number
  /** The left-out line's font size, px, and the panels its box overlaps. */
  lineFontPx: number
  lineCovers: string[]
  /** The legibility rule in screen mode (--rule-px), px; 0 outside it. */
  rulePx: number
}

function pageState(page: import('playwright-core').Page): Promise<PageState> {
  return page.evaluate(() => {
    const panels = Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]'))
    const main = document.querySelector<HTMLElement>('[data-page-id]')!.getBoundingClientRect()
    const left = Math.min(...panels.map((p) => p.getBoundingClientRect().left))
    const right = Math.max(...panels.map((p) => p.getBoundingClientRect().right))
    const lineEl = document.querySelector<HTMLElement>('[data-left-out]')
    const lineBox = lineEl?.getBoundingClientRect()
    const covers = (box: DOMRect) => !!lineBox && lineBox.width > 0 && box.left < lineBox.right && lineBox.left < box.right && box.top < lineBox.bottom && lineBox.top < box.bottom
    return {
      lineFontPx: lineEl ? parseFloat(getComputedStyle(lineEl).fontSize) : 0,
      lineCovers: panels.filter((p) => covers(p.getBoundingClientRect())).map((p) => p.dataset.panelId ?? ''),
      rulePx: lineEl ? parseFloat(getComputedStyle(lineEl).getPropertyValue('--rule-px')) || 0 : 0,
      emptyPanels: panels.filter((p) => p.querySelector('.panel-empty')?.textContent?.includes('所选产业暂无数据')).map((p) => p.dataset.panelId ?? ''),
      panels: panels.length,
      line: document.querySelector('[data-left-out]')?.textContent ?? '',
      width: panels.length ? (right - left) / main.width : 1,
    }
  })
}

describe('empty panels collapse under a filter', () => {
  for (const screen of [false, true]) {
    it(`under 工业 no panel shows only 所选产业暂无数据 (${screen ? 'screen mode' : 'normal view'})`, { timeout: 120_000 }, async () => {
      const lines: string[] = []
      for (const p of PAGES) {
        const hash = p.id === 'overview' ? '/' : `/page/${p.id}`
        const query = screen ? '?sector=industry&kiosk&rotate=0&refresh=0' : '?sector=industry'
        const app = await openApp(browser(), `${appUrl()}${screen ? query : ''}#${hash}${screen ? '' : query}`)
        try {
          await waitForCharts(app.page, '[data-panel-id]', { minCharts: 0 })
          await app.page.waitForTimeout(300)
          await screenshot(app.page, `empty-panels-${screen ? 'screen-' : ''}${p.id}`)
          const state = await pageState(app.page)
          expect(state.emptyPanels, `${p.id}: panels showing only 所选产业暂无数据`).toEqual([])
          expect(state.width, `${p.id}: the page re-flows over its width`).toBeGreaterThan(0.95)
          if (state.line) {
            lines.push(`${p.id}: ${state.line}`)
            // Shown beside the panels, never over one; in screen mode at the legibility rule.
            expect(state.lineCovers, `${p.id}: panels under the left-out line`).toEqual([])
            if (screen) expect(state.lineFontPx, `${p.id}: the left-out line at the rule (${state.rulePx} px)`).toBeGreaterThanOrEqual(Math.max(16, state.rulePx) - 0.5)
          }
          expect(app.consoleErrors).toEqual([])
        } finally {
          await app.page.close()
        }
      }
      console.log(lines.join('\n'))
      // 乡村振兴 has panels with nothing for 工业: the line names them.
      expect(lines.some((line) => line.startsWith('rural: 所选产业暂无数据，未显示：'))).toBe(true)
    })
  }
})
