/**
 * 趋势: a line over editions for each indicator named, by month (the monthly editions of a year and across
 * years: 1-2月, 1-3月 … as the reports state them) or by year (whole years), up to the edition shown, which
 * is marked. Drawn from three points on; with fewer the panel says so. Values as the reports write them,
 * in the indicator's unit, with their 预计/初步/快报 marks; nothing is derived. The period labels are thinned
 * to the width drawn (src/charts/timeAxis.ts) so they never overlap.
 * Options: `by` (month | year; default: year when the edition shown states a whole year, else month),
 * `window` (most points shown, counted back from the edition shown; default 24 months or 20 years),
 * `labels` (short series names by id), `unit` (shown in the header), `scope` (town, the default, or sector).
 */
import type { ChartOption } from '../../../charts/echarts'
import type { Period } from '../../../data/period'
import type { Indicator } from '../../../data/resolve'
import { valuesOf } from '../../../data/series'
import { carriedMark, formatIndicator, scaleForUnit, trimNumber } from '../../../format/number'
import { formatPeriod } from '../../../format/period'
import { textEm } from '../../../format/text'
import { table, perContext } from '../../lists'
import { inSectors, NotInEdition, requireIndicators, sourceLine } from '../../lookup'
import { baseOption, colours, fontPx, topLegend } from '../../option'
import type { PanelKind, PanelSpec } from '../../spec'
// Its own file: the dashboard builder (first load) reads it without the kind's code.
import { MIN_TREND_POINTS } from './points'
import { mapOption, scopeOption, textOption } from '../../spec'
import type { ChartPanel, PanelContext, TableCell } from '../../types'

type TrendBy = 'month' | 'year'

const DEFAULT_WINDOW: Record<TrendBy, number> = { month: 24, year: 20 }

/** Which values go on one line: flows from January (and whole years), single months, or stocks at month end. */
function family(period: Period): 'flow' | 'single' | 'stock' | undefined {
  if (period.year === null) return undefined
  if (period.kind === 'monthEnd') return 'stock'
  if (period.kind === 'cumulative' || period.kind === 'year' || (period.kind === 'month' && period.toMonth === 1)) return 'flow'
  if (period.kind === 'month') return 'single'
  return undefined
}

/** The place of a value on the time axis (months or years since year 0), or undefined when it has none. */
function keyOf(period: Period, by: TrendBy, shown: Period): number | undefined {
  const own = family(period)
  const line = family(shown)
  if (own === undefined || period.year === null) return undefined
  const month = period.kind === 'year' ? 12 : (period.toMonth ?? 12)
  if (by === 'year') return month === 12 && own === line ? period.year : undefined
  // January alone is both the first single month and the first cumulative month.
  const joins = own === line || (line === 'single' && period.kind === 'month' && period.toMonth === 1)
  return joins ? period.year * 12 + month : undefined
}

function labelOf(period: Period, by: TrendBy): string {
  return by === 'year' ? `${period.year ?? ''}年` : formatPeriod(period)
}

interface TrendSeries {
  indicator: Indicator
  name: string
  /** The value of each shown key, by key. */
  points: Map<number, Indicator>
}

interface TrendView {
  by: TrendBy
  keys: number[]
  labels: string[]
  series: TrendSeries[]
  /** The key of the edition shown, when a line has a value reported in it. */
  chosen: number | undefined
}

function byOption(spec: PanelSpec, first: Indicator): TrendBy {
  const by = spec.options.by
  if (by === 'month' || by === 'year') return by
  return first.period.kind === 'year' ? 'year' : 'month'
}

function windowOption(spec: PanelSpec, by: TrendBy): number {
  const value = spec.options.window
  const count = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  return Number.isInteger(count) && count >= MIN_TREND_POINTS ? count : DEFAULT_WINDOW[by]
}

function trendView(spec: PanelSpec, ctx: PanelContext): TrendView {
  const scope = scopeOption(spec, 'town')
  const all = requireIndicators(ctx.dataset, spec.indicators)
  const shown = scope === 'town' ? all : all.filter((item) => inSectors(ctx, item.sector))
  const first = all[0]
  if (!first) throw new Error(`data/dashboard.json 中趋势面板“${spec.title}”没有指标`)
  const by = byOption(spec, first)
  const names = mapOption(spec, 'labels')
  const labels = new Map<number, string>()
  const series = shown.map((indicator): TrendSeries => {
    const points = new Map<number, Indicator>()
    for (const item of valuesOf(ctx.dataset, indicator.id)) {
      const key = keyOf(item.period, by, indicator.period)
      if (key === undefined) continue
      // Oldest edition first: a later report of the same month or year replaces the earlier one.
      points.set(key, item)
      if (!labels.has(key)) labels.set(key, labelOf(item.period, by))
    }
    return { indicator, name: names[indicator.id] ?? indicator.name, points }
  })
  const keys = [...new Set(series.flatMap((line) => [...line.points.keys()]))].sort((a, b) => a - b).slice(-windowOption(spec, by))
  if (shown.length > 0 && keys.length < MIN_TREND_POINTS) {
    const what = series.map((line) => `“${line.name}”`).join('、')
    throw new NotInEdition(`报告期“${ctx.dataset.edition.name}”及以前各期的${what}${by === 'year' ? '按年' : '按月'}只有 ${keys.length} 期，趋势至少需要 ${MIN_TREND_POINTS} 期`)
  }
  const windowed = series.map((line) => ({ ...line, points: new Map([...line.points].filter(([key]) => keys.includes(key))) }))
  const chosen = keys.find((key) => windowed.some((line) => line.points.get(key)?.edition.id === ctx.dataset.edition.id))
  return { by, keys, labels: keys.map((key) => labels.get(key) ?? ''), series: windowed, chosen }
}

/** A value in the indicator's display unit, as the axis counts it: 11.39 (亿元). */
function displayValue(item: Indicator): number {
  return item.unit === 'yuan' ? item.value / scaleForUnit(item.displayUnit, item.value).divisor : item.value / item.unitFactor
}

/** The unit a line is drawn in: 亿元, %, 家. */
function displayUnit(item: Indicator): string {
  return item.unit === 'yuan' ? scaleForUnit(item.displayUnit, item.value).unit : item.unit === 'percent' ? '%' : item.displayUnit
}

function pointText(item: Indicator): string {
  return formatIndicator(item)
}

export const trendKind: PanelKind = {
  about: '趋势：各期数值的折线，按月（各月累计，可跨年）或按年，标出所选报告期；至少3期；选项 by（month/year）、window（期数）',
  build(spec): ChartPanel {
    const view = perContext((ctx) => trendView(spec, ctx))
    const title = spec.title
    const allPoints = (ctx: PanelContext) => view(ctx).series.flatMap((line) => [...line.points.values()])
    return {
      id: spec.id,
      title,
      unit: textOption(spec, 'unit', ''),
      scope: scopeOption(spec, 'town'),
      kind: 'chart',
      reads: ['meta.json', 'editions.json', 'indicators.json', 'values.json'],
      indicators: spec.indicators,
      period: (ctx) => {
        const { labels, by } = view(ctx)
        const range = `${labels[0]}至${labels[labels.length - 1]}`
        return by === 'year' ? `${range}（逐年）` : `${range}（逐期）`
      },
      // Every edition's report by name would fill the panel (240 editions): how many, and the latest one's words.
      source: (ctx) => {
        const trend = view(ctx)
        const reports = new Set(allPoints(ctx).map((item) => item.edition.id)).size
        const last = trend.keys[trend.keys.length - 1]
        const latest = trend.series.flatMap((line) => {
          const item = last === undefined ? undefined : line.points.get(last)
          return item ? [item] : []
        })
        return `来源：各期报告共 ${reports} 期（${trend.labels[0]}至${trend.labels[trend.labels.length - 1]}）；最近一期${sourceLine(ctx.dataset, latest).replace(/^来源：/, '')}`
      },
      headline: (ctx) => {
        const line = view(ctx).series[0]
        if (!line) return ''
        const { indicator } = line
        return `${line.name} ${formatIndicator(indicator)}${carriedMark(indicator)}`
      },
      isEmpty: (ctx) => view(ctx).series.length === 0,
      buildOption(ctx): ChartOption {
        const trend = view(ctx)
        const c = colours(ctx)
        const units = [...new Set(trend.series.map((line) => displayUnit(line.indicator)))]
        if (units.length > 2) throw new Error(`趋势面板“${title}”的指标有 ${units.length} 种单位（${units.join('、')}），一个面板最多两种`)
        const single = trend.series.length === 1
        const labelSize = fontPx(ctx, 16)
        const valueSize = fontPx(ctx, 14)
        const axisWidth = (unit: string) => {
          const values = trend.series.filter((line) => displayUnit(line.indicator) === unit).flatMap((line) => [...line.points.values()].map(displayValue))
          const widest = Math.max(...values.map((value) => textEm(trimNumber(value * 1.2, 1))), textEm(unit))
          return Math.ceil(widest * valueSize) + fontPx(ctx, 12)
        }
        const lastLabel = trend.labels[trend.labels.length - 1] ?? ''
        // The last label (the edition shown) is centred on its point: half of it may stand past the plot.
        const right = Math.max(units.length > 1 ? axisWidth(units[1]) : 0, Math.ceil((textEm(lastLabel) * labelSize) / 2) + fontPx(ctx, 8))
        const base = baseOption(ctx, title)
        const tooltipLines = trend.series.map((line) =>
          trend.keys.map((key, index) => {
            const item = line.points.get(key)
            if (!item) return ''
            const chosen = key === trend.chosen ? '（所选报告期）' : ''
            return [`${trend.labels[index]}${chosen}`, `${line.name} ${pointText(item)}`, `报告期：${item.edition.name}`].join('\n')
          }),
        )
        const series: ChartOption['series'] = trend.series.map((line, seriesIndex) => {
          const colour = c.palette[seriesIndex % c.palette.length]
          return {
            type: 'line',
            name: line.name,
            yAxisIndex: units.indexOf(displayUnit(line.indicator)),
            connectNulls: false,
            showSymbol: true,
            // Sizes of marks, not text: they scale with the screen but have no legibility floor.
            symbolSize: Math.round(7 * ctx.scale),
            lineStyle: { width: Math.max(2, Math.round(3 * ctx.scale)), color: colour },
            itemStyle: { color: colour },
            data: trend.keys.map((key, index) => {
              const item = line.points.get(key)
              if (!item) return { name: trend.labels[index], value: null }
              const isChosen = key === trend.chosen
              // The edition shown and the first point carry their figures, at the two ends of the line
              // (never overlapping); every figure is in the tooltip and the table.
              const labelled = isChosen || (single && index === 0)
              return {
                name: trend.labels[index],
                value: displayValue(item),
                // The edition shown: a larger ring, its figure always written beside it.
                ...(isChosen ? { symbol: 'circle', symbolSize: Math.round(18 * ctx.scale), itemStyle: { color: c.background, borderColor: colour, borderWidth: Math.max(3, Math.round(4 * ctx.scale)) } } : {}),
                label: {
                  show: labelled,
                  position: 'top',
                  // The first and last figures written inwards from their points: clear of the value axes.
                  ...(index === 0 ? { align: 'left' as const } : index === trend.keys.length - 1 ? { align: 'right' as const } : {}),
                  distance: fontPx(ctx, 8),
                  fontSize: isChosen ? fontPx(ctx, 18) : valueSize,
                  fontWeight: isChosen ? 'bold' : 'normal',
                  color: isChosen ? c.text : c.subtext,
                  formatter: () => pointText(item),
                },
              }
            }),
          }
        })
        const legend = trend.series.length > 1 ? topLegend(ctx, trend.series.map((line) => line.name)) : undefined
        return {
          ...base,
          tooltip: {
            ...base.tooltip,
            trigger: 'item',
            formatter: (p: unknown) => {
              const item = p as { dataIndex: number; seriesIndex?: number }
              return tooltipLines[item.seriesIndex ?? 0]?.[item.dataIndex] ?? ''
            },
          },
          ...(legend ? { legend } : {}),
          grid: { left: axisWidth(units[0] ?? ''), right, top: fontPx(ctx, legend ? 84 : 64), bottom: fontPx(ctx, 36) },
          xAxis: {
            type: 'category',
            data: trend.labels,
            // Thinned to the width drawn (fitTimeAxes): evenly, the edition shown always labelled.
            timeLabels: trend.by,
            axisLabel: { fontSize: labelSize, color: c.text },
            axisTick: { alignWithLabel: true },
          } as ChartOption['xAxis'],
          yAxis: units.map((unit, index) => ({
            type: 'value' as const,
            name: unit,
            position: index === 0 ? ('left' as const) : ('right' as const),
            scale: true,
            // Room above the highest point for the figure written over it.
            boundaryGap: ['5%', '12%'] as [string, string],
            splitNumber: 4,
            splitLine: { show: index === 0, lineStyle: { color: c.split } },
            nameTextStyle: { fontSize: valueSize, color: c.subtext },
            axisLabel: { fontSize: valueSize, color: c.subtext, formatter: (value: number) => trimNumber(value, 2) },
          })),
          series,
        }
      },
      buildTable(ctx) {
        const trend = view(ctx)
        const rows = trend.keys.map((key, index): (string | TableCell)[] => [
          trend.labels[index],
          ...trend.series.map((line) => {
            const item = line.points.get(key)
            return item ? pointText(item) : '—'
          }),
          key === trend.chosen ? '所选报告期' : '',
        ])
        return table(['期间', ...trend.series.map((line) => line.name), '说明'], rows)
      },
    }
  },
}
