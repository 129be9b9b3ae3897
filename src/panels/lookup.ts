/**
 * Look-ups in the dataset that fail loudly (a missing figure is an error card, a figure not yet reported
 * says so), the sector filter, and the period and source lines of the figures shown. Pure.
 */
import type { Dataset, Indicator } from '../data/schema'
import { periodLabel, type Dated } from '../format/number'
import type { PanelContext } from './types'

/**
 * A figure the data defines but no edition up to the one shown reports (a monthly figure in an early
 * year-end report): the panel says so plainly, as no error of the data.
 */
export class NotInEdition extends Error {}

/**
 * The indicator with this id; throws NotInEdition when the edition shown has no value of it yet, and an
 * error (shown as the panel's error card) when the data lacks it altogether.
 */
export function requireIndicator(dataset: Dataset, id: string): Indicator {
  const found = dataset.indicators.find((item) => item.id === id)
  if (found) return found
  const name = dataset.unreported?.get(id)
  if (name !== undefined) throw new NotInEdition(`报告期“${dataset.edition.name}”及以前各期没有“${name}”的数据`)
  throw new Error(`data/indicators.json 中缺少指标 ${id}`)
}

/** The growth indicator that qualifies a level indicator, if the data has one. */
export function growthOf(dataset: Dataset, levelId: string): Indicator | undefined {
  return dataset.indicators.find((item) => item.measure === 'growth' && item.of === levelId)
}

/** True when an item's sector is among the chosen ones (all items when none is chosen). */
export function inSectors(ctx: PanelContext, sector: string | null): boolean {
  return ctx.sectors.size === 0 || (sector !== null && ctx.sectors.has(sector))
}

export function sectorColour(dataset: Dataset, sector: string | null, fallback: string): string {
  return dataset.sectors.find((item) => item.id === sector)?.colour ?? fallback
}

/** Period label shared by the figures of a panel, e.g. 2022年1-5月、截至报道时; carried figures say so. */
export function periodOf(items: readonly Dated[]): string {
  // Distinct periods first: a list of 100,000 items has a handful of periods to format.
  const labels = new Set<string>()
  const seen = new Set<unknown>()
  for (const item of items) {
    if (seen.has(item.period)) continue
    seen.add(item.period)
    labels.add(periodLabel(item))
  }
  return [...labels].join('、')
}

/**
 * "来源：《title》“phrase”；“phrase”" with each phrase once, each after the title of the edition it was
 * reported in (a figure carried from an earlier edition names that edition's report).
 */
export function sourceLine(dataset: Dataset, items: readonly { source: string; edition?: { title: string } }[]): string {
  // The first phrases only: a long list (100,000 projects) makes a line no one reads and no screen shows.
  const byTitle = new Map<string, Set<string>>()
  let count = 0
  let more = false
  for (const item of items) {
    const title = item.edition?.title ?? dataset.edition.title
    const phrases = byTitle.get(title) ?? new Set<string>()
    if (phrases.has(item.source)) continue
    if (count === MAX_SOURCE_PHRASES) {
      more = true
      break
    }
    phrases.add(item.source)
    byTitle.set(title, phrases)
    count++
  }
  if (byTitle.size === 0) return `来源：《${dataset.edition.title}》`
  const parts = [...byTitle].map(([title, phrases]) => `《${title}》${[...phrases].map((phrase) => `“${phrase}”`).join('；')}`)
  return `来源：${parts.join('；')}${more ? '等' : ''}`
}

const MAX_SOURCE_PHRASES = 20

/**
 * What a panel shows under the sector filter: a town-wide panel keeps every item (the frame marks it 全镇);
 * a sector panel keeps the chosen sectors' items, and items without a sector only when no filter is set.
 */
export function visibleItems<T extends { sector: string | null }>(ctx: PanelContext, scope: 'town' | 'sector', items: readonly T[]): T[] {
  return scope === 'town' ? [...items] : items.filter((item) => inSectors(ctx, item.sector))
}

/** Indicators by id, in that order; throws when one is missing. */
export function requireIndicators(dataset: Dataset, ids: readonly string[]): Indicator[] {
  return ids.map((id) => requireIndicator(dataset, id))
}
