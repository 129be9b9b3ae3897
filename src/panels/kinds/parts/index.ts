/**
 * 构成: parts of a whole, one stacked bar per whole drawn against it (70 enhanced + 20 upgraded of 90
 * stores; 18 of 18 villages with express delivery), each whole on its own axis, one above the other, so
 * different units never share one. Option `parts` maps each part to its whole (else the data's `partOf`);
 * a share the data relates to a whole is written beside it, and a part's share the report does not state
 * is computed from the parts and marked 推算 (unless a `partTexts` template leaves it out). Templates: `plotLabels` (by whole: {总数}, {部分数}, {占比}),
 * `partTexts` (by part: {数值}), `axisNames` (by whole; its unit by default). Indicators: wholes, parts and
 * shares, in the order the table lists them.
 */
import type { ChartOption } from '../../../charts/echarts'
import type { Indicator } from '../../../data/schema'
import { formatIndicator, formatPercent, scaleForUnit } from '../../../format/number'
import { formatPeriod } from '../../../format/period'
import { textEm } from '../../../format/text'
import { sectorName } from '../../../data/sectorName'
import { baseOption, colours, fontPx, itemTooltip, topLegend } from '../../option'
import { periodOf, requireIndicators, sourceLine, visibleItems } from '../../lookup'
import { cell, table } from '../../lists'
import type { ChartPanel, PanelContext } from '../../types'
import type { PanelKind, PanelSpec } from '../../spec'
import { mapOption, textOption } from '../../spec'

interface DerivedShare {
  /** Percent of the whole. */
  value: number
  text: string
  /** How it was computed: 702.3万元 ÷ 1287.5万元. */
  formula: string
}

interface Segment {
  /** Its name in the legend and tooltip. */
  name: string
  /** The part's own name. */
  part: string
  value: number
  text: string
  sector: string | null
  /** The part's share of its whole, computed here (推算) where the report states none. */
  share?: DerivedShare
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

/** Each listed part's whole: option `parts`, else the data's own `partOf` (其中: 国税收入 of 税收收入) when the whole is listed. */
function wholesOf(spec: PanelSpec, ctx: PanelContext): Readonly<Record<string, string>> {
  const stated = mapOption(spec, 'parts')
  if (Object.keys(stated).length) return stated
  const listed = new Set(spec.indicators)
  const byData: Record<string, string> = {}
  for (const item of ctx.dataset.indicators) if (item.partOf && listed.has(item.id) && listed.has(item.partOf)) byData[item.id] = item.partOf
  return byData
}

/**
 * A part's share of its whole, computed (推算) where the report states none: 702.3万元 ÷ 1287.5万元. Only
 * for parts of the same unit family and period as the whole, and a whole above zero.
 */
function derivedShare(part: Indicator, whole: Indicator): DerivedShare | undefined {
  if (part.unit !== whole.unit || whole.value <= 0 || formatPeriod(part.period) !== formatPeriod(whole.period)) return undefined
  const value = (part.value / whole.value) * 100
  return { value, text: formatPercent(value), formula: `${formatIndicator(part)} ÷ ${formatIndicator(whole)}` }
}

/** The plots the chosen sectors cover: a whole is drawn when one of its parts is. */
function partPlots(spec: PanelSpec, ctx: PanelContext): Plot[] {
  const parts = wholesOf(spec, ctx)
  const labels = mapOption(spec, 'plotLabels')
  const texts = mapOption(spec, 'partTexts')
  const axes = mapOption(spec, 'axisNames')
  const wholeIds = [...new Set(Object.values(parts))]
  const plots: Plot[] = []
  for (const wholeId of wholeIds) {
    const [whole] = requireIndicators(ctx.dataset, [wholeId])
    const members = requireIndicators(ctx.dataset, spec.indicators.filter((id) => parts[id] === wholeId))
    if (visibleItems(ctx, 'sector', members).length === 0) continue
    const share = ctx.dataset.indicators.find((item) => item.measure === 'share' && item.of === wholeId && spec.indicators.includes(item.id))
    const sum = members.reduce((total, item) => total + item.value, 0)
    // A count's parts read 18/18个; an amount's whole is written alone (the parts say theirs).
    const counted = whole.unit !== 'yuan' && whole.unitFactor === 1
    const template = labels[wholeId] ?? (share ? `${whole.name}\n{总数}  ${share.name}{占比}` : counted ? `${whole.name}\n{部分数}/{总数}` : `${whole.name}\n{总数}`)
    const statedShare = (item: Indicator) => ctx.dataset.indicators.find((other) => other.measure === 'share' && other.of === item.id && spec.indicators.includes(other.id))
    // Amounts are drawn in the whole's display unit (万元, 亿元, 万亩), as their axis is named.
    const divisor = whole.unit === 'yuan' ? scaleForUnit(whole.displayUnit, whole.value).divisor : whole.unitFactor
    plots.push({
      label: template.replace('{总数}', formatIndicator(whole)).replace('{部分数}', String(sum)).replace('{占比}', share ? formatIndicator(share) : ''),
      axisName: axes[wholeId] ?? whole.displayUnit,
      whole: whole.value / divisor,
      segments: members.map((item) => {
        // The report states the parts; their shares of the whole it does not: computed and marked 推算.
        const derived = statedShare(item) ? undefined : derivedShare(item, whole)
        // A computed share goes with the part's name in the legend (国税收入 占54.5%（推算）): the bar keeps
        // its short stated figure, which fits a phone's narrow segment.
        const template = texts[item.id] ?? (derived ? '{数值}' : `${item.name} {数值}`)
        return {
          name: derived && !texts[item.id] ? `${item.name} 占${derived.text}（推算）` : item.name,
          part: item.name,
          value: item.value / divisor,
          text: template.replace('{数值}', formatIndicator(item)).replace('{占比}', derived?.text ?? ''),
          sector: item.sector,
          ...(derived ? { share: derived } : {}),
        }
      }),
      indicators: [whole, ...members, ...(share ? [share] : [])],
    })
  }
  return plots
}

function buildOption(spec: PanelSpec, ctx: PanelContext): ChartOption {
  const TITLE = spec.title
  const c = colours(ctx)
  const plots = partPlots(spec, ctx)
  // One series per segment; plots share the height below the legend, each with its own value axis.
  const rows = plots.flatMap((plot, plotIndex) => plot.segments.map((segment, index) => ({ plotIndex, segment, index, of: plot.segments.length })))
  // The last of several parts, when short (20 of 90 stores), is labelled after its bar; a long one inside.
  const isLastOfSeveral = (row: (typeof rows)[number]) => row.of > 1 && row.index === row.of - 1 && row.segment.value < 0.3 * (plots[row.plotIndex]?.whole ?? 0)
  // Below a legend of up to two lines (three items on a narrow panel).
  const share = 74 / plots.length
  return {
    ...baseOption(ctx, TITLE),
    tooltip: itemTooltip(ctx, TITLE, (_dataIndex, seriesIndex) => {
      const row = rows[seriesIndex]
      return row ? [row.segment.name, row.segment.text, ...(row.segment.share ? [`占比${row.segment.share.text}（推算：${row.segment.share.formula}）`] : []), sectorName(ctx.dataset, row.segment.sector)] : []
    }),
    // Each item on one line (“快递进村”覆盖行政村): the legend's lines are what the plots leave room for.
    legend: (() => {
      const legend = topLegend(ctx, rows.map((row) => row.segment.name)) as Record<string, unknown>
      // A name carrying its computed share (国税收入 占54.5%（推算）) is as wide as it needs.
      return { ...legend, textStyle: { ...(legend.textStyle as object), width: Math.ceil(fontPx(ctx, 15) * Math.max(12, ...rows.map((row) => textEm(row.segment.name)))) } }
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

export const partsKind: PanelKind = {
  about: '构成：部分与整体，每个整体一条堆叠条（选项 parts：部分→整体）',
  build(spec): ChartPanel {
    const plots = (ctx: PanelContext) => partPlots(spec, ctx)
    const all = (ctx: PanelContext) => requireIndicators(ctx.dataset, spec.indicators)
    return {
      id: spec.id,
      title: spec.title,
      unit: textOption(spec, 'unit', ''),
      scope: 'sector',
      kind: 'chart',
      reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
      indicators: spec.indicators,
      period: (ctx) => periodOf(all(ctx)),
      source: (ctx) => {
        const shown = plots(ctx).flatMap((plot) => plot.indicators)
        return sourceLine(ctx.dataset, shown.length > 0 ? shown : all(ctx))
      },
      headline: (ctx) => plots(ctx).map((plot) => plot.label.replace('\n', ' ')).join('；'),
      isEmpty: (ctx) => plots(ctx).length === 0,
      buildOption: (ctx) => buildOption(spec, ctx),
      buildTable: (ctx) =>
        table(
          ['指标', '数值', '产业', '说明'],
          plots(ctx).flatMap((plot) => [
            ...plot.indicators.map((item) => [item.name, formatIndicator(item), item.sector ? sectorName(ctx.dataset, item.sector) : '全镇', '报道数据']),
            // Shares computed from the parts: their own rows, marked 推算 with the computation.
            ...plot.segments.flatMap((segment) =>
              segment.share ? [[`${segment.part}占比`, cell(segment.share.text, true), segment.sector ? sectorName(ctx.dataset, segment.sector) : '全镇', `推算：${segment.share.formula}`]] : [],
            ),
          ]),
        ),
    }
  },
}
