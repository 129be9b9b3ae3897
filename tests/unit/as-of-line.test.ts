import { describe, expect, it } from 'vitest'
import { parsePeriod } from '../../src/data/period'
import type { Edition } from '../../src/data/schema'
import { asOfLine, figureMonth } from '../../src/screen/asOfLine'

const edition = (asOf: string) => ({ id: asOf, name: asOf, asOf, title: '', source: '' }) as Edition
function figure(period: string, asOf = '2022-06') {
  const parsed = parsePeriod(period, 2022)
  if (!parsed) throw new Error(period)
  return { period: parsed, edition: edition(asOf) }
}

describe('the as-of line names the months the cards show', () => {
  it('one month when every card carries it: 1-5月 figures, 5月末 stock', () => {
    expect(asOfLine([figure('2022年1-5月'), figure('2022年1-5月'), figure('2022年5月末')], '2022-06')).toBe('主要指标截至2022年5月')
  })

  it('both months when they differ, oldest first, the year written once', () => {
    expect(asOfLine([figure('2022年1-6月'), figure('2022年1-5月'), figure('2022年1-5月')], '2022-06')).toBe('主要指标截至2022年5月、6月')
    expect(asOfLine([figure('2022年1-3月'), figure('2021年')], '2022-03')).toBe('主要指标截至2021年12月、2022年3月')
  })

  it('a figure 截至报道时 counts as its edition’s month; no figure gives the edition’s date', () => {
    expect(figureMonth(figure('截至报道时', '2022-05-31'))).toEqual({ year: 2022, month: 5 })
    expect(asOfLine([], '2022-05')).toBe('主要指标截至2022年5月')
  })
})
