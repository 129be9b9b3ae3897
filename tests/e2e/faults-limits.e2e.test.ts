/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Faults at the limits (issue 15 item 5, and the remaining fault cases): a data file nested 200,000 levels
 * deep, the sector list alone missing, a bad growth rate beside a good level, exact table row counts with
 * 100,000 projects, and names and sources longer than the limits, cut with … on screen and in exports.
 */
import fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { screenshot, useBrowser } from '../support/browser'
import { useDataServer } from '../support/server'
import { edited, type Json } from '../support/dataCopy'
import { readersOf, settle, STACK_TRACE, type PanelState } from '../support/pageState'
import { captureDownload, choose, dialog, drawnTexts, exportPanel, OUT, recordCanvasText } from '../support/exports'
import { pngSize } from '../support/images'
import { readZip } from '../support/zip'

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
    // Unreadable, not absent: sectors.json may be left out (issue 23), and then nothing is reported.
    const app = await openWith({ 'sectors.json': '{"sectors": [' }, '#/page/projects')
    const panels = await settle(app.page)
    for (const panel of panels) expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    const banner = app.page.locator('.data-error-banner')
    expect(await banner.locator('strong').first().innerText()).toBe('产业列表有误，各面板照常显示全部数据，未按产业筛选：')
    expect(await banner.innerText()).not.toContain('暂无法显示')
    expect(await banner.innerText()).toContain('sectors.json：应为合法的 JSON')
    await app.page.close()
  })

  it('with another file missing too, the heading still says panels cannot show', async () => {
    const app = await openWith({ 'sectors.json': '{"sectors": [', 'indicators.json': null }, '#/page/projects')
    await settle(app.page)
    expect(await app.page.locator('.data-error-banner strong').first().innerText()).toBe('数据文件有误，相关面板暂无法显示：')
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

/** 73 characters: past the 60 a name may have; shown as its first 59 (甲) and …, its rest (乙, 尾巴标记) never drawn in a chart. */
const LONG_NAME = `${'甲'.repeat(59)}${'乙'.repeat(10)}尾巴标记`
/** 600 characters: past the 500 a source may have. */
const LONG_SOURCE = `全镇完成地区生产总值${'原文很长'.repeat(150)}`.slice(0, 600)

describe('a name over 60 and a source over 500 characters', () => {
  it('are cut with … on screen, whole on hover and focus and in the table, and never stretch an export', async () => {
    expect([...LONG_NAME]).toHaveLength(73)
    expect([...LONG_SOURCE]).toHaveLength(600)
    const values = await edited('values.json', (json: Json) => (json.values.find((item: { indicator: string }) => item.indicator === 'gdp').source = LONG_SOURCE))
    const projects = await edited('projects.json', (json: Json) => (json.projects.find((item: { id: string }) => item.id === 'weilai_yigou_cross_border_ecommerce').name = LONG_NAME))
    // Under 电子商务 the project is one of few bars: its band is tall enough for every line of a wrapped name.
    const sectors = await edited('sectors.json', (json: Json) => (json.sectors.find((item: { id: string }) => item.id === 'e_commerce').name = LONG_NAME))
    const app = await openWith({ 'values.json': values, 'projects.json': projects, 'sectors.json': sectors }, '#/page/projects?sector=e_commerce')
    const { page } = app
    await page.addInitScript(recordCanvasText)
    await page.reload()
    const panels = await settle(page)
    for (const panel of panels) expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    expect(await page.locator('.data-error-banner').count()).toBe(0)

    // The sector's bar is labelled with the name cut to 60 characters, the last one …; its end is never drawn
    // (the project chart shortens project names further, and its headline names the project cut the same way).
    const drawn = await drawnTexts(page)
    expect(drawn.some((text) => text.endsWith('甲…'))).toBe(true)
    expect(drawn.filter((text) => /[乙尾巴标记]/.test(text))).toEqual([])
    // The 数据 table lists the whole name.
    const projectsPanel = page.locator('[data-panel-id="key_projects"]')
    await projectsPanel.screenshot({ path: 'test-output/screenshots/faults-long-name-chart.png' })
    await page.locator('[data-panel-id="project_sectors"]').screenshot({ path: 'test-output/screenshots/faults-long-sector-chart.png' })
    expect(await projectsPanel.locator('.panel-headline').innerText()).toBe(`${'甲'.repeat(59)}… 总投资 20亿元`)
    await projectsPanel.getByRole('button', { name: /^数据：/ }).click()
    expect(await projectsPanel.locator('.data-table').innerText()).toContain(LONG_NAME)
    await projectsPanel.getByRole('button', { name: /^数据：/ }).click()

    // GDP's source line: one line cut with …, the whole text as its tooltip and, focused, over the panel.
    await page.goto(page.url().replace(/#.*$/, '#/page/economy'))
    await settle(page)
    const gdp = page.locator('[data-panel-id="gdp"]')
    const footer = gdp.locator('.panel-source')
    const line = await footer.evaluate((el) => ({
      cut: el.scrollWidth > el.clientWidth,
      overflow: getComputedStyle(el).textOverflow,
      oneLine: el.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(el).fontSize),
      title: el.getAttribute('title') ?? '',
    }))
    expect(line).toMatchObject({ cut: true, overflow: 'ellipsis', oneLine: true })
    expect(line.title).toContain(LONG_SOURCE)
    const before = await gdp.locator('.chart-view').boundingBox()
    await footer.focus()
    const shown = await footer.evaluate((el) => {
      const style = getComputedStyle(el, '::after')
      return { content: style.content, position: style.position, whiteSpace: style.whiteSpace }
    })
    expect(shown).toMatchObject({ position: 'absolute', whiteSpace: 'normal' })
    expect(shown.content).toContain(LONG_SOURCE)
    // Shown over the chart: the chart keeps its place and size.
    expect(await gdp.locator('.chart-view').boundingBox()).toEqual(before)
    await gdp.screenshot({ path: 'test-output/screenshots/faults-long-source-focused.png' })
    await footer.blur()
    await gdp.screenshot({ path: 'test-output/screenshots/faults-long-source.png' })
    await page.close()
  })

  it('a panel export and 导出全部 with the 600-character source stay of normal height', async () => {
    const values = await edited('values.json', (json: Json) => (json.values.find((item: { indicator: string }) => item.indicator === 'gdp').source = LONG_SOURCE))
    const heights: Record<string, number> = {}
    await fs.mkdir(OUT, { recursive: true })
    for (const [name, changes] of [['normal', {}], ['long', { 'values.json': values }]] as const) {
      const app = await openWith(changes, '#/page/economy')
      await settle(app.page)
      const saved = await exportPanel(app.page, 'gdp', { format: 'PNG', ratio: 1, background: 'white' }, `gdp-${name}-source.png`)
      heights[name] = pngSize(saved.bytes).height
      if (name === 'long') {
        // 导出全部: the GDP image in the ZIP is as high as the one exported alone.
        await app.page.getByRole('button', { name: '导出全部', exact: true }).click()
        await choose(app.page, { format: 'PNG', ratio: 1, background: 'white' })
        const zip = await captureDownload(app.page, () => dialog(app.page).getByRole('button', { name: '全部面板（ZIP）' }).click())
        const entry = readZip(new Uint8Array(zip.bytes)).find((item) => item.name.startsWith('永安镇-地区生产总值-'))
        expect(entry).toBeDefined()
        heights.zip = pngSize(Buffer.from(entry!.data)).height
      }
      await app.page.close()
    }
    console.log(`GDP export height: normal source ${heights.normal} px, 600-character source ${heights.long} px, in the ZIP ${heights.zip} px`)
    // At most one more line of source text (14 px at a line height of 1.45) than the short source takes.
    expect(heights.long - heights.normal).toBeLessThanOrEqual(21)
    expect(heights.zip).toBe(heights.long)
  })
})
