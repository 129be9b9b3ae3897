/**
 * The shared chart of a level figure against its derived previous-year value, e.g. GDP Jan-May 2022
 * (stated) and Jan-May 2021 (computed from the growth rate, labelled 推算).
 */
import type { ChartOption } from '../charts/echarts'
import { previousYearFigure } from '../data/derived'
import { formatGrowth, formatMoney, formatPeriod, moneyScale, trimNumber } from '../format/number'
import { baseOption, colours, fontPx, growthOf, requireIndicator, sourceLine, table } from './shared'
import type { PanelContext, PanelDefinition, PanelTable } from './types'

interface YearPair {
  current: { label: string; value: number }
  previous: { label: string; value: number; formula: string }
  growth: number
}

export function yearPair(ctx: PanelContext, levelId: string): YearPair {
  const level = requireIndicator(ctx.dataset, levelId)
  const growth = growthOf(ctx.dataset, levelId)
  const previous = previousYearFigure(ctx.dataset, levelId)
  if (!growth || !previous) throw new Error(`data/indicators.json 中缺少 ${levelId} 的同比增幅`)
  return {
    current: { label: formatPeriod(level.period), value: level.value },
    previous: { label: `${formatPeriod(previous.period)}（推算）`, value: previous.value, formula: previous.formula },
    growth: growth.value,
  }
}

export function yearOnYearOption(ctx: PanelContext, title: string, levelId: string): ChartOption {
  const pair = yearPair(ctx, levelId)
  const c = colours(ctx)
  const isMoney = requireIndicator(ctx.dataset, levelId).unit === 'yuan'
  const scale = isMoney ? moneyScale([pair.current.value, pair.previous.value]) : { divisor: 1, unit: '' }
  const show = (yuan: number) => (isMoney ? formatMoney(yuan, scale) : trimNumber(yuan))
  return {
    ...baseOption(ctx, title),
    tooltip: { ...baseOption(ctx, title).tooltip, trigger: 'item', formatter: (p: unknown) => tooltipText(p, show) },
    grid: { left: '4%', right: '6%', top: fontPx(ctx, 56), bottom: fontPx(ctx, 8), containLabel: true },
    xAxis: {
      type: 'category',
      data: [pair.previous.label, pair.current.label],
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text },
    },
    yAxis: {
      type: 'value',
      name: scale.unit,
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
          formatter: (p: { value: unknown; dataIndex: number }) =>
            p.dataIndex === 1 ? `${show(Number(p.value))}  同比 ${formatGrowth(pair.growth)}` : `${show(Number(p.value))}（推算）`,
        },
      },
    ],
  }
}

function tooltipText(params: unknown, show: (v: number) => string): string {
  const p = params as { name?: string; value?: unknown }
  return `${p.name ?? ''}\n${show(Number(p.value))}`
}

export function yearOnYearTable(ctx: PanelContext, levelId: string): PanelTable {
  const pair = yearPair(ctx, levelId)
  const level = requireIndicator(ctx.dataset, levelId)
  const isMoney = level.unit === 'yuan'
  const scale = isMoney ? moneyScale([pair.current.value]) : undefined
  const show = (value: number) => (scale ? formatMoney(value, scale) : `${trimNumber(value, 0)}${level.displayUnit}`)
  return table(
    ['期间', level.name, '说明'],
    [
      [pair.current.label, show(pair.current.value), `报道数据；同比 ${formatGrowth(pair.growth)}`],
      [pair.previous.label, { text: show(pair.previous.value), derived: true }, `推算：${pair.previous.formula}`],
    ],
  )
}

/** A whole year-on-year panel for a level indicator with a stated growth rate. */
export function yearOnYearPanel(id: string, title: string, levelId: string, unit: string): PanelDefinition {
  return {
    id,
    title,
    unit,
    scope: 'town',
    reads: ['meta.json', 'indicators.json'],
    indicators: [levelId, `${levelId}_growth`],
    period: (ctx) => formatPeriod(requireIndicator(ctx.dataset, levelId).period),
    source: (ctx) => {
      const level = requireIndicator(ctx.dataset, levelId)
      const growth = growthOf(ctx.dataset, levelId)
      return sourceLine(ctx.dataset, growth ? [level, growth] : [level])
    },
    headline: (ctx) => {
      const pair = yearPair(ctx, levelId)
      const level = requireIndicator(ctx.dataset, levelId)
      const value = level.unit === 'yuan' ? formatMoney(pair.current.value) : `${pair.current.value}${level.displayUnit}`
      return `${value}  同比 ${formatGrowth(pair.growth)}`
    },
    buildOption: (ctx) => yearOnYearOption(ctx, title, levelId),
    buildTable: (ctx) => yearOnYearTable(ctx, levelId),
  }
}
