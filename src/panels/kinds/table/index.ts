/**
 * 表格: the definition's indicators as a table, one row per figure: name, value with its unit, 同比 (the
 * growth the data relates to it, listed in the definition), completion of the year's target against
 * 时序进度, and the marks a reader must see (预计/初步/快报, 推算, the report's rank, a figure of an earlier
 * edition). On screen it is the panel's data table (DOM text, never HTML from data); exports, print and
 * the deck draw the same rows as chart text. Options: `labels` (short names by id), `unit`, `scope`.
 */
import type { ChartOption } from '../../../charts/echarts'
import { completionOf, scheduleWords } from '../../../data/completion'
import type { Indicator } from '../../../data/resolve'
import { carriedMark, formatGrowthOf, formatIndicator, formatPercent, growthDirection } from '../../../format/number'
import { cutText, textEm } from '../../../format/text'
import { baseOption, colours, fontPx } from '../../option'
import { periodOf, requireIndicators, sourceLine, visibleItems } from '../../lookup'
import type { ChartPanel, PanelContext, PanelTable, TableCell } from '../../types'
import type { PanelKind, PanelSpec } from '../../spec'
import { mapOption, scopeOption, textOption } from '../../spec'

const COLUMNS = ['指标', '数值', '同比', '完成全年目标', '说明']

interface Figure {
  indicator: Indicator
  growth: Indicator | undefined
  sector: string | null
}

/**
 * The listed figures less the growths shown beside their listed level; a figure no report up to the
 * edition shown has yet is a row saying so (`unreported`), not a broken panel.
 */
function figures(spec: PanelSpec, ctx: PanelContext): { rows: Figure[]; unreported: string[] } {
  const unreported = spec.indicators.filter((id) => !ctx.dataset.indicators.some((item) => item.id === id) && ctx.dataset.unreported?.has(id))
  const listed = requireIndicators(ctx.dataset, spec.indicators.filter((id) => !unreported.includes(id)))
  const ids = new Set(spec.indicators)
  const beside = (item: Indicator) => item.measure === 'growth' && item.of !== null && ids.has(item.of)
  const rows = listed
    .filter((item) => !beside(item))
    .map((indicator) => ({ indicator, sector: indicator.sector, growth: listed.find((item) => beside(item) && item.of === indicator.id && item.edition.id === indicator.edition.id) }))
  const labels = mapOption(spec, 'labels')
  return { rows: visibleItems(ctx, scopeOption(spec, 'sector'), rows), unreported: unreported.map((id) => labels[id] ?? ctx.dataset.unreported?.get(id) ?? id) }
}

function rowOf(spec: PanelSpec, { indicator, growth }: Figure): TableCell[] {
  const label = mapOption(spec, 'labels')[indicator.id] ?? indicator.name
  const completion = completionOf(indicator)
  const alone = indicator.measure === 'growth'
  const rate = alone ? indicator : growth
  const marks = [
    indicator.estimate ? `${indicator.estimate}数` : '',
    indicator.rank ?? '',
    rate?.rank ?? '',
    completion?.derived ? '完成率由全年目标额推算' : '',
    carriedMark(indicator).replace(/[（）]/g, ''),
  ].filter(Boolean)
  const trend = rate ? growthDirection(rate.value) : undefined
  return [
    { text: label },
    // A growth standing alone (工业用电量下降6.4%) has no level to show: the report gives only its 同比.
    { text: alone ? '未报总量' : formatIndicator(indicator) },
    { text: rate ? formatGrowthOf(rate) : '—', ...(trend && trend !== 'flat' ? { trend } : {}) },
    completion
      ? { text: `${formatPercent(completion.rate)}${completion.schedule === undefined ? '' : `（序时${formatPercent(completion.schedule)}，${scheduleWords(completion)}）`}`, ...(completion.derived ? { derived: true } : {}) }
      : { text: '—' },
    { text: marks.join('；') },
  ]
}

function tableOf(spec: PanelSpec, ctx: PanelContext): PanelTable {
  const { rows, unreported } = figures(spec, ctx)
  const later = unreported.map((name) => [{ text: name }, { text: '—' }, { text: '—' }, { text: '—' }, { text: `报告期“${ctx.dataset.edition.name}”及以前各期未报` }])
  return { columns: [...COLUMNS], rows: [...rows.map((figure) => rowOf(spec, figure)), ...later] }
}

/** Longest text of a cell drawn in exports and print; the whole text is in the data table. */
const CELL_LIMIT = 40

/**
 * The same rows drawn as chart text for the picture exports, print and the deck: columns as wide as their
 * longest text (in em), rows one under another, a derived cell in the derived colour with 推算.
 */
function buildOption(spec: PanelSpec, ctx: PanelContext): ChartOption {
  const c = colours(ctx)
  const data = tableOf(spec, ctx)
  const texts = [COLUMNS, ...data.rows.map((row) => row.map((cell) => cutText(`${cell.text}${cell.derived ? '（推算）' : ''}`, CELL_LIMIT)))]
  const widths = COLUMNS.map((_, column) => Math.max(...texts.map((row) => textEm(row[column] ?? ''))) + 1.5)
  const total = widths.reduce((a, b) => a + b, 0)
  const lefts = widths.map((_, column) => widths.slice(0, column).reduce((a, b) => a + b, 0) / total)
  const size = fontPx(ctx, 16)
  const line = Math.round(size * 1.9)
  const elements = texts.flatMap((row, rowIndex) =>
    row.map((text, column) => {
      const source = rowIndex === 0 ? undefined : data.rows[rowIndex - 1][column]
      const fill = rowIndex === 0 ? c.subtext : source?.derived ? c.derived : source?.trend === 'up' ? c.up : source?.trend === 'down' ? c.down : c.text
      return {
        type: 'text',
        left: `${2 + lefts[column] * 96}%`,
        top: fontPx(ctx, 8) + rowIndex * line,
        style: { text, fill, fontSize: size, fontWeight: rowIndex === 0 ? 'bold' : 'normal' },
      }
    }),
  )
  // ECharts types graphic elements as a union the literal objects above do not narrow to.
  return { ...baseOption(ctx, spec.title), graphic: { elements } as unknown as ChartOption['graphic'] }
}

export const tableKind: PanelKind = {
  about: '表格：各项指标列成表，名称、数值与单位、同比、完成进度、预计与推算标注',
  build(spec): ChartPanel {
    const shown = (ctx: PanelContext) => figures(spec, ctx).rows.flatMap((row) => (row.growth ? [row.indicator, row.growth] : [row.indicator]))
    return {
      id: spec.id,
      title: spec.title,
      unit: textOption(spec, 'unit', '—'),
      scope: scopeOption(spec, 'sector'),
      kind: 'chart',
      tableOnScreen: true,
      reads: ['meta.json', 'sectors.json', 'editions.json', 'indicators.json', 'values.json'],
      indicators: spec.indicators,
      period: (ctx) => periodOf(shown(ctx)),
      source: (ctx) => sourceLine(ctx.dataset, shown(ctx)),
      isEmpty: (ctx) => figures(spec, ctx).rows.length === 0,
      buildOption: (ctx) => buildOption(spec, ctx),
      buildTable: (ctx) => tableOf(spec, ctx),
    }
  },
}
