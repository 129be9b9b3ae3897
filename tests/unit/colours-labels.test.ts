/**
 * Colours that mean something (a project status, the whole town) and labels that are never dropped:
 * the option builders, read as a viewer of the chart would.
 */
import { describe, expect, it } from 'vitest'
import { STATUS_COLOURS, STATUS_STAGES, TOWN_COLOURS } from '../../src/charts/fixedColours'
import type { ChartOption } from '../../src/charts/echarts'
import { THEME_COLOURS, THEMES } from '../../src/charts/themes'
import { PROJECT_STATUSES } from '../../src/data/schema'
import { STATUS_NAMES } from '../../src/panels/projects'
import { PANELS, findPanel } from '../../src/layouts/pages'
import { context, dataset, optionText, seriesOf } from '../support/panelData'

const panel = (id: string) => findPanel(id)!

/** Each series' name and its colour, as the legend shows them. */
function seriesColours(option: ChartOption): Map<string, string> {
  return new Map(seriesOf(option).map((series) => [String(series.name).replace(/ \d+$/, ''), (series as { itemStyle?: { color?: string } }).itemStyle?.color ?? '']))
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
const distance = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]))

describe('a project status keeps its colour', () => {
  it('has one colour per status in each theme, every pair far apart, none a sector colour', () => {
    expect([...STATUS_STAGES].sort()).toEqual([...PROJECT_STATUSES].sort())
    const sectorColours = dataset.sectors.map((sector) => sector.colour.toLowerCase())
    for (const theme of THEMES) {
      const colours = STATUS_STAGES.map((status) => STATUS_COLOURS[theme][status])
      for (const [i, a] of colours.entries()) {
        expect(sectorColours, `${theme} ${STATUS_STAGES[i]}`).not.toContain(a.toLowerCase())
        // Nor the theme's series palette, which other panels draw their bars in.
        expect(THEME_COLOURS[theme].palette, `${theme} ${STATUS_STAGES[i]}`).not.toContain(a)
        for (const b of colours.slice(i + 1)) expect(distance(a, b), `${theme}: ${a} vs ${b}`).toBeGreaterThan(90)
      }
      // 在建 and 已完成 were nearly the same orange in the light theme.
      expect(distance(STATUS_COLOURS[theme].under_construction, STATUS_COLOURS[theme].completed)).toBeGreaterThan(150)
    }
  })

  for (const theme of THEMES) {
    it(`draws each status in its own colour whatever the filter leaves (${theme})`, () => {
      const all = seriesColours(panel('project_sectors').buildOption(context([], theme)))
      const industry = seriesColours(panel('project_sectors').buildOption(context(['industry'], theme)))
      // The filter leaves fewer statuses (未说明进度 moved from one position to another): colours stay.
      expect(industry.size).toBeLessThan(all.size)
      expect(industry.get('未说明进度')).toBe(STATUS_COLOURS[theme].unstated)
      for (const [name, colour] of industry) expect(colour).toBe(all.get(name))
      for (const status of PROJECT_STATUSES) if (all.has(STATUS_NAMES[status])) expect(all.get(STATUS_NAMES[status])).toBe(STATUS_COLOURS[theme][status])
      // Legend in the order of the stages.
      const order = [...all.keys()].map((name) => STATUS_STAGES.findIndex((status) => STATUS_NAMES[status] === name))
      expect(order).toEqual([...order].sort((a, b) => a - b))
    })
  }

  it('draws the town-wide 全社会固定资产投资 bar in the town colour, not a sector one', () => {
    const option = panel('investment').buildOption(context([], 'light'))
    const items = seriesOf(option)[0].data as { name: string; sector: string | null; itemStyle: { color: string } }[]
    const town = items.find((item) => item.name === '全社会固定资产投资')!
    expect(town.sector).toBeNull()
    expect(town.itemStyle.color).toBe(TOWN_COLOURS.light)
    expect(dataset.sectors.map((sector) => sector.colour)).not.toContain(town.itemStyle.color)
  })
})

describe('labels say only what the image shows', () => {
  it('shows the 已完成投资 legend and series only when a drawn project has that figure', () => {
    const legendOf = (option: ChartOption) => (option.legend as { data: string[] }).data
    const all = panel('key_projects').buildOption(context())
    expect(legendOf(all)).toEqual(['总投资', '已完成投资'])
    // 商贸物流 has projects with a total but none with a completed amount.
    const commerce = panel('key_projects').buildOption(context(['commerce_logistics']))
    expect(seriesOf(commerce).length).toBeGreaterThan(0)
    expect(legendOf(commerce)).toEqual(['总投资'])
    expect(seriesOf(commerce).map((series) => series.name)).toEqual(['总投资'])
  })

  it('never says 列于数据表 inside a chart (the chart is exported without the table)', () => {
    for (const chosen of [[], ['industry'], ['commerce_logistics'], ['urban_construction']])
      for (const p of PANELS.filter((item) => item.kind !== 'cards')) {
        const ctx = context(chosen)
        if (p.isEmpty?.(ctx)) continue
        expect(optionText(p.buildOption(ctx)), `${p.id} ${chosen.join()}`).not.toContain('数据表')
      }
  })

  for (const id of ['fiscal_revenue', 'income', 'gdp']) {
    it(`${id}: both period labels are always drawn, the 推算 mark on its own line`, () => {
      const option = panel(id).buildOption(context([], 'light', 0.55))
      const axis = option.xAxis as { data: string[]; axisLabel: { interval: number; hideOverlap: boolean; formatter: (label: string) => string } }
      expect(axis.axisLabel.interval).toBe(0)
      expect(axis.axisLabel.hideOverlap).toBe(false)
      expect(axis.data.map(axis.axisLabel.formatter)).toEqual([expect.stringMatching(/^\d{4}年[\d-]+月\n（推算）$/), expect.stringMatching(/^\d{4}年[\d-]+月$/)])
    })
  }
})
