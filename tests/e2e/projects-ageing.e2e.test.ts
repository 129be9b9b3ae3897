/**
 * 2,000 generated projects over 240 monthly editions (scripts/many-editions.mjs, fictional figures) on the
 * 项目建设 page at 1920x1080, as the room sees it: the key-projects chart draws the top 15 and one 其余 bar,
 * every drawn text inside its chart and none over another (boxes read from the live chart), in the normal
 * view and in screen mode; the header names the as-of once, not a line per edition; projects long
 * unreported stay in the 数据 table under 往期项目, a carried one with its own 截至.
 */
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { writeManyEditions } from '../../scripts/many-editions.mjs'
import { openApp, screenshot, useBrowser, waitForCharts } from '../support/browser'
import { chartLabels, outsideChart, overlappingLabels, type ChartLabels } from '../support/labelBoxes'
import { settle } from '../support/pageState'
import { DIST, useServer, useServers } from '../support/server'

const dataDir = writeManyEditions(240, undefined, { projects: 2000 })
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))
const appUrl = useServer({ dataDir })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })

const PROJECT_PANELS = ['key_projects', 'project_sectors']

/** The drawn texts of the project charts on screen now. */
async function projectCharts(page: Page): Promise<ChartLabels[]> {
  const charts = await chartLabels(browser(), page)
  return charts.filter((chart) => PROJECT_PANELS.includes(chart.panel))
}

function expectLegible(charts: readonly ChartLabels[]): void {
  for (const chart of charts) {
    expect(chart.boxes.length, chart.panel).toBeGreaterThan(5)
    expect(outsideChart(chart), `${chart.panel}: texts past the chart's edge`).toEqual([])
    expect(overlappingLabels(chart), `${chart.panel}: texts over each other`).toEqual([])
  }
}

describe('2,000 projects over 240 editions', () => {
  it('give a legible chart of the top 15 and 其余, a one-line as-of, and 往期项目 in the table', async () => {
    const { page, consoleErrors } = await openApp(browser(), `${appUrl()}#/page/projects`)
    await settle(page)
    await waitForCharts(page)
    const charts = await projectCharts(page)
    expect(charts.map((chart) => chart.panel).sort()).toEqual([...PROJECT_PANELS].sort())
    const keyProjects = charts.find((chart) => chart.panel === 'key_projects')!
    await screenshot(page, 'projects-2000-1920x1080')
    // 15 projects, each with its name and its value label drawn, and the rest written as their sum.
    const texts = keyProjects.boxes.map((box) => box.text)
    expect(texts.filter((text) => /^生成项目\d+/.test(text))).toHaveLength(15)
    expect(texts.filter((text) => /^[\d.]+亿元( 已完成[\d.]+亿元)?$/.test(text))).toHaveLength(15)
    expect(texts.join('')).toMatch(/其余 \d+ 个合计[\d.]+亿元（推算）/)
    expectLegible(charts)

    const panel = page.locator('[data-panel-id="key_projects"]')
    const period = await panel.locator('.panel-period').innerText()
    // One as-of for the lot, not one 截至报道时（YYYY年1-M月报告期数据） per edition.
    expect(period).not.toContain('报告期数据')
    expect(period).toMatch(/^截至报道时；另 \d+ 个沿用往期报道（截至\d{4}年1(-\d+)?月至2022年1-11月）$/)

    await panel.getByRole('button', { name: '数据' }).click()
    const table = panel.locator('table.data-table')
    await expect.poll(() => table.count()).toBe(1)
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((td) => (td as HTMLElement).innerText)))
    const past = rows.findIndex((cells) => cells[0].startsWith('往期项目（'))
    expect(past, '往期项目 line').toBeGreaterThan(0)
    expect(rows[past][0]).toMatch(/^往期项目（\d+ 个：连续 12 期以上未报道，不计入图表和合计）$/)
    // A carried project names its own edition once, in its row; a long-unreported one too, under 往期项目.
    expect(rows.slice(0, past).some((cells) => /^截至2022年1(-\d+)?月$/.test(cells[5]))).toBe(true)
    expect(rows.slice(past + 1, past + 20).every((cells) => /^截至\d{4}年1(-\d+)?月$/.test(cells[5]))).toBe(true)
    expect(consoleErrors).toEqual([])
  })

  it('stay legible in screen mode: every drawn text of both project charts inside its chart, none overlapping', async () => {
    await expectLegibleSlides(`${appUrl()}?kiosk&rotate=0#/page/projects`, 'projects-2000-screen')
  })
})

const serve = useServers()

describe('the report\'s own 29 projects (the small fixture) in screen mode', () => {
  it('draw both project charts with every text inside the chart and none overlapping: no clipped or touching rows', async () => {
    const server = await serve({ root: DIST, dataDir: fileURLToPath(new URL('../fixtures/small', import.meta.url)) })
    await expectLegibleSlides(`${server.url}?kiosk&rotate=0#/page/projects`, 'projects-report-screen')
  })
})

/** Steps through the projects page's slides until both project charts have been drawn and measured. */
async function expectLegibleSlides(url: string, shots: string): Promise<void> {
  const { page, consoleErrors } = await openApp(browser(), url)
  await settle(page)
  const seen = new Set<string>()
  for (let step = 0; step < 6 && seen.size < PROJECT_PANELS.length; step++) {
    await waitForCharts(page)
    const charts = await projectCharts(page)
    for (const chart of charts) {
      if (!seen.has(chart.panel)) await screenshot(page, `${shots}-${chart.panel}`)
      seen.add(chart.panel)
    }
    expectLegible(charts)
    await page.keyboard.press('PageDown')
    await page.waitForTimeout(800)
  }
  expect([...seen].sort()).toEqual([...PROJECT_PANELS].sort())
  expect(consoleErrors).toEqual([])
}
