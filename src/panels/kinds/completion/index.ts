/**
 * 完成进度: completion of the year's target for several indicators in one view, one bar each (percent of
 * the target done), against 时序进度 (months elapsed ÷ 12): one line when every bar shares it, a marker per
 * bar when their periods differ; a stock or a single day has none. A rate the report states is drawn as
 * stated; one computed from a stated target amount is labelled 推算 on the bar, in the tooltip and the
 * table. Every percentage is rounded the same way (one decimal). Indicators: the levels, in order; one
 * without a target or a stated rate is listed in the table as such, not drawn. Options: `labels` (short
 * bar labels by id), `unit`, `scope` (town: the sector filter leaves it whole).
 */
import type { ChartOption } from '../../../charts/echarts'
import { completionOf, scheduleWords, type Completion } from '../../../data/completion'
import type { Indicator } from '../../../data/resolve'
import { carriedMark, formatIndicator, formatPercent } from '../../../format/number'
import { baseOption, colours, fontPx, itemTooltip, noteGraphic, noteRoom, topLegend } from '../../option'
import { periodOf, requireIndicators, sourceLine, visibleItems } from '../../lookup'
import { cell, table } from '../../lists'
import type { ChartPanel, PanelContext, TableCell } from '../../types'
import type { PanelKind, PanelSpec } from '../../spec'
import { mapOption, scopeOption, textOption } from '../../spec'

interface Row {
  indicator: Indicator
  label: string
  completion: Completion
}

const DERIVED = '（推算）'

/** A rate as every figure of this panel is written: one decimal, 推算 when computed here. */
function rateText(completion: Completion): string {
  return `${formatPercent(completion.rate)}${completion.derived ? DERIVED : ''}`
}

/** The levels the chosen sectors cover, each with its completion (undefined: no target, no stated rate). */
function figures(spec: PanelSpec, ctx: PanelContext) {
  const labels = mapOption(spec, 'labels')
  const levels = requireIndicators(ctx.dataset, spec.indicators).filter((item) => item.measure === 'level')
  return visibleItems(ctx, scopeOption(spec, 'sector'), levels).map((indicator) => ({
    indicator,
    // An earlier report's figure is named so in the panel's period line, the tooltip and the table; the
    // axis keeps the short name, so a phone's narrow chart still has room for its bars.
    label: labels[indicator.id] ?? indicator.name,
    completion: completionOf(indicator),
  }))
}

function rows(spec: PanelSpec, ctx: PanelContext): Row[] {
  return figures(spec, ctx).filter((row): row is Row => row.completion !== undefined)
}

/** The one 时序进度 every bar shares, or undefined when their periods differ (or none has one). */
function sharedSchedule(shown: readonly Row[]): number | undefined {
  const schedules = new Set(shown.map((row) => row.completion.schedule))
  const [only] = schedules
  return schedules.size === 1 ? only : undefined
}

/** 3项中2项达到或快于序时进度 (of the bars that have one); the rates without a schedule are only counted. */
function headlineOf(shown: readonly Row[]): string {
  const judged = shown.filter((row) => row.completion.gap !== undefined)
  const ahead = judged.filter((row) => (row.completion.gap as number) >= -0.05).length
  const derived = shown.some((row) => row.completion.derived) ? '，含推算' : ''
  if (judged.length === 0) return `${shown.length}项指标的年度完成情况${derived}`
  return `${judged.length}项中${ahead}项达到或快于序时进度${derived}`
}

function buildOption(spec: PanelSpec, ctx: PanelContext): ChartOption {
  const c = colours(ctx)
  const shown = rows(spec, ctx)
  const shared = sharedSchedule(shown)
  const note = shown.some((row) => row.completion.derived) ? '标“推算”者由报道的全年目标额计算，非报道所列完成率' : ''
  const max = Math.max(100, ...shown.map((row) => Math.max(row.completion.rate, row.completion.schedule ?? 0)))
  const colourOf = (row: Row) => (row.completion.gap === undefined ? c.palette[0] : row.completion.gap >= -0.05 ? c.up : c.down)
  const ticks = shown.some((row) => row.completion.schedule !== undefined)
  const axisMax = Math.ceil(max / 10) * 10
  const tick = axisMax / 150
  // One 时序进度 for every bar is named in the legend; differing ones are in each bar's tooltip and the table.
  const scheduleName = shared === undefined ? '时序进度（各项按其期间）' : `时序进度 ${formatPercent(shared)}`
  return {
    ...baseOption(ctx, spec.title),
    tooltip: itemTooltip(ctx, spec.title, (index) => {
      const row = shown[index]
      if (!row) return []
      const schedule = row.completion.schedule === undefined ? '无时序进度（时点数或非累计期）' : `序时进度${formatPercent(row.completion.schedule)}，${scheduleWords(row.completion)}`
      return [`${row.label}${carriedMark(row.indicator)}`, `${formatIndicator(row.indicator)}，完成全年目标${rateText(row.completion)}`, schedule]
    }),
    grid: { left: fontPx(ctx, 12), right: fontPx(ctx, 16) * 7, top: fontPx(ctx, 36), bottom: note ? noteRoom(ctx, note) + fontPx(ctx, 36) : fontPx(ctx, 48), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      min: 0,
      max: axisMax,
      name: '完成全年目标（%）',
      nameLocation: 'middle',
      nameGap: fontPx(ctx, 28),
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      axisLabel: { fontSize: fontPx(ctx, 14), formatter: '{value}%' },
    },
    yAxis: { type: 'category', inverse: true, data: shown.map((row) => row.label), axisLabel: { fontSize: fontPx(ctx, 16), color: c.text } },
    series: [
      {
        type: 'bar',
        name: '完成全年目标',
        barMaxWidth: fontPx(ctx, 40),
        barGap: '-100%',
        showBackground: true,
        backgroundStyle: { color: c.split },
        data: shown.map((row) => ({
          name: row.label,
          value: row.completion.rate,
          sector: row.indicator.sector,
          // A computed rate is drawn paler and says 推算 in its label: never passed off as stated.
          itemStyle: { color: colourOf(row), opacity: row.completion.derived ? 0.55 : 1 },
        })),
        // Clear of a 时序进度 tick just past the bar's end.
        label: { show: true, position: 'right', distance: fontPx(ctx, 12), fontSize: fontPx(ctx, 18), color: c.text, formatter: (p: { dataIndex: number }) => (shown[p.dataIndex] ? rateText(shown[p.dataIndex].completion) : '') },
      },
      // 时序进度 as a tick across each bar that has one (bars only: no extra ECharts module): an unseen bar
      // up to the tick, then the tick itself, stacked, drawn over the completion bar.
      ...(ticks
        ? [
            { type: 'bar' as const, name: '', stack: 'schedule', barGap: '-100%', barMaxWidth: fontPx(ctx, 40), silent: true, itemStyle: { color: 'transparent' }, data: shown.map((row) => ({ value: row.completion.schedule === undefined ? '-' : row.completion.schedule - tick / 2, sector: row.indicator.sector })) },
            {
              type: 'bar' as const,
              name: scheduleName,
              stack: 'schedule',
              barGap: '-100%',
              barMaxWidth: fontPx(ctx, 40),
              silent: true,
              itemStyle: { color: c.text },
              data: shown.map((row) => ({ value: row.completion.schedule === undefined ? '-' : tick, sector: row.indicator.sector })),
            },
          ]
        : []),
    ],
    ...(ticks ? { legend: topLegend(ctx, [scheduleName], 'right') } : {}),
    ...(note ? { graphic: noteGraphic(ctx, note) } : {}),
  }
}

function tableOf(spec: PanelSpec, ctx: PanelContext) {
  return table(
    ['指标', '本期', '完成全年目标', '序时进度', '比较'],
    figures(spec, ctx).map(({ indicator, label, completion }): (string | TableCell)[] => {
      if (!completion) return [`${label}${carriedMark(indicator)}`, formatIndicator(indicator), '报道未给出目标或完成率', '', '']
      return [
        `${label}${carriedMark(indicator)}`,
        formatIndicator(indicator),
        // A derived cell is marked 推算 where the table is shown (the cell's flag), not twice in its text.
        cell(`${completion.target === null ? '' : `全年目标${formatIndicator({ ...indicator, value: completion.target, lowerBound: false, estimate: undefined })}，`}${formatPercent(completion.rate)}`, completion.derived),
        completion.schedule === undefined ? '无（非累计期）' : formatPercent(completion.schedule),
        scheduleWords(completion),
      ]
    }),
  )
}

export const completionKind: PanelKind = {
  about: '完成进度：多项指标完成全年目标的百分比与时序进度对照，推算的完成率标明；指标：各项总量',
  build(spec): ChartPanel {
    const all = (ctx: PanelContext) => figures(spec, ctx).map((row) => row.indicator)
    return {
      id: spec.id,
      title: spec.title,
      unit: textOption(spec, 'unit', '%'),
      scope: scopeOption(spec, 'sector'),
      kind: 'chart',
      reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
      indicators: spec.indicators,
      period: (ctx) => periodOf(all(ctx)),
      source: (ctx) => sourceLine(ctx.dataset, all(ctx)),
      headline: (ctx) => headlineOf(rows(spec, ctx)),
      isEmpty: (ctx) => rows(spec, ctx).length === 0,
      buildOption: (ctx) => buildOption(spec, ctx),
      buildTable: (ctx) => tableOf(spec, ctx),
    }
  },
}
