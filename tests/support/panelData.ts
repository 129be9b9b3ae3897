/**
 * The fixture data of tests/fixtures/small (a frozen copy of the report's one edition, so a change to
 * data/ breaks no panel test) and helpers to build panels from it and read what they show: the texts an
 * option draws (labels, axis names, notes, tooltips), table cells and cards.
 */
import type { ThemeName } from '../../src/charts/themes'
import type { ChartOption } from '../../src/charts/echarts'
import type { Dataset } from '../../src/data/schema'
import type { FigureCard } from '../../src/panels/cards'
import type { PanelContext, PanelDefinition } from '../../src/panels/types'
import type { PanelOptions } from '../../src/data/dashboardSchema'
import { loadedKind } from '../../src/panels/registry'
import { findPanel } from '../../src/layouts/pages'
import { fixtureDataset } from './fixtures'

export const dataset: Dataset = fixtureDataset('small')

/** A context with the chosen sectors and their sub-sectors, as the filter store gives it. */
export function context(chosen: string[] = [], theme: ThemeName = 'dark', scale = 1, data: Dataset = dataset): PanelContext {
  return contextOf(data, chosen, theme, scale)
}

/** The same for any dataset (another fixture, another edition). */
export function contextOf(dataset: Dataset, chosen: string[] = [], theme: ThemeName = 'dark', scale = 1): PanelContext {
  const sectors = new Set<string>()
  const add = (id: string) => {
    sectors.add(id)
    dataset.sectors.filter((sector) => sector.parent === id).forEach((child) => add(child.id))
  }
  chosen.forEach(add)
  return { dataset, sectors, theme, scale }
}

export function indicator(id: string) {
  const found = dataset.indicators.find((item) => item.id === id)
  if (!found) throw new Error(`no indicator ${id}`)
  return found
}

type Series = { type?: string; name?: string; data?: unknown[]; label?: { formatter?: unknown }; stack?: string }

export function seriesOf(option: ChartOption): Series[] {
  const series = option.series
  return (Array.isArray(series) ? series : series ? [series] : []) as Series[]
}

/** A data item's value, whether the item is a plain value or `{ value }`. */
export function valueOf(item: unknown): unknown {
  return item !== null && typeof item === 'object' && 'value' in item ? (item as { value: unknown }).value : item
}

export function values(option: ChartOption, seriesIndex = 0): unknown[] {
  return (seriesOf(option)[seriesIndex]?.data ?? []).map(valueOf)
}

export function sectorsOf(option: ChartOption, seriesIndex = 0): unknown[] {
  return (seriesOf(option)[seriesIndex]?.data ?? []).map((item) => (item as { sector?: unknown }).sector)
}

/** The label a series draws on each of its data items (its formatter called as ECharts would). */
export function labels(option: ChartOption, seriesIndex = 0): string[] {
  const series = seriesOf(option)[seriesIndex]
  const formatter = series?.label?.formatter
  return (series?.data ?? []).map((item, dataIndex) => {
    const value = valueOf(item)
    const name = (item as { name?: string }).name ?? ''
    if (typeof formatter === 'function') return String(formatter({ value, dataIndex, name, seriesIndex, data: item }))
    if (typeof formatter === 'string') return formatter.replace('{c}', String(value)).replace('{b}', name)
    return String(value)
  })
}

/** The tooltip text of each data item of a series. */
export function tooltips(option: ChartOption, seriesIndex = 0): string[] {
  const tooltip = option.tooltip as { formatter?: unknown } | undefined
  const formatter = tooltip?.formatter
  if (typeof formatter !== 'function') return []
  return (seriesOf(option)[seriesIndex]?.data ?? []).map((item, dataIndex) =>
    String(formatter({ dataIndex, seriesIndex, value: valueOf(item), name: (item as { name?: string }).name, data: item })),
  )
}

/** Paths of every NaN, undefined, or non-finite number in an option (functions are skipped). */
export function badValues(value: unknown, path = 'option', seen = new Set<unknown>()): string[] {
  if (value === undefined) return [path]
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [path]
  if (typeof value === 'string') return value.includes('undefined') || value.includes('NaN') ? [`${path} = ${value}`] : []
  if (value === null || typeof value !== 'object' || seen.has(value)) return []
  seen.add(value)
  return Object.entries(value).flatMap(([key, child]) => badValues(child, `${path}.${key}`, seen))
}

/** Every text an option shows: strings anywhere in it, every series label and every tooltip. */
export function optionText(option: ChartOption): string {
  const strings: string[] = []
  const walk = (value: unknown, seen = new Set<unknown>()) => {
    if (typeof value === 'string') strings.push(value)
    else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value)
      Object.values(value).forEach((child) => walk(child, seen))
    }
  }
  walk(option)
  seriesOf(option).forEach((_, index) => strings.push(...labels(option, index), ...tooltips(option, index)))
  return strings.join('\n')
}

/** Everything a panel shows as text: option, table cells, cards, headline. */
/** The figure cards a panel shows on screen; none for a chart panel. */
export function cardsOf(panel: PanelDefinition, ctx: PanelContext): FigureCard[] {
  return panel.kind === 'cards' ? panel.buildCards(ctx) : []
}

export function panelText(panel: PanelDefinition, ctx: PanelContext): string {
  const table = panel.buildTable(ctx)
  const cards = cardsOf(panel, ctx)
  return [
    optionText(panel.buildOption(ctx)),
    ...table.columns,
    ...table.rows.flat().map((cell) => cell.text),
    ...cards.flatMap((card) => [card.label, card.value, card.note ?? '']),
    panel.headline?.(ctx) ?? '',
  ].join('\n')
}

export function tableText(panel: PanelDefinition, ctx: PanelContext): string[][] {
  return panel.buildTable(ctx).rows.map((row) => row.map((cell) => cell.text))
}

/** A panel built by its kind from a definition entry, as src/panels/dashboard.ts builds it from dashboard.json. */
export function fromDefinition(kind: string, indicators: readonly string[], options: PanelOptions = {}, id = 'tested', title = '测试面板'): PanelDefinition {
  const found = loadedKind(kind)
  if (!found) throw new Error(`no kind ${kind}`)
  return found.build({ id, title, kind, indicators, options })
}

/** A copy of a dataset with these indicators changed, as an edited data file would give it. */
export function changedDataset(data: Dataset, changes: Record<string, Partial<Dataset['indicators'][number]>>): Dataset {
  return { ...data, indicators: data.indicators.map((item) => (changes[item.id] ? { ...item, ...changes[item.id] } : item)) }
}

/** A panel of the small fixture's definition (tests/fixtures/small/dashboard.json), as installed for the tests. */
export function definedPanel(id: string): PanelDefinition {
  const found = findPanel(id)
  if (!found) throw new Error(`no panel ${id}`)
  return found
}

/** A context on a copy of the small fixture with these indicators changed. */
export function withIndicators(changes: Record<string, Partial<Dataset['indicators'][number]>>, chosen: string[] = []): PanelContext {
  return { ...context(chosen), dataset: changedDataset(dataset, changes) }
}
