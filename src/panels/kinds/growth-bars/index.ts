/**
 * 增速对比: growth rates as bars, falls to the left of zero, each in its sector's colour (a town-wide rate
 * in the town's), with the level figure they qualify in the header. Indicators: the growths in order, and
 * the level named by option `level` (shown in the header and the table, with its previous year derived).
 * Options: `level`, `labels` (short bar labels by id; the level's label leads its header figure), `unit`,
 * `target` (one of the growths: the target rate its report states, 年度目标, is drawn as a line 目标 x%).
 */
import type { ChartOption } from '../../../charts/echarts'
import { TOWN_COLOURS } from '../../../charts/fixedColours'
import { formatDerived, previousYearFigure } from '../../../data/derived'
import { carriedMark, formatGrowthOf, formatIndicator, formatPercent, formatRateOf } from '../../../format/number'
import type { Indicator } from '../../../data/resolve'
import { sectorName } from '../../../data/sectorName'
import { baseOption, colours, fontPx } from '../../option'
import { wrapLabel } from '../../../charts/textWidth'
import { fitHorizontalBars, markTooDense, shortLabel } from '../../../charts/shape'
import { inSectors, periodOf, requireIndicator, requireIndicators, sectorColour, sourceLine } from '../../lookup'
import { table } from '../../lists'
import type { ChartPanel, PanelContext, TableCell } from '../../types'
import type { PanelKind, PanelSpec } from '../../spec'
import { mapOption, maybeText, textOption } from '../../spec'
/** The growth rates the chosen sectors cover (town-wide ones only when no sector is chosen). */
function growthRates(spec: PanelSpec, ctx: PanelContext) {
  const level = maybeText(spec, 'level')
  return requireIndicators(ctx.dataset, spec.indicators.filter((id) => id !== level)).filter((item) => inSectors(ctx, item.sector))
}

/**
 * The growth named by option `target` when it is drawn and its report states a target rate: the line is
 * the report's own target, never one assumed (a target of another sector's rate is not drawn under a filter).
 */
function targetGrowth(spec: PanelSpec, ctx: PanelContext): (Indicator & { target: number }) | undefined {
  const targetId = maybeText(spec, 'target')
  const rate = targetId === undefined ? undefined : growthRates(spec, ctx).find((item) => item.id === targetId)
  return rate && rate.target !== null ? { ...rate, target: rate.target } : undefined
}

/** The words on the target line: 目标 7%. */
const targetWords = (rate: { target: number }) => `目标 ${formatPercent(rate.target)}`

/**
 * The level figure. The report may give it for the whole town only: under a sector filter the headline
 * says so rather than pass it off as the chosen sector's figure.
 */
function levelHeadline(spec: PanelSpec, ctx: PanelContext): string {
  const levelId = maybeText(spec, 'level')
  if (levelId === undefined) return ''
  const level = requireIndicator(ctx.dataset, levelId)
  const label = mapOption(spec, 'labels')[levelId] ?? level.name
  if (inSectors(ctx, level.sector)) return `${label} ${formatIndicator(level)}`
  // Another sector's figure is not shown under this filter at all.
  return level.sector === null ? `全镇${label} ${formatIndicator(level)}（未按产业拆分）` : ''
}

export const growthBarsKind: PanelKind = {
  about: '增速对比：各项增速的条形，下降在零线左侧；表头为其总量（选项 level）；选项 target 指定的增速有年度目标时画出目标线',
  build(spec): ChartPanel {
  const TITLE = spec.title
  const levelId = maybeText(spec, 'level')
  const LABELS = mapOption(spec, 'labels')
  const all = (ctx: PanelContext) => requireIndicators(ctx.dataset, spec.indicators)
  /** A rate's name on the chart and in the table; one carried from an earlier edition names its own period. */
  const rateName = (item: Indicator) => `${LABELS[item.id] ?? item.name}${carriedMark(item)}`
  return {
  id: spec.id,
  title: TITLE,
  // The bars are growth rates; the headline is the level.
  unit: textOption(spec, 'unit', '%'),
  scope: 'sector',
  kind: 'chart',
  // sectors.json: bars take their sector's colour and the table names the sector.
  reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
  indicators: spec.indicators,
  // Every figure's period: a rate carried from an earlier edition is not passed off as the level's.
  period: (ctx) => periodOf(levelId ? [requireIndicator(ctx.dataset, levelId), ...growthRates(spec, ctx)] : all(ctx)),
  source: (ctx) => sourceLine(ctx.dataset, all(ctx)),
  headline: (ctx) => levelHeadline(spec, ctx),
  isEmpty: (ctx) => growthRates(spec, ctx).length === 0,
  buildOption(given): ChartOption {
    const at = (s: number) => ({ ...given, scale: s })
    const rates = growthRates(spec, given)
    const names = rates.map(rateName)
    const target = targetGrowth(spec, given)
    // The target line's words sit above the plot, in a top margin of their own.
    const top = (s: number) => fontPx(at(s), 16) + (target ? Math.ceil(fontPx(at(s), 14) * 1.4) : 0)
    // The shape rules (src/charts/shape.ts): labels wrapped to their band, the plot at least half the chart.
    const fitted = fitHorizontalBars(
      given.scale,
      given.room,
      rates.length,
      // The grid's top and bottom margins and the tick labels the grid's bounds contain.
      (s) => top(s) + fontPx(at(s), 48) + Math.ceil(fontPx(at(s), 14) * 1.4),
      (s) => fontPx(at(s), 16),
      (s, width, short) => Math.max(1, ...names.map((name) => wrapLabel(short ? shortLabel(name) : name, width / fontPx(at(s), 16)).split('\n').length)),
    )
    const ctx = at(fitted.scale)
    const c = colours(ctx)
    const base = baseOption(ctx, TITLE)
    const option: ChartOption = {
      ...base,
      tooltip: {
        ...base.tooltip,
        trigger: 'item',
        formatter: (p: unknown) => {
          const item = p as { name?: string; dataIndex: number }
          const rate = rates[item.dataIndex]
          return rate ? `${item.name ?? ''}\n同比 ${formatGrowthOf(rate)}` : ''
        },
      },
      grid: { left: '3%', right: '12%', top: top(ctx.scale), bottom: fontPx(ctx, 48), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'value',
        name: '同比增幅（%）',
        nameLocation: 'middle',
        nameGap: fontPx(ctx, 28),
        nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
        axisLabel: { fontSize: fontPx(ctx, 14), formatter: '{value}%' },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: fitted.short ? names.map(shortLabel) : names,
        axisLabel: { fontSize: fontPx(ctx, 16), color: c.text, lineHeight: Math.round(fontPx(ctx, 16) * 1.2), ...(fitted.labelWidth === undefined ? {} : { width: fitted.labelWidth }) },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: fontPx(ctx, 40),
          data: rates.map((item) => ({
            name: rateName(item),
            value: item.value,
            sector: item.sector,
            // A town-wide rate has no sector: it takes the town's neutral colour, never a sector's.
            itemStyle: { color: sectorColour(ctx.dataset, item.sector, TOWN_COLOURS[ctx.theme]) },
          })),
          label: {
            show: true,
            position: 'right',
            fontSize: fontPx(ctx, 18),
            color: c.text,
            formatter: (p: { dataIndex: number }) => (rates[p.dataIndex] ? formatRateOf(rates[p.dataIndex]) : ''),
          },
          // The target growth the report states, across every bar: a bar short of it is visibly short.
          ...(target
            ? {
                markLine: {
                  silent: true,
                  symbol: 'none',
                  lineStyle: { color: c.subtext, type: 'dashed', width: Math.max(1, Math.round(2 * ctx.scale)) },
                  // 'start' is the top: the category axis runs downwards (inverse).
                  label: { show: true, position: 'start', formatter: targetWords(target), fontSize: fontPx(ctx, 14), color: c.text },
                  data: [{ name: targetWords(target), xAxis: target.target }],
                },
              }
            : {}),
        },
      ],
    }
    return fitted.fits ? option : markTooDense(option)
  },
  buildTable(ctx) {
    const rows: (string | TableCell)[][] = growthRates(spec, ctx).map((item) => [
      rateName(item),
      `同比 ${formatGrowthOf(item)}${carriedMark(item)}`,
      item.sector ? sectorName(ctx.dataset, item.sector) : '全镇',
    ])
    const target = targetGrowth(spec, ctx)
    if (target) rows.push([`${rateName(target)}（全年目标）`, targetWords(target), target.sector ? sectorName(ctx.dataset, target.sector) : '全镇'])
    // The level and its previous year belong to the level's sector (the whole town): not a chosen sector's rows.
    const level = levelId === undefined ? undefined : requireIndicator(ctx.dataset, levelId)
    const previous = levelId === undefined ? undefined : previousYearFigure(ctx.dataset, levelId)
    if (level && inSectors(ctx, level.sector)) {
      rows.unshift([level.name, formatIndicator(level), '全镇'])
      if (previous)
        rows.push([previous.name, { text: formatDerived(previous), derived: true }, `推算：${previous.formula}`])
    }
    return table(['指标', '数值', '范围 / 说明'], rows)
  },
}
  },
}
