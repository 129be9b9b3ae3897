/**
 * The headline cards: GDP, fiscal revenue, fixed-asset investment, income with their 同比 growth, and the
 * four-above enterprises (79家, 新增5个: the report gives them no rate).
 */
import { formatGrowth, growthDirection } from '../../format/number'
import { addedNote, cardsOption, cardsTable, indicatorCard, type FigureCard } from '../cards'
import { growthOf, periodOf, requireIndicator, sourceLine } from '../lookup'
import { cardTargetText } from '../levelView'
import type { CardPanel, PanelContext } from '../types'

const TITLE = '主要经济指标'
/** Level figures (each with its growth rate, found by the data's `of`) and a short label. */
const LEVELS = [
  { id: 'gdp', label: '地区生产总值' },
  { id: 'fiscal_revenue', label: '财政收入' },
  { id: 'fixed_asset_investment', label: '固定资产投资' },
  { id: 'disposable_income_per_capita', label: '居民人均可支配收入' },
] as const
const FOUR_ABOVE_TOTAL = 'four_above_enterprises_total'
const FOUR_ABOVE_NEW = 'four_above_enterprises_new'

function figures(ctx: PanelContext) {
  const levels = LEVELS.map((level) => requireIndicator(ctx.dataset, level.id))
  const growths = LEVELS.map((level) => growthOf(ctx.dataset, level.id))
  const total = requireIndicator(ctx.dataset, FOUR_ABOVE_TOTAL)
  // An edition may give the total without the count added (a year-end report): the card then has no note.
  const added = ctx.dataset.indicators.find((item) => item.id === FOUR_ABOVE_NEW)
  return { levels, growths, total, added, stated: [...levels, ...(added ? [added] : []), total] }
}

export function headlineCards(ctx: PanelContext): FigureCard[] {
  const { levels, growths, total, added } = figures(ctx)
  const cards = levels.map((level, index): FigureCard => {
    const found = growths[index]
    // A rate of another edition does not describe this figure.
    const growth = found && found.edition.id === level.edition.id ? found : undefined
    const target = cardTargetText(level)
    return {
      ...indicatorCard(level, growth ? `同比 ${formatGrowth(growth.value)}${cardTargetText(growth)}` : undefined),
      label: LEVELS[index].label,
      trend: growth ? growthDirection(growth.value) : undefined,
      ...(target ? { target } : {}),
    }
  })
  const stock = cardTargetText(total)
  cards.push({
    ...indicatorCard(total, added && addedNote(added)),
    ...(stock ? { target: stock } : {}),
    label: '“四上”企业',
    // No rate for them: the direction is that of the count added.
    trend: added && growthDirection(added.value),
  })
  return cards
}

export const headlinePanel: CardPanel<'headline'> = {
  id: 'headline',
  title: TITLE,
  unit: '亿元、万元、元、家、个',
  scope: 'town',
  kind: 'cards',
  reads: ['meta.json', 'editions.json', 'indicators.json', 'values.json'],
  period: (ctx) => periodOf([requireIndicator(ctx.dataset, 'gdp'), requireIndicator(ctx.dataset, FOUR_ABOVE_TOTAL)]),
  source: (ctx) => {
    return sourceLine(ctx.dataset, figures(ctx).stated)
  },
  buildCards: headlineCards,
  buildOption: (ctx) => cardsOption(ctx, TITLE, headlineCards(ctx)),
  buildTable: (ctx) => {
    const { growths, stated } = figures(ctx)
    return cardsTable(headlineCards(ctx), [...stated, ...growths.filter((g) => g !== undefined)])
  },
}
