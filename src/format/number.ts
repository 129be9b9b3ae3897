/**
 * Number formatting for Chinese statistics: 万/亿 by magnitude (one unit per chart), percentages,
 * 同比 with sign and arrow, period labels, and "余" for lower bounds. Pure functions, no DOM.
 */
import type { Indicator } from '../data/schema'
import type { Period } from '../data/period'
import { toUnit } from './decimal'

export interface MoneyScale {
  /** Divide yuan by this to get the display number. */
  divisor: number
  /** 元, 万元 or 亿元 */
  unit: string
}

const YUAN: MoneyScale = { divisor: 1, unit: '元' }
const WAN: MoneyScale = { divisor: 1e4, unit: '万元' }
const YI: MoneyScale = { divisor: 1e8, unit: '亿元' }

/** The scale for a set of yuan values: 亿元 from 1亿 up, 万元 from 1万 up, else 元; one per chart. */
export function moneyScale(values: readonly number[]): MoneyScale {
  const max = Math.max(0, ...values.filter(Number.isFinite).map(Math.abs))
  if (max >= 1e8) return YI
  if (max >= 1e4) return WAN
  return YUAN
}

/** Round to at most `digits` decimals and drop trailing zeros: 11.80 -> "11.8". */
export function trimNumber(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return '—'
  const fixed = value.toFixed(digits)
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed
}

/** The scale the report wrote a figure in (亿元, 万元, 元); another unit falls back to the value's own. */
export function scaleForUnit(displayUnit: string, yuan: number): MoneyScale {
  return [YI, WAN, YUAN].find((scale) => scale.unit === displayUnit) ?? moneyScale([yuan])
}

/** Yuan in the given scale (or the value's own), to at most `digits` decimals: 1139000000 -> "11.39亿元". */
export function formatMoney(yuan: number, scale: MoneyScale = moneyScale([yuan]), digits = 2): string {
  return `${trimNumber(yuan / scale.divisor, digits)}${scale.unit}`
}

/**
 * Decimals a stated figure was written with (capped at `max`): 11.39 -> 2, 11.8 -> 1, 1013 -> 0. A figure
 * computed from it is shown at the same precision, not at the computation's: 952.96万元 -> 953万元.
 */
export function decimalsOf(value: number, max = 2): number {
  if (!Number.isFinite(value)) return 0
  for (let digits = 0; digits < max; digits++) {
    if (Math.abs(value - Number(value.toFixed(digits))) < 1e-9 * Math.max(1, Math.abs(value))) return digits
  }
  return max
}

/** Decimals of an indicator in the unit the report wrote it: 11.39亿元 -> 2, 1013万元 -> 0, 6.8% -> 1. */
export function reportDecimals(indicator: Pick<Indicator, 'value' | 'unit' | 'displayUnit'>): number {
  const shown = indicator.unit === 'yuan' ? indicator.value / scaleForUnit(indicator.displayUnit, indicator.value).divisor : indicator.value
  return decimalsOf(shown)
}

export function formatPercent(value: number, digits = 1): string {
  return `${trimNumber(value, digits)}%`
}

/** A growth in words, as reports write it: 6.8 -> "增长6.8%", -3.1 -> "下降3.1%" (a fall is never a rise), 0 -> "持平". */
function growthWords(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (value > 0) return `增长${formatPercent(value)}`
  if (value < 0) return `下降${formatPercent(-value)}`
  return '持平'
}

/** A growth in words with its arrow, for a cell coloured by direction: 下降3.1% ↓ (the arrow reads without colour). */
export function growthWordsWithArrow(value: number): string {
  const arrow = value > 0 ? ' ↑' : value < 0 ? ' ↓' : ''
  return `${growthWords(value)}${arrow}`
}

/** 同比 growth with sign and arrow: 6.8 -> "+6.8% ↑", -2 -> "-2% ↓", 0 -> "0% —". */
export function formatGrowth(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (value > 0) return `+${formatPercent(value)} ↑`
  if (value < 0) return `-${formatPercent(-value)} ↓`
  return '0% —'
}

/**
 * A growth figure as a chart draws it (value label, tooltip, table), with its 预计/初步/快报 mark:
 * +6.8% ↑（预计）. The one place a drawn growth gets its mark, as formatIndicator is for levels.
 */
export function formatGrowthOf(growth: { value: number; estimate?: string }): string {
  return `${formatGrowth(growth.value)}${estimateMark(growth)}`
}

/** A rate drawn as a bar's value label, with its mark: 12.3%（预计）. */
export function formatRateOf(rate: { value: number; estimate?: string }): string {
  return `${formatPercent(rate.value)}${estimateMark(rate)}`
}

export function growthDirection(value: number): 'up' | 'down' | 'flat' {
  return value > 0 ? 'up' : value < 0 ? 'down' : 'flat'
}

import { formatPeriod } from './period'

/** What a figure's period mark needs: its period, whether it was carried, and the edition it is from. */
export interface Dated {
  period: Period
  carried?: boolean
  edition?: { name: string }
}

/**
 * A figure's period for the screen; a figure carried from an earlier edition says so with its own
 * period: 2022年1-5月（沿用上期数据）, 截至报道时（2022年1-5月报告期）.
 */
export function periodLabel(item: Dated): string {
  return `${formatPeriod(item.period)}${carriedMark(item)}`
}

/** "（2022年1-5月数据）" after a figure shown in a later edition than its own; empty otherwise. */
export function carriedMark(item: Dated): string {
  if (!item.carried) return ''
  return item.period.kind === 'asOfReport' ? `（${item.edition?.name ?? ''}报告期数据）` : `（${formatPeriod(item.period)}数据）`
}

/** A count in its display unit, with 万 for large person counts and 余 for lower bounds: "30余次", "3万余人". */
export function formatCount(value: number, displayUnit: string, lowerBound = false): string {
  const more = lowerBound ? '余' : ''
  if (value >= 1e4 && Number.isInteger(value / 1e4) && displayUnit !== '家')
    return `${trimNumber(value / 1e4)}万${more}${displayUnit}`
  return `${trimNumber(value)}${more}${displayUnit}`
}

/** What formatIndicator reads of an indicator; unitFactor and estimate are optional for derived figures. */
type Formattable = Pick<Indicator, 'value' | 'unit' | 'displayUnit' | 'lowerBound'> & Partial<Pick<Indicator, 'unitFactor' | 'estimate'>>

/**
 * An indicator as the report would write it: 11.39亿元, 1013万元, 5507元, 6.8%, 79家, 30余次, 3.46万亩,
 * 0.8个百分点; in the unit the report used (the value is stored in its family's base unit), with its 预计,
 * 初步 or 快报 mark: 1287.5万元（预计）.
 */
export function formatIndicator(indicator: Formattable): string {
  return `${formatFigure(indicator)}${estimateMark(indicator)}`
}

/** "（预计）" after a figure marked 预计, 初步 or 快报; empty for a final one. */
function estimateMark(indicator: { estimate?: string }): string {
  return indicator.estimate ? `（${indicator.estimate}）` : ''
}

function formatFigure(indicator: Formattable): string {
  const { value, unit, displayUnit, lowerBound, unitFactor = 1 } = indicator
  if (unit === 'percent') return formatPercent(value)
  if (unit === 'yuan') return formatMoney(value, scaleForUnit(displayUnit, value)) + (lowerBound ? '（余）' : '')
  if (unit === 'point') return `${trimNumber(value, 2)}${displayUnit}`
  // 34600 亩 written in 万亩: moved by the decimal point, exactly, and kept in the report's unit.
  if (unitFactor !== 1) return `${trimNumber(toUnit(value, unitFactor), 4)}${lowerBound ? '余' : ''}${displayUnit}`
  return formatCount(value, displayUnit, lowerBound)
}
