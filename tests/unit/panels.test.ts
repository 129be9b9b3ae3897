/**
 * Each panel built from the real data of data/*.json: what it draws equals the data, units and derived
 * labels are right, nothing is NaN or undefined, and the sector filter keeps the chosen sectors' items
 * and re-totals them (or leaves the panel empty).
 */
import { describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import PanelCards from '../../src/components/PanelCards.vue'
import type { Indicator, Project } from '../../src/data/schema'
import { parsePeriod } from '../../src/data/period'
import { cardsOption, type FigureCard } from '../../src/panels/cards'
import { MAX_BARS } from '../../src/panels/kinds/key-projects'
import { PANELS, findPanel } from '../../src/layouts/pages'
import type { PanelContext, PanelDefinition } from '../../src/panels/types'
import { badValues, cardsOf, context, dataset, indicator, labels, optionText, sectorsOf, seriesOf, tableText, tooltips, values } from '../support/panelData'

function panel(id: string): PanelDefinition {
  const found = findPanel(id)
  if (!found) throw new Error(`no panel ${id}`)
  return found
}

const all = context()

/** A context on a copy of the data with these indicators changed. */
function withIndicators(changes: Record<string, Partial<Indicator>>, chosen: string[] = []): PanelContext {
  const indicators = dataset.indicators.map((item) => (changes[item.id] ? { ...item, ...changes[item.id] } : item))
  return { ...context(chosen), dataset: { ...dataset, indicators } }
}

describe('year-on-year panels', () => {
  const cases = [
    { id: 'gdp', level: 'gdp', current: '11.39亿元', previous: '10.66亿元', growth: '+6.8% ↑', unit: '亿元' },
    { id: 'fiscal_revenue', level: 'fiscal_revenue', current: '1013万元', previous: '953万元', growth: '+6.3% ↑', unit: '万元' },
    { id: 'income', level: 'disposable_income_per_capita', current: '5507元', previous: '5137元', growth: '+7.2% ↑', unit: '元' },
  ]
  for (const c of cases) {
    it(`${c.id}: the stated figure, the derived previous year at the report's precision, the growth`, () => {
      const option = panel(c.id).buildOption(all)
      const level = indicator(c.level)
      const growth = indicator(`${c.level}_growth`)
      const [previous, current] = values(option) as number[]
      expect(current).toBe(level.value)
      expect(previous).toBeCloseTo(level.value / (1 + growth.value / 100), 6)
      expect(labels(option)).toEqual([`${c.previous}\n（推算）`, `${c.current}\n同比 ${c.growth}`])
      expect(tooltips(option)[0]).toContain('推算')
      expect((option.xAxis as { data: string[] }).data[0]).toContain('推算')
      expect((option.yAxis as { name: string }).name).toBe(c.unit)
      expect(panel(c.id).unit).toBe(c.unit)
      // The table runs in time order, as the chart does: last year (derived, and how), then this year.
      const table = tableText(panel(c.id), all)
      expect(table[0][1]).toBe(c.previous)
      expect(panel(c.id).buildTable(all).rows[0][1].derived).toBe(true)
      expect(table[0][2]).toContain(c.id === 'gdp' ? '按可比价增速推算，仅供参考' : '按名义增速推算')
      expect(table[1][1]).toBe(c.current)
    })
  }
})

describe('headline cards', () => {
  it('shows the four levels with their growth and the four-above enterprises', () => {
    const cards = cardsOf(panel('headline'), all)
    expect(cards.map((card) => card.value)).toEqual(['11.39亿元', '1013万元', '11.8亿元', '5507元', '79家'])
    // The report writes 新增“四上”企业5个: the count added in its own unit.
    expect(cards.map((card) => card.note)).toEqual(['同比 +6.8% ↑', '同比 +6.3% ↑', '同比 +104.2% ↑', '同比 +7.2% ↑', '新增5个'])
    expect(cards.map((card) => card.trend)).toEqual(['up', 'up', 'up', 'up', 'up'])
  })

  it('gives the four-above enterprises the direction of the count added, not a fixed ↑', () => {
    const none = cardsOf(panel('headline'), withIndicators({ four_above_enterprises_new: { value: 0 } })).at(-1)!
    expect(none.note).toBe('新增0个')
    expect(none.trend).toBe('flat')
  })
})

describe('investment', () => {
  it('draws the three growth rates in %, the town-wide one without a sector', () => {
    const option = panel('investment').buildOption(all)
    expect(values(option)).toEqual([104.2, 43.4, 1.5])
    expect(sectorsOf(option)).toEqual([null, 'industry', 'industry'])
    expect(labels(option)).toEqual(['104.2%', '43.4%', '1.5%'])
    expect(tableText(panel('investment'), all).flat()).toContain('5.8亿元')
  })

  it('keeps only industry rates under 工业 and is empty for a sector without rates', () => {
    const option = panel('investment').buildOption(context(['industry']))
    expect(values(option)).toEqual([43.4, 1.5])
    expect(panel('investment').isEmpty!(context(['industry']))).toBe(false)
    expect(panel('investment').isEmpty!(context(['commerce_logistics']))).toBe(true)
  })

  it('says the fixed-asset investment level is town-wide under a filter, and keeps it out of the sector\'s table', () => {
    const p = panel('investment')
    expect(p.headline!(all)).toBe('固定资产投资累计 11.8亿元')
    const industry = context(['industry'])
    expect(p.headline!(industry)).toBe('全镇固定资产投资累计 11.8亿元（未按产业拆分）')
    const rows = tableText(p, industry)
    expect(rows.map((row) => row[2])).toEqual(['工业', '工业'])
    expect(rows.flat().join()).not.toContain('11.8亿元')
  })

  it('colours each bar with its sector\'s colour and reads sectors.json for it', () => {
    const p = panel('investment')
    const industryColour = dataset.sectors.find((sector) => sector.id === 'industry')!.colour
    const colours = (seriesOf(p.buildOption(all))[0].data as { itemStyle: { color: string } }[]).map((item) => item.itemStyle.color)
    expect(colours.slice(1)).toEqual([industryColour, industryColour])
    expect(colours[0]).not.toBe(industryColour)
    expect(p.reads).toContain('sectors.json')
  })
})

describe('builders taken off their panel', () => {
  it.each(['investment', 'village_tiers'])('%s builds its option when the builder is called on its own', (id) => {
    const { buildOption } = panel(id)
    expect(badValues(buildOption(all))).toEqual([])
  })
})

describe('village tiers', () => {
  it('draws 3 stated and 13 + 2 derived villages', () => {
    const option = panel('village_tiers').buildOption(all)
    expect(values(option)).toEqual([3, 13, 2])
    expect((option.yAxis as { data: string[] }).data.filter((name) => name.includes('推算'))).toHaveLength(2)
    expect(labels(option)).toEqual(['3个', '13个（推算）', '2个（推算）'])
    expect(panel('village_tiers').headline!(all)).toBe(`${indicator('villages_income_over_200k').name} 16个，占比 88.9%`)
  })

  it('names the top tier by the report\'s word 破百, the reading 100万元以上 marked as the dashboard\'s 释义', () => {
    const option = panel('village_tiers').buildOption(all)
    expect((option.yAxis as { data: string[] }).data[0]).toBe('破百（释义：100万元以上）')
    const rows = tableText(panel('village_tiers'), all)
    expect(rows.find((row) => row[0].startsWith('破百'))).toEqual(['破百（释义：100万元以上）', '3个', '报道数据（“破百”为报道原词，“100万元以上”为看板释义）'])
  })
})

describe('feature villages', () => {
  const p = panel('feature_villages')

  it('draws each type as a bar with its sector, and totals the labels as derived', () => {
    const option = p.buildOption(all)
    expect(values(option)).toEqual([14, 3, 9])
    expect(sectorsOf(option)).toEqual(['modern_agriculture', 'culture_tourism', 'commerce_logistics'])
    expect(labels(option)).toEqual(['14个', '3个', '9个'])
    expect(seriesOf(option).every((series) => series.type === 'bar')).toBe(true)
    const text = optionText(option)
    expect(text).toContain('26个类型（推算：14 + 3 + 9）')
    expect(text).toContain('18个行政村')
    expect(p.headline!(all)).toContain('26个（推算）')
    const total = p.buildTable(all).rows.find((row) => row[0].text === '特色产业村类型合计')!
    expect(total[1]).toEqual({ text: '26个', derived: true })
  })

  it('re-totals for the chosen sectors', () => {
    const two = context(['culture_tourism', 'commerce_logistics'])
    expect(values(p.buildOption(two))).toEqual([3, 9])
    expect(optionText(p.buildOption(two))).toContain('合计 12个类型（推算：3 + 9）')
    const one = context(['modern_agriculture'])
    expect(values(p.buildOption(one))).toEqual([14])
    expect(p.headline!(one)).toBe('农业特色产业村 14个')
    expect(p.isEmpty!(context(['industry']))).toBe(true)
    // Nothing of the chosen sector: no derived total of nothing (never 0（推算） with an empty formula).
    const none = tableText(p, context(['industry'])).flat().join('|')
    expect(none).not.toContain('推算')
    expect(none).not.toMatch(/(^|\|)0/)
  })
})

describe('village commerce', () => {
  const p = panel('village_commerce')

  it('stacks 70 enhanced and 20 upgraded stores, and draws 18 of 18 villages against the whole', () => {
    const option = p.buildOption(all)
    const series = seriesOf(option)
    expect(series.map((s) => valueOf0(s.data))).toEqual([70, 20, 18])
    expect(series[0].stack).toBe(series[1].stack)
    expect(series[2].stack).not.toBe(series[0].stack)
    const xAxes = option.xAxis as { name: string; max?: number }[]
    expect(xAxes.map((axis) => axis.name)).toEqual(['家', '个（村）'])
    expect(xAxes.map((axis) => axis.max)).toEqual([90, 18])
    const text = optionText(option)
    for (const figure of ['90家', '覆盖率100%', '18/18个行政村', '增强型 70家', '提升型 20家']) expect(text).toContain(figure)
    expect(sectorsOf(option, 0)).toEqual(['commerce_logistics'])
  })

  it('on a narrow chart (a phone) writes each plot\'s name above its bar, the bar starting at the left edge', () => {
    const option = p.buildOption(all) as { grid: { left: number }[]; media: { query: { maxWidth: number; minHeight: number }; option: { grid: { left: number; top: number; height: number }[]; yAxis: { name: string; axisLabel: { show: boolean } }[] } }[] }
    const [narrow] = option.media
    expect(narrow.query.maxWidth).toBeLessThan(600)
    // Only where the chart is tall enough for both plots with their names (a phone's is 320 px).
    expect(narrow.query.minHeight).toBeLessThanOrEqual(320)
    expect(narrow.query.minHeight).toBeGreaterThan(narrow.option.grid[1].top + narrow.option.grid[1].height)
    expect(narrow.option.yAxis.map((axis) => axis.name)).toEqual(['村级便民商店  90家  覆盖率100%', '“快递进村”  18/18个行政村'])
    expect(narrow.option.yAxis.every((axis) => axis.axisLabel.show === false)).toBe(true)
    // The second plot starts below the first bar with room for its name: no overlap.
    const [first, second] = narrow.option.grid
    expect(second.top).toBeGreaterThan(first.top + first.height + 16)
    expect(narrow.option.grid[0].left).toBeLessThan(option.grid[0].left / 4)
  })

  it('is empty for a sector it does not cover', () => {
    expect(p.isEmpty!(context(['commerce_logistics']))).toBe(false)
    expect(p.isEmpty!(context(['e_commerce']))).toBe(true)
  })
})

function valueOf0(data: unknown[] | undefined): unknown {
  const item = data?.[0]
  return item && typeof item === 'object' && 'value' in item ? (item as { value: unknown }).value : item
}

describe('key projects', () => {
  const p = panel('key_projects')

  it('draws the published amounts in 亿元, largest first, with the completed part', () => {
    const option = p.buildOption(all)
    expect(values(option, 0)).toEqual([100, 20, 5.64, 2, 0.6])
    expect((option.yAxis as { data: string[] }).data).toEqual(['牛郎山环球产业驿站', '未来易购跨境电商总部基地', '希尔顿逸林酒店', '弘阳家居', '世通智慧物流产业园'])
    expect(values(option, 1)).toEqual(['-', '-', 1.3, '-', '-'])
    expect((option.xAxis as { name: string }).name).toBe('亿元')
    expect(labels(option, 0)).toEqual(['100亿元', '20亿元', '5.64亿元 已完成1.3亿元', '2亿元', '0.6亿元'])
    expect(tooltips(option, 0)[2]).toContain('已完成 1.3亿元（占23%，推算）')
    expect(tooltips(option, 0)[4]).toContain('报道为6000万元')
    expect(optionText(option)).toContain('另有 24 个项目未公布投资额')
  })

  it('never draws a project without a published amount; the table lists it as 未公布', () => {
    const option = p.buildOption(all)
    const drawn = (seriesOf(option)[0].data as { name: string }[]).map((item) => item.name)
    const unpublished = dataset.projects.filter((project) => project.totalInvestment === null)
    expect(unpublished.length).toBe(24)
    for (const project of unpublished) expect(drawn).not.toContain(project.name)
    const rows = tableText(p, all)
    for (const project of dataset.projects) {
      const row = rows.find((cells) => cells[0] === project.name)
      expect(row, project.name).toBeDefined()
      if (project.totalInvestment === null) expect(row![2]).toBe('未公布')
    }
    expect(rows.some((row) => row[2] === '0' || row[2].startsWith('0元'))).toBe(false)
    expect(rows.find((row) => row[0] === '世通智慧物流产业园')![2]).toBe('6000万元')
    expect(p.buildTable(all).rows.at(-1)![2]).toEqual({ text: '128.24亿元', derived: true })
  })

  it('re-totals for the chosen sectors and hides projects without a sector', () => {
    const commerce = context(['commerce_logistics'])
    const option = p.buildOption(commerce)
    expect(values(option, 0)).toEqual([2, 0.6])
    expect(sectorsOf(option, 0)).toEqual(['commerce_logistics', 'commerce_logistics'])
    expect(p.headline!(commerce)).toContain('2.6亿元（推算）')
    expect(tableText(p, commerce).map((row) => row[0])).not.toContain('牛郎山环球产业驿站')
  })

  it('writes the sum of the projects past the top MAX_BARS as computed (推算) under the chart, and as the table\'s own row', () => {
    const template = dataset.projects.find((project) => project.totalInvestment !== null)!
    const extra: Project[] = Array.from({ length: MAX_BARS }, (_, index) => ({
      ...template,
      id: `extra_${index}`,
      name: `测试项目${index}`,
      totalInvestment: 1e8,
      completedInvestment: null,
    }))
    const ctx = { ...all, dataset: { ...dataset, projects: [...dataset.projects, ...extra] } }
    const option = p.buildOption(ctx)
    // The report's published projects plus MAX_BARS extra: as many as the report's fall past the top MAX_BARS.
    const rest = dataset.projects.filter((project) => project.totalInvestment !== null).length
    expect((option.yAxis as { data: string[] }).data).toHaveLength(MAX_BARS)
    const sum = new RegExp(`其余 ${rest} 个合计([\\d.]+亿元)（推算）`).exec(optionText(option))
    expect(sum).not.toBeNull()
    const row = p.buildTable(ctx).rows.find((cells) => cells[0].text.startsWith('其余'))!
    expect(row[0].text).toBe(`其余 ${rest} 个合计`)
    expect(row[2]).toEqual({ text: sum![1], derived: true })
  })

  it('says so when the chosen sectors have projects but no published amount, and is empty without projects', () => {
    const industry = context(['industry'])
    expect(p.isEmpty!(industry)).toBe(false)
    const option = p.buildOption(industry)
    expect(seriesOf(option)).toHaveLength(0)
    expect(optionText(option)).toContain('所选产业的 6 个项目均未公布投资额')
    expect(tableText(p, industry)).toHaveLength(6)
    expect(p.isEmpty!(context(['modern_agriculture']))).toBe(true)
  })
})

describe('project sectors', () => {
  const p = panel('project_sectors')
  const totals = (option: ReturnType<PanelDefinition['buildOption']>) => {
    const series = seriesOf(option)
    const rows = (option.yAxis as { data: string[] }).data.length
    return Array.from({ length: rows }, (_, row) => series.reduce((sum, _s, index) => sum + Number(values(option, index)[row]), 0))
  }

  it('counts every project once, by sector with 未注明 last, stacked by status', () => {
    const option = p.buildOption(all)
    const rows = (option.yAxis as { data: string[] }).data
    expect(totals(option).reduce((a, b) => a + b, 0)).toBe(dataset.projects.length)
    expect(rows.at(-1)).toBe('未注明（6）')
    // The report states no counts: they are of the projects it names, and the chart says so.
    expect(optionText(option)).toContain('括号内、图例中为报道列出的项目数')
    expect(tooltips(option).at(-1)).toMatch(/^未注明：报道列出 6 个项目（按报道逐项统计）\n其中/)
    expect(p.headline!(all)).toBe('报道列出，共 29 个项目（按报道逐项统计）')
    // The legend gives each status with its count; the counts add up to every project.
    const legend = (option.legend as { data: string[] }).data
    expect(legend).toContain('在建 12')
    expect(legend.reduce((sum, name) => sum + Number(name.split(' ')[1]), 0)).toBe(dataset.projects.length)
    expect(seriesOf(option).map((series) => series.name)).toEqual(legend)
    expect(rows).toContain('工业·新材料（1）')
    expect(rows).toContain('城市建设（8）')
    expect(seriesOf(option).every((series) => series.stack === 'projects')).toBe(true)
    expect(sectorsOf(option).at(-1)).toBeNull()
    const table = tableText(p, all)
    expect(table).toHaveLength(30)
    expect(table.at(-1)![0]).toBe('报道列出，共 29 个项目')
    expect(table.at(-1)![1]).toContain('未注明 6')
    expect(table.at(-1)![4]).toBe(legend.join('，'))
    expect(table.at(-1)![6]).toBe('按报道逐项统计')
    const hilton = tableText(p, all).find((row) => row[0] === '希尔顿逸林酒店')!
    expect(hilton).toEqual(['希尔顿逸林酒店', '未注明', '5.64亿元', '1.3亿元', '即将内部装修', '截至报道时', '主体建设基本完成，即将进行内部装修'])
    // Attributions say how they were made: a sector read from a name, a status read from context.
    const zhengkai = tableText(p, all).find((row) => row[0] === '正凯新材料')!
    expect(zhengkai.slice(1, 6)).toEqual(['工业·新材料（按名称归类）', '未公布', '未公布', '落地开工（按报道推断）', '截至报道时'])
    const hongyang = tableText(p, all).find((row) => row[0] === '弘阳家居')!
    expect(hongyang[6]).toBe('正在招商，预计8月份开业（预计开业：8月（2022年））')
  })

  it('keeps the chosen sector with its sub-sectors, without 未注明', () => {
    const industry = context(['industry'])
    const option = p.buildOption(industry)
    expect((option.yAxis as { data: string[] }).data).toEqual(['工业（1）', '工业·新材料（1）', '工业·智能制造（1）', '工业·数字经济（1）', '工业·大健康（2）'])
    expect(totals(option)).toEqual([1, 1, 1, 1, 2])
    expect(p.headline!(industry)).toBe('报道列出，共 6 个项目（按报道逐项统计）')
    expect(tableText(p, context(['livelihood']))).toHaveLength(3 + 1)
    expect(p.isEmpty!(context(['modern_agriculture']))).toBe(true)
  })
})

describe('cards panels', () => {
  const cardValues = (id: string, chosen: string[] = []) => cardsOf(panel(id), context(chosen)).map((card) => card.value)

  it('commerce: 17家, 200余家 as a lower bound, 40%; filtered by sector', () => {
    expect(cardValues('commerce')).toEqual(['17家', '200余家', '40%'])
    expect(cardValues('commerce', ['e_commerce'])).toEqual(['200余家'])
    expect(cardValues('commerce', ['commerce_logistics'])).toEqual(['17家', '40%'])
    expect(panel('commerce').isEmpty!(context(['industry']))).toBe(true)
  })

  it('commerce: the lower-bound note follows the data\'s lowerBound', () => {
    const note = (lowerBound: boolean) =>
      cardsOf(panel('commerce'), withIndicators({ ecommerce_enterprises_and_shops: { lowerBound } })).find((card) => card.id === 'ecommerce_enterprises_and_shops')!.note
    expect(note(true)).toBe('报道为下限（“余”）')
    expect(note(false)).toBeUndefined()
  })

  it('enterprises: 79家 with 新增5个 and 148家 served, town-wide under any filter', () => {
    const cards = cardsOf(panel('enterprises'), all)
    expect(cards.map((card) => card.value)).toEqual(['79家', '148家', '6支'])
    expect(cards[0].note).toBe('新增5个')
    expect(panel('enterprises').scope).toBe('town')
    expect(cardValues('enterprises', ['industry'])).toEqual(['79家', '148家', '6支'])
  })

  it('urban housing: estates, 3万余人, 230余名 and the demolition figures', () => {
    expect(cardValues('urban_housing')).toEqual(['16个', '3万余人', '45个', '230余名', '8户', '12年'])
    expect(cardValues('urban_housing', ['urban_construction'])).toHaveLength(6)
    expect(panel('urban_housing').isEmpty!(context(['livelihood']))).toBe(true)
  })

  it('urban housing: the day of the demolition comes from the data', () => {
    const day = { period: parsePeriod('2022年6月24日')! }
    const cards = cardsOf(panel('urban_housing'), withIndicators({ demolition_cadres_mobilised: day, demolition_households_completed: day }))
    const text = cards.map((card) => `${card.label} ${card.note ?? ''}`).join('\n')
    expect(text).toContain('2022年6月24日')
    expect(text).not.toContain('6月23日')
  })

  it('governance: 90%, the civilisation institute and stations, 30余次; only livelihood items under 民生事业', () => {
    expect(cardValues('governance')).toEqual(['90%', '1处', '18处', '30余次'])
    expect(cardValues('governance', ['livelihood'])).toEqual(['1处', '18处'])
    expect(panel('governance').isEmpty!(context(['industry']))).toBe(true)
  })

  it('party: town-wide figures kept under any filter', () => {
    expect(cardValues('party')).toEqual(['7个', '7个', '17个'])
    expect(cardValues('party', ['e_commerce'])).toEqual(['7个', '7个', '17个'])
  })

  it('cards option (export) draws every card value', () => {
    const text = optionText(panel('urban_housing').buildOption(all))
    for (const value of ['16个', '3万余人', '230余名']) expect(text).toContain(value)
  })

  it('a derived card says 推算 in words, on screen and in the export', async () => {
    const cards: FigureCard[] = [
      { id: 'stated', label: '报道', value: '11.8亿元', sector: null },
      { id: 'computed', label: '计算', value: '5.8亿元', derived: true, sector: null },
    ]
    const exported = optionText(cardsOption(all, '测试', cards))
    expect(exported).toContain('5.8亿元（推算）')
    expect(exported).not.toContain('11.8亿元（推算）')
    const html = await renderToString(createSSRApp(PanelCards, { cards }))
    const text = html.replace(/<[^>]+>/g, '')
    expect(text).toContain('5.8亿元（推算）')
    expect(text).not.toContain('11.8亿元（推算）')
  })
})

describe('agriculture and land', () => {
  it('agriculture draws four counts in 家, the lower bound written 20余家', () => {
    const option = panel('agriculture').buildOption(all)
    expect(values(option)).toEqual([20, 5, 4, 2])
    expect(labels(option)).toEqual(['20余家', '5家', '4家', '2家'])
    expect(tooltips(option)[0]).toContain('下限')
    expect((option.xAxis as { name: string }).name).toBe('家')
    expect(panel('agriculture').isEmpty!(context(['culture_tourism']))).toBe(true)
  })

  it('land draws 2986亩 and 4242亩 with their derived total', () => {
    const p = panel('land')
    const option = p.buildOption(all)
    expect(values(option)).toEqual([2986, 4242])
    expect(labels(option)).toEqual(['2986亩', '4242亩'])
    expect(p.headline!(all)).toContain('7228亩（推算）')
    expect(optionText(option)).toContain('7228亩（推算：2986亩 + 4242亩）')
    expect(p.buildTable(all).rows.at(-1)![1]).toEqual({ text: '7228亩', derived: true })
  })

  it('land writes its total in the figures\' own unit, a lower bound with 余', () => {
    expect(panel('land').headline!(withIndicators({ contracted_wasteland: { lowerBound: true } }))).toContain('7228余亩（推算）')
  })
})

describe('every panel', () => {
  const ids = PANELS.map((p) => p.id)
  const filters = [[], ...dataset.sectors.map((sector) => [sector.id])]

  it.each(ids)('%s has no NaN or undefined in its option, table or cards under any filter', (id) => {
    const p = panel(id)
    for (const chosen of filters) {
      const ctx = context(chosen)
      if (p.isEmpty?.(ctx)) continue
      expect(badValues(p.buildOption(ctx)), `${id} ${chosen.join()}`).toEqual([])
      expect(badValues(p.buildTable(ctx)), `${id} ${chosen.join()}`).toEqual([])
      expect(badValues(cardsOf(p, ctx)), `${id} ${chosen.join()}`).toEqual([])
      expect(optionText(p.buildOption(ctx))).not.toMatch(/undefined|NaN/)
    }
  })

  // Town-wide panels and card panels have no chart items of a sector.
  const sectorCharts = PANELS.filter((p) => p.kind !== 'cards' && p.scope !== 'town').map((p) => p.id)
  const sectorPanels = PANELS.filter((p) => p.scope !== 'town').map((p) => p.id)

  it.each(sectorCharts)('%s puts a sector id (or null) on every chart data item', (id) => {
    const p = panel(id)
    expect(seriesOf(p.buildOption(all)).flatMap((series) => series.data ?? []).length).toBeGreaterThan(0)
    for (const series of seriesOf(p.buildOption(all))) {
      for (const item of series.data ?? []) expect(item as object).toHaveProperty('sector')
    }
  })

  it.each(sectorPanels)('%s shows only chosen sectors\' items under a filter', (id) => {
    const p = panel(id)
    for (const sector of dataset.sectors) {
      const ctx = context([sector.id])
      if (p.isEmpty?.(ctx)) continue
      for (const series of seriesOf(p.buildOption(ctx)))
        for (const item of series.data ?? []) expect(ctx.sectors.has((item as { sector: string }).sector), `${id} ${sector.id}`).toBe(true)
      for (const card of cardsOf(p, ctx)) expect(ctx.sectors.has(card.sector ?? ''), `${id} ${sector.id}`).toBe(true)
    }
  })

  it.each(ids)('%s scales its text and never goes below 14px', (id) => {
    const fontSizes = (value: unknown): number[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => (key === 'fontSize' && typeof child === 'number' ? [child] : fontSizes(child)))
        : []
    const design = fontSizes(panel(id).buildOption(all))
    expect(design.length).toBeGreaterThan(0)
    expect(Math.min(...design)).toBeGreaterThanOrEqual(14)
    expect(Math.min(...fontSizes(panel(id).buildOption(context([], 'dark', 2))))).toBeGreaterThanOrEqual(28)
  })
})
