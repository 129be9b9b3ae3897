import { describe, expect, it } from 'vitest'
import { formatDerived, previousYearFigure, share, nestedTiers } from '../../src/data/derived'
import { parsePeriod } from '../../src/data/period'
import { formatPeriod } from '../../src/format/period'
import { fixtureDataset } from '../support/fixtures'
import {
  decimalsOf,
  formatCount,
  formatGrowth,
  formatIndicator,
  formatMoney,
  formatPercent,
  moneyScale,
  reportDecimals,
  scaleForUnit,
  trimNumber,
} from '../../src/format/number'

const dataset = fixtureDataset('small')
const { indicators } = dataset
const TIER_IDS = ['villages_total', 'villages_income_over_200k', 'villages_income_over_1m'] as const

describe('number formatting', () => {
  it('picks one money scale for a set of values', () => {
    expect(moneyScale([1139000000, 5000]).unit).toBe('亿元')
    expect(moneyScale([10130000]).unit).toBe('万元')
    expect(moneyScale([5507]).unit).toBe('元')
    expect(moneyScale([]).unit).toBe('元')
  })

  it('uses the unit the report wrote, whatever the magnitude', () => {
    expect(scaleForUnit('万元', 60000000).unit).toBe('万元')
    expect(formatMoney(60000000, scaleForUnit('万元', 60000000))).toBe('6000万元')
    expect(scaleForUnit('个', 5507).unit).toBe('元')
  })

  it('writes figures as the report did', () => {
    const byId = (id: string) => indicators.find((item) => item.id === id)!
    expect(formatIndicator(byId('gdp'))).toBe('11.39亿元')
    expect(formatIndicator(byId('fiscal_revenue'))).toBe('1013万元')
    expect(formatIndicator(byId('fixed_asset_investment'))).toBe('11.8亿元')
    expect(formatIndicator(byId('disposable_income_per_capita'))).toBe('5507元')
    expect(formatIndicator(byId('fixed_asset_investment_growth'))).toBe('104.2%')
    expect(formatIndicator(byId('special_supervisions'))).toBe('30余次')
    expect(formatIndicator(byId('ecommerce_enterprises_and_shops'))).toBe('200余家')
    expect(formatIndicator(byId('expected_new_residents'))).toBe('3万余人')
    expect(formatIndicator(byId('demolition_cadres_mobilised'))).toBe('230余名')
  })

  it('formats counts, percentages, growth and periods', () => {
    expect(formatCount(30, '次', true)).toBe('30余次')
    expect(formatCount(200, '家', true)).toBe('200余家')
    expect(formatCount(20000, '家')).toBe('20000家')
    expect(formatPercent(88.9)).toBe('88.9%')
    expect(formatGrowth(6.8)).toBe('+6.8% ↑')
    expect(formatGrowth(-2)).toBe('-2% ↓')
    expect(formatGrowth(0)).toBe('0% —')
    expect(trimNumber(Number.NaN)).toBe('—')
    expect(trimNumber(11.8)).toBe('11.8')
  })

  it('knows how many decimals a stated figure has', () => {
    expect(decimalsOf(11.39)).toBe(2)
    expect(decimalsOf(11.8)).toBe(1)
    expect(decimalsOf(1013)).toBe(0)
    expect(decimalsOf(5.64)).toBe(2)
    expect(decimalsOf(1 / 3)).toBe(2)
    expect(reportDecimals({ value: 1139000000, unit: 'yuan', displayUnit: '亿元' })).toBe(2)
    expect(reportDecimals({ value: 10130000, unit: 'yuan', displayUnit: '万元' })).toBe(0)
    expect(reportDecimals({ value: 5507, unit: 'yuan', displayUnit: '元' })).toBe(0)
  })
})

describe('derived figures', () => {
  it('computes the previous year and shows it at the precision of the stated figure', () => {
    const gdp = previousYearFigure(dataset, 'gdp')!
    expect(gdp.value).toBeCloseTo(1139000000 / 1.068, 0)
    expect(formatPeriod(gdp.period)).toBe('2021年1-5月')
    expect(formatDerived(gdp)).toBe('10.66亿元')
    expect(gdp.formula).toBe('11.39亿元 ÷ (1 + 6.8%)')
    expect(gdp.name).toContain('推算')

    const fiscal = previousYearFigure(dataset, 'fiscal_revenue')!
    expect(fiscal.value / 1e4).toBeCloseTo(952.96, 2)
    expect(formatDerived(fiscal)).toBe('953万元')

    const income = previousYearFigure(dataset, 'disposable_income_per_capita')!
    expect(income.value).toBeCloseTo(5137.13, 2)
    expect(formatDerived(income)).toBe('5137元')

    // 11.8亿元 was written with one decimal: 11.8 / 2.042 = 5.778... -> 5.8亿元.
    expect(formatDerived(previousYearFigure(dataset, 'fixed_asset_investment')!)).toBe('5.8亿元')
  })

  it('has no previous year for a figure without a growth rate', () => {
    expect(previousYearFigure(dataset, 'four_above_enterprises_total')).toBeUndefined()
    expect(previousYearFigure(dataset, 'no_such_id')).toBeUndefined()
  })

  it('dates the derived previous year one year back, over the same months', () => {
    expect(previousYearFigure(dataset, 'gdp')!.period).toEqual(parsePeriod('2021年1-5月'))
  })

  it('derives the village tiers and refuses contradictory counts', () => {
    expect(nestedTiers(dataset, TIER_IDS)).toEqual({ total: 18, overOneMillion: 3, between: 13, under: 2 })
    const broken = indicators.map((item) => (item.id === 'villages_income_over_1m' ? { ...item, value: 17 } : item))
    expect(nestedTiers({ indicators: broken }, TIER_IDS)).toBeUndefined()
  })

  it('computes shares and refuses a zero whole', () => {
    expect(share(16, 18)).toBeCloseTo(88.89, 2)
    expect(share(1, 0)).toBeUndefined()
  })
})
