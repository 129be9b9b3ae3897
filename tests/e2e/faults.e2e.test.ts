/**
 * Faults as a user meets them (issue 15): one bad figure breaks only the panels that show it, in words a
 * clerk reads; a web page served in place of a data file, and a list of problems longer than a panel.
 */
import { describe, expect, it } from 'vitest'
import { screenshot, useBrowser } from '../support/browser'
import { useDataServer } from '../support/server'
import { edited, type Json } from '../support/dataCopy'
import { PANELS } from '../../src/layouts/pages'
import { panelsOf, readersOf, settle, type PanelState } from '../support/pageState'

const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const openWith = useDataServer(browser)

const byId = (panels: PanelState[], id: string) => panels.find((panel) => panel.id === id) as PanelState
const GDP_MESSAGE = '「地区生产总值」的数值应为数字，实际为“11.39亿”（values.json 第 1 项）'

describe('one bad figure (GDP written as "11.39亿")', () => {
  it('breaks only the panels showing GDP; the cards show the good four and an error card for GDP', async () => {
    const values = await edited('values.json', (json: Json) => (json.values.find((item: { indicator: string }) => item.indicator === 'gdp').value = '11.39亿'))
    const app = await openWith({ 'values.json': values }, '#/')
    const panels = await settle(app.page)
    await screenshot(app.page, 'faults-bad-gdp-overview')
    expect(panels.map((panel) => panel.id)).toEqual(panelsOf('#/'))

    // The GDP chart cannot draw: it says why, once, as an invalid figure (not as a missing one).
    const gdp = byId(panels, 'gdp')
    expect(gdp.state).toBe('error')
    expect(gdp.text).toContain(GDP_MESSAGE)
    expect(gdp.text).not.toMatch(/缺少指标|没有“地区生产总值”的数据|values\[0\]/)
    expect(gdp.text.split(GDP_MESSAGE)).toHaveLength(2)

    // The panels whose figures are good draw as usual, with no word of the problem.
    for (const id of ['fiscal_revenue', 'investment', 'income', 'village_tiers']) {
      const panel = byId(panels, id)
      expect({ id, state: panel.state, drawn: panel.drawn }).toEqual({ id, state: 'ok', drawn: true })
      expect(panel.text).not.toContain('部分数据有误')
      expect(panel.text).not.toContain('地区生产总值')
    }

    // 主要经济指标: four good cards with their figures, and GDP's card saying what is wrong.
    const headline = app.page.locator('[data-panel-id="headline"]')
    expect(await headline.getAttribute('data-state')).toBe('ok')
    const cards = headline.locator('.figure-card')
    expect(await cards.count()).toBe(5)
    const gdpCard = headline.locator('[data-figure-id="gdp"]')
    expect(await gdpCard.getAttribute('data-state')).toBe('error')
    expect(await gdpCard.innerText()).toContain('数据有误')
    expect(await gdpCard.innerText()).toContain(GDP_MESSAGE)
    const good = headline.locator('.figure-card:not([data-state="error"])')
    expect(await good.count()).toBe(4)
    expect(await good.locator('.figure-value').allInnerTexts()).toEqual([
      expect.stringMatching(/^[\d.]+(万|亿)元$/),
      expect.stringMatching(/^[\d.]+(万|亿)元$/),
      expect.stringMatching(/^[\d.,]+元$/),
      expect.stringMatching(/^\d+家$/),
    ])

    // The banner groups the problems by file, in the same words.
    const banner = app.page.locator('.data-error-banner')
    expect(await banner.locator('[data-file]').evaluateAll((items) => items.map((item) => item.getAttribute('data-file')))).toEqual(['values.json'])
    expect(await banner.innerText()).toContain('values.json（1 个问题）')
    expect(await banner.innerText()).toContain(GDP_MESSAGE)
    await app.page.close()
  })
})

describe('a file that is not data', () => {
  it('a web page (a proxy login page) served as values.json is said to be a web page', async () => {
    const page = '<!DOCTYPE html>\n<html><head><title>登录</title></head><body><form>请登录</form></body></html>'
    const app = await openWith({ 'values.json': page }, '#/page/projects')
    const panels = await settle(app.page)
    const message = 'values.json：返回的是网页而不是数据文件'
    expect(await app.page.locator('.data-error-banner').innerText()).toContain(message)
    expect(await app.page.locator('.data-error-banner').innerText()).toContain('数据文件未能读取')
    for (const panel of panels) {
      if (readersOf('values.json').has(panel.id)) {
        expect(panel.state).toBe('error')
        expect(panel.text).toContain(message)
        expect(panel.text).toContain('数据文件未能读取，此面板无法显示')
        expect(panel.text).not.toContain('语法错误')
      } else expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    }
    await app.page.close()
  })
})

describe('many problems in one panel', () => {
  it('are listed to the panel size: the first few, then 还有 N 个问题, the card inside its panel', async () => {
    const projects = await edited('projects.json', (json: Json) => {
      for (const project of json.projects) project.totalInvestment = -1
    })
    const count = (JSON.parse(projects) as Json).projects.length as number
    const app = await openWith({ 'projects.json': projects }, '#/page/projects')
    const panels = await settle(app.page)
    await screenshot(app.page, 'faults-many-problems')
    const panel = app.page.locator('[data-panel-id="key_projects"]')
    expect(byId(panels, 'key_projects').state).toBe('error')
    const items = panel.locator('.panel-error li')
    const shown = (await items.count()) - 1
    expect(shown).toBeGreaterThan(0)
    expect(await items.last().innerText()).toBe(`还有 ${count - shown} 个问题，详见页首提示`)
    expect(await items.first().innerText()).toMatch(/^「[^」]+」的总投资应为不小于 0 的数，实际为 -1（projects\.json 第 1 项）$/)
    // The error card stays within its panel (it scrolls rather than spilling over the next one).
    const [outer, inner] = await Promise.all([panel.boundingBox(), panel.locator('.panel-error').boundingBox()])
    expect(inner!.y + inner!.height).toBeLessThanOrEqual(outer!.y + outer!.height + 1)
    await app.page.close()
  })
})

// sectors.json may be left out (issue 23: a report need not have a sector scheme); one that is there but
// cannot be read is what these tests are about.
const UNREADABLE_SECTORS = '{"sectors": ['

describe('the sector list unreadable (sectors.json broken)', () => {
  it('panels needing sectors draw unfiltered with a note, the others as usual, the filter bar says why it is off', async () => {
    const app = await openWith({ 'sectors.json': UNREADABLE_SECTORS }, '#/page/projects?sector=industry')
    const panels = await settle(app.page)
    await screenshot(app.page, 'faults-no-sectors')
    for (const panel of panels) {
      expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
      // Sector-scoped panels say the list is unavailable; town-wide ones need no sector and say nothing.
      const scoped = PANELS.find((item) => item.id === panel.id)?.scope === 'sector'
      if (scoped) expect(panel.text).toContain('产业列表不可用')
      else expect(panel.text).not.toContain('产业列表不可用')
      // Unfiltered: the filter in the address cannot be applied without the list, so nothing is emptied.
      expect(panel.text).not.toContain('所选产业暂无数据')
    }
    expect(await app.page.locator('.sector-filter-off').innerText()).toBe('产业筛选不可用：产业列表（sectors.json）未能读取，各面板显示全部数据')
    expect(await app.page.locator('.data-error-banner').innerText()).toContain('sectors.json：应为合法的 JSON')

    await app.page.goto(app.page.url().replace(/#.*$/, '#/page/livelihood'))
    const livelihood = await settle(app.page)
    for (const id of ['party', 'honours']) {
      const panel = byId(livelihood, id)
      expect({ id, state: panel.state, drawn: panel.drawn }).toEqual({ id, state: 'ok', drawn: true })
      expect(panel.text).not.toMatch(/产业列表不可用|数据有误/)
    }
    await app.page.close()
  })
})

describe('one slow file (values.json never answers)', () => {
  it('holds back only its panels: the projects and the filter bar are drawn while values are pending', async () => {
    const app = await openWith({}, '#/page/projects', ['data/values.json'])
    const projects = app.page.locator('[data-panel-id="key_projects"]')
    await app.page.waitForFunction(() => document.querySelector('[data-panel-id="key_projects"]')?.getAttribute('data-state') === 'ok', null, { timeout: 8_000 })
    await projects.locator('canvas').first().waitFor({ timeout: 8_000 })
    await screenshot(app.page, 'faults-slow-values')
    // The request is still open: the panels reading values.json say they are reading, nothing else waits.
    expect(await app.page.locator('[data-panel-id="enterprises"]').innerText()).toContain('正在读取数据')
    expect(await app.page.locator('[data-panel-id="project_sectors"]').getAttribute('data-state')).toBe('ok')
    expect(await app.page.locator('.sector-filter button[data-sector]').count()).toBeGreaterThan(3)
    expect(await app.page.locator('.data-error-banner').count()).toBe(0)
    // Then, after the time limit, only they report the timeout, in those words.
    const panels = await settle(app.page, 30_000)
    for (const panel of panels) {
      if (readersOf('values.json').has(panel.id)) expect(panel.text).toContain('values.json：读取超时')
      else expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    }
    expect(await app.page.locator('.data-error-banner').innerText()).toContain('数据文件未能读取')
    await app.page.close()
  })
})
