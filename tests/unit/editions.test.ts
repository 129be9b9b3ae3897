/**
 * The dashboard over several editions (tests/fixtures/multi: six editions over three years, fictional
 * numbers): the newest shown by default, an earlier one on request, figures carried from an earlier
 * edition marked with their own period, the stated previous year, the months so far with single months
 * and 环比 (推算), whole years, and each kind of target.
 */
import { describe, expect, it } from 'vitest'
import { findPanel } from '../../src/layouts/pages'
import { formatIndicator, periodLabel } from '../../src/format/number'
import { fixtureDataset } from '../support/fixtures'
import { cardsOf, contextOf, labels, tableText } from '../support/panelData'

const newest = fixtureDataset('multi')
const ctx = contextOf(newest)
const panel = (id: string) => findPanel(id)!

describe('editions', () => {
  it('shows the newest edition unless another is chosen, and lists them newest first', () => {
    expect(newest.edition.id).toBe('2022-05')
    expect(newest.editions.map((edition) => edition.id)).toEqual(['2022-05', '2022-04', '2022-03', '2021', '2021-05', '2020'])
    expect(fixtureDataset('multi', '2022-04').edition.name).toBe('2022年1-4月')
    expect(fixtureDataset('multi', 'no-such-edition').edition.id).toBe('2022-05')
  })

  it('carries a figure absent from the edition from the latest earlier one, marked with its own period', () => {
    const awards = newest.indicators.find((item) => item.id === 'party_awards_two_excellent_one_advanced')!
    expect(awards).toMatchObject({ carried: true, edition: { id: '2022-04' } })
    expect(formatIndicator(awards)).toBe('8个')
    expect(periodLabel(awards)).toBe('截至报道时（2022年1-4月报告期数据）')
    const party = findPanel('party')!
    expect(party.period(ctx)).toBe('截至报道时（2022年1-4月报告期数据）')
    expect(cardsOf(party, ctx).find((card) => card.id === awards.id)!.note).toBe('党员和基层党组织 （2022年1-4月报告期数据）')
    // Restated in the newest edition: not carried.
    expect(newest.indicators.find((item) => item.id === 'village_convenience_stores')).toMatchObject({ carried: false })
    // A project reported only in the earlier edition is still listed, marked.
    expect(newest.projects.filter((project) => project.carried).map((project) => project.edition.id)).toEqual(['2022-04'])
  })
})

describe('a level panel over editions', () => {
  it('draws last year’s stated figure (no 推算), the months so far and the single months derived from them', () => {
    const option = panel('gdp').buildOption(ctx)
    expect((option.xAxis as { data: string[] }).data).toEqual(['2021年1-5月', '2022年1-3月', '2022年1-4月', '2022年1-5月'])
    const [lastYear, march, april, may] = labels(option)
    expect(lastYear).toBe('10亿元')
    expect([march, april]).toEqual(['6亿元', '8.8亿元'])
    expect(may).toBe('11亿元\n同比 +10% ↑')
    // The single months (推算) are written under their period, with their figure; their bars carry no label.
    const axisLabel = (option.xAxis as { axisLabel: { formatter: (value: string, index: number) => string } }).axisLabel
    expect([0, 1, 2, 3].map((index) => axisLabel.formatter('', index))).toEqual(['2021年1-5月', '2022年1-3月', '2022年1-4月\n4月 2.8亿元（推算）', '2022年1-5月\n5月 2.2亿元（推算）'])
    const table = tableText(panel('gdp'), ctx)
    expect(table[0][2]).toBe('报道数据')
    expect(table[3][2]).toContain('单月：5月 2.2亿元（推算），环比 -21.4% ↓（推算）')
    expect(table[2][2]).toContain('单月：4月 2.8亿元（推算）')
  })

  it('draws the whole years for a whole-year edition', () => {
    const option = panel('gdp').buildOption(contextOf(fixtureDataset('multi', '2021')))
    expect((option.xAxis as { data: string[] }).data).toEqual(['2020年', '2021年'])
    expect(labels(option)).toEqual(['20亿元', '25亿元\n同比 +8% ↑'])
  })
})

describe('targets', () => {
  const cards = cardsOf(panel('headline'), ctx)
  const card = (id: string) => cards.find((item) => item.id === id)!

  it('an amount: 完成年度目标 beside 时序进度; a growth: percentage points; a stock: value against target', () => {
    expect(card('gdp').target).toBe('完成年度目标39.3%（推算），时序进度41.7%')
    expect(card('gdp').note).toBe('同比 +10% ↑（高于目标3个百分点）')
    expect(tableText(panel('gdp'), ctx).slice(-2)).toEqual([
      ['年度目标', '年度目标 28亿元，完成 39.3%（时序进度 41.7%）', '报道数据；完成比例与时序进度为推算'],
      ['年度目标', '目标增长 7%，高于目标 3 个百分点', '报道数据；完成比例与时序进度为推算'],
    ])
    expect(card('four_above_enterprises_total').target).toBe('目标 80家，尚差 5家')
    expect(card('disposable_income_per_capita').target).toBeUndefined()
    expect(panel('gdp').headline!(ctx)).toContain('完成 39.3%（时序进度 41.7%）')
  })

  it('shows nothing about targets without one', () => {
    const report = cardsOf(panel('headline'), contextOf(fixtureDataset('small')))
    expect(report.every((item) => item.target === undefined)).toBe(true)
  })
})
