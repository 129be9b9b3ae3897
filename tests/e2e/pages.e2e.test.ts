/// <reference lib="dom" />
/**
 * Every page of the production build as a meeting sees it, at 1920x1080 and 3840x2160: every panel drawn,
 * the page's key figures on screen, no error, no failed request, no scrollbar, no panel over another,
 * nothing clipped, no text under 14px. Then the theme switch (charts updated, not re-created), the 数据
 * table, the single-panel page and the not-found page. Screenshots land in test-output/screenshots/.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { PAGES, findPanel, type PageDefinition } from '../../src/layouts/pages'
import { chartHasInk, openApp, screenshot, useBrowser, waitForCharts, type AppPage } from '../support/browser'
import { useServer } from '../support/server'
import { smallDomText } from '../support/room'
import { chartPanelsOf } from '../support/pageState'
import { expectFitted, measureScreen, waitForCrispCanvases } from '../support/screen'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
]

/** Figures a person reads off each page (in DOM text: headlines, cards; charts draw theirs on canvas). */
const KEY_FIGURES: Record<string, string[]> = {
  overview: ['11.39亿元', '1013万元', '11.8亿元', '5507元', '79家', '88.9%'],
  economy: ['11.39亿元', '1013万元', '5507元', '11.8亿元', '79家', '148家', '17家', '200余家', '40%'],
  rural: ['88.9%', '26个（推算）', '90家', '18/18', '20余家', '7228亩（推算）'],
  projects: ['128.24亿元（推算）', '共 29 个项目', '79家', '148家'],
  livelihood: ['90%', '30余次', '3万余人', '230余名', '18处', '17个', '中国淘宝镇'],
}

function pageUrl(page: PageDefinition, query = ''): string {
  return `${appUrl()}${query}#${page.id === 'overview' ? '/' : `/page/${page.id}`}`
}

function expectClean(app: AppPage): void {
  expect(app.consoleErrors).toEqual([])
  expect(app.failedRequests).toEqual([])
  expect(app.offsiteRequests).toEqual([])
}

/** Figure cards sticking out of their panel: their text. */
function cardsOutside(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id] .figure-card')).flatMap((card) => {
      const panel = card.closest('[data-panel-id]')!.getBoundingClientRect()
      const r = card.getBoundingClientRect()
      const inside = r.left >= panel.left - 1 && r.right <= panel.right + 1 && r.top >= panel.top - 1 && r.bottom <= panel.bottom + 1
      return inside ? [] : [card.textContent ?? '']
    }),
  )
}

describe.each(SIZES)('every page at $width x $height', (size) => {
  it.each(PAGES.map((page) => [page.id, page] as const))('%s: drawn, key figures shown, fits the screen', async (id, def) => {
    const app = await openApp(browser(), pageUrl(def), { viewport: size })
    const { page } = app
    try {
      const chartPanels = chartPanelsOf(def)
      const charts = await waitForCharts(page, '[data-panel-id]', { minCharts: chartPanels.length })
      await page.waitForLoadState('networkidle')
      await screenshot(page, `page-${id}-${size.width}x${size.height}`)

      expect(charts).toBe(chartPanels.length)
      const shown = await page.$$eval('[data-panel-id]', (els) => els.map((el) => el.getAttribute('data-panel-id')))
      expect(shown).toEqual(def.panels.map((p) => p.panel))
      for (const panelId of chartPanels) expect(await chartHasInk(page, panelId), `${panelId} drew nothing`).toBe(true)
      for (const p of def.panels.filter((placement) => findPanel(placement.panel)?.kind === 'cards')) {
        const values = await page.$$eval(`[data-panel-id="${p.panel}"] .figure-value`, (els) => els.map((el) => el.textContent?.trim()))
        expect(values.length, p.panel).toBeGreaterThan(0)
        // Figures carry digits; honours (wordy cards) are names.
        const figures = await page.$$eval(`[data-panel-id="${p.panel}"] .figure-card:not(.figure-card-wordy) .figure-value`, (els) => els.map((el) => el.textContent?.trim()))
        expect(values.every(Boolean) && figures.every((value) => value && /\d/.test(value)), `${p.panel}: ${values.join()}`).toBe(true)
      }

      const text = await page.locator('main').innerText()
      for (const figure of KEY_FIGURES[id] ?? []) expect(text, `${id} lacks ${figure}`).toContain(figure)

      // No scrollbar, every panel inside the window, apart and not clipped, canvases crisp; no text under 14 px.
      await waitForCrispCanvases(page)
      expectFitted(await measureScreen(page), id)
      expect(await smallDomText(page, 14)).toEqual([])
      expect(await cardsOutside(page)).toEqual([])
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('shows the numbers behind a chart with the 数据 toggle, derived figures marked', async () => {
    const app = await openApp(browser(), pageUrl(PAGES[0]))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 5 })
      const panel = page.locator('[data-panel-id="fiscal_revenue"]')
      const toggle = panel.getByRole('button', { name: '数据' })
      await toggle.click()
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
      const table = panel.locator('table')
      await table.waitFor()
      const text = await table.innerText()
      expect(text).toContain('1013万元')
      expect(text).toContain('953万元')
      expect(text).toContain('推算')
      expect(await panel.locator('[_echarts_instance_]').isVisible()).toBe(false)
      await screenshot(page, 'data-table-fiscal-revenue')
      await toggle.click()
      await table.waitFor({ state: 'detached' })
      expect(await panel.locator('[_echarts_instance_]').isVisible()).toBe(true)
      expect(await chartHasInk(page, 'fiscal_revenue')).toBe(true)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('lists every project with 未公布 in the key projects table', async () => {
    const projects = PAGES.find((page) => page.id === 'projects')!
    const app = await openApp(browser(), pageUrl(projects))
    const { page } = app
    try {
      await waitForCharts(page, '[data-panel-id]', { minCharts: 2 })
      const panel = page.locator('[data-panel-id="key_projects"]')
      await panel.getByRole('button', { name: '数据' }).click()
      const rows = panel.locator('tbody tr')
      await rows.first().waitFor()
      expect(await rows.count()).toBe(30) // 29 projects and the derived total
      const text = await panel.locator('table').innerText()
      for (const figure of ['100亿元', '20亿元', '5.64亿元', '1.3亿元', '2亿元', '6000万元', '未公布', '128.24亿元']) expect(text).toContain(figure)
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('shows one panel large on #/panel/gdp', async () => {
    const app = await openApp(browser(), `${appUrl()}#/panel/gdp`)
    const { page } = app
    try {
      expect(await waitForCharts(page)).toBe(1)
      const panels = await page.$$eval('[data-panel-id]', (els) =>
        els.map((el) => ({ id: el.getAttribute('data-panel-id'), width: el.getBoundingClientRect().width, height: el.getBoundingClientRect().height })),
      )
      expect(panels).toHaveLength(1)
      expect(panels[0].id).toBe('gdp')
      expect(panels[0].width).toBeGreaterThan(1800)
      expect(panels[0].height).toBeGreaterThan(700)
      expect(await chartHasInk(page, 'gdp')).toBe(true)
      expect(await page.getByRole('region', { name: '地区生产总值' }).count()).toBe(1)
      await screenshot(page, 'single-panel-gdp')
      expectClean(app)
    } finally {
      await page.close()
    }
  })

  it('shows a not-found page with a link home', async () => {
    const app = await openApp(browser(), `${appUrl()}#/no/such/page`)
    const { page } = app
    try {
      await page.getByText('页面不存在').waitFor()
      await screenshot(page, 'not-found')
      await page.getByRole('link', { name: '返回总览' }).click()
      await waitForCharts(page, '[data-panel-id]', { minCharts: 5 })
      expect(new URL(page.url()).hash).toBe('#/')
      expect(await page.$$eval('[data-panel-id]', (els) => els.length)).toBe(PAGES[0].panels.length)
      expectClean(app)
    } finally {
      await page.close()
    }
  })
})
