/**
 * 完成进度 (src/panels/kinds/completion): completion of several indicators against 时序进度 in one view,
 * built from a definition on the second-town fixture (rates stated without amounts, one target amount).
 */
import { describe, expect, it } from 'vitest'
import { parsePeriod } from '../../src/data/period'
import { THEME_COLOURS } from '../../src/charts/themes'
import { fixtureDataset } from '../support/fixtures'
import { changedDataset, contextOf, fromDefinition, labels, optionText, seriesOf, tableText, tooltips, values } from '../support/panelData'

// The 1-6月 report (预计): the later 上半年 report restates only some figures; the rest are carried there.
const town = fixtureDataset('second-town', '2023-06')
const ctx = contextOf(town)
const IDS = ['budget_revenue', 'fixed_asset_investment', 'investment_attracted', 'tax_revenue']
const panel = fromDefinition('完成进度', IDS, { labels: { budget_revenue: '预算收入' } })

describe('完成进度', () => {
  it('draws the stated rates as stated, one decimal, against one 时序进度 line of 50% for 1-6月', () => {
    const option = panel.buildOption(ctx)
    expect((option.yAxis as { data: string[] }).data).toEqual(['预算收入', '固定资产投资', '招商引资到位资金'])
    expect(values(option)).toEqual([61.2, 48.6, 107])
    expect(labels(option)).toEqual(['61.2%', '48.6%', '107%'])
    expect(optionText(option)).not.toContain('推算')
    // The tick: an unseen bar up to 时序进度, then the tick, stacked, for every bar.
    const [, lead, tick] = seriesOf(option)
    const ends = values(option, 1).map((start, index) => Number(start) + Number(values(option, 2)[index]) / 2)
    for (const end of ends) expect(end).toBeCloseTo(50, 6)
    expect(lead.data).toHaveLength(3)
    expect(tick.name).toBe('时序进度 50%')
    expect((option.legend as { data: string[] }).data).toEqual(['时序进度 50%'])
    expect(tooltips(option)[1]).toContain('落后序时进度1.4个百分点')
  })

  it('names a figure carried from an earlier report in its tooltip, table row and the period line', () => {
    const later = contextOf(fixtureDataset('second-town', '2023-h1'))
    expect(tooltips(panel.buildOption(later))[0]).toMatch(/^预算收入（2023年1-6月数据）\n/)
    expect(tableText(panel, later)[0][0]).toBe('预算收入（2023年1-6月数据）')
    expect(panel.period(later)).toContain('（2023年1-6月数据）')
  })

  it('colours a rate behind 时序进度 as a fall and one ahead as a rise, and says how many are on schedule', () => {
    const option = panel.buildOption(ctx)
    const colours = (seriesOf(option)[0].data as { itemStyle: { color: string } }[]).map((item) => item.itemStyle.color)
    const c = THEME_COLOURS.dark
    expect(colours).toEqual([c.up, c.down, c.up])
    expect(panel.headline!(ctx)).toBe('3项中2项达到或快于序时进度')
  })

  it('marks a rate computed from the target amount 推算: on the bar, in the note, and as a derived table cell', () => {
    const derived = contextOf(changedDataset(town, { budget_revenue: { completion: undefined } }))
    const option = panel.buildOption(derived)
    expect(labels(option)[0]).toBe('61.2%（推算）')
    expect(labels(option).slice(1)).toEqual(['48.6%', '107%'])
    expect(optionText(option)).toContain('由报道的全年目标额计算')
    const row = panel.buildTable(derived).rows[0]
    expect(row[2]).toEqual({ text: '全年目标900万元，61.2%', derived: true })
    expect(panel.headline!(derived)).toContain('含推算')
  })

  it('lists an indicator without a target in the table, and never draws it', () => {
    expect(tableText(panel, ctx).at(-1)).toEqual(['税收收入', '1287.5万元（预计）', '报道未给出目标或完成率', '', ''])
    expect(optionText(panel.buildOption(ctx))).not.toContain('税收收入')
  })

  it('gives each bar its own 时序进度 when the periods differ, and none to a stock', () => {
    const mixed = contextOf(
      changedDataset(town, {
        investment_attracted: { period: parsePeriod('2023年1-3月')! },
        fixed_asset_investment: { period: parsePeriod('2023年6月末')! },
      }),
    )
    const option = panel.buildOption(mixed)
    expect(seriesOf(option)[2].name).toBe('时序进度（各项按其期间）')
    expect(values(option, 2)[1]).toBe('-')
    expect(Number(values(option, 1)[2]) + Number(values(option, 2)[2]) / 2).toBeCloseTo(25, 6)
    expect(tableText(panel, mixed)[1][3]).toBe('无（非累计期）')
    expect(tableText(panel, mixed)[2].slice(3)).toEqual(['25%', '快于序时进度82个百分点'])
  })

  it('is empty for a sector none of its figures belongs to, and names town-wide figures under scope town', () => {
    expect(panel.isEmpty!(contextOf(town, ['industry']))).toBe(true)
    const town_ = fromDefinition('完成进度', IDS, { scope: 'town' })
    expect(town_.isEmpty!(contextOf(town, ['industry']))).toBe(false)
  })
})
