/**
 * The 项目分布 kind: current projects counted by sector and stacked by progress, with rows apart and no
 * count drawn inside a bar (a count taller than its bar was clipped in screen mode); at the room's text
 * size sub-sectors count under their parent so that the rows fit; 往期项目 stay out of the counts and in
 * the table; the plot starts under the legend's lines, no band left empty.
 */
import { describe, expect, it } from 'vitest'
import type { PanelDefinition } from '../../src/panels/types'
import { projectSectorsKind, sectorRows } from '../../src/panels/kinds/project-sectors'
import type { PanelOptions } from '../../src/data/dashboardSchema'
import { agedDataset, type AgedSpec } from '../support/agedProjects'
import { context, contextOf, dataset, definedPanel, optionText, sectorsOf, seriesOf, tableText, tooltips, values } from '../support/panelData'

const panelOf = (options: PanelOptions = {}) => projectSectorsKind.build({ id: 'project_sectors', title: '重点项目产业分布与进度', kind: '项目分布', indicators: [], options })

const SECTORS = ['new_materials', 'intelligent_manufacturing', 'digital_economy', 'health', 'commerce_logistics', 'e_commerce', 'culture_tourism', 'modern_agriculture', 'urban_construction', 'livelihood', null] as const
const STATUSES = ['under_construction', 'started', 'operating'] as const
// Eleven rows (every sub-sector of 工业, six other sectors, 未注明), some 往期.
const specs: AgedSpec[] = Array.from({ length: 66 }, (_, i) => ({ age: i < 55 ? i % 12 : 12 + i, total: null, sector: SECTORS[i % SECTORS.length], status: STATUSES[i % STATUSES.length] }))
const data = agedDataset(specs, 100)

type Axis = { data: string[]; axisLabel: { fontSize: number } }
type Grid = { top: number }
type Bars = { barCategoryGap?: string; label?: { show?: boolean } }

describe('项目分布', () => {
  it('counts the current projects by sector, 往期项目 left out of the counts and listed under their own line', () => {
    const ctx = contextOf(data)
    const panel = panelOf()
    const option = panel.buildOption(ctx)
    const rows = (option.yAxis as Axis).data
    expect(rows).toHaveLength(11)
    expect(rows.at(-1)).toBe('未注明（5）')
    expect(panel.headline!(ctx)).toBe('报道列出，共 55 个项目（按报道逐项统计）')
    expect(optionText(option)).toContain('往期项目 11 个（12 期以上未报道）不计入')
    const table = panel.buildTable(ctx).rows.map((row) => row.map((cell) => cell.text))
    expect(table.find((row) => row[0].startsWith('往期项目'))![0]).toBe('往期项目（11 个：连续 12 期以上未报道，不计入图表和合计）')
    expect(table.at(-1)![0]).toBe('报道列出，共 55 个项目（不含往期项目）')
  })

  it('draws no count inside a bar, and keeps the rows apart', () => {
    for (const scale of [1, 2.5]) {
      const option = panelOf().buildOption(contextOf(data, [], 'dark', scale))
      for (const series of seriesOf(option) as Bars[]) {
        expect(series.label?.show ?? false, `scale ${scale}`).toBe(false)
        expect(parseFloat(series.barCategoryGap ?? '20%'), `scale ${scale}`).toBeGreaterThanOrEqual(40)
      }
    }
  })

  it('counts sub-sectors under their parent at the room\'s text size, every project once; the table keeps them apart', () => {
    const room = contextOf(data, [], 'dark', 2.5)
    const option = panelOf().buildOption(room)
    const rows = (option.yAxis as Axis).data
    expect(rows).toEqual(['工业（20）', '商贸物流（5）', '电子商务（5）', '文化旅游（5）', '现代农业（5）', '城市建设（5）', '民生事业（5）', '未注明（5）'])
    expect(sectorRows(room, room.dataset.projects, true).reduce((sum, row) => sum + row.projects.length, 0)).toBe(66)
    const table = panelOf().buildTable(room).rows.map((row) => row.map((cell) => cell.text))
    expect(table.some((row) => row[1].startsWith('工业·新材料'))).toBe(true)
  })

  it('starts the plot under the legend: one line of legend leaves less room above than two', () => {
    const one = agedDataset(specs.slice(0, 3).map((spec) => ({ ...spec, status: 'under_construction' })))
    const oneLine = (panelOf().buildOption(contextOf(one)).grid as Grid).top
    const many = agedDataset(specs.map((spec, i) => ({ ...spec, age: 0, status: (['operating', 'under_construction', 'started', 'inviting_tenants', 'fitting_out', 'completed', 'unstated'] as const)[i % 7] })))
    const twoLines = (panelOf().buildOption(contextOf(many, [], 'dark', 1.4)).grid as Grid).top
    expect(oneLine).toBeLessThan(40)
    expect(twoLines).toBeGreaterThan(oneLine * 1.4)
  })
})

/** The small fixture's definition of the panel, on the report's own projects. */
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
