/**
 * 表格 (src/panels/kinds/table): the definition's indicators as a table (name, value with unit, 同比,
 * completion, marks), built from a definition on the second-town fixture; on screen its data table, whose
 * cells are text (a name with markup stays text), and in exports and print the same rows drawn.
 */
import { describe, expect, it } from 'vitest'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import DataTable from '../../src/components/DataTable.vue'
import { fixtureDataset } from '../support/fixtures'
import { changedDataset, contextOf, fromDefinition, optionText, tableText } from '../support/panelData'

const estimate = contextOf(fixtureDataset('second-town', '2023-06'))
const IDS = ['tax_revenue', 'tax_revenue_growth', 'budget_revenue', 'above_scale_output', 'above_scale_output_growth', 'power_use_growth', 'grain_area']
const panel = fromDefinition('表格', IDS, { labels: { above_scale_output: '规上工业总产值' } })

describe('表格', () => {
  it('lists each figure once with its value, unit, 同比 and completion; a growth beside its level is not a row', () => {
    expect(tableText(panel, estimate)).toEqual([
      ['税收收入', '1287.5万元（预计）', '+8.2% ↑（预计）', '—', '预计数'],
      ['一般公共预算收入', '550.8万元（预计）', '—', '61.2%（序时50%，快于序时进度11.2个百分点）', '预计数'],
      ['规上工业总产值', '8.96亿元（预计）', '+10.4% ↑（预计）', '—', '预计数；高于全区平均0.8个百分点'],
      ['工业用电量同比增长', '未报总量', '-6.4% ↓（预计）', '—', '预计数'],
      ['粮食种植面积', '3.46万亩（预计）', '—', '—', '预计数'],
    ])
    expect(panel.buildTable(estimate).columns).toEqual(['指标', '数值', '同比', '完成全年目标', '说明'])
  })

  it('colours a fall as a fall, names the rank the report gives, and a figure not reported yet', () => {
    const rows = panel.buildTable(estimate).rows
    expect(rows[3][2].trend).toBe('down')
    expect(rows[0][2].trend).toBe('up')
    const first = contextOf(fixtureDataset('second-town', '2023-03'))
    expect(tableText(panel, first)[2]).toEqual(['规上工业总产值', '4.27亿元', '+9.3% ↑', '—', '增速列全区第三'])
    // A figure the first report does not have yet: a row that says so, the rest of the table stands.
    expect(tableText(panel, first).at(-1)).toEqual(['粮食种植面积', '—', '—', '—', '报告期“2023年1-3月”及以前各期未报'])
  })

  it('marks a completion computed from the target amount as derived (推算)', () => {
    const derived = contextOf(changedDataset(estimate.dataset, { budget_revenue: { completion: undefined } }))
    const row = panel.buildTable(derived).rows[1]
    expect(row[3]).toEqual({ text: '61.2%（序时50%，快于序时进度11.2个百分点）', derived: true })
    expect(row[4].text).toContain('完成率由全年目标额推算')
    expect(optionText(panel.buildOption(derived))).toContain('61.2%（序时50%，快于序时进度11.2个百分点）（推算）')
  })

  it('opens on its table on screen and draws every cell for exports and print', () => {
    expect(panel.kind === 'chart' && panel.tableOnScreen).toBe(true)
    const text = optionText(panel.buildOption(estimate))
    for (const row of tableText(panel, estimate)) for (const value of row) expect(text).toContain(value)
  })

  it('never lets a name reach the page as markup', async () => {
    const hostile = contextOf(changedDataset(estimate.dataset, { tax_revenue: { name: '<img src=x onerror=alert(1)>税收' } }))
    const html = await renderToString(createSSRApp(DataTable, { table: panel.buildTable(hostile), caption: '测试' }))
    expect(html).not.toContain('<img')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;税收')
  })

  it('follows the sector filter unless town-wide', () => {
    expect(panel.isEmpty!(contextOf(estimate.dataset, ['industry']))).toBe(true)
    expect(fromDefinition('表格', IDS, { scope: 'town' }).isEmpty!(contextOf(estimate.dataset, ['industry']))).toBe(false)
  })

  it('names every period among its figures and quotes each figure’s words, none of a figure not reported yet', () => {
    // The grain area is a whole year's figure (全年粮食种植面积), the rest the half year's.
    expect(panel.period(estimate)).toBe('2023年1-6月、2023年')
    const source = panel.source(estimate)
    for (const id of IDS) expect(source).toContain(`“${estimate.dataset.indicators.find((item) => item.id === id)!.source}”`)
    // The first report has no grain area: its row says so, and neither its period nor its words are claimed.
    const first = contextOf(fixtureDataset('second-town', '2023-03'))
    expect(panel.period(first)).toBe('2023年1-3月')
    expect(panel.source(first)).not.toContain('粮食')
    expect(panel.source(first)).toContain(`《${first.dataset.edition.title}》`)
  })
})
