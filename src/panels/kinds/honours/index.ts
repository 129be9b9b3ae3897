/**
 * Honours and designations the report states (荣誉与称号): 商贸物流型特色小镇 (March, the only town of
 * 市中区), 中国淘宝镇, 聂庄村 山东省先进基层党组织, the district's first 学习强国 theme park at 留园. Each
 * with its holder, its period and the report's phrase.
 */
import type { Honour } from '../../../data/schema'
import { periodLabel } from '../../../format/number'
import { cardsOption, type FigureCard } from '../../cards'
import { NotInEdition, periodOf, sourceLine } from '../../lookup'
import { table } from '../../lists'
import type { CardPanel, PanelContext } from '../../types'
import type { PanelKind } from '../../spec'
import { textOption } from '../../spec'


function honourCard(honour: Honour): FigureCard {
  return { id: honour.id, label: `${honour.holder} · ${periodLabel(honour)}`, value: honour.name, sector: null, wordy: true }
}

const cards = (ctx: PanelContext): FigureCard[] => ctx.dataset.honours.map(honourCard)

export const honoursKind: PanelKind = {
  about: '荣誉称号：报道所载荣誉与称号，各一张卡（读 honours.json）',
  build: (spec): CardPanel => ({
  id: spec.id,
  title: spec.title,
  unit: textOption(spec, 'unit', '项'),
  scope: 'town',
  kind: 'cards',
  reads: ['meta.json', 'editions.json', 'honours.json'],
  indicators: [],
  period: (ctx) => {
    if (ctx.dataset.honours.length === 0) throw new NotInEdition(`报告期“${ctx.dataset.edition.name}”及以前各期没有荣誉与称号`)
    return periodOf(ctx.dataset.honours)
  },
  source: (ctx) => sourceLine(ctx.dataset, ctx.dataset.honours),
  buildCards: cards,
  buildOption: (ctx) => cardsOption(ctx, spec.title, cards(ctx)),
  buildTable: (ctx) => table(['荣誉与称号', '获得者', '期间', '报道原文'], ctx.dataset.honours.map((honour) => [honour.name, honour.holder, periodLabel(honour), honour.source])),
}),
}
