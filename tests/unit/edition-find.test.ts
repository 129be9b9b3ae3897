/**
 * 报告期 over many years (src/data/editionYears.ts, editionFind.ts): grouped by year newest first, and found by what a person
 * types. Editions from the generator of many monthly editions (scripts/many-editions.mjs), fictional.
 */
import { describe, expect, it } from 'vitest'
import { findEdition } from '../../src/data/editionFind'
import { editionsByYear } from '../../src/data/editionYears'
import { editionsNewestFirst } from '../../src/data/resolve'
import type { Edition } from '../../src/data/schema'
import { monthlyEditions } from '../../scripts/many-editions.mjs'

const editions: Edition[] = editionsNewestFirst(monthlyEditions(240).map(({ id, name, asOf, title, source }) => ({ id, name, asOf, title, source }) as Edition))

describe('报告期 grouped by year', () => {
  it('has 20 years, newest first, each with its months newest first', () => {
    const years = editionsByYear(editions)
    expect(years.map((group) => group.year)).toEqual(Array.from({ length: 20 }, (_, i) => String(2022 - i)))
    expect(years[0].editions.map((edition) => edition.name)).toEqual(['2022年1-12月', '2022年1-11月', '2022年1-10月', '2022年1-9月', '2022年1-8月', '2022年1-7月', '2022年1-6月', '2022年1-5月', '2022年1-4月', '2022年1-3月', '2022年1-2月', '2022年1月'])
    expect(years.flatMap((group) => group.editions)).toEqual(editions)
  })
})

describe('报告期 found by typing', () => {
  it('a year gives its newest edition; a year and month the edition as of that month', () => {
    expect(findEdition(editions, '2019')?.name).toBe('2019年1-12月')
    expect(findEdition(editions, ' 2019年 ')?.name).toBe('2019年1-12月')
    for (const typed of ['2019年3月', '2019年3', '2019-03', '2019-3', '2019.3', '201903', '2019 年 3 月']) expect(findEdition(editions, typed)?.name, typed).toBe('2019年1-3月')
    expect(findEdition(editions, '2019年1-3月')?.id).toBe('2019-03')
    expect(findEdition(editions, '2003-01')?.name).toBe('2003年1月')
  })

  it('finds nothing for a month or year the data lacks, or for other text', () => {
    for (const typed of ['2002', '2002年12月', '2019年13月', '上个月', '', '   ', '19年3月']) expect(findEdition(editions, typed), typed).toBeUndefined()
  })
})
