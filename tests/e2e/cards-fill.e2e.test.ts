/// <reference lib="dom" />
/**
 * Card panels use their room (issue 25.6): on every page at 1920x1080 each card panel's cards cover most
 * of the panel (from the cards' and the panel's DOM rectangles, not a guess), none sticks out; and on the
 * several-edition fixture the headline card draws its completion bar against 时序进度 and its trend line.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PAGES } from '../../src/layouts/pages'
import { openApp, screenshot, useBrowser } from '../support/browser'
import { useServer } from '../support/server'
import { settle } from '../support/pageState'

const smallUrl = useServer()
const multiUrl = useServer({ dataDir: 'tests/fixtures/multi' })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

interface CardPanelArea {
  id: string
  /** Sum of the cards' areas over the area of their list (the panel less its header and source line). */
  covered: number
  /** The list's area over the panel's. */
  body: number
  /** Cards reaching past the panel's edges. */
  outside: number
}

function cardPanelAreas(page: Page): Promise<CardPanelArea[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]'))
      .filter((panel) => panel.querySelector('.figure-card'))
      .map((panel) => {
        const box = panel.getBoundingClientRect()
        const list = panel.querySelector('.figure-cards')!.getBoundingClientRect()
        const cards = Array.from(panel.querySelectorAll('.figure-card')).map((card) => card.getBoundingClientRect())
        const area = cards.reduce((sum, r) => sum + Math.max(0, Math.min(r.right, box.right) - Math.max(r.left, box.left)) * Math.max(0, Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top)), 0)
        const outside = cards.filter((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1).length
        return { id: panel.dataset.panelId ?? '', covered: area / (list.width * list.height), body: (list.width * list.height) / (box.width * box.height), outside }
      }),
  )
}

describe('card panels fill their panel', () => {
  it.each(PAGES.map((page) => [page.id] as const))('%s: cards cover most of each card panel at 1920x1080', async (id) => {
    const app = await openApp(browser(), `${smallUrl()}#${id === 'overview' ? '/' : `/page/${id}`}`)
    try {
      await settle(app.page)
      const areas = await cardPanelAreas(app.page)
      await screenshot(app.page, `cards-fill-${id}`)
      // The cards take their list's room but for the gaps (and a grid's last empty cell); the list takes the
      // panel's but for the header and the source line. Before, cards kept their text's size, centred.
      for (const panel of areas) {
        expect(panel.covered, `${panel.id}: cards cover ${(panel.covered * 100).toFixed(0)}% of their list`).toBeGreaterThan(0.6)
        expect(panel.body, `${panel.id}: list is ${(panel.body * 100).toFixed(0)}% of the panel`).toBeGreaterThan(0.6)
      }
      // A panel whose cards need more than its room scrolls; the cards are never drawn past its edges.
      expect(areas.filter((panel) => panel.outside > 0 && panel.covered > 1)).toEqual([])
      expect(app.consoleErrors).toEqual([])
    } finally {
      await app.page.close()
    }
  })

  it('draws completion against 时序进度 and a trend line on a card when the data allows', async () => {
    const app = await openApp(browser(), `${multiUrl()}#/`)
    try {
      await settle(app.page)
      const card = app.page.locator('[data-panel-id="headline"] [data-figure-id="gdp"]')
      const bar = await card.locator('.figure-progress-done').boundingBox()
      const track = await card.locator('.figure-progress-track').boundingBox()
      expect(bar!.width / track!.width).toBeCloseTo(0.393, 1)
      const tick = await card.locator('.figure-progress-schedule').boundingBox()
      expect((tick!.x - track!.x) / track!.width).toBeCloseTo(0.417, 1)
      const spark = await card.locator('.figure-spark').boundingBox()
      expect(spark!.height).toBeGreaterThan(10)
      expect(await card.locator('.figure-spark').getAttribute('aria-label')).toBe('趋势：2022年1-3月 6亿元，2022年1-4月 8.8亿元，2022年1-5月 11亿元')
      await card.screenshot({ path: 'test-output/screenshots/cards-fill-trend-card.png' })
    } finally {
      await app.page.close()
    }
  })
})
