/**
 * What a level panel (GDP, fiscal revenue, income) draws for the edition shown: with one edition, the
 * stated figure beside its previous year derived from the growth rate (推算, with how); with the same
 * period of last year in the data, that stated value instead; with earlier editions of the same year, the
 * months so far (1-N月) and the single months and 环比 derived from them (推算); for a whole year, the
 * whole years. Targets as the data gives them. Pure.
 */
import { formatDerived, previousYearFigure } from '../data/derived'
import { monthsCovered } from '../data/period'
import { formatPeriod } from '../format/period'
import { completionText } from '../data/completion'
import type { Indicator } from '../data/resolve'
import { monthsSoFar, singleMonths, statedPreviousYear, targetProgress, wholeYears, type SingleMonth } from '../data/series'
import { formatGrowth, formatIndicator, formatPercent, reportDecimals, scaleForUnit, trimNumber } from '../format/number'
import { growthOf, requireIndicator } from './lookup'
import type { PanelContext } from './types'

/** How a previous-year value was derived from a growth rate: GDP's rate is at comparable prices. */
export type Derivation = 'real' | 'nominal'
const DERIVATION_NOTE: Record<Derivation, string> = { real: '按可比价增速推算，仅供参考', nominal: '按名义增速推算' }

export interface LevelBar {
  label: string
  value: number
  /** The figure as text (a derived one is marked 推算 where it is drawn). */
  text: string
  /** current: the edition shown; stated: an earlier stated figure; derived: computed here. */
  role: 'current' | 'stated' | 'derived'
  /** For a derived bar: the computation and how it was derived. */
  formula?: string
}

export interface LevelView {
  level: Indicator
  /** The stated growth of the same edition and period, if any. */
  growth: Indicator | undefined
  mode: 'years' | 'months'
  bars: LevelBar[]
  /** Single months (推算) for the months-so-far bars, by bar index. */
  singles: (SingleMonth | undefined)[]
}

/** The level in its display unit, for formulas: 11.39亿元. */
function textOf(level: Indicator, value: number): string {
  return formatIndicator({ ...level, value, lowerBound: false })
}

export function levelView(ctx: PanelContext, levelId: string, derivation: Derivation): LevelView {
  const level = requireIndicator(ctx.dataset, levelId)
  const found = growthOf(ctx.dataset, levelId)
  // The panel shows a level with its growth: without one in the data, something is wrong with the data.
  if (!found) throw new Error(`data/indicators.json 中缺少 ${levelId} 的同比增幅`)
  // A growth rate belongs to its own period: one from another edition does not describe this figure.
  const growth = found && found.edition.id === level.edition.id ? found : undefined
  const current: LevelBar = { label: formatPeriod(level.period), value: level.value, text: formatIndicator(level), role: 'current' }
  if (level.period.kind === 'year') {
    const years = wholeYears(ctx.dataset, levelId).filter((item) => (item.period.year ?? 0) < (level.period.year ?? 0))
    const bars = [...years.map((item): LevelBar => ({ label: formatPeriod(item.period), value: item.value, text: formatIndicator(item), role: 'stated' })), current]
    return { level, growth, mode: 'years', bars, singles: bars.map(() => undefined) }
  }
  const bars: LevelBar[] = []
  const stated = statedPreviousYear(ctx.dataset, level)
  const derived = stated ? undefined : previousYearFigure(ctx.dataset, levelId)
  const months = monthsSoFar(ctx.dataset, level).filter((item) => item.edition.id !== level.edition.id)
  if (stated) bars.push({ label: formatPeriod(stated.period), value: stated.value, text: formatIndicator(stated), role: 'stated' })
  else if (derived)
    bars.push({
      label: `${formatPeriod(derived.period)}（推算）`,
      value: derived.value,
      // Every figure of the panel is written as precisely as its most precise stated one (11.39亿元 beside
      // a computed 12.98亿元, never 13亿元).
      text: formatDerived({ ...derived, decimals: Math.max(derived.decimals, ...[level, ...months].map(reportDecimals)) }),
      role: 'derived',
      formula: `${derived.formula}，${DERIVATION_NOTE[derivation]}`,
    })
  const first = bars.length
  for (const item of months) bars.push({ label: formatPeriod(item.period), value: item.value, text: formatIndicator(item), role: 'stated' })
  bars.push(current)
  const points = [...months, level]
  const singlesByMonth = singleMonths(points, (value) => textOf(level, value))
  const singles = bars.map((_, index) => {
    const point = index < first ? undefined : points[index - first]
    return point && singlesByMonth.find((single) => single.month === monthsCovered(point.period))
  })
  return { level, growth, mode: 'months', bars, singles }
}

/** A single month as text: 5月 2.2亿元（推算），环比 +10% ↑（推算）. */
export function singleMonthText(level: Indicator, single: SingleMonth): string {
  const mom = single.monthOnMonth === undefined ? '' : `，环比 ${formatGrowth(single.monthOnMonth)}（推算）`
  return `${single.month}月 ${textOf(level, single.value)}（推算）${mom}`
}

/** Progress against the yearly target, in words; empty without a target. */
export function targetText(indicator: Indicator): string {
  // A rate the report states is shown as stated (src/data/completion.ts), never made into an amount.
  if (indicator.completion !== undefined) return completionText(indicator)
  const progress = targetProgress(indicator)
  if (!progress) return ''
  const target = formatIndicator({ ...indicator, value: progress.target, lowerBound: false })
  switch (progress.kind) {
    case 'amount':
      return `年度目标 ${target}，完成 ${formatPercent(progress.done)}（时序进度 ${formatPercent(progress.timeElapsed)}）`
    case 'growth': {
      const gap = Math.abs(progress.gap)
      const words = progress.gap > 0 ? `高于目标 ${trimNumber(gap, 1)} 个百分点` : progress.gap < 0 ? `低于目标 ${trimNumber(gap, 1)} 个百分点` : '与目标持平'
      return `目标增长 ${target}，${words}`
    }
    case 'stock':
      return progress.remaining > 0 ? `目标 ${target}，尚差 ${textOf(indicator, progress.remaining)}` : `目标 ${target}，已达到`
  }
}

/**
 * The same, short enough for a figure card: 完成年度目标39.3%，时序进度41.7%; a growth target as
 * （高于目标3个百分点） after the stated growth; a stock as for the table.
 */
export function cardTargetText(indicator: Indicator): string {
  if (indicator.completion !== undefined) return completionText(indicator)
  const progress = targetProgress(indicator)
  if (!progress) return ''
  // Computed from the target amount: said so (推算), as the report never stated this rate.
  if (progress.kind === 'amount') return `完成年度目标${formatPercent(progress.done)}（推算），时序进度${formatPercent(progress.timeElapsed)}`
  if (progress.kind === 'growth') {
    const gap = trimNumber(Math.abs(progress.gap), 1)
    return progress.gap > 0 ? `（高于目标${gap}个百分点）` : progress.gap < 0 ? `（低于目标${gap}个百分点）` : '（与目标持平）'
  }
  return targetText(indicator)
}

/** The axis scale of a level's bars: its display unit. */
export function levelScale(level: Indicator): { divisor: number; unit: string } {
  return level.unit === 'yuan' ? scaleForUnit(level.displayUnit, level.value) : { divisor: 1, unit: level.displayUnit }
}
