/**
 * The 项目分布 kind: current projects counted by sector and stacked by progress, with rows apart and no
 * count drawn inside a bar (a count taller than its bar was clipped in screen mode); at the room's text
 * size sub-sectors count under their parent so that the rows fit; 往期项目 stay out of the counts and in
 * the table; the plot starts under the legend's lines, no band left empty.
 */
import { describe, expect, it } from 'vitest'
import { projectSectorsKind, sectorRows } from '../../src/panels/kinds/project-sectors'
import type { PanelOptions } from '../../src/data/dashboardSchema'
import { agedDataset, type AgedSpec } from '../support/agedProjects'
import { contextOf, optionText, seriesOf } from '../support/panelData'

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
