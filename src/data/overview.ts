/**
 * What a set of data files holds, for the clerk who brought them (数据维护 and `npm run data:import`): a
 * summary in one sentence, and a table of every indicator of the newest edition as the report wrote it:
 * parts under their whole (其中), 下降 for falls, completion rates as stated (a computed one says 推算),
 * 预计/初步/快报 beside the figure, the report's rank text, and the figure a later edition revised (修订前).
 * Pure.
 */
import { completionText } from './completion'
import { formatPeriod } from '../format/period'
import { resolveEdition, type Indicator } from './resolve'
import type { DataFiles } from './schema'
import { formatIndicator, growthDirection, growthWordsWithArrow } from '../format/number'

/** A cell of the table (the shape of a panel's table cell, so the same table component shows it). */
export interface OverviewCell {
  text: string
  derived?: boolean
  /** A growth's direction: a fall is drawn in the falling colour, a rise never is. */
  trend?: 'up' | 'down' | 'flat'
}

const OVERVIEW_COLUMNS = ['指标', '期间', '数值', '同比', '完成情况', '排名或比较', '修订前', '报告期']

/** The text of a figure: a growth as 增长/下降 with its arrow, anything else in its unit with its mark. */
function figureText(indicator: Indicator): string {
  return indicator.measure === 'growth' ? `${growthWordsWithArrow(indicator.value)}${indicator.estimate ? `（${indicator.estimate}）` : ''}` : formatIndicator(indicator)
}

/** A figure's cell: a growth carries its direction, so a fall is coloured as falling. */
function figureCell(indicator: Indicator | undefined, text = indicator ? figureText(indicator) : ''): OverviewCell {
  return indicator?.measure === 'growth' ? { text, trend: growthDirection(indicator.value) } : { text }
}

/** Indicators ordered with each part right under its whole, and how deep each one is. */
function withParts(indicators: readonly Indicator[]): { indicator: Indicator; depth: number }[] {
  const ids = new Set(indicators.map((item) => item.id))
  const partsOf = new Map<string, Indicator[]>()
  for (const item of indicators)
    if (item.partOf !== undefined && ids.has(item.partOf)) partsOf.set(item.partOf, [...(partsOf.get(item.partOf) ?? []), item])
  const out: { indicator: Indicator; depth: number }[] = []
  const seen = new Set<string>()
  const visit = (item: Indicator, depth: number) => {
    if (seen.has(item.id)) return
    seen.add(item.id)
    out.push({ indicator: item, depth })
    for (const part of partsOf.get(item.id) ?? []) visit(part, depth + 1)
  }
  for (const item of indicators) if (item.partOf === undefined || !ids.has(item.partOf)) visit(item, 0)
  return out
}

/** The figure an earlier edition gave for the same indicator and period, when a later one states it again. */
function revisedFrom(history: readonly Indicator[], shown: Indicator): Indicator | undefined {
  const period = formatPeriod(shown.period)
  return history.filter((item) => item.id === shown.id && item.edition.id !== shown.edition.id && formatPeriod(item.period) === period).at(-1)
}

/** The table of the newest edition's indicators, as described above. */
export function overviewTable(files: DataFiles): { columns: string[]; rows: OverviewCell[][] } {
  const dataset = resolveEdition(files)
  // A growth that qualifies a level shown here sits in that level's 同比 column rather than a row of its own.
  const growthOf = new Map<string, Indicator>()
  for (const item of dataset.indicators) if (item.measure === 'growth' && item.of !== null) growthOf.set(item.of, item)
  const shownIds = new Set(dataset.indicators.map((item) => item.id))
  const rows = withParts(dataset.indicators.filter((item) => !(item.measure === 'growth' && item.of !== null && shownIds.has(item.of))))
  return {
    columns: OVERVIEW_COLUMNS,
    rows: rows.map(({ indicator, depth }) => {
      const growth = growthOf.get(indicator.id)
      const revised = revisedFrom(dataset.history, indicator)
      const completion = completionText(indicator)
      return [
        { text: `${depth > 0 ? `${'　'.repeat(depth)}其中：` : ''}${indicator.name}` },
        { text: formatPeriod(indicator.period) },
        figureCell(indicator),
        figureCell(growth),
        { text: completion },
        { text: [indicator.rank, growth?.rank].filter(Boolean).join('；') },
        figureCell(revised, revised ? `${figureText(revised)}（${revised.edition.name}）` : ''),
        { text: `${indicator.edition.name}${indicator.carried ? '（沿用）' : ''}` },
      ]
    }),
  }
}

/** The data files in one sentence: 3 个报告期（1 期为预计）、20 项指标 …；未提供：项目、荣誉. */
export function overviewSummary(files: DataFiles): string {
  const estimates = files.editions.filter((edition) => edition.estimate !== undefined).length + files.values.filter((value) => value.estimate !== undefined).length
  const growthIds = new Set(files.indicators.filter((item) => item.measure === 'growth').map((item) => item.id))
  const parts = [
    `${files.editions.length} 个报告期`,
    `${files.indicators.length} 项指标`,
    `${files.values.length} 个指标值`,
    files.units.length ? `${files.units.length} 个自定义单位（${files.units.map((unit) => unit.name).join('、')}）` : '',
    `完成率照报道 ${files.values.filter((value) => value.completion !== undefined).length} 项`,
    `年度目标数额 ${files.values.filter((value) => value.target !== null).length} 项`,
    `预计/初步/快报 ${estimates} 处`,
    `下降 ${files.values.filter((value) => growthIds.has(value.indicator) && value.value < 0).length} 项`,
    `“其中”分项 ${files.indicators.filter((item) => item.partOf !== undefined).length} 项`,
    `排名或比较 ${files.values.filter((value) => value.rank !== undefined).length} 项`,
    `${files.projects.length} 条项目`,
    `${files.honours.length} 项荣誉`,
    `${files.sectors.length} 个产业`,
  ]
  const missing = [files.projects.length ? '' : '项目', files.honours.length ? '' : '荣誉', files.sectors.length ? '' : '产业分类'].filter(Boolean)
  return `${parts.filter(Boolean).join('、')}${missing.length ? `；报道未提供：${missing.join('、')}（相应面板不显示）` : ''}`
}
