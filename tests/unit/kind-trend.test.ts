/**
 * 趋势 built from a definition, on the multi fixture (editions 2020年, 2021年1-5月, 2021年, 2022年1-3月, 1-4月,
 * 1-5月): a line over the months reported up to the edition shown, or over whole years; the edition shown
 * marked; three points or the panel says so; the values in their unit with their 预计 marks; a window of
 * points; two units on two axes. And the dashboard leaves a trend out while the editions cannot feed it.
 */
import { describe, expect, it } from 'vitest'
import { loadedKind } from '../../src/panels/registry'
import { NotInEdition } from '../../src/panels/lookup'
import { buildDashboard, OTHERS_TITLE } from '../../src/panels/dashboard'
import { resolveEdition } from '../../src/data/resolve'
import type { DataFiles } from '../../src/data/schema'
import type { PanelOptions } from '../../src/data/dashboardSchema'
import type { ChartOption } from '../../src/charts/echarts'
import type { PanelDefinition } from '../../src/panels/types'
import { fixtureDataset, fixtureFiles } from '../support/fixtures'
import { contextOf, seriesOf, tableText, tooltips, values } from '../support/panelData'

function trend(indicators: string[], options: PanelOptions = {}): PanelDefinition {
  return loadedKind('趋势')!.build({ id: 'trend', title: '地区生产总值趋势', kind: '趋势', indicators, options })
}

const newest = contextOf(fixtureDataset('multi'))
const categories = (option: ChartOption) => (option.xAxis as { data: string[] }).data

describe('趋势 by month', () => {
  const panel = trend(['gdp'], { unit: '亿元' })

  it('draws every month reported up to the edition shown, annual reports as their December, in 亿元', () => {
    const option = panel.buildOption(newest)
    expect(categories(option)).toEqual(['2020年', '2021年1-5月', '2021年', '2022年1-3月', '2022年1-4月', '2022年1-5月'])
    expect(values(option)).toEqual([20, 10, 25, 6, 8.8, 11])
    expect(seriesOf(option)[0].type).toBe('line')
    expect((option.yAxis as { name: string }[])[0].name).toBe('亿元')
    expect(panel.period(newest)).toBe('2020年至2022年1-5月（逐期）')
    expect(panel.headline?.(newest)).toBe('地区生产总值 11亿元')
    // How many reports, and the latest one's words: not every edition's title.
    expect(panel.source(newest)).toMatch(/^来源：各期报告共 6 期（2020年至2022年1-5月）；最近一期《[^》]+2022年1-5月》“[^”]+”$/)
  })

  it('marks the edition shown: the last point, larger, its figure written; the axis thinned by month', () => {
    const option = panel.buildOption(newest)
    const data = seriesOf(option)[0].data as { symbolSize?: number; label: { show: boolean; fontWeight: string; formatter: () => string } }[]
    expect(data[5].symbolSize).toBeGreaterThan(data[0].symbolSize ?? 7)
    expect(data[5].label).toMatchObject({ show: true, fontWeight: 'bold' })
    expect(data[5].label.formatter()).toBe('11亿元')
    expect(tooltips(option)[5]).toContain('2022年1-5月（所选报告期）')
    expect((option.xAxis as { timeLabels: string }).timeLabels).toBe('month')
    expect(tableText(panel, newest)[5]).toEqual(['2022年1-5月', '11亿元', '所选报告期'])
  })

  it('ends at an earlier edition chosen, and marks it', () => {
    const ctx = contextOf(fixtureDataset('multi', '2022-03'))
    const option = panel.buildOption(ctx)
    expect(categories(option)).toEqual(['2020年', '2021年1-5月', '2021年', '2022年1-3月'])
    expect(tableText(panel, ctx).map((row) => row[2])).toEqual(['', '', '', '所选报告期'])
  })

  it('says so with fewer than three points, as a figure not yet reported', () => {
    const early = contextOf(fixtureDataset('multi', '2021-05'))
    expect(() => panel.buildOption(early)).toThrow(NotInEdition)
    expect(() => panel.buildOption(early)).toThrow('按月只有 2 期，趋势至少需要 3 期')
  })

  it('keeps the last points of its window', () => {
    const option = trend(['gdp'], { window: 3 }).buildOption(newest)
    expect(categories(option)).toEqual(['2022年1-3月', '2022年1-4月', '2022年1-5月'])
  })

  it('carries a 预计 mark on the figure, its tooltip and the table', () => {
    const files = structuredClone(fixtureFiles('multi')) as DataFiles
    const value = files.values.find((item) => item.indicator === 'gdp' && item.edition === '2022-04')!
    value.estimate = '预计'
    const ctx = contextOf(resolveEdition(files))
    const option = panel.buildOption(ctx)
    expect(tooltips(option)[4]).toContain('8.8亿元（预计）')
    expect(tableText(panel, ctx)[4][1]).toBe('8.8亿元（预计）')
  })

  it('draws a level and its growth on two axes, in their own units, and refuses a third unit', () => {
    const option = trend(['gdp', 'gdp_growth'], { labels: { gdp_growth: '增速' } }).buildOption(newest)
    expect((option.yAxis as { name: string }[]).map((axis) => axis.name)).toEqual(['亿元', '%'])
    expect(seriesOf(option).map((series) => series.name)).toEqual(['地区生产总值', '增速'])
    expect(values(option, 1)).toEqual([5, 6, 8, 8, 9, 10])
    expect(option.legend).toBeDefined()
    expect(() => trend(['gdp', 'gdp_growth', 'four_above_enterprises_total']).buildOption(newest)).toThrow('最多两种')
  })
})

describe('趋势 by year', () => {
  it('draws whole years only, and says so while there are fewer than three', () => {
    const panel = trend(['gdp'], { by: 'year' })
    expect(() => panel.buildOption(newest)).toThrow('按年只有 2 期')
    // Three years once 2022's whole year is reported.
    const files = structuredClone(fixtureFiles('multi')) as DataFiles
    files.editions.push({ id: '2022', name: '2022年', asOf: '2022-12', title: '年报（虚构测试数据）2022年', source: '测试夹具' })
    files.values.push({ ...files.values.find((item) => item.indicator === 'gdp' && item.edition === '2021')!, edition: '2022', period: '2022年', value: 3_000_000_000 })
    const ctx = contextOf(resolveEdition(files))
    const option = panel.buildOption(ctx)
    expect(categories(option)).toEqual(['2020年', '2021年', '2022年'])
    expect(values(option)).toEqual([20, 25, 30])
    expect((option.xAxis as { timeLabels: string }).timeLabels).toBe('year')
    // The default follows the edition shown: a whole year draws years.
    expect(categories(trend(['gdp']).buildOption(ctx))).toEqual(['2020年', '2021年', '2022年'])
  })
})

describe('the dashboard and trends', () => {
  const files = fixtureFiles('multi')
  const withTrends = {
    ...files.dashboard!,
    pages: [...files.dashboard!.pages, { id: 'trends', title: '趋势', order: 9 }],
    panels: [
      ...files.dashboard!.panels,
      { id: 'gdp_months', title: '逐月', kind: '趋势', indicators: ['gdp'], page: 'trends', position: { x: 0, y: 0, w: 12, h: 6 }, options: { by: 'month' } },
      { id: 'gdp_years', title: '逐年', kind: '趋势', indicators: ['gdp'], page: 'trends', position: { x: 12, y: 0, w: 12, h: 6 }, options: { by: 'year' } },
    ],
  }

  it('leaves out a trend the editions cannot feed (two year-ends), keeps one they can (six months)', () => {
    const dashboard = buildDashboard(withTrends, files.indicators, files.editions)
    expect(dashboard.panels.map((panel) => panel.id)).toContain('gdp_months')
    expect(dashboard.panels.map((panel) => panel.id)).not.toContain('gdp_years')
    expect(dashboard.pages.find((page) => page.id === 'trends')?.panels.map((p) => p.panel)).toEqual(['gdp_months'])
  })

  it('with one edition leaves out the trends and their page; an indicator only they named goes to the automatic page', () => {
    const one = files.editions.filter((edition) => edition.id === '2022-05')
    const dashboard = buildDashboard(withTrends, files.indicators, one)
    expect(dashboard.pages.map((page) => page.id)).not.toContain('trends')
    expect(dashboard.panels.some((panel) => panel.id.startsWith('gdp_'))).toBe(false)
    // gdp named by the trends alone: left out with them, it is shown on the automatic page.
    const onlyTrends = { ...withTrends, panels: withTrends.panels.filter((panel) => panel.kind === '趋势' || !panel.indicators.includes('gdp')) }
    const shown = buildDashboard(onlyTrends, files.indicators, one)
    expect(shown.automatic.map((item) => item.id)).toContain('gdp')
    expect(shown.pages.some((page) => page.title.startsWith(OTHERS_TITLE))).toBe(true)
    expect(buildDashboard(onlyTrends, files.indicators, files.editions).automatic.map((item) => item.id)).not.toContain('gdp')
  })

  it('an automatic dashboard adds trends of the leading levels when the editions allow, none with two months', () => {
    const automatic = buildDashboard(undefined, files.indicators, files.editions)
    const trends = automatic.panels.filter((panel) => panel.id.startsWith('auto_trend_'))
    expect(trends.length).toBeGreaterThan(0)
    expect(automatic.pages[0].panels.map((p) => p.panel)).toEqual(expect.arrayContaining(trends.map((panel) => panel.id)))
    expect(trends[0].buildOption(newest).series).toBeDefined()
    const second = fixtureFiles('second-town')
    expect(buildDashboard(undefined, second.indicators, second.editions).panels.some((panel) => panel.id.startsWith('auto_trend_'))).toBe(false)
  })
})

describe('趋势 scoped to the sector filter', () => {
  const rates = trend(['fixed_asset_investment_growth', 'industrial_project_investment_growth'], { scope: 'sector', labels: { fixed_asset_investment_growth: '全社会', industrial_project_investment_growth: '工业项目' } })

  it('draws every line without a filter, only the chosen sector’s under one, and is empty for a sector with none', () => {
    const option = rates.buildOption(newest)
    expect(seriesOf(option).map((line) => line.name)).toEqual(['全社会', '工业项目'])
    expect(rates.isEmpty!(newest)).toBe(false)
    expect(rates.isEmpty!(contextOf(newest.dataset, ['commerce_logistics']))).toBe(true)
    // Under 工业 only the industry rate is left, reported in two editions: too few for a trend, and it says so.
    expect(() => rates.buildOption(contextOf(newest.dataset, ['industry']))).toThrow('“工业项目”按月只有 2 期，趋势至少需要 3 期')
  })

  it('writes the value axis in the line’s unit to at most two decimals', () => {
    const axis = (rates.buildOption(newest).yAxis as { name: string; axisLabel: { formatter: (value: number) => string } }[])[0]
    expect(axis.name).toBe('%')
    expect([100, 37.5, 12.345].map(axis.axisLabel.formatter)).toEqual(['100', '37.5', '12.35'])
  })
})
