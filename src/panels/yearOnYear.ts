/**
 * The shared chart of a level figure against its derived previous-year value, e.g. GDP Jan-May 2022
 * (stated) and Jan-May 2021 (computed from the growth rate, labelled 推算).
 */
import type { ChartOption } from '../charts/echarts'
import { formatDerived, previousYearFigure } from '../data/derived'
import { formatGrowth, formatIndicator, formatPeriod, scaleForUnit, trimNumber } from '../format/number'
import { baseOption, colours, fontPx, growthOf, requireIndicator, sourceLine, table } from './shared'
import type { PanelContext, PanelDefinition, PanelTable } from './types'

interface YearPair {
  /** Stated figure, as the report wrote it. */
  current: { label: string; value: number; text: string }
  /** Derived figure, at the precision of the stated one. */
  previous: { label: string; value: number; text: string; formula: string }
  growth: number
}

export function yearPair(ctx: PanelContext, levelId: string): YearPair {
  const level = requireIndicator(ctx.dataset, levelId)
  const growth = growthOf(ctx.dataset, levelId)
  const previous = previousYearFigure(ctx.dataset, levelId)
  if (!growth || !previous) throw new Error(`data/indicators.json 中缺少 ${levelId} 的同比增幅`)
  return {
    current: { label: formatPeriod(level.period), value: level.value, text: formatIndicator(level) },
    previous: {
      label: `${formatPeriod(previous.period)}（推算）`,
      value: previous.value,
      text: formatDerived(previous),
      formula: previous.formula,
    },
    growth: growth.value,
  }
}

export function yearOnYearOption(ctx: PanelContext, title: string, levelId: string): ChartOption {
  const pair = yearPair(ctx, levelId)
  const c = colours(ctx)
  const level = requireIndicator(ctx.dataset, levelId)
  const scale = level.unit === 'yuan' ? scaleForUnit(level.displayUnit, level.value) : { divisor: 1, unit: level.displayUnit }
  const texts = [`${pair.previous.text}（推算）`, pair.current.text]
  return {
    ...baseOption(ctx, title),
    tooltip: {
      ...baseOption(ctx, title).tooltip,
      trigger: 'item',
      formatter: (p: unknown) => {
        const item = p as { name?: string; dataIndex: number }
        return `${item.name ?? ''}\n${texts[item.dataIndex] ?? ''}`
      },
    },
    grid: { left: '4%', right: '6%', top: fontPx(ctx, 64), bottom: fontPx(ctx, 8), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: [pair.previous.label, pair.current.label],
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text },
    },
    yAxis: {
      type: 'value',
      name: scale.unit,
      // Few ticks: on a short panel more would crowd the axis.
      splitNumber: 3,
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      axisLabel: { fontSize: fontPx(ctx, 14), formatter: (value: number) => trimNumber(value / scale.divisor) },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: fontPx(ctx, 72),
        data: [
          { name: pair.previous.label, value: pair.previous.value, itemStyle: { color: c.derived } },
          { name: pair.current.label, value: pair.current.value, itemStyle: { color: c.palette[0] } },
        ],
        label: {
          show: true,
          position: 'top',
          fontSize: fontPx(ctx, 18),
          color: c.text,
          // Two short lines: one long line is wider than its bar and runs into the other label.
          formatter: (p: { dataIndex: number }) =>
            p.dataIndex === 1 ? `${pair.current.text}\n同比 ${formatGrowth(pair.growth)}` : `${pair.previous.text}\n（推算）`,
        },
      },
    ],
  }
}

export function yearOnYearTable(ctx: PanelContext, levelId: string): PanelTable {
  const pair = yearPair(ctx, levelId)
  const level = requireIndicator(ctx.dataset, levelId)
  return table(
    ['期间', level.name, '说明'],
    [
      [pair.current.label, pair.current.text, `报道数据；同比 ${formatGrowth(pair.growth)}`],
      [pair.previous.label, { text: pair.previous.text, derived: true }, `推算：${pair.previous.formula}`],
    ],
  )
}

export interface YearOnYearDefinition {
  id: string
  title: string
  /** The level indicator drawn. */
  levelId: string
  /**
   * Id of its growth indicator, as data/indicators.json names it: listed for the registry check, which
   * also proves it is the one the data relates to the level (`of`), the one found at run time.
   */
  growthId: string
  unit: string
}

/** A whole year-on-year panel for a level indicator with a stated growth rate. */
export function yearOnYearPanel({ id, title, levelId, growthId, unit }: YearOnYearDefinition): PanelDefinition {
  return {
    id,
    title,
    unit,
    scope: 'town',
    reads: ['meta.json', 'indicators.json'],
    indicators: [levelId, growthId],
    period: (ctx) => formatPeriod(requireIndicator(ctx.dataset, levelId).period),
    source: (ctx) => {
      const level = requireIndicator(ctx.dataset, levelId)
      const growth = growthOf(ctx.dataset, levelId)
      return sourceLine(ctx.dataset, growth ? [level, growth] : [level])
    },
    headline: (ctx) => {
      const pair = yearPair(ctx, levelId)
      return `${pair.current.text}  同比 ${formatGrowth(pair.growth)}`
    },
    buildOption: (ctx) => yearOnYearOption(ctx, title, levelId),
    buildTable: (ctx) => yearOnYearTable(ctx, levelId),
  }
}
