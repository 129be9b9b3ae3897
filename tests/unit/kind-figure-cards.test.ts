/**
 * 指标卡 (src/panels/kinds/figure-cards): one card per figure with its comparison, completion against 时序进度
 * and a trend line; from the small fixture's definition and the multi and second-town fixtures.
 */
import { describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import PanelCards from '../../src/components/PanelCards.vue'
import { parsePeriod } from '../../src/data/period'
import { cardsOption, type FigureCard } from '../../src/panels/cards'
import { cardsOf, context, contextOf, definedPanel, fromDefinition, optionText, withIndicators } from '../support/panelData'
import { fixtureDataset } from '../support/fixtures'
import { cardSize } from '../../src/panels/cardFit'

const all = context()

describe('headline cards', () => {
  it('shows the four levels with their growth and the four-above enterprises', () => {
    const cards = cardsOf(definedPanel('headline'), all)
    expect(cards.map((card) => card.value)).toEqual(['11.39亿元', '1013万元', '11.8亿元', '5507元', '79家'])
    // The report writes 新增“四上”企业5个: the count added in its own unit.
    expect(cards.map((card) => card.note)).toEqual(['同比 +6.8% ↑', '同比 +6.3% ↑', '同比 +104.2% ↑', '同比 +7.2% ↑', '新增5个'])
    expect(cards.map((card) => card.trend)).toEqual(['up', 'up', 'up', 'up', 'up'])
  })

  it('gives the four-above enterprises the direction of the count added, not a fixed ↑', () => {
    const none = cardsOf(definedPanel('headline'), withIndicators({ four_above_enterprises_new: { value: 0 } })).at(-1)!
    expect(none.note).toBe('新增0个')
    expect(none.trend).toBe('flat')
  })
})

describe('cards panels', () => {
  const cardValues = (id: string, chosen: string[] = []) => cardsOf(definedPanel(id), context(chosen)).map((card) => card.value)

  it('commerce: 17家, 200余家 as a lower bound, 40%; filtered by sector', () => {
    expect(cardValues('commerce')).toEqual(['17家', '200余家', '40%'])
    expect(cardValues('commerce', ['e_commerce'])).toEqual(['200余家'])
    expect(cardValues('commerce', ['commerce_logistics'])).toEqual(['17家', '40%'])
    expect(definedPanel('commerce').isEmpty!(context(['industry']))).toBe(true)
  })

  it('commerce: the lower-bound note follows the data\'s lowerBound', () => {
    const note = (lowerBound: boolean) =>
      cardsOf(definedPanel('commerce'), withIndicators({ ecommerce_enterprises_and_shops: { lowerBound } })).find((card) => card.id === 'ecommerce_enterprises_and_shops')!.note
    expect(note(true)).toBe('报道为下限（“余”）')
    expect(note(false)).toBeUndefined()
  })

  it('enterprises: 79家 with 新增5个 and 148家 served, town-wide under any filter', () => {
    const cards = cardsOf(definedPanel('enterprises'), all)
    expect(cards.map((card) => card.value)).toEqual(['79家', '148家', '6支'])
    expect(cards[0].note).toBe('新增5个')
    expect(definedPanel('enterprises').scope).toBe('town')
    expect(cardValues('enterprises', ['industry'])).toEqual(['79家', '148家', '6支'])
  })

  it('urban housing: estates, 3万余人, 230余名 and the demolition figures', () => {
    expect(cardValues('urban_housing')).toEqual(['16个', '3万余人', '45个', '230余名', '8户', '12年'])
    expect(cardValues('urban_housing', ['urban_construction'])).toHaveLength(6)
    expect(definedPanel('urban_housing').isEmpty!(context(['livelihood']))).toBe(true)
  })

  it('urban housing: the day of the demolition comes from the data', () => {
    const day = { period: parsePeriod('2022年6月24日')! }
    const cards = cardsOf(definedPanel('urban_housing'), withIndicators({ demolition_cadres_mobilised: day, demolition_households_completed: day }))
    const text = cards.map((card) => `${card.label} ${card.note ?? ''}`).join('\n')
    expect(text).toContain('2022年6月24日')
    expect(text).not.toContain('6月23日')
  })

  it('governance: 90%, the civilisation institute and stations, 30余次; only livelihood items under 民生事业', () => {
    expect(cardValues('governance')).toEqual(['90%', '1处', '18处', '30余次'])
    expect(cardValues('governance', ['livelihood'])).toEqual(['1处', '18处'])
    expect(definedPanel('governance').isEmpty!(context(['industry']))).toBe(true)
  })

  it('party: town-wide figures kept under any filter', () => {
    expect(cardValues('party')).toEqual(['7个', '7个', '17个'])
    expect(cardValues('party', ['e_commerce'])).toEqual(['7个', '7个', '17个'])
  })

  it('cards option (export) draws every card value', () => {
    const text = optionText(definedPanel('urban_housing').buildOption(all))
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

describe('the rank the report states', () => {
  // The second town's 1-6月 report: 社会消费品零售总额 增长6%，增速列全区第二; 规模以上工业总产值 增长10.4%，高于全区平均0.8个百分点.
  const town = contextOf(fixtureDataset('second-town', '2023-06'))

  it('writes a growth\'s rank on its card, as the report words it', () => {
    const cards = cardsOf(fromDefinition('指标卡', ['retail_sales_growth', 'above_scale_output_growth']), town)
    expect(cards.map((card) => [card.value, card.note])).toEqual([
      ['6%（预计）', '增速列全区第二'],
      ['10.4%（预计）', '高于全区平均0.8个百分点'],
    ])
  })

  it('keeps the rank of a growth shown beside its level, on the level\'s card and in its table', () => {
    const panel = fromDefinition('指标卡', ['retail_sales', 'retail_sales_growth', 'above_scale_output', 'above_scale_output_growth'])
    expect(cardsOf(panel, town).map((card) => card.note)).toEqual(['同比 +6% ↑（预计） 增速列全区第二', '同比 +10.4% ↑（预计） 高于全区平均0.8个百分点'])
    expect(panel.buildTable(town).rows.map((row) => row[2].text)).toEqual(['同比 +6% ↑（预计） 增速列全区第二', '同比 +10.4% ↑（预计） 高于全区平均0.8个百分点'])
  })

  it('shows no rank where the report states none', () => {
    const cards = cardsOf(fromDefinition('指标卡', ['tax_revenue', 'tax_revenue_growth', 'retail_sales_growth']), contextOf(fixtureDataset('second-town', '2023-03')))
    expect(cards.map((card) => card.value)).toEqual(['583.6万元', '5.1%'])
    expect(cards.map((card) => card.note ?? '').join()).not.toMatch(/全区|列第/)
  })
})

describe('completion and trend on a card', () => {
  const multi = contextOf(fixtureDataset('multi'))
  const town = contextOf(fixtureDataset('second-town', '2023-06'))

  it('draws completion against 时序进度 where the data has a target, marking a rate computed from the amount', () => {
    const gdp = cardsOf(definedPanel('headline'), multi).find((card) => card.id === 'gdp')!
    expect(gdp.progress).toEqual({ rate: expect.closeTo(39.29, 1), schedule: expect.closeTo(41.67, 1), derived: true })
    expect(gdp.target).toBe('完成年度目标39.3%（推算），时序进度41.7%')
    const stated = cardsOf(fromDefinition('指标卡', ['budget_revenue', 'fixed_asset_investment']), town)
    expect(stated.map((card) => card.progress)).toEqual([
      { rate: 61.2, schedule: 50, derived: false },
      { rate: 48.6, schedule: 50, derived: false },
    ])
    expect(cardsOf(definedPanel('headline'), all).every((card) => card.progress === undefined)).toBe(true)
  })

  it('draws a trend line from three or more periods of the year, never from two', () => {
    const gdp = cardsOf(definedPanel('headline'), multi).find((card) => card.id === 'gdp')!
    expect(gdp.spark).toEqual({ values: [6e8, 8.8e8, 11e8], labels: ['2022年1-3月 6亿元', '2022年1-4月 8.8亿元', '2022年1-5月 11亿元'] })
    // The second town reports its tax revenue for 1-3月 and 1-6月 (twice): two periods, no trend.
    expect(cardsOf(fromDefinition('指标卡', ['tax_revenue']), contextOf(fixtureDataset('second-town'))).at(0)!.spark).toBeUndefined()
    expect(cardsOf(definedPanel('headline'), contextOf(fixtureDataset('multi', '2022-04'))).find((card) => card.id === 'gdp')!.spark).toBeUndefined()
  })

  it('gives a card with a bar and a trend the room for them', () => {
    const gdp = cardsOf(definedPanel('headline'), multi).find((card) => card.id === 'gdp')!
    const bare = { ...gdp, progress: undefined, spark: undefined }
    expect(cardSize(gdp).height).toBeGreaterThanOrEqual(cardSize(bare).height + 10)
    // The trend sits beside the value: a card with a short value is wider by the trend's width.
    const short = { ...bare, label: '值', note: undefined, target: undefined }
    expect(cardSize({ ...short, spark: gdp.spark }).width).toBe(cardSize(short).width + 84)
  })

  it('draws the bar and the trend as SVG shapes on screen, the trend read out in words', async () => {
    const gdp = cardsOf(definedPanel('headline'), multi).find((card) => card.id === 'gdp')!
    const html = await renderToString(createSSRApp(PanelCards, { cards: [gdp] }))
    expect(html).toContain('aria-label="趋势：2022年1-3月 6亿元，2022年1-4月 8.8亿元，2022年1-5月 11亿元"')
    expect(html).toMatch(/<polyline points="0\.0,22\.0 50\.0,[\d.]+ 100\.0,2\.0"/)
    expect(html).toContain('<rect class="derived figure-progress-done" x="0" y="2" width="39.3" height="6">')
    expect(html).toContain('<line class="figure-progress-schedule" x1="41.7" x2="41.7"')
  })
})
