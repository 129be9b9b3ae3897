/**
 * Comparisons over editions, from the data where it has them and derived (labelled 推算) only where it
 * does not: the same period of the previous year as stated, the months so far of this year (1-N月), the
 * single month and 环比 from consecutive cumulative values, whole years, and progress against a yearly
 * target. Pure.
 */
import { monthsCovered, previousYear, samePeriod } from './period'
import type { Dataset, Indicator } from './resolve'

/** The values of one indicator over the editions up to the one shown, one per period (the newest report of it). */
export function valuesOf(dataset: Pick<Dataset, 'history'>, id: string): Indicator[] {
  const byPeriod: Indicator[] = []
  for (const item of dataset.history) {
    if (item.id !== id) continue
    const same = byPeriod.findIndex((held) => samePeriod(held.period, item.period))
    // history runs oldest edition first: a later report of the same period replaces the earlier one.
    if (same >= 0) byPeriod[same] = item
    else byPeriod.push(item)
  }
  return byPeriod
}

/** The value of the same period one year earlier, as the data states it (never derived here). */
export function statedPreviousYear(dataset: Pick<Dataset, 'history'>, shown: Indicator): Indicator | undefined {
  const target = previousYear(shown.period)
  if (!target) return undefined
  return valuesOf(dataset, shown.id).find((item) => samePeriod(item.period, target))
}

/** Cumulative values of the shown value's year from January (1月, 1-2月 ... 1-N月), by month, up to it. */
export function monthsSoFar(dataset: Pick<Dataset, 'history'>, shown: Indicator): Indicator[] {
  const months = monthsCovered(shown.period)
  if (shown.period.kind !== 'cumulative' || months === undefined) return []
  return valuesOf(dataset, shown.id)
    .filter((item) => item.period.year === shown.period.year && item.period.fromMonth === 1 && (item.period.kind === 'cumulative' || item.period.kind === 'month'))
    .filter((item) => (monthsCovered(item.period) ?? 13) <= months)
    .sort((a, b) => (monthsCovered(a.period) ?? 0) - (monthsCovered(b.period) ?? 0))
}

export interface SingleMonth {
  /** Month of the year, 1-12. */
  month: number
  /** 1-N月 minus 1-(N-1)月: derived. */
  value: number
  /** Change against the month before, in %, when that month is known too: derived. */
  monthOnMonth: number | undefined
  /** The computation in words. */
  formula: string
}

/**
 * Single months from consecutive cumulative values (1-5月 minus 1-4月 is May). A gap (1-3月 then 1-5月)
 * gives no single month: two months cannot be split.
 */
export function singleMonths(points: readonly Indicator[], format: (value: number) => string): SingleMonth[] {
  const out: SingleMonth[] = []
  for (let index = 1; index < points.length; index++) {
    const before = points[index - 1]
    const now = points[index]
    const month = monthsCovered(now.period) ?? 0
    if ((monthsCovered(before.period) ?? 0) !== month - 1) continue
    const value = now.value - before.value
    const previous = out.find((item) => item.month === month - 1)
    const monthOnMonth = previous && previous.value > 0 ? (value / previous.value - 1) * 100 : undefined
    out.push({ month, value, monthOnMonth, formula: `${format(now.value)} − ${format(before.value)}` })
  }
  return out
}

/** Whole-year values of an indicator up to the shown edition, oldest first. */
export function wholeYears(dataset: Pick<Dataset, 'history'>, id: string): Indicator[] {
  return valuesOf(dataset, id)
    .filter((item) => item.period.kind === 'year')
    .sort((a, b) => (a.period.year ?? 0) - (b.period.year ?? 0))
}

export type TargetProgress =
  /** An amount over a span: share of the year's target done, beside the share of the year gone. */
  | { kind: 'amount'; done: number; timeElapsed: number; target: number }
  /** A growth rate against a target rate, in percentage points. */
  | { kind: 'growth'; gap: number; target: number }
  /** A stock at a point in time against its target: no 时序进度. */
  | { kind: 'stock'; remaining: number; target: number }

/** Progress against the yearly target the data gives; undefined without one. */
export function targetProgress(indicator: Indicator): TargetProgress | undefined {
  const { target } = indicator
  if (target === null) return undefined
  if (indicator.measure === 'growth') return { kind: 'growth', gap: indicator.value - target, target }
  if (indicator.measure !== 'level') return undefined
  const months = monthsCovered(indicator.period)
  if (months !== undefined && target > 0) return { kind: 'amount', done: (indicator.value / target) * 100, timeElapsed: (months / 12) * 100, target }
  return { kind: 'stock', remaining: target - indicator.value, target }
}
