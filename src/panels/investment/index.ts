/**
 * Investment and industry: growth of fixed-asset investment (104.2%), industrial project investment
 * (43.4%) and above-scale industrial value added (1.5%), with the fixed-asset investment level.
 */
import type { ChartOption } from '../../charts/echarts'
import { TOWN_COLOURS } from '../../charts/fixedColours'
import { formatDerived, previousYearFigure } from '../../data/derived'
import { formatGrowth, formatIndicator, formatPercent, periodLabel } from '../../format/number'
import { sectorName } from '../../data/sectorName'
import { baseOption, colours, fontPx } from '../option'
import { inSectors, requireIndicator, sectorColour, sourceLine } from '../lookup'
import { table } from '../lists'
import type { ChartPanel, PanelContext, TableCell } from '../types'

const TITLE = '投资与工业增长'
const LEVEL_ID = 'fixed_asset_investment'

const GROWTH_IDS = [
  'fixed_asset_investment_growth',
  'industrial_project_investment_growth',
  'above_scale_industry_value_added_growth',
] as const
const LABELS: Record<string, string> = {
  fixed_asset_investment_growth: '全社会固定资产投资',
  industrial_project_investment_growth: '工业项目投资',
  above_scale_industry_value_added_growth: '规上工业增加值',
}

/** The growth rates the chosen sectors cover (town-wide ones only when no sector is chosen). */
function investmentRates(ctx: PanelContext) {
  return GROWTH_IDS.map((id) => requireIndicator(ctx.dataset, id)).filter((item) => inSectors(ctx, item.sector))
}

/**
 * The fixed-asset investment level. The report gives it for the whole town only: under a sector filter the
 * headline says so rather than pass it off as the chosen sector's figure.
 */
function investmentHeadline(ctx: PanelContext): string {
  const level = requireIndicator(ctx.dataset, LEVEL_ID)
  if (inSectors(ctx, level.sector)) return `固定资产投资累计 ${formatIndicator(level)}`
  // Another sector's figure is not shown under this filter at all.
  return level.sector === null ? `全镇固定资产投资累计 ${formatIndicator(level)}（未按产业拆分）` : ''
}

export const investmentPanel: ChartPanel<'investment'> = {
  id: 'investment',
  title: TITLE,
  // The bars are growth rates; the headline is the investment level.
  unit: '%、亿元',
  scope: 'sector',
  kind: 'chart',
  // sectors.json: bars take their sector's colour and the table names the sector.
  reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
  indicators: [LEVEL_ID, ...GROWTH_IDS],
  period: (ctx) => periodLabel(requireIndicator(ctx.dataset, LEVEL_ID)),
  source: (ctx) => sourceLine(ctx.dataset, [requireIndicator(ctx.dataset, LEVEL_ID), ...GROWTH_IDS.map((id) => requireIndicator(ctx.dataset, id))]),
  headline: investmentHeadline,
  isEmpty: (ctx) => investmentRates(ctx).length === 0,
  buildOption(ctx): ChartOption {
    const c = colours(ctx)
    const rates = investmentRates(ctx)
    const base = baseOption(ctx, TITLE)
    return {
      ...base,
      tooltip: {
        ...base.tooltip,
        trigger: 'item',
        formatter: (p: unknown) => {
          const item = p as { name?: string; value?: unknown }
          return `${item.name ?? ''}\n同比 ${formatGrowth(Number(item.value))}`
        },
      },
      grid: { left: '3%', right: '12%', top: fontPx(ctx, 16), bottom: fontPx(ctx, 48), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
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
        data: rates.map((item) => LABELS[item.id] ?? item.name),
        axisLabel: { fontSize: fontPx(ctx, 16), color: c.text },
      },
      series: [
        {
          type: 'bar',
          barMaxWidth: fontPx(ctx, 40),
          data: rates.map((item) => ({
            name: LABELS[item.id] ?? item.name,
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
            formatter: (p: { value: unknown }) => formatPercent(Number(p.value)),
          },
        },
      ],
    }
  },
  buildTable(ctx) {
    const level = requireIndicator(ctx.dataset, LEVEL_ID)
    const previous = previousYearFigure(ctx.dataset, LEVEL_ID)
    const rows: (string | TableCell)[][] = investmentRates(ctx).map((item) => [
      LABELS[item.id] ?? item.name,
      `同比 ${formatGrowth(item.value)}`,
      item.sector ? sectorName(ctx.dataset, item.sector) : '全镇',
    ])
    // The level and its previous year belong to the level's sector (the whole town): not a chosen sector's rows.
    if (inSectors(ctx, level.sector)) {
      rows.unshift([level.name, formatIndicator(level), '全镇'])
      if (previous)
        rows.push([previous.name, { text: formatDerived(previous), derived: true }, `推算：${previous.formula}`])
    }
    return table(['指标', '数值', '范围 / 说明'], rows)
  },
}
