/**
 * Completion of the year's target as reports state it: a rate the report states (占年计划的48.6%) is kept as
 * stated and never turned into an amount; a rate computed from a stated target amount is marked 推算. For a
 * cumulative flow (1-N月) it is judged against 时序进度 (months elapsed ÷ 12), the way "时间过半、任务过半"
 * is judged; a stock (5月末), a single day and a growth target get no 时序进度. Pure.
 */
import { monthsCovered } from './period'
import type { Indicator } from './resolve'
import { formatIndicator, formatPercent, trimNumber } from '../format/number'

export interface Completion {
  /** Share of the year's target done, in percent. */
  rate: number
  /** Computed from the target amount (推算), not stated by the report. */
  derived: boolean
  /** The target amount the report states (base unit), when it states one. */
  target: number | null
  /** 时序进度 in percent, for a cumulative flow; undefined for a stock or a single day. */
  schedule?: number
  /** rate − schedule in percentage points (negative: behind), when there is a schedule. */
  gap?: number
}

/** The indicator's completion of its yearly target: stated, or derived from the target; undefined without either. */
export function completionOf(indicator: Pick<Indicator, 'measure' | 'value' | 'target' | 'period'> & { completion?: number }): Completion | undefined {
  if (indicator.measure !== 'level') return undefined
  const target = indicator.target !== null && indicator.target > 0 ? indicator.target : null
  const stated = indicator.completion
  if (stated === undefined && target === null) return undefined
  const rate = stated ?? (indicator.value / (target as number)) * 100
  const completion: Completion = { rate, derived: stated === undefined, target }
  // Only a span from January accumulates towards the year: 1-6月 (or the whole year), not 6月末.
  const kind = indicator.period.kind
  const months = kind === 'cumulative' || kind === 'year' || (kind === 'month' && indicator.period.fromMonth === 1) ? monthsCovered(indicator.period) : undefined
  if (months !== undefined) {
    completion.schedule = (months / 12) * 100
    completion.gap = rate - completion.schedule
  }
  return completion
}

/** 达到序时进度 / 快于序时进度 x 个百分点 / 落后序时进度 x 个百分点; empty without a schedule. */
export function scheduleWords(completion: Completion): string {
  if (completion.gap === undefined) return ''
  const gap = Number(trimNumber(Math.abs(completion.gap), 1))
  if (gap === 0) return '达到序时进度'
  return completion.gap > 0 ? `快于序时进度${gap}个百分点` : `落后序时进度${gap}个百分点`
}

/**
 * Completion in words, as a report would write it: 完成全年目标的48.6%，序时进度50%，落后序时进度1.4个百分点;
 * a computed rate says 推算: 完成全年目标900万元的61.2%（推算）. Empty without a target or a stated rate.
 */
export function completionText(indicator: Indicator): string {
  const completion = completionOf(indicator)
  if (!completion) return ''
  const target = completion.target === null ? '' : formatIndicator({ ...indicator, value: completion.target, lowerBound: false, estimate: undefined })
  const rate = `完成全年目标${target}的${formatPercent(completion.rate)}${completion.derived ? '（推算）' : ''}`
  if (completion.schedule === undefined) return rate
  return `${rate}，序时进度${formatPercent(completion.schedule)}，${scheduleWords(completion)}`
}
