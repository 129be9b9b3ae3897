/**
 * Which sector a chart element stands for, read from the option the panel built: a series or a data
 * item may carry a `sector` id beside its `name` (ECharts keeps unknown fields). Pure.
 */
import type { ChartOption } from './echarts'

/** The `sector` of the series or data item called `name` (a legend entry, a clicked series), or null. */
export function sectorNamed(option: ChartOption, name: string): string | null {
  const tagged = (item: unknown): string | null => {
    const fields = item && typeof item === 'object' ? (item as { name?: unknown; sector?: unknown }) : {}
    return fields.name === name && typeof fields.sector === 'string' ? fields.sector : null
  }
  const series = option.series
  for (const one of Array.isArray(series) ? series : series ? [series] : []) {
    const data: unknown = (one as { data?: unknown }).data
    const found = tagged(one) ?? (Array.isArray(data) ? data.map(tagged).find((id) => id !== null) : null)
    if (found) return found
  }
  return null
}
