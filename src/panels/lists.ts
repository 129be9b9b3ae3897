/**
 * List and table helpers of the panel builders: table cells, per-render caches, long lists cut to a top N
 * with the rest summed. Pure.
 */
import type { PanelContext, PanelTable, TableCell } from './types'

export function cell(text: string, derived = false): TableCell {
  return derived ? { text, derived } : { text }
}

export function table(columns: string[], rows: (string | TableCell)[][]): PanelTable {
  return { columns, rows: rows.map((row) => row.map((value) => (typeof value === 'string' ? cell(value) : value))) }
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
export const OTHERS_NAME = '其余'

export interface TopItems<T> {
  /** The largest items, largest first (ties keep their list order). */
  top: T[]
  /** Everything else, counted and summed; undefined when the whole list fits. */
  rest: { count: number; value: number } | undefined
}

/**
 * The `n` largest items by `valueOf` and the sum of the rest: a chart of a list draws at most n bars plus
 * one 其余 bar, so a data file with 100,000 projects stays readable and fast to draw.
 */
export function topN<T>(items: readonly T[], n: number, valueOf: (item: T) => number): TopItems<T> {
  const ranked = items.map((item, index) => ({ item, index, value: valueOf(item) })).sort((a, b) => b.value - a.value || a.index - b.index)
  const top = ranked.slice(0, n).map((entry) => entry.item)
  if (ranked.length <= n) return { top, rest: undefined }
  let value = 0
  for (let i = n; i < ranked.length; i++) value += ranked[i].value
  return { top, rest: { count: ranked.length - n, value } }
}
