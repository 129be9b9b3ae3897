/**
 * Periods written out (src/data/period.ts reads them): as the data files hold them, and for the screen.
 */
import type { Period } from '../data/period'

/** A figure the report gives no date for: as of its publication. */
export const AS_OF_REPORT = '截至报道时'

/** The text as written in the data (the canonical form, with the year only where the data gave it). */
export function writePeriod(period: Period): string {
  const { kind, fromMonth, toMonth, day } = period
  const year = period.yearInferred || period.year === null ? '' : `${period.year}年`
  switch (kind) {
    case 'asOfReport':
      return AS_OF_REPORT
    case 'year':
      return year
    case 'cumulative':
      return `${year}${fromMonth}-${toMonth}月`
    case 'month':
      return `${year}${toMonth}月`
    case 'monthEnd':
      return `${year}${toMonth}月末`
    case 'day':
      return `${year}${toMonth}月${day}日`
  }
}

/**
 * The period for the screen: as written, with a year the report did not give in brackets after it
 * (6月23日（2022年）), so nothing looks more exact than the report.
 */
export function formatPeriod(period: Period): string {
  if (period.kind === 'asOfReport') return AS_OF_REPORT
  const written = writePeriod({ ...period, yearInferred: false })
  if (!period.yearInferred) return written
  return `${writePeriod(period)}（${period.year}年）`
}
