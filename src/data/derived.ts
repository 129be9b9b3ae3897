/**
 * Figures the report implies but does not state, computed from the stated ones. Every one is labelled
 * derived wherever it is shown, and carries the formula that produced it.
 */
import type { Dataset, Indicator } from './resolve'
import { previousYear, type Period } from './period'
import { formatIndicator, formatMoney, formatPercent, reportDecimals, scaleForUnit, trimNumber } from '../format/number'

export interface DerivedFigure {
  id: string
  name: string
  value: number
  unit: Indicator['unit']
  displayUnit: string
  period: Period
  /** Ids of the stated figures it is computed from. */
  from: string[]
  /** The computation in words, e.g. "11.39亿元 ÷ (1 + 6.8%)". */
  formula: string
  /** Decimals to show it with in its display unit: those of the stated figure it comes from. */
  decimals: number
  derived: true
}

/** A derived figure as text at the precision of its source: 952.96万元 -> "953万元", 5137.13元 -> "5137元". */
export function formatDerived(figure: Pick<DerivedFigure, 'value' | 'unit' | 'displayUnit' | 'decimals'>): string {
  if (figure.unit === 'yuan') return formatMoney(figure.value, scaleForUnit(figure.displayUnit, figure.value), figure.decimals)
  if (figure.unit === 'percent') return formatPercent(figure.value, figure.decimals)
  return `${trimNumber(figure.value, figure.decimals)}${figure.displayUnit}`
}

function indicatorById(dataset: Pick<Dataset, 'indicators'>, id: string): Indicator | undefined {
  return dataset.indicators.find((item) => item.id === id)
}

/** Same period of the previous year from a level and its 同比 growth: level / (1 + growth/100). */
function previousYearValue(level: number, growthPercent: number): number {
  return level / (1 + growthPercent / 100)
}

/** The previous-year figure for a level indicator that has a growth indicator (`of` = level id). */
export function previousYearFigure(dataset: Pick<Dataset, 'indicators'>, levelId: string): DerivedFigure | undefined {
  const level = indicatorById(dataset, levelId)
  const growth = dataset.indicators.find((item) => item.measure === 'growth' && item.of === levelId)
  // A year-on-year rate relates figures of the same period: a level carried from another edition has none.
  if (!level || !growth || level.period.year === null || growth.edition.id !== level.edition.id) return undefined
  return {
    id: `${levelId}_previous_year`,
    name: `${level.name}（上年同期，推算）`,
    value: previousYearValue(level.value, growth.value),
    unit: level.unit,
    displayUnit: level.displayUnit,
    period: previousYear(level.period) ?? level.period,
    from: [level.id, growth.id],
    formula: `${formatIndicator(level)} ÷ (1 + ${formatPercent(growth.value)})`,
    decimals: reportDecimals(level),
    derived: true,
  }
}

export interface VillageTiers {
  total: number
  /** 100万元以上 ("破百") */
  overOneMillion: number
  /** 20万元至100万元 */
  between: number
  /** 20万元以下 */
  under: number
}

/**
 * The tiers a count of a whole and two nested counts over thresholds imply (18 villages, 16 over 20万, 3
 * over 100万: 3 at the top, 16 - 3 = 13 between, 18 - 16 = 2 below). Ids: the whole, over the lower
 * threshold, over the higher; undefined when one is missing or they do not nest.
 */
export function nestedTiers(dataset: Pick<Dataset, 'indicators'>, ids: readonly [string, string, string]): VillageTiers | undefined {
  const [total, over200k, over1m] = ids.map((id) => indicatorById(dataset, id)?.value)
  if (total === undefined || over200k === undefined || over1m === undefined) return undefined
  if (over1m > over200k || over200k > total) return undefined
  return { total, overOneMillion: over1m, between: over200k - over1m, under: total - over200k }
}

/** part / whole as a percentage; undefined when the whole is zero. */
export function share(part: number, whole: number): number | undefined {
  return whole > 0 ? (part / whole) * 100 : undefined
}
