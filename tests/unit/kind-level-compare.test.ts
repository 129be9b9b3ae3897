/**
 * 总量对比 (src/panels/kinds/level-compare): a level against the same period last year, derived (推算) where not stated; from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import { context, dataset, definedPanel, indicator, labels, tableText, tooltips, values, withIndicators } from '../support/panelData'

const all = context()

describe('year-on-year panels', () => {
  const cases = [
    { id: 'gdp', level: 'gdp', current: '11.39亿元', previous: '10.66亿元', growth: '+6.8% ↑', unit: '亿元' },
    { id: 'fiscal_revenue', level: 'fiscal_revenue', current: '1013万元', previous: '953万元', growth: '+6.3% ↑', unit: '万元' },
    { id: 'income', level: 'disposable_income_per_capita', current: '5507元', previous: '5137元', growth: '+7.2% ↑', unit: '元' },
  ]
  for (const c of cases) {
    it(`${c.id}: the stated figure, the derived previous year at the report's precision, the growth`, () => {
      const option = definedPanel(c.id).buildOption(all)
      const level = indicator(c.level)
      const growth = indicator(`${c.level}_growth`)
      const [previous, current] = values(option) as number[]
      expect(current).toBe(level.value)
      expect(previous).toBeCloseTo(level.value / (1 + growth.value / 100), 6)
      expect(labels(option)).toEqual([`${c.previous}\n（推算）`, `${c.current}\n同比 ${c.growth}`])
      expect(tooltips(option)[0]).toContain('推算')
      expect((option.xAxis as { data: string[] }).data[0]).toContain('推算')
      expect((option.yAxis as { name: string }).name).toBe(c.unit)
      expect(definedPanel(c.id).unit).toBe(c.unit)
      // The table runs in time order, as the chart does: last year (derived, and how), then this year.
      const table = tableText(definedPanel(c.id), all)
      expect(table[0][1]).toBe(c.previous)
      expect(definedPanel(c.id).buildTable(all).rows[0][1].derived).toBe(true)
      expect(table[0][2]).toContain(c.id === 'gdp' ? '按可比价增速推算，仅供参考' : '按名义增速推算')
      expect(table[1][1]).toBe(c.current)
    })
  }
})

describe('the header and the footer of a year-on-year panel', () => {
  it('heads with the figure and its 同比, and adds the yearly target with its completion against time elapsed', () => {
    const gdp = definedPanel('gdp')
    expect(gdp.headline!(all)).toBe('11.39亿元  同比 +6.8% ↑')
    // A target of 28亿元 by 1-5月: 11.39 / 28 done, 5 of 12 months gone.
    const targeted = withIndicators({ gdp: { target: 2_800_000_000 } })
    expect(gdp.headline!(targeted)).toBe('11.39亿元  同比 +6.8% ↑  年度目标 28亿元，完成 40.7%（时序进度 41.7%）')
  })

  it('dates itself by the level’s period and quotes the report’s words for the level and its growth, each once', () => {
    const gdp = definedPanel('gdp')
    expect(gdp.period(all)).toBe('2022年1-5月')
    // One sentence states both: quoted once.
    expect(gdp.source(all)).toBe(`来源：《${dataset.edition.title}》“${indicator('gdp').source}”`)
    const apart = withIndicators({ gdp_growth: { source: '地区生产总值同比增长6.8%' } })
    expect(gdp.source(apart)).toBe(`来源：《${dataset.edition.title}》“${indicator('gdp').source}”；“地区生产总值同比增长6.8%”`)
  })
})
