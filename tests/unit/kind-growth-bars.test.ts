/**
 * 增速对比 (src/panels/kinds/growth-bars): growth rates as bars, the level in the header; from the small fixture's definition.
 * The target growth line (option `target`) on the multi fixture, whose 地区生产总值 growth states a 年度目标 of 7% in 2022.
 */
import { describe, expect, it } from 'vitest'
import { partsOf } from '../../src/charts/echarts'
import { dashboardIssues, type DashboardFile } from '../../src/data/dashboardSchema'
import { fixtureDataset } from '../support/fixtures'
import { badValues, context, contextOf, dataset, definedPanel, fromDefinition, indicator, labels, sectorsOf, seriesOf, tableText, tooltips, values, withIndicators } from '../support/panelData'

const all = context()

describe('investment', () => {
  it('draws the three growth rates in %, the town-wide one without a sector', () => {
    const option = definedPanel('investment').buildOption(all)
    expect(values(option)).toEqual([104.2, 43.4, 1.5])
    expect(sectorsOf(option)).toEqual([null, 'industry', 'industry'])
    expect(labels(option)).toEqual(['104.2%', '43.4%', '1.5%'])
    expect(tableText(definedPanel('investment'), all).flat()).toContain('5.8亿元')
  })

  it('keeps only industry rates under 工业 and is empty for a sector without rates', () => {
    const option = definedPanel('investment').buildOption(context(['industry']))
    expect(values(option)).toEqual([43.4, 1.5])
    expect(definedPanel('investment').isEmpty!(context(['industry']))).toBe(false)
    expect(definedPanel('investment').isEmpty!(context(['commerce_logistics']))).toBe(true)
  })

  it('says the fixed-asset investment level is town-wide under a filter, and keeps it out of the sector\'s table', () => {
    const p = definedPanel('investment')
    expect(p.headline!(all)).toBe('固定资产投资累计 11.8亿元')
    const industry = context(['industry'])
    expect(p.headline!(industry)).toBe('全镇固定资产投资累计 11.8亿元（未按产业拆分）')
    const rows = tableText(p, industry)
    expect(rows.map((row) => row[2])).toEqual(['工业', '工业'])
    expect(rows.flat().join()).not.toContain('11.8亿元')
  })

  it('colours each bar with its sector\'s colour and reads sectors.json for it', () => {
    const p = definedPanel('investment')
    const industryColour = dataset.sectors.find((sector) => sector.id === 'industry')!.colour
    const colours = (seriesOf(p.buildOption(all))[0].data as { itemStyle: { color: string } }[]).map((item) => item.itemStyle.color)
    expect(colours.slice(1)).toEqual([industryColour, industryColour])
    expect(colours[0]).not.toBe(industryColour)
    expect(p.reads).toContain('sectors.json')
  })
})

describe('builders taken off their panel', () => {
  it.each(['investment', 'village_tiers'])('%s builds its option when the builder is called on its own', (id) => {
    const { buildOption } = definedPanel(id)
    expect(badValues(buildOption(all))).toEqual([])
  })
})

describe('the target growth line (option target)', () => {
  const GROWTHS = ['gdp_growth', 'fiscal_revenue_growth', 'industrial_project_investment_growth']
  const panel = fromDefinition('增速对比', GROWTHS, { target: 'gdp_growth' })
  type MarkLine = { data: { xAxis: number }[]; label: { formatter: string } }
  const markLineOf = (option: ReturnType<typeof panel.buildOption>) => (seriesOf(option)[0] as { markLine?: MarkLine }).markLine

  it('draws a line at the target rate the report states, labelled 目标 7%, and loads the marked line with it', () => {
    const option = panel.buildOption(contextOf(fixtureDataset('multi', '2022-05')))
    expect(values(option)).toEqual([10, 11.1, 40])
    const line = markLineOf(option)
    expect(line?.data.map((point) => point.xAxis)).toEqual([7])
    expect(line?.label.formatter).toBe('目标 7%')
    expect(partsOf(option)).toContain('extras')
    expect(badValues(option)).toEqual([])
    expect(tableText(panel, contextOf(fixtureDataset('multi', '2022-05')))).toContainEqual(['地区生产总值同比增长（全年目标）', '目标 7%', '全镇'])
  })

  it('draws no line when the edition states no target, nor without the option: none is assumed', () => {
    // 2021年 reports these two growths, 地区生产总值's without a target.
    const townWide = fromDefinition('增速对比', GROWTHS.slice(0, 2), { target: 'gdp_growth' })
    const earlier = contextOf(fixtureDataset('multi', '2021'))
    expect(values(townWide.buildOption(earlier))).toEqual([8, 10])
    expect(markLineOf(townWide.buildOption(earlier))).toBeUndefined()
    expect(tableText(townWide, earlier).flat().join()).not.toContain('目标')
    const newest = contextOf(fixtureDataset('multi', '2022-05'))
    const plain = fromDefinition('增速对比', GROWTHS).buildOption(newest)
    expect(markLineOf(plain)).toBeUndefined()
    expect(partsOf(plain)).not.toContain('extras')
  })

  it('leaves out a town-wide target under a sector filter that hides its bar', () => {
    const industry = contextOf(fixtureDataset('multi', '2022-05'), ['industry'])
    const option = panel.buildOption(industry)
    expect(values(option)).toEqual([40])
    expect(markLineOf(option)).toBeUndefined()
  })

  it('must name one of the panel\'s own indicators in the definition', () => {
    const definition = (target: unknown): DashboardFile => ({
      pages: [{ id: 'economy', title: '经济', order: 1 }],
      panels: [{ id: 'growths', title: '增速', kind: '增速对比', indicators: GROWTHS, page: 'economy', position: 'auto', options: { target } as DashboardFile['panels'][number]['options'] }],
    })
    const ids = new Set(GROWTHS)
    expect(dashboardIssues(definition('gdp_growth'), ids)).toEqual([])
    for (const bad of ['gdp', 7] as const)
      expect(dashboardIssues(definition(bad), ids), String(bad)).toEqual([
        expect.objectContaining({ path: 'panels[0].options.target', expected: '本面板“指标”中的一项增速的编号（画出其年度目标线）', got: JSON.stringify(bad) }),
      ])
  })
})

describe('investment: what a reader sees of each rate', () => {
  const p = definedPanel('investment')

  it('draws a fall left of zero, written with its minus sign, and its tooltip says 同比 with a downward arrow', () => {
    const fallen = withIndicators({ industrial_project_investment_growth: { value: -3.5 } })
    const option = p.buildOption(fallen)
    expect(values(option)).toEqual([104.2, -3.5, 1.5])
    expect(labels(option)[1]).toBe('-3.5%')
    // Each bar's tooltip: its label from the definition, then its growth with sign and direction.
    expect(tooltips(option)).toEqual(['全社会固定资产投资\n同比 +104.2% ↑', '工业项目投资\n同比 -3.5% ↓', '规上工业增加值\n同比 +1.5% ↑'])
  })

  it('has no tooltip or label for a bar it does not draw', () => {
    const option = p.buildOption(all)
    const tooltip = (option.tooltip as { formatter: (p: unknown) => string }).formatter
    expect(tooltip({ dataIndex: 3, name: '其他' })).toBe('')
    expect((seriesOf(option)[0].label as { formatter: (p: unknown) => string }).formatter({ dataIndex: 3 })).toBe('')
  })

  it('quotes every figure’s own words in its source line, those of the level shown in the header too', () => {
    const source = p.source(all)
    for (const id of ['fixed_asset_investment', 'fixed_asset_investment_growth', 'industrial_project_investment_growth', 'above_scale_industry_value_added_growth'])
      expect(source).toContain(`“${indicator(id).source}”`)
    expect(source.startsWith(`来源：《${dataset.edition.title}》`)).toBe(true)
  })
})
