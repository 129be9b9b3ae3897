/**
 * Periods as the clerk writes them and the screen shows them: each kind read, written back the same way,
 * a year the report did not give taken from the edition and shown as added, and nonsense refused.
 */
import { describe, expect, it } from 'vitest'
import { isFlow, monthsCovered, parsePeriod, previousYear, samePeriod, type PeriodKind } from '../../src/data/period'
import { formatPeriod, writePeriod } from '../../src/format/period'

const read = (text: string, year?: number) => {
  const period = parsePeriod(text, year)
  if (!period) throw new Error(`not a period: ${text}`)
  return period
}

describe('reading periods', () => {
  it.each<[string, PeriodKind, string]>([
    ['2022年1-5月', 'cumulative', '2022年1-5月'],
    ['2022年5月', 'month', '2022年5月'],
    ['2022年5月末', 'monthEnd', '2022年5月末'],
    ['2022年6月23日', 'day', '2022年6月23日'],
    ['2021年', 'year', '2021年'],
    ['截至报道时', 'asOfReport', '截至报道时'],
  ])('%s is a %s period and reads back as written', (text, kind, shown) => {
    const period = read(text)
    expect(period.kind).toBe(kind)
    expect(period.yearInferred).toBe(false)
    expect(writePeriod(period)).toBe(text)
    expect(formatPeriod(period)).toBe(shown)
  })

  it('accepts the ways clerks write a range and full-width digits', () => {
    for (const text of ['2022年1至5月', '2022年1—5月', '２０２２年１-５月', ' 2022年1-5月份 ', '2022年1~5月'])
      expect(writePeriod(read(text))).toBe('2022年1-5月')
  })

  it('gives a month or day without a year the edition’s year, and shows that the year was added', () => {
    const day = read('6月23日', 2022)
    expect(day).toMatchObject({ kind: 'day', year: 2022, yearInferred: true, toMonth: 6, day: 23 })
    expect(writePeriod(day)).toBe('6月23日')
    expect(formatPeriod(day)).toBe('6月23日（2022年）')
    expect(formatPeriod(read('3月', 2022))).toBe('3月（2022年）')
    // Without an edition there is no year to give.
    expect(parsePeriod('6月23日')).toBeUndefined()
  })

  it('refuses what is not a period', () => {
    for (const text of ['', '2022-01/2022-05', '2022年13月', '2022年2月30日', '2022年3-5月', '2022年5-3月', '5月末末', '上半年', '2022年1-5月末', '年'])
      expect(parsePeriod(text, 2022), text).toBeUndefined()
  })
})

describe('comparing periods', () => {
  it('moves a period one year back, over the same months', () => {
    expect(writePeriod(previousYear(read('2022年1-5月'))!)).toBe('2021年1-5月')
    expect(previousYear(read('截至报道时'))).toBeUndefined()
    expect(samePeriod(previousYear(read('6月23日', 2022))!, read('2021年6月23日'))).toBe(true)
  })

  it('tells flows from points in time, and how many months a flow covers', () => {
    expect(monthsCovered(read('2022年1-5月'))).toBe(5)
    expect(monthsCovered(read('2022年1月'))).toBe(1)
    expect(monthsCovered(read('2021年'))).toBe(12)
    expect(monthsCovered(read('2022年5月'))).toBeUndefined()
    expect(isFlow(read('2022年5月末'))).toBe(false)
    expect(isFlow(read('截至报道时'))).toBe(false)
  })
})
