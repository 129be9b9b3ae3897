/**
 * The slides of one panel, from the same builders the panel on screen uses: its title, headline, period,
 * source and filter as text; a chart as an image box with its table beside it when the table fits, else
 * on the following slide(s); a card panel's figures as native text boxes. Pure.
 */
import { THEME_COLOURS, type ThemeName } from '../charts/themes'
import { buildPanelOption } from '../panels/context'
import { DERIVED_MARK, type FigureCard } from '../panels/cards'
import type { PanelContext, PanelDefinition, PanelTable } from '../panels/types'
import { cellText, derivedNotes, panelFilterLabel } from './labels'
import { SLIDE, type Box, type DeckSlide, type DeckTable, type DeckText } from './types'
import { textEm } from '../format/text'

const MARGIN = 0.5
const WIDTH = SLIDE.width - 2 * MARGIN
/** The band under the title, headline and meta lines that holds the chart, cards or table. */
const BODY: Box = { x: MARGIN, y: 1.85, w: WIDTH, h: 4.6 }
/** The slide's bottom edge for text, leaving a margin. */
const BOTTOM = SLIDE.height - 0.2
/** A table beside the chart gets this width; the chart the rest. */
const SIDE_TABLE_WIDTH = 4.6
const GAP = 0.25
/** Data rows on one slide: beside the chart, and on a table slide of its own. */
const SIDE_TABLE_ROWS = 10
export const TABLE_ROWS_PER_SLIDE = 12
/** A list of 100,000 projects is not a deck: the rest is counted and left to the dashboard's table. */
export const MAX_TABLE_ROWS = 65
/** Table text in points, and the width of one CJK character at that size in inches. */
const TABLE_PT = 11
const CJK_WIDTH = TABLE_PT / 72

const EMPTY_TEXT = '所选产业暂无数据'
/** A table slide points to its chart slide for the source; its notes repeat the source in full. */
const tableSource = (title: string) => `来源及推算说明见“${title}”图表页下方与本页备注`

export interface PanelSlideInput {
  panel: PanelDefinition
  ctx: PanelContext
  /** Names of the chosen sectors; empty for all. */
  sectorNames: readonly string[]
  background: string
  theme: ThemeName
}

/** Inches a line of text needs in the table font. */
function textInches(text: string): number {
  return textEm(text) * CJK_WIDTH
}

/** The table's natural width: each column as wide as its widest cell, plus cell padding. */
function columnWidths(table: PanelTable): number[] {
  return table.columns.map((column, index) => Math.max(textInches(column), ...table.rows.map((row) => textInches(row[index] ? cellText(row[index]) : ''))) + 0.2)
}

function tableWidth(table: PanelTable): number {
  return columnWidths(table).reduce((sum, width) => sum + width, 0)
}

function fitsBeside(table: PanelTable): boolean {
  return table.rows.length <= SIDE_TABLE_ROWS && tableWidth(table) <= SIDE_TABLE_WIDTH
}

/** A short, wide table goes under the chart, which keeps most of the body's height. */
const BELOW_TABLE_ROWS = 3
const ROW_HEIGHT = 0.32
function fitsBelow(table: PanelTable): boolean {
  return table.rows.length <= BELOW_TABLE_ROWS && tableWidth(table) <= BODY.w
}

/** Long source lines (a dozen phrases) get a smaller size so they stay inside the footer box. */
function sourceSize(text: string): number {
  const length = [...text].length
  return length > 400 ? 8 : length > 200 ? 9 : 10
}

/**
 * The footer (source and 推算 notes) at the bottom, as tall as its wrapped lines need, and the body above
 * it: a long source takes room from the chart rather than running off the slide.
 */
export function footerLayout(text: string): { size: number; footer: Box; body: Box } {
  const size = sourceSize(text)
  // Em per line at this size, a little short of the width, as the slide's text box wraps.
  const emPerLine = Math.floor(WIDTH / ((size / 72) * 1.02))
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(textEm(line) / emPerLine)), 0)
  const height = lines * (size / 72) * 1.3 + 0.1
  const footer = { x: MARGIN, y: BOTTOM - height, w: WIDTH, h: height }
  return { size, footer, body: { ...BODY, h: Math.min(BODY.h, footer.y - GAP - BODY.y) } }
}

/** Columns share the box's width in proportion to their widest cell (no column squeezed to wrap). */
function deckTable(table: PanelTable, rows: PanelTable['rows'], box: Box): DeckTable {
  const natural = columnWidths(table)
  const total = natural.reduce((sum, width) => sum + width, 0)
  const columnW = natural.map((width) => Math.round((width / total) * box.w * 1000) / 1000)
  return { ...box, columnW, columns: table.columns, rows: rows.map((row) => row.map((cell) => ({ text: cellText(cell), ...(cell.derived ? { derived: true } : {}) }))) }
}

function heading(headline: string | undefined, meta: string): DeckText[] {
  return [
    ...(headline ? [{ role: 'headline' as const, text: headline, x: MARGIN, y: 0.95, w: WIDTH, h: 0.45 }] : []),
    { role: 'meta', text: meta, x: MARGIN, y: headline ? 1.4 : 1.0, w: WIDTH, h: 0.4 },
  ]
}

const CARD_HEIGHT = 1.7

/** The cards in a grid of text boxes: label, value (with 推算 when computed), note. */
function cardTexts(cards: readonly FigureCard[], body: Box): DeckText[] {
  const columns = Math.max(1, Math.min(cards.length, cards.length > 4 ? 3 : cards.length))
  const rows = Math.max(1, Math.ceil(cards.length / columns))
  const w = body.w / columns
  // At most CARD_HEIGHT a row, the grid centred in the body: three cards do not sit at the top of an empty slide.
  const h = Math.min(body.h / rows, CARD_HEIGHT)
  const top = body.y + (body.h - rows * h) / 2
  return cards.flatMap((card, index) => {
    const x = body.x + (index % columns) * w
    const y = top + Math.floor(index / columns) * h
    const inner = { x: x + 0.1, w: w - 0.2 }
    return [
      { role: 'cardLabel' as const, text: card.label, ...inner, y, h: 0.4 },
      { role: 'cardValue' as const, text: card.derived ? `${card.value}${DERIVED_MARK}` : card.value, ...(card.derived ? { derived: true } : {}), ...inner, y: y + 0.4, h: 0.65 },
      ...(card.note ? [{ role: 'cardNote' as const, text: card.note, ...(card.trend ? { trend: card.trend } : {}), ...inner, y: y + 1.05, h: 0.4 }] : []),
    ]
  })
}

/** The slides of one panel: one, plus table slides when its table does not fit beside the chart. */
export function panelSlides(input: PanelSlideInput): DeckSlide[] {
  const { panel, ctx, sectorNames } = input
  const empty = panel.isEmpty?.(ctx) ?? false
  const period = panel.period(ctx)
  const source = panel.source(ctx)
  const headline = empty ? undefined : panel.headline?.(ctx)
  const filter = panelFilterLabel(sectorNames, panel.scope)
  const meta = [panel.unit ? `单位：${panel.unit}` : '', `期间：${period}`, filter].filter(Boolean).join('　')
  const table = empty ? undefined : panel.buildTable(ctx)
  const derived = table ? derivedNotes(table) : []
  const footer = [source, ...(derived.length ? [`推算说明：${derived.join('；')}`] : [])].join('\n')
  const notes = [panel.title, ...(headline ? [headline] : []), meta, source, ...derived.map((note) => `推算：${note}`)].join('\n')
  const layout = footerLayout(footer)
  const body = layout.body
  const texts: DeckText[] = [...heading(headline, meta), { role: 'source', text: footer, size: layout.size, ...layout.footer }]
  const base = { title: panel.title, panelId: panel.id, notes }

  if (empty) return [{ ...base, kind: panel.kind === 'cards' ? 'cards' : 'chart', texts: [...texts, { role: 'empty', text: EMPTY_TEXT, ...body }] }]
  if (panel.kind === 'cards') return [{ ...base, kind: 'cards', texts: [...texts, ...cardTexts(panel.buildCards(ctx), body)] }]

  const option = buildPanelOption(panel, ctx)
  const tableRows = table?.rows ?? []
  const chartSlide = (imageBox: Box, tableBox?: Box): DeckSlide => ({
    ...base,
    kind: 'chart',
    texts,
    image: { option, theme: input.theme, background: input.background, ...imageBox },
    ...(table && tableBox ? { table: deckTable(table, tableRows, tableBox) } : {}),
  })
  if (table && fitsBeside(table)) {
    const chartWidth = body.w - SIDE_TABLE_WIDTH - GAP
    return [chartSlide({ ...body, w: chartWidth }, { ...body, x: body.x + chartWidth + GAP, w: SIDE_TABLE_WIDTH })]
  }
  if (table && fitsBelow(table)) {
    const tableHeight = ROW_HEIGHT * (tableRows.length + 1)
    const chartHeight = body.h - tableHeight - GAP
    return [chartSlide({ ...body, h: chartHeight }, { ...body, y: body.y + chartHeight + GAP, w: Math.min(body.w, Math.max(6, tableWidth(table))), h: tableHeight })]
  }
  const slides: DeckSlide[] = [chartSlide(body)]
  if (!table || tableRows.length === 0) return slides
  const kept = tableRows.slice(0, MAX_TABLE_ROWS)
  const pages = Math.ceil(kept.length / TABLE_ROWS_PER_SLIDE)
  for (let page = 0; page < pages; page += 1) {
    const rows = kept.slice(page * TABLE_ROWS_PER_SLIDE, (page + 1) * TABLE_ROWS_PER_SLIDE)
    const last = page === pages - 1
    const rest = last && tableRows.length > kept.length ? [{ role: 'meta' as const, text: `另有 ${tableRows.length - kept.length} 行未列出，见看板的数据表`, x: MARGIN, y: 6.6, w: WIDTH, h: 0.35 }] : []
    slides.push({
      ...base,
      kind: 'table',
      title: `${panel.title}（数据${pages > 1 ? ` ${page + 1}/${pages}` : ''}）`,
      texts: [{ role: 'meta', text: meta, x: MARGIN, y: 1.0, w: WIDTH, h: 0.4 }, { role: 'source', text: tableSource(panel.title), size: 10, x: MARGIN, y: BOTTOM - 0.35, w: WIDTH, h: 0.35 }, ...rest],
      table: deckTable(table, rows, { x: MARGIN, y: 1.5, w: Math.min(WIDTH, Math.max(6, tableWidth(table))), h: Math.min(4.5, ROW_HEIGHT * (rows.length + 1)) }),
    })
  }
  return slides
}

/** White paper (the light theme) or the screen's theme, for chart images. */
export function chartLook(background: 'screen' | 'white', screenTheme: ThemeName): { theme: ThemeName; background: string } {
  const theme: ThemeName = background === 'white' ? 'light' : screenTheme
  return { theme, background: background === 'white' ? '#ffffff' : THEME_COLOURS[theme].panel }
}
