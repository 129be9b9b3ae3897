/**
 * Pieces the panel builders share: the base option (aria, plain-text tooltips, scaled text), look-ups
 * that fail loudly, source lines and figure cards. Pure.
 */
import type { ChartOption } from '../charts/echarts'
import { DESIGN_MIN_FONT_PX } from '../designScreen'
import { FONT_FAMILY, THEME_COLOURS, type ThemeColours } from '../charts/themes'
import type { Dataset, Indicator } from '../data/schema'
import { periodLabel, type Dated } from '../format/number'
import type { PanelContext, PanelTable, TableCell } from './types'

/** Smallest text on screen at the 1920x1080 design size; the text scale takes it to the room's rule. */
const MIN_FONT_PX = DESIGN_MIN_FONT_PX

export function fontPx(ctx: PanelContext, designPx: number): number {
  return Math.round(Math.max(MIN_FONT_PX, designPx) * ctx.scale)
}

export function colours(ctx: PanelContext): ThemeColours {
  return THEME_COLOURS[ctx.theme]
}

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

export { sectorName } from '../data/sectorName'

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

/** The option every panel starts from: accessible, plain-text tooltips (no HTML), scaled text. */
export function baseOption(ctx: PanelContext, title: string): ChartOption {
  const c = colours(ctx)
  return {
    aria: { enabled: true, label: { description: title } },
    textStyle: { fontFamily: FONT_FAMILY, fontSize: fontPx(ctx, 16), color: c.text },
    // richText tooltips are drawn text, not HTML: data can never become markup, and no inline styles
    // are needed under the Content-Security-Policy.
    tooltip: {
      renderMode: 'richText',
      confine: true,
      textStyle: { fontSize: fontPx(ctx, 16), color: c.text },
      backgroundColor: c.panel,
      borderColor: c.axis,
    },
    animationDuration: 600,
  }
}

export function cell(text: string, derived = false): TableCell {
  return derived ? { text, derived } : { text }
}

export function table(columns: string[], rows: (string | TableCell)[][]): PanelTable {
  return { columns, rows: rows.map((row) => row.map((value) => (typeof value === 'string' ? cell(value) : value))) }
}

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

/** Tooltip text of a data item: `lines[dataIndex]` joined by line breaks (plain text, richText mode). */
export function itemTooltip(ctx: PanelContext, title: string, lines: (index: number, seriesIndex: number) => string[]): ChartOption['tooltip'] {
  return {
    ...(baseOption(ctx, title).tooltip as object),
    trigger: 'item',
    formatter: (params: unknown) => {
      const p = params as { dataIndex: number; seriesIndex?: number }
      return lines(p.dataIndex, p.seriesIndex ?? 0).join('\n')
    },
  }
}

const NOTE_CHARS = 22

/** A note drawn under the plot, e.g. how a total was computed; kept inside the chart so exports carry it. */
export function noteGraphic(ctx: PanelContext, text: string): ChartOption['graphic'] {
  return {
    elements: [
      {
        type: 'text',
        left: 'center',
        bottom: fontPx(ctx, 2),
        // At most NOTE_CHARS characters a line (any panel is that wide): a long note wraps, never runs off the chart.
        style: { text, fill: colours(ctx).subtext, fontSize: fontPx(ctx, 15), fontFamily: FONT_FAMILY, width: fontPx(ctx, 15) * NOTE_CHARS, overflow: 'break', align: 'center' },
      },
    ],
  } as unknown as ChartOption['graphic']
}

/** A legend of series names at the top of the plot, sized for the room. */
export function topLegend(ctx: PanelContext, names: string[], align: 'center' | 'right' = 'center'): ChartOption['legend'] {
  return {
    top: 0,
    ...(align === 'center' ? { left: 'center' } : { right: fontPx(ctx, 8) }),
    itemWidth: fontPx(ctx, 22),
    itemHeight: fontPx(ctx, 14),
    textStyle: { fontSize: fontPx(ctx, 15), color: colours(ctx).text },
    data: names,
  }
}

/**
 * A derived list computed once per render: the builders of one panel render (period, headline, option,
 * source) share one context object, so with 100,000 projects a filter-and-sort runs once, not per call.
 * The result is shared: callers must not change it.
 */
export function perContext<T>(compute: (ctx: PanelContext) => T): (ctx: PanelContext) => T {
  const cache = new WeakMap<PanelContext, T>()
  return (ctx) => {
    if (!cache.has(ctx)) cache.set(ctx, compute(ctx))
    return cache.get(ctx) as T
  }
}

/** Up to `max` names, then one line counting the rest: a tooltip stays a tooltip however long the list. */
export function someNames(names: readonly string[], max = 12): string[] {
  return names.length <= max ? [...names] : [...names.slice(0, max), `……另有 ${names.length - max} 个`]
}

/** The one item that stands for everything past the top of a long list. */
export const OTHERS_NAME = '其他'

export interface TopItems<T> {
  /** The largest items, largest first (ties keep their list order). */
  top: T[]
  /** Everything else, counted and summed; undefined when the whole list fits. */
  rest: { count: number; value: number } | undefined
}

/**
 * The `n` largest items by `valueOf` and the sum of the rest: a chart of a list draws at most n bars plus
 * one 其他 bar, so a data file with 100,000 projects stays readable and fast to draw.
 */
export function topN<T>(items: readonly T[], n: number, valueOf: (item: T) => number): TopItems<T> {
  const ranked = items.map((item, index) => ({ item, index, value: valueOf(item) })).sort((a, b) => b.value - a.value || a.index - b.index)
  const top = ranked.slice(0, n).map((entry) => entry.item)
  if (ranked.length <= n) return { top, rest: undefined }
  let value = 0
  for (let i = n; i < ranked.length; i++) value += ranked[i].value
  return { top, rest: { count: ranked.length - n, value } }
}
