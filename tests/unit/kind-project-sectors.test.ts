/**
 * 项目分布 (src/panels/kinds/project-sectors): every project counted once by sector and status; from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import type { PanelDefinition } from '../../src/panels/types'
import { context, dataset, definedPanel, optionText, sectorsOf, seriesOf, tableText, tooltips, values } from '../support/panelData'

const all = context()

describe('project sectors', () => {
  const p = definedPanel('project_sectors')
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
