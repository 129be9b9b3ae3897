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

describe('the value axis ends just above the data (issue 25: GDP 11.39 on an axis to 17.5 or 30)', () => {
  /** Rooms these panels get in screen mode: a whole 1080p slide, half a 1080p slide, a whole 4K slide. */
  const rooms = [
    { width: 1797, height: 606, scale: 3.33 },
    { width: 868, height: 623, scale: 2.61 },
    { width: 3597, height: 1210, scale: 6.67 },
  ]
  for (const id of ['gdp', 'fiscal_revenue', 'income']) {
    for (const room of rooms) {
      it(`${id} at ${room.width}x${room.height}: the highest bar reaches at least two thirds of its axis, its label inside the chart`, () => {
        const ctx = { ...all, scale: room.scale, room: { width: room.width, height: room.height, floorScale: room.scale } }
        const option = definedPanel(id).buildOption(ctx) as {
          yAxis: { max: number; interval: number }
          grid: { top: number; bottom: number }
          series: { data: { value: number }[]; label: { fontSize: number; formatter: (p: { dataIndex: number }) => string } }[]
        }
        const bars = option.series[0].data.map((item) => item.value)
        const highest = Math.max(...bars)
        expect(option.yAxis.max).toBeGreaterThanOrEqual(highest)
        expect(highest / option.yAxis.max, `${id}: ${highest} on an axis to ${option.yAxis.max}`).toBeGreaterThanOrEqual(2 / 3)
        // Each label over its bar stays within the chart: below its top edge, however far it rises over the plot.
        const labelPx = option.series[0].label.fontSize
        bars.forEach((value, index) => {
          const lines = option.series[0].label.formatter({ dataIndex: index }).split('\n').length
          const plot = room.height - option.grid.top - Math.max(option.grid.bottom, labelPx)
          const barTop = option.grid.top + plot * (1 - value / option.yAxis.max)
          expect(barTop - lines * labelPx * 1.2, `${id} bar ${index}: its label's top`).toBeGreaterThan(0)
        })
      })
    }
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
