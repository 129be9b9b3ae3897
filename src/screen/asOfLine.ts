/**
 * The header's as-of line, from what the leading cards show: 主要指标截至2022年5月 when every card carries a
 * figure up to May, both months (主要指标截至2022年5月、6月) when one card has June's figure and the others
 * May's, not the newest edition's month regardless. Pure.
 */
import { asOfParts, formatAsOf } from '../data/period'
import type { Indicator } from '../data/resolve'

interface Month {
  year: number
  month: number
}

/** The last month a figure covers: its period's end, the year's December, or its edition's as-of month. */
export function figureMonth(figure: Pick<Indicator, 'period' | 'edition'>): Month {
  const { period } = figure
  if (period.kind === 'year' && period.year !== null) return { year: period.year, month: 12 }
  if (period.year !== null && period.toMonth !== null) return { year: period.year, month: period.toMonth }
  return asOfParts(figure.edition.asOf)
}

/** At most this many months are named; more end in 等. */
const MAX_MONTHS = 3

/**
 * 主要指标截至… for the figures the cards show (oldest month first when they differ); the edition's as-of
 * date when no card has a figure.
 */
export function asOfLine(figures: readonly Pick<Indicator, 'period' | 'edition'>[], editionAsOf: string): string {
  if (figures.length === 0) return `主要指标截至${formatAsOf(editionAsOf)}`
  const keys = [...new Set(figures.map(figureMonth).map((m) => m.year * 100 + m.month))].sort((a, b) => a - b)
  const months = keys.map((key) => ({ year: Math.floor(key / 100), month: key % 100 }))
  const shown = months.slice(-MAX_MONTHS)
  // The year is written once when it does not change: 2022年5月、6月.
  const text = shown.map((m, index) => (index > 0 && shown[index - 1].year === m.year ? `${m.month}月` : `${m.year}年${m.month}月`)).join('、')
  return `主要指标截至${months.length > shown.length ? '…' : ''}${text}`
}
