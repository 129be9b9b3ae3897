/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Colours and labels as a viewer meets them: a project status keeps its colour when a filter changes which
 * statuses are shown; at A4 (1123x794) and at 1280x800 (print: print.e2e.test.ts) both period labels of 财政收入 and 收入
 * are drawn; a source line cut with … shows in full on hover, on keyboard focus and under the 数据 table.
 * Chart texts are read from the panel's SVG export, drawn at the panel's on-screen size with the same
 * layout (ECharts hides overlapping labels in its layout, whatever the renderer).
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { STATUS_COLOURS } from '../../src/charts/fixedColours'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { findColour } from '../support/screen'
import { exportPanel, parseSvg } from '../support/exports'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

function sectorButton(page: Page, name: string) {
  return page.getByRole('group', { name: '产业' }).getByRole('button', { name, exact: true })
}

describe('a project status keeps its colour', () => {
  for (const theme of ['dark', 'light'] as const) {
    it(`未说明进度 is drawn in its own colour before and after a filter (${theme} theme)`, async () => {
      const query = theme === 'light' ? '?theme=light' : ''
      const app = await openApp(browser(), `${appUrl()}${query}#/page/projects`)
      const { page } = app
      await waitForCharts(page)
      const colours = STATUS_COLOURS[theme]
      // All statuses: 在建 and 未说明进度 are both drawn, each in its own colour.
      for (const hex of [colours.unstated, colours.under_construction, colours.started])
        await expect.poll(() => findColour(page, 'project_sectors', hex), { timeout: 10_000 }).not.toBeNull()
      // Entry animation done, for a picture worth looking at (the assertions above do not wait on time).
      await page.waitForTimeout(1200)
      await screenshot(page, `status-colours-${theme}-all`)
      // 工业 leaves 落地开工 and 未说明进度 (before: 未说明进度 took the second palette colour, pink).
      await sectorButton(page, '工业').click()
      await expect.poll(() => findColour(page, 'project_sectors', colours.under_construction), { timeout: 10_000 }).toBeNull()
      await expect.poll(() => findColour(page, 'project_sectors', colours.unstated), { timeout: 10_000 }).not.toBeNull()
      expect(await findColour(page, 'project_sectors', colours.started)).not.toBeNull()
      await page.waitForTimeout(1200)
      await screenshot(page, `status-colours-${theme}-industry`)
      expect(app.consoleErrors).toEqual([])
      await page.close()
    })
  }
})

/** The texts of a panel's chart as exported (SVG at the on-screen size): what the chart draws. */
async function chartTexts(page: Page, panelId: string, keep: string): Promise<string[]> {
  const saved = await exportPanel(page, panelId, { format: 'SVG', ratio: 1 }, keep)
  return (await parseSvg(page, saved.bytes.toString('utf8'))).texts.map((text) => text.trim())
}

describe('no category label silently dropped', () => {
  const cases = [
    { name: 'A4 1123x794', viewport: { width: 1123, height: 794 }, print: false },
    { name: '1280x800', viewport: { width: 1280, height: 800 }, print: false },
  ]
  for (const { name, viewport, print } of cases) {
    it(`draws both period labels of 财政收入 and 收入 at ${name}`, async () => {
      const app = await openApp(browser(), `${appUrl()}#/`, { viewport })
      const { page } = app
      if (print) await page.emulateMedia({ media: 'print' })
      await waitForCharts(page)
      await screenshot(page, `labels-${name.replace(/\W+/g, '-')}`, { fullPage: print })
      for (const panelId of ['fiscal_revenue', 'income']) {
        const texts = await chartTexts(page, panelId, `labels-${panelId}-${viewport.width}${print ? '-print' : ''}.svg`)
        // The derived year on two lines (period, then 推算), the stated year on one: all drawn.
        expect(texts, panelId).toContain('2021年1-5月')
        expect(texts, panelId).toContain('（推算）')
        expect(texts, panelId).toContain('2022年1-5月')
      }
      expect(app.consoleErrors).toEqual([])
      await page.close()
    })
  }
})

describe('source lines cut with …', () => {
  it('show the whole line on hover and keyboard focus, and under the 数据 table', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`, { viewport: { width: 1123, height: 794 } })
    const { page } = app
    await waitForCharts(page)
    const cut = await page.$$eval('[data-panel-id] footer', (footers) =>
      footers.filter((el) => el.scrollWidth > el.clientWidth).map((el) => el.closest('[data-panel-id]')!.getAttribute('data-panel-id')!),
    )
    expect(cut.length).toBeGreaterThan(0)
    for (const panelId of cut) {
      const frame = page.locator(`[data-panel-id="${panelId}"]`)
      const footer = frame.locator('footer')
      const whole = await footer.textContent()
      expect(await footer.getAttribute('title')).toBe(whole)
      // Reachable by keyboard: Tab lands on it (tabindex 0), and it is the focused element.
      await footer.focus()
      expect(await footer.evaluate((el) => el === document.activeElement && el.tabIndex === 0)).toBe(true)
      await frame.getByRole('button', { name: /^数据：/ }).click()
      await expect.poll(() => frame.getByRole('table').isVisible()).toBe(true)
      // Under the table (inside its scrolling box), whole and not cut.
      const underTable = frame.getByRole('table').locator('xpath=..').getByText(whole!.trim(), { exact: true })
      expect(await underTable.count()).toBe(1)
      expect(await underTable.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      await frame.getByRole('button', { name: /^数据：/ }).click()
    }
    expect(app.consoleErrors).toEqual([])
    await page.close()
  })
})
