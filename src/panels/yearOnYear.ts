/**
 * The shared panel of a level figure over time (levelView.ts): the stated figure beside the same period
 * of last year (stated, or derived from the growth rate and labelled 推算 with how), the months so far of
 * this year with the single months (推算), or the whole years; the growth stated by the report and the
 * yearly target where the data gives them.
 */
import type { ChartOption } from '../charts/echarts'
import { formatGrowthOf, formatIndicator, periodLabel, trimNumber } from '../format/number'
import { textEm } from '../format/text'
import { wrapLabel } from '../charts/textWidth'
import { fitTextScale, markTooDense, plotKeepsShare, valueTicks } from '../charts/shape'
import { levelScale, levelView, singleMonthText, targetText, type Derivation, type LevelBar, type LevelView } from './levelView'
import { baseOption, colours, fontPx, topLegend } from './option'
import { growthOf, requireIndicator, sourceLine } from './lookup'
import { table } from './lists'
import type { ChartPanel, PanelContext, PanelTable, TableCell } from './types'

const SINGLE_NAME = '单月（推算）'

/** A bar's figure as drawn: a derived one says so. */
function shownText(bar: LevelBar | undefined): string {
  if (!bar) return ''
  return bar.role === 'derived' ? `${bar.text}（推算）` : bar.text
}

function currentText(view: LevelView): string {
  const bar = view.bars[view.bars.length - 1]
  return view.growth ? `${bar.text}  同比 ${formatGrowthOf(view.growth)}` : bar.text
}

/** Room the text of a level chart takes at text scale `s` of `ctx`, laid out for a chart `width` px wide. */
function levelText(ctx: PanelContext, view: LevelView, s: number, width: number | undefined) {
  const at = { ...ctx, scale: s }
  const valuePx = fontPx(at, 18)
  const categoryPx = fontPx(at, 16)
  const hasSingles = view.singles.some((single) => single !== undefined)
  // Each category's share of the plot's width (the plot is about nine tenths of the chart).
  // Each category's share of the plot's width: the chart less its margins (a tenth) and the tick labels.
  const band = width === undefined ? undefined : (width * 0.9 - 5 * fontPx(at, 14)) / Math.max(1, view.bars.length)
  const last = view.bars.length - 1
  const oneLine = (text: string) => text.replace(/\n/g, ' ')
  /** A value label on one line when it fits its category, else the figure over its mark (同比, 推算). */
  const valueLabels = view.bars.map((bar, index) => {
    const text = index === last ? currentText(view) : shownText(bar)
    const fits = band !== undefined && textEm(text) * valuePx <= band * 0.95
    return fits ? oneLine(text) : text.replace(/ *(同比|（推算）)/, '\n$1')
  })
  /** A period with its single month (推算) under it, wrapped to its category's width. */
  const categoryLabels = view.bars.map((bar, index) => {
    const single = view.singles[index]
    const label = single ? `${bar.label}\n${single.month}月 ${singleValueText(view, single.value)}（推算）` : bar.label
    // Without a measured width: the period's (推算) mark on a line of its own, as narrow as can be.
    if (band === undefined) return single ? label : label.replace(/（/, '\n（')
    return label.split('\n').map((line) => wrapLabel(line, (band * 0.95) / categoryPx)).join('\n')
  })
  const lines = (texts: string[]) => Math.max(1, ...texts.map((text) => text.split('\n').length))
  const legend = hasSingles ? Math.round(fontPx(at, 15) * 1.6) : 0
  // Gaps in px at this scale (fontPx would raise them to the smallest font size).
  const gap = Math.round(8 * s)
  // Above the plot: the legend, then the axis name's row.
  const nameRow = Math.ceil(fontPx(at, 14) * 1.2)
  const top = legend + nameRow + 2 * gap
  // Each value label stands over its bar: its height, and how far it may rise above the plot, through the
  // axis name's row up to the legend (where it is clear of the name, which ends at the value axis).
  // The axis ends just above the data, high enough for what of a label does not fit there.
  const labelHeights = valueLabels.map((text) => Math.ceil(text.split('\n').length * valuePx * 1.2) + gap)
  const rises = valueLabels.map((text, index) => {
    const clear = band !== undefined && band * (index + 0.5) - (textEm(text) * valuePx) / 2 >= gap
    return clear ? top - legend - Math.round(gap / 2) : 0
  })
  // Lines of labels, their margin and the grid's bottom, and half a line ECharts keeps around them.
  const bottom = Math.ceil((lines(categoryLabels) * 1.3 + 0.5) * categoryPx) + 2 * gap
  /** Of the plot's height, the most a label needs inside it, over the bar's top. */
  const labelHeight = Math.max(0, ...labelHeights.map((height, index) => height - rises[index]))
  return { at, valueLabels, categoryLabels, top, bottom, gap, labelHeight, labelHeights, rises, labelWidth: band === undefined ? undefined : Math.floor(band * 0.95) }
}

/**
 * The least axis maximum (in display units) at which each bar's label, standing over its bar, stays in
 * the chart: of a label `heights[i]` px high, all but `rises[i]` px within the plot `plotPx` high.
 */
function labelledMax(values: readonly number[], heights: readonly number[], rises: readonly number[], plotPx: number): number {
  let max = Math.max(0, ...values)
  values.forEach((value, index) => {
    const inside = (heights[index] ?? 0) - (rises[index] ?? 0)
    if (value > 0 && inside > 0) max = Math.max(max, value / Math.max(0.5, 1 - inside / plotPx))
  })
  return max
}

/** A single month's value in the level's display unit, as precise as the level's figures are written. */
function singleValueText(view: LevelView, value: number): string {
  return formatIndicator({ ...view.level, value, lowerBound: false, estimate: undefined })
}

export function yearOnYearOption(ctx: PanelContext, title: string, levelId: string, derivation: Derivation): ChartOption {
  const view = levelView(ctx, levelId, derivation)
  // The shape rules: the text shrinks toward the rule until the plot keeps half the chart.
  const fitted = fitTextScale(ctx.scale, ctx.room, (s, room) => {
    const text = levelText(ctx, view, s, room.width)
    // The plot keeps half the chart, and the bars at least half the plot beside their labels.
    return plotKeepsShare(room, text.top + text.bottom) && text.labelHeight <= (room.height - text.top - text.bottom) / 2
  })
  const { at, valueLabels, categoryLabels, top, bottom, labelWidth, gap, labelHeights, rises } = levelText(ctx, view, fitted.scale, ctx.room?.width)
  const c = colours(at)
  const scale = levelScale(view.level)
  const hasSingles = view.singles.some((single) => single !== undefined)
  const last = view.bars.length - 1
  /**
   * More bars than the narrowest panel holds with every value and single month written (shape's wrapped
   * labels serve up to half a year of months so far; the 13 of a 1-12月 edition are thinned instead).
   */
  const crowded = view.bars.length > 6
  const colourOf = (role: string, index: number) => (role === 'derived' ? c.derived : index === last ? c.palette[0] : c.axis)
  const tooltipLines = view.bars.map((bar, index) => {
    const single = view.singles[index]
    return [bar.label, shownText(bar), ...(bar.formula ? [`推算：${bar.formula}`] : []), ...(single ? [singleMonthText(view.level, single)] : [])].join('\n')
  })
  const series: ChartOption['series'] = [
    {
      type: 'bar',
      name: view.mode === 'years' ? '全年' : '累计',
      barMaxWidth: fontPx(at, 72),
      // Months so far at a 1-12月 edition are 13 bars, too narrow for every value: only the first (last
      // year's, written rightwards, clear of the value axis) and the edition shown keep theirs, far apart;
      // the others are in the tooltip and the table.
      data: view.bars.map((bar, index) => ({
        name: bar.label,
        value: bar.value,
        itemStyle: { color: colourOf(bar.role, index) },
        ...(crowded && index === 0 ? { label: { align: 'left' as const } } : {}),
        ...(crowded && index !== 0 && index !== last ? { label: { show: false } } : {}),
      })),
      label: {
        show: true,
        position: 'top',
        fontSize: fontPx(at, 18),
        color: c.text,
        // One line when it fits its category, else two: never wider than its category.
        formatter: (p: { dataIndex: number }) => valueLabels[p.dataIndex] ?? '',
      },
    },
  ]
  // The single months (推算) are bars without labels (a label over a short bar runs into its taller
  // neighbour); their figures are written under their period on the axis.
  if (hasSingles)
    series.push({
      type: 'bar',
      name: SINGLE_NAME,
      barMaxWidth: fontPx(at, 48),
      itemStyle: { color: c.derived },
      data: view.singles.map((single, index) => ({ name: view.bars[index].label, value: single ? single.value : null })),
    })
  const base = baseOption(at, title)
  const plotPx = ctx.room ? ctx.room.height - top - bottom : undefined
  // The axis ends at a nice value just above the highest bar, high enough for each bar's label.
  const max = plotPx === undefined ? 0 : labelledMax(view.bars.map((bar) => bar.value / scale.divisor), labelHeights, rises, plotPx)
  const ticks = plotPx === undefined ? undefined : valueTicks(max, plotPx, fontPx(at, 14) * 1.8)
  const option: ChartOption = {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'item', formatter: (p: unknown) => tooltipLines[(p as { dataIndex: number }).dataIndex] ?? '' },
    ...(hasSingles ? { legend: topLegend(at, ['累计', SINGLE_NAME], 'right') } : {}),
    grid: { left: '4%', right: '6%', top, bottom: gap, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: view.bars.map((bar) => bar.label),
      // A few bars: every period shown, wrapped to its category's width (with its single month under it).
      // More (the 13 months so far of a 1-12月 edition, whole years) are thinned to the width drawn
      // (src/charts/timeAxis.ts), evenly and never overlapping; their single months are in the tooltip.
      ...(crowded ? { timeLabels: view.mode === 'years' ? 'year' : 'month' } : {}),
      axisLabel: crowded
        ? { fontSize: fontPx(at, 16), color: c.text, interval: 0, hideOverlap: false, formatter: (label: string) => label.replace(/（/, '\n（') }
        : {
            fontSize: fontPx(at, 16),
            color: c.text,
            interval: 0,
            hideOverlap: false,
            lineHeight: Math.round(fontPx(at, 16) * 1.3),
            margin: gap,
            ...(labelWidth === undefined ? {} : { width: labelWidth }),
            formatter: (_value: string, index: number) => categoryLabels[index] ?? '',
          },
    } as ChartOption['xAxis'],
    yAxis: {
      type: 'value',
      name: scale.unit,
      nameGap: gap,
      // Ticks the plot has room for, at least three; without a measured room, few (a short panel).
      ...(ticks ? { min: ticks.min * scale.divisor, max: ticks.max * scale.divisor, interval: ticks.interval * scale.divisor } : { splitNumber: 3 }),
      // Over the tick labels, ending at the axis: the plot's top edge stays free for the bars' labels.
      nameTextStyle: { fontSize: fontPx(at, 14), color: c.subtext, align: 'right' },
      axisLabel: { fontSize: fontPx(at, 14), formatter: (value: number) => trimNumber(value / scale.divisor) },
    },
    series,
  }
  return fitted.fits ? option : markTooDense(option)
}

export function yearOnYearTable(ctx: PanelContext, levelId: string, derivation: Derivation): PanelTable {
  const view = levelView(ctx, levelId, derivation)
  const rows: (string | TableCell)[][] = view.bars.map((bar, index) => {
    const single = view.singles[index]
    const notes = [
      bar.role === 'derived' ? `推算：${bar.formula ?? ''}` : '报道数据',
      ...(index === view.bars.length - 1 && view.growth ? [`同比 ${formatGrowthOf(view.growth)}`] : []),
      ...(single ? [`单月：${singleMonthText(view.level, single)}`] : []),
    ]
    return [bar.label, bar.role === 'derived' ? { text: bar.text, derived: true } : bar.text, notes.join('；')]
  })
  const targets = [view.level, ...(view.growth ? [view.growth] : [])].map(targetText).filter(Boolean)
  for (const text of targets) rows.push(['年度目标', text, '报道数据；完成比例与时序进度为推算'])
  return table(['期间', view.level.name, '说明'], rows)
}

export interface YearOnYearDefinition {
  id: string
  title: string
  /** The level indicator drawn. */
  levelId: string
  /**
   * Id of its growth indicator, as data/indicators.json names it: a problem in it marks this panel; the
   * registry check proves it is the one the data relates to the level (`of`), the one found at run time.
   */
  growthId: string | undefined
  unit: string
  /** How the previous year is derived from the growth rate when the data does not state it. */
  derivation: Derivation
}

/** A whole level panel for a level indicator with a stated growth rate. */
export function yearOnYearPanel({ id, title, levelId, growthId, unit, derivation }: YearOnYearDefinition): ChartPanel {
  return {
    id,
    title,
    unit,
    scope: 'town',
    kind: 'chart',
    reads: ['meta.json', 'editions.json', 'indicators.json', 'values.json'],
    indicators: growthId ? [levelId, growthId] : [levelId],
    period: (ctx) => periodLabel(requireIndicator(ctx.dataset, levelId)),
    source: (ctx) => {
      const level = requireIndicator(ctx.dataset, levelId)
      const growth = growthOf(ctx.dataset, levelId)
      return sourceLine(ctx.dataset, growth ? [level, growth] : [level])
    },
    headline: (ctx) => {
      const view = levelView(ctx, levelId, derivation)
      const target = targetText(view.level)
      return target ? `${currentText(view)}  ${target}` : currentText(view)
    },
    buildOption: (ctx) => yearOnYearOption(ctx, title, levelId, derivation),
    buildTable: (ctx) => yearOnYearTable(ctx, levelId, derivation),
  }
}
