/**
 * Accessibility checked in the page with axe-core (the plain package, evaluated in the page: no script
 * tag, so the Content-Security-Policy stays as deployed): no serious or critical problem on any page, in
 * screen mode, or on a phone. Also: the skip link, per-panel names of the 数据 buttons, and charts'
 * descriptions that carry their key figures.
 */
import { describe, expect, it } from 'vitest'
import axe from 'axe-core'
import type { Page } from 'playwright-core'
import { PAGES } from '../../src/layouts/pages'
import { openApp, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
/** axe-core's own source, run in the page as it is (the package's documented way to inject it). */
const AXE = axe.source

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

async function seriousProblems(page: Page): Promise<Violation[]> {
  await page.evaluate(AXE)
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] }
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<Result> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    // axe really checked the page (colour contrast, names, landmarks...), not an empty document.
    if (result.passes.length < 10) throw new Error(`axe passed only ${result.passes.length} rules`)
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }))
  })
}

const hashOf = (id: string) => (id === 'overview' ? '#/' : `#/page/${id}`)

describe('accessibility', () => {
  for (const [label, query, viewport] of [
    ['dashboard', '', { width: 1920, height: 1080 }],
    ['screen mode', 'kiosk&rotate=0&refresh=0', { width: 1920, height: 1080 }],
    ['phone', '', { width: 390, height: 844 }],
  ] as const) {
    it(`${label}: axe finds no serious or critical problem on any page`, { timeout: 120_000 }, async () => {
      const app = await openApp(browser(), `${appUrl()}${query ? `?${query}` : ''}#/`, { viewport })
      const { page } = app
      try {
        for (const def of PAGES) {
          await page.goto(`${appUrl()}${query ? `?${query}` : ''}${hashOf(def.id)}`)
          await waitForCharts(page, '[data-panel-id]', { minCharts: 0 })
          expect(await seriousProblems(page), `${label} ${def.id}`).toEqual([])
        }
      } finally {
        await page.close()
      }
    })
  }

  it('a skip link leads to the panels; 数据 buttons name their panel; charts describe their key figures', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    const { page } = app
    try {
      await waitForCharts(page)
      await page.keyboard.press('Tab')
      const skip = page.locator('.skip-link')
      expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
      expect(await skip.isVisible()).toBe(true)
      await page.keyboard.press('Enter')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('panels')

      const names = await page.locator('.panel-toggle').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')))
      expect(new Set(names).size).toBe(names.length)
      expect(names).toContain('数据：地区生产总值')

      // ECharts writes the description to the chart's container.
      const gdp = await page.locator('[data-panel-id="gdp"] [_echarts_instance_]').getAttribute('aria-label')
      expect(gdp).toContain('11.39亿元')
      expect(gdp).toContain('同比 +6.8%')
    } finally {
      await page.close()
    }
  })
})
