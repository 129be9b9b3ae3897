/**
 * A chart's accessible description with its key figures: the title, the panel's key figure (headline)
 * and the first data items of each series as "name value". Screen readers read it instead of ECharts'
 * generic template. Pure.
 */
import type { ChartOption } from './echarts'

type Loose = Record<string, unknown>

/** Data items read out per series: enough for the key figures, short enough to listen to. */
const MAX_ITEMS = 8

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

function categories(option: ChartOption): unknown[] {
  const axes = [...list(option.xAxis as Loose | Loose[] | undefined), ...list(option.yAxis as Loose | Loose[] | undefined)]
  return (axes.find((axis) => axis.type === 'category')?.data as unknown[] | undefined) ?? []
}

function itemText(item: unknown, index: number, names: unknown[]): string | undefined {
  const loose = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as Loose) : undefined
  const value = loose ? loose.value : item
  if (typeof value !== 'number' || !Number.isFinite(value)) return undefined
  const rawName = loose?.name ?? names[index]
  const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName) : ''
  return `${name} ${Number(value.toFixed(2))}`.trim()
}

export function ariaDescription(option: ChartOption, title: string, unit: string, headline?: string): string {
  const names = categories(option)
  const parts = list(option.series as Loose | Loose[] | undefined).flatMap((series) => {
    const items = list(series.data as unknown[] | undefined)
      .map((item, i) => itemText(item, i, names))
      .filter((text): text is string => text !== undefined)
    if (items.length === 0) return []
    const more = items.length > MAX_ITEMS ? `等${items.length}项` : ''
    const label = typeof series.name === 'string' && series.name ? `${series.name}：` : ''
    return [`${label}${items.slice(0, MAX_ITEMS).join('，')}${more}`]
  })
  return [title, headline, parts.length ? `${unit ? `单位${unit}。` : ''}${parts.join('；')}` : undefined].filter(Boolean).join('。')
}
