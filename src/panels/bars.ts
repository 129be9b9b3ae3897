/**
 * Horizontal bars of figures that share one unit (家, 亩, 个), one bar per figure, each carrying its sector
 * so a click can set the filter. Lower bounds keep their "余" in labels and tooltips; derived figures are
 * greyed and marked 推算.
 */
import type { ChartOption } from '../charts/echarts'
import type { Indicator } from '../data/schema'
import { formatIndicator, trimNumber } from '../format/number'
import { sectorName } from '../data/sectorName'
import { textEm } from '../format/text'
import { wrapLabel } from '../charts/textWidth'
import { fitHorizontalBars, markTooDense, shortLabel, valueTicks } from '../charts/shape'
import { baseOption, colours, fontPx, itemTooltip, noteGraphic, noteRoom } from './option'
import { periodOf, requireIndicators, sectorColour, sourceLine, visibleItems } from './lookup'
import { table } from './lists'
import type { ChartPanel, PanelContext, PanelScope, TableCell } from './types'

export interface BarItem {
  name: string
  /** In the unit of the value axis. */
  value: number
  /** The label, as the report would write it: 20余家. */
  text: string
  sector: string | null
  derived?: boolean
  /** Extra tooltip lines. */
  notes?: string[]
}

export interface BarsOptions {
  /** Value axis name, e.g. 家. */
  axisName: string
  /** A line under the plot, e.g. how a total was computed. */
  note?: string
}

export function horizontalBarsOption(given: PanelContext, title: string, items: readonly BarItem[], opts: BarsOptions): ChartOption {
  const names = items.map((item) => (item.derived ? `${item.name}（推算）` : item.name))
  // The shape rules (src/charts/shape.ts): labels wrapped to their band, the plot at least half the chart.
  const fitted = fitHorizontalBars(
    given.scale,
    given.room,
    items.length,
    (s) => outsideHeight({ ...given, scale: s }, opts.note),
    (s) => fontPx({ ...given, scale: s }, 16),
    (s, width, short) => Math.max(1, ...names.map((name) => wrapLabel(short ? shortLabel(name) : name, width / fontPx({ ...given, scale: s }, 16)).split('\n').length)),
  )
  const ctx = { ...given, scale: fitted.scale }
  // Labels shortened (without their bracketed notes) when whole ones cannot fit; tooltips keep them whole.
  const option = barsAt(ctx, title, items, opts, fitted.short ? names.map(shortLabel) : names, fitted.labelWidth)
  return fitted.fits ? option : markTooDense(option)
}

/** Text above and below horizontal bars: the top margin, the value axis's labels and the note. */
function outsideHeight(ctx: PanelContext, note: string | undefined): number {
  return barsTop(ctx) + barsBottom(ctx, note) + Math.ceil(fontPx(ctx, 14) * 1.3) + Math.round(8 * ctx.scale)
}

/** Above the bars: a little air (the axis name is under the axis). */
function barsTop(ctx: PanelContext): number {
  return Math.round(14 * ctx.scale)
}

/** The grid's bottom margin: the axis name under the tick labels (which the grid's bounds contain), then the note. */
function barsBottom(ctx: PanelContext, note: string | undefined): number {
  return (note ? noteRoom(ctx, note) : Math.round(6 * ctx.scale)) + Math.ceil(fontPx(ctx, 14) * 1.4)
}

function barsAt(ctx: PanelContext, title: string, items: readonly BarItem[], opts: BarsOptions, names: readonly string[], labelWidth: number | undefined): ChartOption {
  const c = colours(ctx)
  const base = baseOption(ctx, title)
  const labelPx = fontPx(ctx, 18)
  const barLabel = (item: BarItem) => `${item.text}${item.derived ? '（推算）' : ''}`
  const labelRoom = barLabelRoom(ctx, items.map((item) => ({ value: item.value, width: textEm(barLabel(item)) * labelPx })), 190)
  const right = Math.max(fontPx(ctx, 90), labelRoom)
  // At least three ticks, each label clear of the next: spaced by the widest tick label and a gap.
  const tickPx = fontPx(ctx, 14)
  const max = Math.max(0, ...items.map((item) => item.value))
  // The plot is the chart less the labels as wrapped (ECharts' grid contains them) and the room right of it.
  const categoryPx = fontPx(ctx, 16)
  const labelsPx = labelWidth === undefined ? 0 : Math.max(0, ...names.map((name) => textEm(wrapLabel(name, labelWidth / categoryPx)) * categoryPx))
  const ticks = ctx.room && labelWidth !== undefined ? valueTicks(max, ctx.room.width * 0.98 - Math.min(labelWidth, labelsPx + categoryPx / 2) - right, (textEm(max.toLocaleString('en-US')) + 0.6) * tickPx) : undefined
  return {
    ...base,
    tooltip: itemTooltip(ctx, title, (index) => {
      const item = items[index]
      if (!item) return []
      return [item.name, barLabel(item), ...(item.notes ?? [])]
    }),
    grid: {
      left: '2%',
      right,
      top: barsTop(ctx),
      bottom: barsBottom(ctx, opts.note),
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      name: opts.axisName,
      // Under the tick labels, in the middle: at the axis's end it would meet the last bar's label.
      nameLocation: 'middle',
      nameGap: Math.ceil(fontPx(ctx, 14) * 1.6),
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      ...(ticks && ticks.interval >= 1 ? { min: ticks.min, max: ticks.max, interval: ticks.interval } : { minInterval: 1 }),
      // A narrow panel drops tick labels that would touch rather than crowd them (ticks are spaced by the widest label and 0.6 em: labels stand centred on their ticks).
      axisLabel: { fontSize: tickPx, hideOverlap: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...names],
      // Wrapped to the width the shape rules give, each label within its bar's band.
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text, lineHeight: Math.round(fontPx(ctx, 16) * 1.2), ...(labelWidth === undefined ? {} : { width: labelWidth }) },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: fontPx(ctx, 36),
        data: items.map((item, index) => ({
          name: item.name,
          value: item.value,
          sector: item.sector,
          itemStyle: { color: item.derived ? c.derived : sectorColour(ctx.dataset, item.sector, c.palette[index % c.palette.length]) },
        })),
        label: {
          show: true,
          position: 'right',
          fontSize: labelPx,
          color: c.text,
          // A derived figure is marked wherever it is drawn, its bar label included.
          formatter: (p: { dataIndex: number }) => {
            const item = items[p.dataIndex]
            return item ? barLabel(item) : ''
          },
        },
      },
    ],
    ...(opts.note ? { graphic: noteGraphic(ctx, opts.note) } : {}),
  }
}

/**
 * Room right of the plot for the labels after horizontal bars (13个（推算）, 5.64亿元 已完成1.3亿元), so
 * none is drawn past the chart: the longest bar's label needs all its width there, a shorter bar's what
 * the plot beyond its end does not give, on a plot `plotDesignPx` wide (the panel at its minimum size).
 */
export function barLabelRoom(ctx: PanelContext, labels: readonly { value: number; width: number }[], plotDesignPx: number): number {
  const pad = Math.round(10 * ctx.scale)
  const plot = plotDesignPx * ctx.scale
  const max = Math.max(0, ...labels.map((label) => label.value))
  const needs = labels.map(({ value, width }) => {
    const reach = max > 0 ? value / max : 1
    // (width + pad) - (plot - room) * (1 - reach) <= room
    return reach >= 1 ? width + pad : Math.max(0, (width + pad - plot * (1 - reach)) / reach)
  })
  return Math.ceil(Math.min(plot, Math.max(40 * ctx.scale, ...needs)))
}

/** "报道为下限（“余”）" for a figure the report gives as a lower bound (30余次); undefined otherwise. */
export function lowerBoundNote(indicator: Pick<Indicator, 'lowerBound'>): string | undefined {
  return indicator.lowerBound ? '报道为下限（“余”）' : undefined
}

/** "报道数据", or for a lower bound "报道数据，为下限（“余”）". */
function statedNote(indicator: Pick<Indicator, 'lowerBound'>): string {
  return indicator.lowerBound ? '报道数据，为下限（“余”）' : '报道数据'
}

/** The sum of figures that share one unit, written in that unit (7228亩), with 余 when one is a lower bound. */
export function sumText(items: readonly Indicator[]): string {
  const total = items.reduce((sum, item) => sum + item.value, 0)
  if (items.length === 0) return trimNumber(total)
  return formatIndicator({ ...items[0], value: total, lowerBound: items.some((item) => item.lowerBound) })
}

/** Figures the report implies from the shown bars: a headline, a note under the chart, extra table rows. */
export interface BarsSummary {
  headline: string
  note?: string
  rows?: (string | TableCell)[][]
}

export interface IndicatorBarsDefinition {
  id: string
  title: string
  unit: string
  scope: PanelScope
  /** The figures drawn, with their short labels. */
  bars: readonly { id: string; label: string | undefined }[]
  /** Other indicators the summary uses: their periods and sources belong to the panel too. */
  uses?: readonly string[]
  summary(ctx: PanelContext, shown: readonly Indicator[]): BarsSummary
}

/** A panel of one bar per indicator, filtered by sector, with a summary recomputed from what is shown. */
export function indicatorBarsPanel(def: IndicatorBarsDefinition): ChartPanel {
  const labels = new Map(def.bars.flatMap((bar) => (bar.label === undefined ? [] : [[bar.id, bar.label] as const])))
  const shown = (ctx: PanelContext) =>
    visibleItems(ctx, def.scope, requireIndicators(ctx.dataset, def.bars.map((bar) => bar.id)))
  const items = (ctx: PanelContext): BarItem[] =>
    shown(ctx).map((indicator) => ({
      name: labels.get(indicator.id) ?? indicator.name,
      value: indicator.value,
      text: formatIndicator(indicator),
      sector: indicator.sector,
      notes: [lowerBoundNote(indicator) ?? '', sectorName(ctx.dataset, indicator.sector)].filter(Boolean),
    }))
  const all = (ctx: PanelContext) => requireIndicators(ctx.dataset, [...def.bars.map((bar) => bar.id), ...(def.uses ?? [])])
  return {
    id: def.id,
    title: def.title,
    unit: def.unit,
    scope: def.scope,
    kind: 'chart',
    reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
    indicators: [...def.bars.map((bar) => bar.id), ...(def.uses ?? [])],
    period: (ctx) => periodOf(all(ctx)),
    source: (ctx) => sourceLine(ctx.dataset, shown(ctx).length > 0 ? shown(ctx) : all(ctx)),
    headline: (ctx) => def.summary(ctx, shown(ctx)).headline,
    isEmpty: (ctx) => shown(ctx).length === 0,
    buildOption(ctx) {
      return horizontalBarsOption(ctx, def.title, items(ctx), { axisName: def.unit, note: def.summary(ctx, shown(ctx)).note })
    },
    buildTable(ctx) {
      const rows: (string | TableCell)[][] = shown(ctx).map((indicator) => [
        indicator.name,
        formatIndicator(indicator),
        sectorName(ctx.dataset, indicator.sector),
        statedNote(indicator),
      ])
      rows.push(...(def.summary(ctx, shown(ctx)).rows ?? []))
      return table(['指标', '数值', '产业', '说明'], rows)
    },
  }
}
