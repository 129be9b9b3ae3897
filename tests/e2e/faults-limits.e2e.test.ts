/**
 * Faults at the limits (issue 15 item 5, and the remaining fault cases): a data file nested 200,000 levels
 * deep, the sector list alone missing, a bad growth rate beside a good level, exact table row counts with
 * 100,000 projects, and names and sources longer than the limits, cut with … on screen and in exports.
 */
import { describe, expect, it } from 'vitest'
import { screenshot, useBrowser } from './harness'
import { useDataServer } from './dataServer'
import { edited, type Json } from './dataCopy'
import { readersOf, settle, STACK_TRACE, type PanelState } from './pageState'

const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const openWith = useDataServer(browser)

const byId = (panels: PanelState[], id: string) => panels.find((panel) => panel.id === id) as PanelState

describe('a data file nested 200,000 levels deep', () => {
  it('is reported as an error in the banner and in the panels reading it; the rest draws', async () => {
    const deep = `{"values":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    const app = await openWith({ 'values.json': deep }, '#/page/projects')
    const panels = await settle(app.page)
    await screenshot(app.page, 'faults-deep-json')
    const message = 'values.json：应为层次正常的 JSON，实际为 嵌套层数过多，无法检查'
    expect(await app.page.locator('.data-error-banner').innerText()).toContain(message)
    const readers = readersOf('values.json')
    expect(panels.some((panel) => readers.has(panel.id))).toBe(true)
    for (const panel of panels) {
      if (readers.has(panel.id)) {
        expect({ id: panel.id, state: panel.state }).toEqual({ id: panel.id, state: 'error' })
        expect(panel.text).toContain(message)
        expect(panel.text).not.toContain('正在读取')
      } else expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    }
    expect(await app.page.locator('body').innerText()).not.toMatch(STACK_TRACE)
    expect(app.consoleErrors.filter((line) => line.startsWith('pageerror'))).toEqual([])
    await app.page.close()
  })
})

describe('only the sector list missing', () => {
  it('the banner heading says every panel shows all data, unfiltered, not that panels cannot show', async () => {
    const app = await openWith({ 'sectors.json': null }, '#/page/projects')
    const panels = await settle(app.page)
    for (const panel of panels) expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    const banner = app.page.locator('.data-error-banner')
    expect(await banner.locator('strong').first().innerText()).toBe('产业列表未能读取，各面板照常显示全部数据，未按产业筛选：')
    expect(await banner.innerText()).not.toContain('暂无法显示')
    expect(await banner.innerText()).toContain('sectors.json：文件不存在（HTTP 404）')
    await app.page.close()
  })

  it('with another file missing too, the heading still says panels cannot show', async () => {
    const app = await openWith({ 'sectors.json': null, 'projects.json': null }, '#/page/projects')
    await settle(app.page)
    expect(await app.page.locator('.data-error-banner strong').first().innerText()).toBe('数据文件未能读取，相关面板暂无法显示：')
    await app.page.close()
  })
})

describe('a bad growth rate beside a good level (gdp_growth written as "6.8%")', () => {
  it('the 地区生产总值 card shows its level and says what is wrong with its growth; the other cards are as usual', async () => {
    const values = await edited('values.json', (json: Json) => (json.values.find((item: { indicator: string }) => item.indicator === 'gdp_growth').value = '6.8%'))
    const app = await openWith({ 'values.json': values }, '#/')
    const panels = await settle(app.page)
    await screenshot(app.page, 'faults-bad-growth')
    const message = '「地区生产总值同比增长」的数值应为数字，实际为“6.8%”（values.json 第 2 项）'
    const headline = app.page.locator('[data-panel-id="headline"]')
    expect(byId(panels, 'headline').state).toBe('ok')
    const gdp = headline.locator('[data-figure-id="gdp"]')
    expect(await gdp.getAttribute('data-state')).toBe('partial')
    expect(await gdp.locator('.figure-value').innerText()).toBe('11.39亿元')
    expect(await gdp.locator('.figure-problem').innerText()).toBe(message)
    expect(await gdp.locator('.figure-problem').getAttribute('title')).toBe(message)
    expect(await gdp.innerText()).not.toMatch(/同比 [+-]/)
    await gdp.screenshot({ path: 'test-output/screenshots/faults-bad-growth-card.png' })
    // The other four cards: their figures and growth, no problem.
    expect(await headline.locator('.figure-problem').count()).toBe(1)
    expect(await headline.locator('[data-figure-id="fiscal_revenue"] .figure-note').first().innerText()).toBe('同比 +6.3% ↑')
    expect(await headline.locator('[data-figure-id="fixed_asset_investment"] .figure-note').first().innerText()).toBe('同比 +104.2% ↑')
    expect(await headline.locator('[data-figure-id="disposable_income_per_capita"] .figure-note').first().innerText()).toBe('同比 +7.2% ↑')
    expect(await headline.locator('[data-figure-id="four_above_enterprises_total"] .figure-value').innerText()).toBe('79家')
    // Panels not showing GDP's growth draw as usual.
    for (const id of ['fiscal_revenue', 'income']) expect({ id, state: byId(panels, id).state }).toEqual({ id, state: 'ok' })
    await app.page.close()
  })
})
