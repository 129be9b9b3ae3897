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
import { boxHeight, cardColumns, columnWidths, naturalTableWidth, rowHeight } from './fit'
import { SLIDE, type Box, type DeckSlide, type DeckTable, type DeckText } from './types'

const MARGIN = 0.5
const WIDTH = SLIDE.width - 2 * MARGIN
/** The band under the title, headline and meta lines that holds the chart, cards or table. */
const BODY: Box = { x: MARGIN, y: 1.85, w: WIDTH, h: 4.6 }
/** The slide's bottom edge for text, leaving a margin. */
const BOTTOM = SLIDE.height - 0.2
/** A table beside the chart gets this width; the chart the rest. */
const SIDE_TABLE_WIDTH = 4.6
const GAP = 0.25
/** Data rows beside the chart at most; a table slide takes as many as fit above its footer. */
const SIDE_TABLE_ROWS = 10
/** A list of 100,000 projects is not a deck: the rest is counted and left to the dashboard's table. */
export const MAX_TABLE_ROWS = 65

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

/** A table's cells as the deck writes them, every row one cell per column (a short 合计 row padded). */
function tableTexts(table: PanelTable): { head: string[]; rows: DeckTable['rows'] } {
  const rows = table.rows.map((row) => table.columns.map((_, index) => (row[index] ? { text: cellText(row[index]), ...(row[index].derived ? { derived: true } : {}) } : { text: '' })))
  return { head: table.columns, rows }
}

/** The table's natural width: each column as wide as its widest cell. */
function tableWidth(table: PanelTable): number {
  const { head, rows } = tableTexts(table)
  return naturalTableWidth(head, rows.map((row) => row.map((cell) => cell.text)))
}

/** The table laid out in `box`'s width: columns sized to their content, each row as tall as its wrapped text. */
function deckTable(table: PanelTable, rows: DeckTable['rows'], box: Pick<Box, 'x' | 'y' | 'w'>): DeckTable {
  const all = tableTexts(table)
  const columnW = columnWidths(all.head, all.rows.map((row) => row.map((cell) => cell.text)), box.w)
  const rowH = [all.head, ...rows.map((row) => row.map((cell) => cell.text))].map((cells) => rowHeight(cells, columnW))
  return { ...box, h: rowH.reduce((sum, one) => sum + one, 0), columnW, columns: all.head, rows, rowH }
}

function fitsBeside(table: PanelTable, box: Box): boolean {
  if (table.rows.length > SIDE_TABLE_ROWS || tableWidth(table) > SIDE_TABLE_WIDTH) return false
  return deckTable(table, tableTexts(table).rows, box).h <= box.h
}

/** A short, wide table goes under the chart, which keeps most of the body's height. */
const BELOW_TABLE_ROWS = 3
function fitsBelow(table: PanelTable): boolean {
  return table.rows.length <= BELOW_TABLE_ROWS && tableWidth(table) <= BODY.w
}

/** Rows cut into slides: as many as fit in `height` under the header, at least one a slide. */
function tablePages(table: PanelTable, rows: DeckTable['rows'], width: number, height: number): DeckTable['rows'][] {
  const laid = deckTable(table, rows, { x: 0, y: 0, w: width })
  const pages: DeckTable['rows'][] = []
  let used = laid.rowH[0]
  let page: DeckTable['rows'] = []
  rows.forEach((row, index) => {
    const h = laid.rowH[index + 1]
    if (page.length > 0 && used + h > height) {
      pages.push(page)
      page = []
      used = laid.rowH[0]
    }
    page.push(row)
    used += h
  })
  if (page.length > 0) pages.push(page)
  return pages
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
  const height = text.split('\n').reduce((sum, line) => sum + boxHeight(line, WIDTH, size), 0)
  const footer = { x: MARGIN, y: BOTTOM - height, w: WIDTH, h: height }
  return { size, footer, body: { ...BODY, h: Math.min(BODY.h, footer.y - GAP - BODY.y) } }
}

const HEADLINE_PT = 16
const META_PT = 12

/** Headline and meta line under the title, each as tall as its wrapped text; returns where they end. */
function heading(headline: string | undefined, meta: string): { texts: DeckText[]; bottom: number } {
  const headlineH = headline ? Math.max(0.45, boxHeight(headline, WIDTH, HEADLINE_PT)) : 0
  const metaY = headline ? 0.95 + headlineH : 1.0
  const metaH = Math.max(0.4, boxHeight(meta, WIDTH, META_PT))
  return {
    texts: [
      ...(headline ? [{ role: 'headline' as const, text: headline, x: MARGIN, y: 0.95, w: WIDTH, h: headlineH }] : []),
      { role: 'meta', text: meta, x: MARGIN, y: metaY, w: WIDTH, h: metaH },
    ],
    bottom: metaY + metaH,
  }
}

/** Card text sizes in points: label, value (shrunk to this at least when a long value must fit), note. */
const CARD_PT = { label: 14, value: 26, minValue: 16, note: 13 } as const
const CARD_HEIGHT = 1.7
const CARD_GAP = 0.15

/** One card's boxes stacked from its measured text: label, value at the largest size that fits, note. */
function cardStack(card: FigureCard, w: number, room: number): { parts: { role: 'cardLabel' | 'cardValue' | 'cardNote'; text: string; size: number; h: number }[]; h: number } {
  const value = card.derived ? `${card.value}${DERIVED_MARK}` : card.value
  const label = { role: 'cardLabel' as const, text: card.label, size: CARD_PT.label, h: boxHeight(card.label, w, CARD_PT.label) }
  const note = card.note ? [{ role: 'cardNote' as const, text: card.note, size: CARD_PT.note, h: boxHeight(card.note, w, CARD_PT.note) }] : []
  const fixed = label.h + note.reduce((sum, one) => sum + one.h, 0)
  let size: number = CARD_PT.value
  while (size > CARD_PT.minValue && fixed + boxHeight(value, w, size) > room) size -= 1
  const parts = [label, { role: 'cardValue' as const, text: value, size, h: boxHeight(value, w, size) }, ...note]
  return { parts, h: parts.reduce((sum, one) => sum + one.h, 0) }
}

/** The cards in a grid of text boxes: label, value (with 推算 when computed), note, each as tall as its text. */
function cardTexts(cards: readonly FigureCard[], body: Box): DeckText[] {
  const columns = cardColumns(cards.length)
  const rows = Math.max(1, Math.ceil(cards.length / columns))
  const w = body.w / columns
  const inner = w - 0.2
  const room = body.h / rows - CARD_GAP
  const stacks = cards.map((card) => cardStack(card, inner, room))
  // Each grid row as tall as its tallest card (at least CARD_HEIGHT), the grid centred in the body.
  const rowH = Array.from({ length: rows }, (_, row) => Math.max(CARD_HEIGHT, ...stacks.slice(row * columns, (row + 1) * columns).map((stack) => stack.h)) + CARD_GAP)
  const top = body.y + Math.max(0, (body.h - rowH.reduce((sum, one) => sum + one, 0)) / 2)
  return stacks.flatMap((stack, index) => {
    const row = Math.floor(index / columns)
    let y = top + rowH.slice(0, row).reduce((sum, one) => sum + one, 0)
    const x = body.x + (index % columns) * w + 0.1
    const card = cards[index]
    return stack.parts.map((part) => {
      const box: DeckText = { role: part.role, text: part.text, size: part.size, x, y, w: inner, h: part.h }
      y += part.h
      if (part.role === 'cardValue' && card.derived) box.derived = true
      if (part.role === 'cardNote' && card.trend) box.trend = card.trend
      return box
    })
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
  const top = heading(headline, meta)
  const bodyY = Math.max(layout.body.y, top.bottom + 0.1)
  const body = { ...layout.body, y: bodyY, h: layout.body.h - (bodyY - layout.body.y) }
  const texts: DeckText[] = [...top.texts, { role: 'source', text: footer, size: layout.size, ...layout.footer }]
  const base = { title: panel.title, panelId: panel.id, notes }

  if (empty) return [{ ...base, kind: panel.kind === 'cards' ? 'cards' : 'chart', texts: [...texts, { role: 'empty', text: EMPTY_TEXT, ...body }] }]
  if (panel.kind === 'cards') return [{ ...base, kind: 'cards', texts: [...texts, ...cardTexts(panel.buildCards(ctx), body)] }]

  const option = buildPanelOption(panel, ctx)
  const allRows = table ? tableTexts(table).rows : []
  const chartSlide = (imageBox: Box, tableBox?: Box): DeckSlide => ({
    ...base,
    kind: 'chart',
    texts,
    image: { option, theme: input.theme, background: input.background, ...imageBox },
    ...(table && tableBox ? { table: deckTable(table, allRows, tableBox) } : {}),
  })
  const besideBox = { ...body, x: body.x + body.w - SIDE_TABLE_WIDTH, w: SIDE_TABLE_WIDTH }
  if (table && fitsBeside(table, besideBox)) return [chartSlide({ ...body, w: body.w - SIDE_TABLE_WIDTH - GAP }, besideBox)]
  if (table && fitsBelow(table)) {
    const below = deckTable(table, allRows, { x: body.x, y: 0, w: Math.min(body.w, Math.max(6, tableWidth(table))) })
    const chartHeight = body.h - below.h - GAP
    return [chartSlide({ ...body, h: chartHeight }, { ...below, y: body.y + chartHeight + GAP })]
  }
  const slides: DeckSlide[] = [chartSlide(body)]
  if (!table || allRows.length === 0) return slides
  const kept = allRows.slice(0, MAX_TABLE_ROWS)
  const rest = allRows.length > kept.length ? `另有 ${allRows.length - kept.length} 行未列出，见看板的数据表` : ''
  const sourceBox = { x: MARGIN, y: BOTTOM - 0.35, w: WIDTH, h: 0.35 }
  const restBox = { x: MARGIN, y: sourceBox.y - 0.4, w: WIDTH, h: 0.35 }
  const tableTop = 1.5
  const tableW = Math.min(WIDTH, Math.max(6, tableWidth(table)))
  // Room for rows between the meta line and the footer (and the 另有 line when rows are left out).
  const pages = tablePages(table, kept, tableW, (rest ? restBox.y : sourceBox.y) - GAP - tableTop)
  pages.forEach((rows, page) => {
    const last = page === pages.length - 1
    slides.push({
      ...base,
      kind: 'table',
      title: `${panel.title}（数据${pages.length > 1 ? ` ${page + 1}/${pages.length}` : ''}）`,
      texts: [{ role: 'meta', text: meta, x: MARGIN, y: 1.0, w: WIDTH, h: 0.4 }, { role: 'source', text: tableSource(panel.title), size: 10, ...sourceBox }, ...(last && rest ? [{ role: 'meta' as const, text: rest, ...restBox }] : [])],
      table: deckTable(table, rows, { x: MARGIN, y: tableTop, w: tableW }),
    })
  })
  return slides
}

/** White paper (the light theme) or the screen's theme, for chart images. */
export function chartLook(background: 'screen' | 'white', screenTheme: ThemeName): { theme: ThemeName; background: string } {
  const theme: ThemeName = background === 'white' ? 'light' : screenTheme
  return { theme, background: background === 'white' ? '#ffffff' : THEME_COLOURS[theme].panel }
}
