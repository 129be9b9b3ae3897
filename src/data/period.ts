/**
 * Periods as Chinese statistics write them, read and written by one pure module for the data files, the
 * screen and the workbook:
 *
 * | written          | kind        | meaning                                               |
 * | ---------------- | ----------- | ----------------------------------------------------- |
 * | `2022年1-5月`    | cumulative  | from January to the end of May (a flow, 累计)          |
 * | `2022年5月`      | month       | the month of May alone                                |
 * | `2022年5月末`    | monthEnd    | a point in time: a stock at the end of May            |
 * | `2022年6月23日`  | day         | one day                                               |
 * | `2021年`         | year        | the whole year                                        |
 * | `截至报道时`     | asOfReport  | the report gives no date: as of its publication       |
 *
 * A month or a day written without a year (`6月23日`, `3月`) takes the year of its edition and is marked
 * `yearInferred`, so the screen can say the year was not in the report.
 */

import { AS_OF_REPORT } from '../format/period'

export type PeriodKind = 'cumulative' | 'month' | 'monthEnd' | 'day' | 'year' | 'asOfReport'

export interface Period {
  kind: PeriodKind
  /** The calendar year; null only for asOfReport. */
  year: number | null
  /** The text gave no year: it is the edition's. */
  yearInferred: boolean
  /** First month covered (1 for a cumulative period); null for year and asOfReport. */
  fromMonth: number | null
  /** Last month covered; null for year and asOfReport. */
  toMonth: number | null
  /** Day of the month, for kind day. */
  day: number | null
}

/** What a period cell must look like, for error messages. */
export const PERIOD_FORMS = '2022年1-5月、2022年5月、2022年5月末、2022年6月23日、6月23日、2021年 或 截至报道时'

const DIGITS_FULL = /[０-９]/g

/** Full-width digits and the usual range dashes (1至5月, 1—5月, 1~5月) written the one way. */
function normalise(text: string): string {
  return text
    .replace(DIGITS_FULL, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, '')
    .replace(/[至—–~～－]/g, '-')
    .replace(/月份/g, '月')
}

const PATTERN = /^(?:(\d{4})年)?(?:(\d{1,2})(?:-(\d{1,2}))?月(末|(\d{1,2})日)?)?$/

/**
 * Reads a period. `editionYear` gives the year to a month or day written without one; without it such a
 * text is an error. Returns undefined for text that is not a period.
 */
export function parsePeriod(text: string, editionYear?: number): Period | undefined {
  if (text.replace(/\s+/g, '') === AS_OF_REPORT) return { kind: 'asOfReport', year: null, yearInferred: false, fromMonth: null, toMonth: null, day: null }
  const written = normalise(text)
  const match = PATTERN.exec(written)
  if (!match || written === '') return undefined
  const [, yearText, firstText, lastText, end, dayText] = match
  const yearInferred = yearText === undefined
  const year = yearInferred ? editionYear : Number(yearText)
  if (year === undefined || year < 1949 || year > 2200) return undefined
  const base = { year, yearInferred, day: null }
  if (firstText === undefined) return yearInferred || written.endsWith('末') ? undefined : { ...base, kind: 'year', fromMonth: null, toMonth: null }
  const first = Number(firstText)
  const last = lastText === undefined ? first : Number(lastText)
  if (first < 1 || last > 12 || last < first) return undefined
  if (lastText !== undefined) {
    // Statistics accumulate from January: 3-5月 is not a form they use, and a range ends at the month.
    if (first !== 1 || end !== undefined) return undefined
    return { ...base, kind: first === last ? 'month' : 'cumulative', fromMonth: 1, toMonth: last }
  }
  if (end === '末') return { ...base, kind: 'monthEnd', fromMonth: first, toMonth: first }
  if (dayText !== undefined) {
    const day = Number(dayText)
    if (day < 1 || day > daysIn(year, first)) return undefined
    return { ...base, kind: 'day', fromMonth: first, toMonth: first, day }
  }
  return { ...base, kind: 'month', fromMonth: first, toMonth: first }
}

const readable = new Map<string, boolean>()

/** True when `text` is a period in some edition's year (memoised: a long file repeats a few periods). */
export function isPeriodText(text: string, editionYear = 2000): boolean {
  const key = `${editionYear}|${text}`
  let known = readable.get(key)
  if (known === undefined) {
    known = parsePeriod(text, editionYear) !== undefined
    if (readable.size < 10_000) readable.set(key, known)
  }
  return known
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The same period one year earlier: 2022年1-5月 -> 2021年1-5月; undefined for asOfReport. */
export function previousYear(period: Period): Period | undefined {
  if (period.year === null) return undefined
  return { ...period, year: period.year - 1, yearInferred: false }
}

/** True when the two periods cover the same span (year inferred or not). */
export function samePeriod(a: Period, b: Period): boolean {
  return a.kind === b.kind && a.year === b.year && a.fromMonth === b.fromMonth && a.toMonth === b.toMonth && a.day === b.day
}

/** A flow over a span (cumulative, a month, a year): values add up, and a yearly target can be pro-rated. */
export function isFlow(period: Period): boolean {
  return period.kind === 'cumulative' || period.kind === 'month' || period.kind === 'year'
}

/** Months of the year a flow covers: 1-5月 -> 5, a whole year -> 12; undefined for a point in time. */
export function monthsCovered(period: Period): number | undefined {
  if (period.kind === 'year') return 12
  if ((period.kind === 'cumulative' || period.kind === 'month') && period.fromMonth === 1) return period.toMonth ?? undefined
  return undefined
}

/** Edition as-of dates: `2022-05` (a month) or `2022-05-31` (a day). */
export const AS_OF_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/

/** Year and month of an as-of date. */
export function asOfParts(asOf: string): { year: number; month: number } {
  const [year, month] = asOf.split('-').map(Number)
  return { year, month }
}

/** "2022-05" -> "2022年5月"; "2022-05-31" -> "2022年5月31日". */
export function formatAsOf(asOf: string): string {
  const [year, month, day] = asOf.split('-').map(Number)
  return day ? `${year}年${month}月${day}日` : `${year}年${month}月`
}
