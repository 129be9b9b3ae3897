/**
 * 指标卡: one card per figure, its value and what it is compared with: the 同比 growth the data relates to
 * it (an arrow for its direction), the count added (option `added`: {总数指标: 新增指标}), progress against
 * the yearly target (completion against 时序进度 as a small bar, 推算 when computed from the amount), a small
 * trend line when three or more periods are in the data. A growth or share shown beside its level is not a card of its own. Options: `labels`
 * (short card labels by indicator id), `notes` (a second line by indicator id), `unit`, `scope` (town: the sector filter leaves it whole).
 */
import type { Indicator } from '../../../data/schema'
import { formatGrowthOf, formatIndicator, growthDirection } from '../../../format/number'
import { formatPeriod } from '../../../format/period'
import { lowerBoundNote } from '../../bars'
import { addedNote, cardsOption, cardsTable, indicatorCard, missingCard, SPARK_MIN_POINTS, type CardSpark, type FigureCard } from '../../cards'
import { completionOf } from '../../../data/completion'
import { monthsSoFar, wholeYears } from '../../../data/series'
import { cardTargetText } from '../../levelView'
import { periodOf, requireIndicator, sourceLine, visibleItems } from '../../lookup'
import type { PanelSpec, PanelKind } from '../../spec'
import { mapOption, scopeOption, textOption } from '../../spec'
import type { CardPanel, PanelContext } from '../../types'

interface Figure {
  id: string
  indicator: Indicator | undefined
  growth: Indicator | undefined
  /** The id of the growth shown beside it, even when that growth has no readable value. */
  growthId: string | undefined
  added: Indicator | undefined
  sector: string | null
}

/** The cards' figures: the listed ids less those shown beside another (its growth, its count added). */
function figures(spec: PanelSpec, ctx: PanelContext): Figure[] {
  const listed = new Set(spec.indicators)
  const added = mapOption(spec, 'added')
  const addedIds = new Set(Object.values(added))
  const find = (id: string | undefined) => (id === undefined ? undefined : ctx.dataset.indicators.find((item) => item.id === id))
  // A figure whose value could not be read is still known by its definition (shown beside its level).
  const defined = (id: string) => find(id) ?? ctx.dataset.definitions?.find((item) => item.id === id)
  const beside = (item: Pick<Indicator, 'measure' | 'of'> | undefined) => item !== undefined && item.measure !== 'level' && item.of !== null && listed.has(item.of)
  const growthOf = (id: string) => (item: Pick<Indicator, 'id' | 'measure' | 'of'>) => item.measure === 'growth' && item.of === id && listed.has(item.id)
  return spec.indicators
    .filter((id) => !addedIds.has(id) && !beside(defined(id)))
    .map((id) => {
      const indicator = find(id)
      const growth = ctx.dataset.indicators.find(growthOf(id))
      const growthId = growth?.id ?? ctx.dataset.definitions?.find(growthOf(id))?.id
      return { id, indicator, growth, growthId, added: find(added[id]), sector: indicator?.sector ?? null }
    })
}

/**
 * The card's second line from option `notes` (by indicator id): text, where {期间} is the figure's period
 * (a one-day action's date) and {下限} says the report gives a lower bound (“余”).
 */
function statedNote(spec: PanelSpec, indicator: Indicator): string | undefined {
  const text = mapOption(spec, 'notes')[indicator.id]
  if (text === undefined) return undefined
  return text.replace('{期间}', formatPeriod(indicator.period)).replace('{下限}', lowerBoundNote(indicator) ?? '') || undefined
}

function card(spec: PanelSpec, figure: Figure, ctx: PanelContext): FigureCard {
  const label = mapOption(spec, 'labels')[figure.id]
  const level = figure.indicator
  if (!level) return missingCard(ctx.dataset, figure.id, label ?? ctx.dataset.unreported?.get(figure.id) ?? figure.id)
  // A rate of another edition does not describe this figure.
  const growth = figure.growth && figure.growth.edition.id === level.edition.id ? figure.growth : undefined
  const { added } = figure
  const target = cardTargetText(level)
  // A rank the report states of the growth (增速列全区第二) follows the growth it ranks, on its level's card.
  const growthNote = growth && [`同比 ${formatGrowthOf(growth)}${cardTargetText(growth)}`, growth.rank].filter(Boolean).join(' ')
  const note = growthNote || (added ? addedNote(added) : statedNote(spec, level))
  // No rate: the direction is that of the count added; a growth shown alone points its own way.
  const trend = growth ? growthDirection(growth.value) : added ? growthDirection(added.value) : level.measure === 'growth' ? growthDirection(level.value) : undefined
  const also = [growth?.id ?? figure.growthId, added?.id].filter((id): id is string => id !== undefined)
  const completion = completionOf(level)
  const spark = sparkOf(ctx, level)
  return {
    ...indicatorCard(level, note),
    label: label ?? level.name,
    ...(also.length ? { also } : {}),
    ...(trend ? { trend } : {}),
    ...(target ? { target } : {}),
    ...(completion ? { progress: { rate: completion.rate, derived: completion.derived, ...(completion.schedule === undefined ? {} : { schedule: completion.schedule }) } } : {}),
    ...(spark ? { spark } : {}),
  }
}

/** The figure's periods so far (1-3月, 1-6月 … of its year, or whole years), when there are enough for a trend. */
function sparkOf(ctx: PanelContext, level: Indicator): CardSpark | undefined {
  if (level.measure !== 'level') return undefined
  const points = level.period.kind === 'year' ? wholeYears(ctx.dataset, level.id) : monthsSoFar(ctx.dataset, level)
  if (points.length < SPARK_MIN_POINTS) return undefined
  return { values: points.map((item) => item.value), labels: points.map((item) => `${formatPeriod(item.period)} ${formatIndicator(item)}`) }
}

export const figureCardsKind: PanelKind = {
  about: '指标卡：每项指标一张卡，数值、同比箭头、新增数、目标进度',
  build(spec): CardPanel {
    const scope = scopeOption(spec, 'town')
    const shown = (ctx: PanelContext) => visibleItems(ctx, scope, figures(spec, ctx))
    const cards = (ctx: PanelContext) => shown(ctx).map((figure) => card(spec, figure, ctx))
    /** The figures there are (cards and counts added); none at all: the panel says why as a whole. */
    const stated = (ctx: PanelContext) => {
      const found = shown(ctx).flatMap((figure) => [figure.indicator, figure.added].filter((item): item is Indicator => item !== undefined))
      return found.length ? found : [requireIndicator(ctx.dataset, spec.indicators[0] ?? '')]
    }
    const growths = (ctx: PanelContext) => shown(ctx).flatMap((figure) => (figure.growth ? [figure.growth] : []))
    return {
      id: spec.id,
      title: spec.title,
      unit: textOption(spec, 'unit', ''),
      scope,
      kind: 'cards',
      reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
      indicators: spec.indicators,
      period: (ctx) => periodOf(stated(ctx)),
      source: (ctx) => sourceLine(ctx.dataset, stated(ctx)),
      isEmpty: (ctx) => shown(ctx).length === 0,
      buildCards: cards,
      buildOption: (ctx) => cardsOption(ctx, spec.title, cards(ctx)),
      buildTable: (ctx) => cardsTable(cards(ctx), [...stated(ctx), ...growths(ctx)]),
    }
  },
}
