/**
 * The headline cards: GDP, fiscal revenue, fixed-asset investment, income with their 同比 growth, and the
 * four-above enterprises (79家, 新增5个: the report gives them no rate).
 */
import { formatGrowth, growthDirection } from '../../format/number'
import { addedNote, cardsOption, cardsTable, indicatorCard, missingCard, type FigureCard } from '../cards'
import { growthOf, periodOf, requireIndicator, sourceLine } from '../lookup'
import { cardTargetText } from '../levelView'
import type { CardPanel, PanelContext } from '../types'

const TITLE = '主要经济指标'
/**
 * Level figures with the id of their growth indicator as data/indicators.json names it (the registry
 * test proves each is the one whose `of` is the level, the one found at run time) and a short label.
 */
const LEVELS = [
  { id: 'gdp', growthId: 'gdp_growth', label: '地区生产总值' },
  { id: 'fiscal_revenue', growthId: 'fiscal_revenue_growth', label: '财政收入' },
  { id: 'fixed_asset_investment', growthId: 'fixed_asset_investment_growth', label: '固定资产投资' },
  { id: 'disposable_income_per_capita', growthId: 'disposable_income_per_capita_growth', label: '居民人均可支配收入' },
] as const
const FOUR_ABOVE_TOTAL = 'four_above_enterprises_total'
const FOUR_ABOVE_NEW = 'four_above_enterprises_new'

/** The figures found; one that is not there (rejected, not reported) leaves its card saying why. */
function figures(ctx: PanelContext) {
  const find = (id: string) => ctx.dataset.indicators.find((item) => item.id === id)
  const levels = LEVELS.map((level) => find(level.id))
  const growths = LEVELS.map((level) => growthOf(ctx.dataset, level.id))
  const total = find(FOUR_ABOVE_TOTAL)
  // An edition may give the total without the count added (a year-end report): the card then has no note.
  const added = find(FOUR_ABOVE_NEW)
  const stated = [...levels, added, total].filter((item) => item !== undefined)
  // Not one figure to show: the panel says why as a whole.
  if (stated.length === 0) requireIndicator(ctx.dataset, LEVELS[0].id)
  return { levels, growths, total, added, stated }
}

function headlineCards(ctx: PanelContext): FigureCard[] {
  const { levels, growths, total, added } = figures(ctx)
  const cards = levels.map((level, index): FigureCard => {
    if (!level) return missingCard(ctx.dataset, LEVELS[index].id, LEVELS[index].label)
    const found = growths[index]
    // A rate of another edition does not describe this figure.
    const growth = found && found.edition.id === level.edition.id ? found : undefined
    const target = cardTargetText(level)
    return {
      ...indicatorCard(level, growth ? `同比 ${formatGrowth(growth.value)}${cardTargetText(growth)}` : undefined),
      label: LEVELS[index].label,
      also: [LEVELS[index].growthId],
      trend: growth ? growthDirection(growth.value) : undefined,
      ...(target ? { target } : {}),
    }
  })
  if (!total) return [...cards, missingCard(ctx.dataset, FOUR_ABOVE_TOTAL, '“四上”企业')]
  const stock = cardTargetText(total)
  cards.push({
    ...indicatorCard(total, added && addedNote(added)),
    ...(stock ? { target: stock } : {}),
    label: '“四上”企业',
    also: [FOUR_ABOVE_NEW],
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
  indicators: [...LEVELS.flatMap((level) => [level.id, level.growthId]), FOUR_ABOVE_TOTAL, FOUR_ABOVE_NEW],
  period: (ctx) => {
    const { levels, total } = figures(ctx)
    return periodOf([levels[0], total].filter((item) => item !== undefined))
  },
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
