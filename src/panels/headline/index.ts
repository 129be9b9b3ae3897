/**
 * The headline cards: GDP, fiscal revenue, fixed-asset investment, income with their 同比 growth, and the
 * four-above enterprises (79, 新增5家: the report gives them no rate).
 */
import { formatGrowth, formatPeriod, growthDirection } from '../../format/number'
import { cardsOption, cardsTable, indicatorCard, type FigureCard } from '../cards'
import { growthOf, requireIndicator, sourceLine } from '../shared'
import type { PanelContext, PanelDefinition } from '../types'

const LEVELS = ['gdp', 'fiscal_revenue', 'fixed_asset_investment', 'disposable_income_per_capita'] as const
const SHORT_NAMES: Record<string, string> = {
  gdp: '地区生产总值',
  fiscal_revenue: '财政收入',
  fixed_asset_investment: '固定资产投资',
  disposable_income_per_capita: '居民人均可支配收入',
}

function figures(ctx: PanelContext) {
  const levels = LEVELS.map((id) => requireIndicator(ctx.dataset, id))
  const growths = LEVELS.map((id) => growthOf(ctx.dataset, id))
  const total = requireIndicator(ctx.dataset, 'four_above_enterprises_total')
  const added = requireIndicator(ctx.dataset, 'four_above_enterprises_new')
  return { levels, growths, total, added }
}

export function headlineCards(ctx: PanelContext): FigureCard[] {
  const { levels, growths, total, added } = figures(ctx)
  const cards = levels.map((level, index): FigureCard => {
    const growth = growths[index]
    return {
      ...indicatorCard(level, growth ? `同比 ${formatGrowth(growth.value)}` : undefined),
      label: SHORT_NAMES[level.id] ?? level.name,
      trend: growth ? growthDirection(growth.value) : undefined,
    }
  })
  cards.push({
    ...indicatorCard(total, `新增${added.value}${added.displayUnit === '个' ? '家' : added.displayUnit}`),
    label: '“四上”企业',
    trend: 'up',
  })
  return cards
}

export const headlinePanel: PanelDefinition = {
  id: 'headline',
  title: '主要经济指标',
  unit: '亿元、万元、元、家',
  scope: 'town',
  kind: 'cards',
  reads: ['meta.json', 'indicators.json'],
  indicators: [
    ...LEVELS.flatMap((id) => [id, `${id}_growth`]),
    'four_above_enterprises_total',
    'four_above_enterprises_new',
  ],
  period: (ctx) => formatPeriod(requireIndicator(ctx.dataset, 'gdp').period),
  source: (ctx) => {
    const { levels, total, added } = figures(ctx)
    return sourceLine(ctx.dataset, [...levels, added, total])
  },
  buildCards: headlineCards,
  buildOption: (ctx) => cardsOption(ctx, headlinePanel.title, headlineCards(ctx)),
  buildTable: (ctx) => {
    const { levels, growths, total, added } = figures(ctx)
    return cardsTable(headlineCards(ctx), [...levels, ...growths.filter((g) => g !== undefined), total, added])
  },
}
