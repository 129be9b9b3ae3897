/**
 * The shared panel of a level figure over time (levelView.ts): the stated figure beside the same period
 * of last year (stated, or derived from the growth rate and labelled 推算 with how), the months so far of
 * this year with the single months (推算), or the whole years; the growth stated by the report and the
 * yearly target where the data gives them.
 */
import type { ChartOption } from '../charts/echarts'
import { formatGrowthOf, periodLabel, trimNumber } from '../format/number'
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

/** "2021年1-5月（推算）" on two lines: the period, then its mark. */
function stackedLabel(label: string): string {
  return label.replace(/（/, '\n（')
}

export function yearOnYearOption(ctx: PanelContext, title: string, levelId: string, derivation: Derivation): ChartOption {
  const view = levelView(ctx, levelId, derivation)
  const c = colours(ctx)
  const scale = levelScale(view.level)
  const hasSingles = view.singles.some((single) => single !== undefined)
  const last = view.bars.length - 1
  /** More bars than the narrowest panel holds with every value written. */
  const crowded = view.bars.length > 3
  const colourOf = (role: string, index: number) => (role === 'derived' ? c.derived : index === last ? c.palette[0] : c.axis)
  const tooltipLines = view.bars.map((bar, index) => {
    const single = view.singles[index]
    return [bar.label, shownText(bar), ...(bar.formula ? [`推算：${bar.formula}`] : []), ...(single ? [singleMonthText(view.level, single)] : [])].join('\n')
  })
  const series: ChartOption['series'] = [
    {
      type: 'bar',
      name: view.mode === 'years' ? '全年' : '累计',
      barMaxWidth: fontPx(ctx, 72),
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
        fontSize: fontPx(ctx, 18),
        color: c.text,
        // Two short lines: one long line is wider than its bar and runs into the next bar's label.
        formatter: (p: { dataIndex: number }) => (p.dataIndex === last ? currentText(view) : shownText(view.bars[p.dataIndex])).replace(/ *(同比|（推算）)/, '\n$1'),
      },
    },
  ]
  if (hasSingles)
    series.push({
      type: 'bar',
      name: SINGLE_NAME,
      barMaxWidth: fontPx(ctx, 48),
      itemStyle: { color: c.derived },
      data: view.singles.map((single, index) => ({ name: view.bars[index].label, value: single ? single.value : null })),
      label: {
        // Crowded, the single months are named by the axis below and the legend: no label over each.
        show: !crowded,
        position: 'top',
        fontSize: fontPx(ctx, 15),
        color: c.subtext,
        formatter: (p: { dataIndex: number }) => {
          const single = view.singles[p.dataIndex]
          return single ? `${single.month}月（推算）` : ''
        },
      },
    })
  const base = baseOption(ctx, title)
  return {
    ...base,
    tooltip: { ...base.tooltip, trigger: 'item', formatter: (p: unknown) => tooltipLines[(p as { dataIndex: number }).dataIndex] ?? '' },
    ...(hasSingles ? { legend: topLegend(ctx, ['累计', SINGLE_NAME], 'right') } : {}),
    grid: { left: '4%', right: '6%', top: fontPx(ctx, 64), bottom: fontPx(ctx, 8), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'category',
      data: view.bars.map((bar) => bar.label),
      // A (推算) mark on a line of its own, so each label is half as wide. A few bars always show every
      // period (wrapped on A4 or a 1280 px screen); more (the 13 months so far of a 1-12月 edition, whole
      // years) are thinned to the width drawn (src/charts/timeAxis.ts), evenly and never overlapping.
      ...(crowded ? { timeLabels: view.mode === 'years' ? 'year' : 'month' } : {}),
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text, interval: 0, hideOverlap: false, formatter: stackedLabel },
    } as ChartOption['xAxis'],
    yAxis: {
      type: 'value',
      name: scale.unit,
      // Few ticks: on a short panel more would crowd the axis.
      splitNumber: 3,
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      axisLabel: { fontSize: fontPx(ctx, 14), formatter: (value: number) => trimNumber(value / scale.divisor) },
    },
    series,
  }
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
