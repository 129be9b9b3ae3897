/**
 * Village commerce: 90 village convenience stores (70 enhanced + 20 upgraded, 100% coverage) and express
 * delivery in 18 of 18 villages. Stores (家) and villages (个) are different units, so each gets its own
 * plot with its own axis, one above the other.
 */
import type { ChartOption } from '../../charts/echarts'
import type { Indicator } from '../../data/schema'
import { formatIndicator } from '../../format/number'
import { sectorName } from '../../data/sectorName'
import { baseOption, colours, fontPx, itemTooltip, topLegend } from '../option'
import { periodOf, requireIndicators, sourceLine, visibleItems } from '../lookup'
import { table } from '../lists'
import type { ChartPanel, PanelContext } from '../types'

const STORE_IDS = ['village_convenience_stores', 'village_convenience_stores_enhanced', 'village_convenience_stores_upgraded', 'village_convenience_store_coverage']
const DELIVERY_IDS = ['villages_with_express_delivery', 'villages_total']
const TITLE = '村级便民商店与快递进村'

interface Segment {
  name: string
  value: number
  text: string
  sector: string | null
}

interface Plot {
  /** Category label, with the total written under it. */
  label: string
  axisName: string
  /** The whole the segments are parts of (90 stores, 18 villages): the axis ends there. */
  whole: number
  segments: Segment[]
  indicators: Indicator[]
}

/** The plots the chosen sectors cover: stores, express delivery, or both. */
function commercePlots(ctx: PanelContext): Plot[] {
  const [stores, enhanced, upgraded, coverage] = requireIndicators(ctx.dataset, STORE_IDS)
  const [delivery, villages] = requireIndicators(ctx.dataset, DELIVERY_IDS)
  const plots: Plot[] = []
  if (visibleItems(ctx, 'sector', [stores]).length > 0)
    plots.push({
      label: `村级便民商店\n${formatIndicator(stores)}  覆盖率${formatIndicator(coverage)}`,
      axisName: stores.displayUnit,
      whole: stores.value,
      segments: [enhanced, upgraded].map((item) => ({
        name: item.name,
        value: item.value,
        text: `${item.name.replace('便民商店', '')} ${formatIndicator(item)}`,
        sector: item.sector,
      })),
      indicators: [stores, enhanced, upgraded, coverage],
    })
  if (visibleItems(ctx, 'sector', [delivery]).length > 0)
    plots.push({
      label: `“快递进村”\n${delivery.value}/${formatIndicator(villages)}行政村`,
      axisName: '个（村）',
      whole: villages.value,
      segments: [
        {
          name: delivery.name,
          value: delivery.value,
          text: `${formatIndicator(delivery)}村已通快递`,
          sector: delivery.sector,
        },
      ],
      indicators: [delivery, villages],
    })
  return plots
}

function buildOption(ctx: PanelContext): ChartOption {
  const c = colours(ctx)
  const plots = commercePlots(ctx)
  // One series per segment; plots share the height below the legend, each with its own value axis.
  const rows = plots.flatMap((plot, plotIndex) => plot.segments.map((segment, index) => ({ plotIndex, segment, index, of: plot.segments.length })))
  const isLastOfSeveral = (row: (typeof rows)[number]) => row.of > 1 && row.index === row.of - 1
  // Below a legend of up to two lines (three items on a narrow panel).
  const share = 74 / plots.length
  return {
    ...baseOption(ctx, TITLE),
    tooltip: itemTooltip(ctx, TITLE, (_dataIndex, seriesIndex) => {
      const row = rows[seriesIndex]
      return row ? [row.segment.name, row.segment.text, sectorName(ctx.dataset, row.segment.sector)] : []
    }),
    // Each item on one line (“快递进村”覆盖行政村): the legend's lines are what the plots leave room for.
    legend: (() => {
      const legend = topLegend(ctx, rows.map((row) => row.segment.name)) as Record<string, unknown>
      return { ...legend, textStyle: { ...(legend.textStyle as object), width: fontPx(ctx, 15) * 12 } }
    })(),
    grid: plots.map((_, index) => ({
      left: fontPx(ctx, 170),
      right: afterBarRoom(ctx),
      // The margins above already hold the labels and axis names: keep the plots aligned, as laid out.
      outerBoundsMode: 'none' as const,
      top: `${index * share + 24}%`,
      height: `${share * 0.55}%`,
    })),
    xAxis: plots.map((plot, index) => ({
      type: 'value' as const,
      gridIndex: index,
      name: plot.axisName,
      nameGap: fontPx(ctx, 24),
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      minInterval: 1,
      // Parts are drawn against their whole: the axis ends at 90 stores, at 18 villages.
      max: Math.max(plot.whole, plot.segments.reduce((sum, segment) => sum + segment.value, 0)),
      axisLabel: { fontSize: fontPx(ctx, 14) },
    })),
    yAxis: plots.map((plot, index) => ({
      type: 'category' as const,
      gridIndex: index,
      data: [plot.label],
      // 90家  覆盖率100% on one line, in the grid's left margin.
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text, lineHeight: fontPx(ctx, 24), width: fontPx(ctx, 16) * 10 },
    })),
    series: rows.map((row, seriesIndex) => ({
      type: 'bar' as const,
      name: row.segment.name,
      xAxisIndex: row.plotIndex,
      yAxisIndex: row.plotIndex,
      stack: `plot${row.plotIndex}`,
      barMaxWidth: fontPx(ctx, 48),
      showBackground: true,
      backgroundStyle: { color: c.split },
      itemStyle: { color: c.palette[seriesIndex % c.palette.length] },
      data: [{ name: row.segment.name, value: row.segment.value, sector: row.segment.sector }],
      label: {
        show: true,
        // The last of several parts is short (20 of 90): its label goes after the bar, in the text colour.
        ...(isLastOfSeveral(row) ? { position: 'right' as const, color: c.text } : { position: 'inside' as const, color: c.background }),
        fontSize: fontPx(ctx, 16),
        formatter: () => row.segment.text,
      },
    })),
    media: [narrowLayout(ctx, plots)],
  }
}

/** Room right of the plots for the label after a stacked bar's last part (提升型 20家), beyond its whole. */
const afterBarRoom = (ctx: PanelContext) => fontPx(ctx, 16) * 6.5

/** Below this chart width (a phone) the left margin would leave the bars no room for their labels. */
const NARROW_PX = 560

/**
 * A narrow chart (ECharts applies it by the chart's own size): each plot's name above its bar instead of
 * in a left margin, so the bar and its labels (增强型 70家) get the whole width. Laid out in pixels from the
 * text sizes, top down: the legend (up to three lines), then per plot its name, bar and axis; only on a
 * chart tall enough for that (a short one, as on a printed sheet, keeps the left margin).
 */
function narrowLayout(ctx: PanelContext, plots: Plot[]) {
  const legendHeight = fontPx(ctx, 15) * 5
  const nameHeight = fontPx(ctx, 16) * 1.8
  const barHeight = fontPx(ctx, 36)
  const block = nameHeight + barHeight + fontPx(ctx, 14) * 3
  const option: ChartOption = {
    grid: plots.map((_, index) => ({
      left: fontPx(ctx, 16),
      right: afterBarRoom(ctx),
      outerBoundsMode: 'none' as const,
      top: Math.round(legendHeight + index * block + nameHeight),
      height: barHeight,
    })),
    yAxis: plots.map((plot) => ({
      axisLabel: { show: false },
      axisTick: { show: false },
      name: plot.label.replace('\n', '  '),
      nameLocation: 'end' as const,
      nameGap: fontPx(ctx, 10),
      nameTextStyle: { fontSize: fontPx(ctx, 16), color: colours(ctx).text, align: 'left' as const },
    })),
  }
  return { query: { maxWidth: NARROW_PX, minHeight: Math.ceil(legendHeight + plots.length * block) }, option }
}

export const villageCommercePanel: ChartPanel<'village_commerce'> = {
  id: 'village_commerce',
  title: TITLE,
  unit: '家、个（行政村）',
  scope: 'sector',
  kind: 'chart',
  reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
  indicators: [...STORE_IDS, ...DELIVERY_IDS],
  period: (ctx) => periodOf(requireIndicators(ctx.dataset, [...STORE_IDS, ...DELIVERY_IDS])),
  source: (ctx) => {
    const shown = commercePlots(ctx).flatMap((plot) => plot.indicators)
    return sourceLine(ctx.dataset, shown.length > 0 ? shown : requireIndicators(ctx.dataset, [...STORE_IDS, ...DELIVERY_IDS]))
  },
  headline: (ctx) => commercePlots(ctx).map((plot) => plot.label.replace('\n', ' ')).join('；'),
  isEmpty: (ctx) => commercePlots(ctx).length === 0,
  buildOption,
  buildTable: (ctx) =>
    table(
      ['指标', '数值', '产业', '说明'],
      commercePlots(ctx).flatMap((plot) =>
        plot.indicators.map((item) => [item.name, formatIndicator(item), item.sector ? sectorName(ctx.dataset, item.sector) : '全镇', '报道数据']),
      ),
    ),
}
