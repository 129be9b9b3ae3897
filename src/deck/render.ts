/**
 * Draws a deck description with pptxgenjs (fetched by loadPptxGen when a deck is first asked for). Every text is a native text box in 微软雅黑 (a font
 * Windows and WPS have; no font is embedded), every table a native table, chart images PNG at 2x.
 */
import type PptxGenJS from 'pptxgenjs'
import { CELL_MARGIN, TABLE_PT } from './fit'
import { loadPptxGen } from './loadPptxGen'
import type { Deck, DeckImage, DeckSlide, DeckText, TextRole } from './types'

/** Microsoft YaHei on Windows and in WPS; elsewhere the system's CJK fallback. */
const DECK_FONT = 'Microsoft YaHei'

const INK = '111827'
const GREY = '4B5563'
const ACCENT = '1D4ED8'
const DERIVED = '6B7280'
const UP = 'DC2626'
const DOWN = '059669'
const RULE = 'D1D5DB'
const HEAD_FILL = 'F3F4F6'

const ROLE: Record<TextRole, { size: number; bold?: boolean; color: string; align?: 'left' | 'center'; valign?: 'top' | 'middle' }> = {
  title: { size: 26, bold: true, color: INK },
  subtitle: { size: 18, color: INK, align: 'center', valign: 'middle' },
  headline: { size: 16, bold: true, color: ACCENT },
  meta: { size: 12, color: GREY },
  body: { size: 11, color: INK, valign: 'top' },
  source: { size: 10, color: GREY, valign: 'top' },
  cardLabel: { size: 14, color: GREY },
  cardValue: { size: 26, bold: true, color: INK },
  cardNote: { size: 13, color: GREY },
  empty: { size: 18, color: GREY, align: 'center', valign: 'middle' },
}

function textColour(text: DeckText): string {
  if (text.derived) return DERIVED
  if (text.trend === 'up') return UP
  if (text.trend === 'down') return DOWN
  return ROLE[text.role].color
}

function addText(slide: PptxGenJS.Slide, text: DeckText): void {
  const style = ROLE[text.role]
  slide.addText(text.text, {
    x: text.x,
    y: text.y,
    w: text.w,
    h: text.h,
    fontFace: DECK_FONT,
    fontSize: text.size ?? style.size,
    bold: style.bold ?? false,
    color: textColour(text),
    align: style.align ?? 'left',
    valign: style.valign ?? 'middle',
    margin: 2,
    paraSpaceAfter: text.role === 'body' ? 6 : 0,
  })
}

/** The cover's title sits higher and larger than a slide title; other slides put it top left. */
function addTitle(slide: PptxGenJS.Slide, one: DeckSlide): void {
  const cover = one.kind === 'cover'
  slide.addText(one.title, {
    x: 0.5,
    y: cover ? 1.6 : 0.3,
    w: 12.333,
    h: cover ? 1.0 : 0.65,
    fontFace: DECK_FONT,
    fontSize: cover ? 36 : 26,
    bold: true,
    color: INK,
    align: cover ? 'center' : 'left',
    valign: 'middle',
    margin: 2,
  })
}

function addTable(slide: PptxGenJS.Slide, table: NonNullable<DeckSlide['table']>): void {
  const border = { type: 'solid' as const, pt: 0.75, color: RULE }
  const head = table.columns.map((text) => ({ text, options: { bold: true, fill: { color: HEAD_FILL }, color: INK } }))
  const body = table.rows.map((row) => row.map((cell) => ({ text: cell.text, options: { color: cell.derived ? DERIVED : INK } })))
  slide.addTable([head, ...body], { x: table.x, y: table.y, w: table.w, colW: table.columnW, fontFace: DECK_FONT, fontSize: TABLE_PT, border, valign: 'middle', margin: [CELL_MARGIN.y, CELL_MARGIN.x, CELL_MARGIN.y, CELL_MARGIN.x], rowH: table.rowH })
}

export interface RenderOptions {
  /** The chart as a PNG data URL at the box's size, 2x. */
  chartImage(image: DeckImage): string
  /** Called before each slide; the caller yields to the page between slides. */
  beforeSlide?(index: number, total: number): Promise<void>
  /** pptxgenjs's constructor; by default its browser bundle, loaded on demand. */
  library?: Awaited<ReturnType<typeof loadPptxGen>>
}

/** Text for an XML element that pptxgenjs writes as given (docProps/app.xml's <Company>). */
function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** The .pptx file of the deck. */
export async function renderDeck(deck: Deck, options: RenderOptions): Promise<Blob> {
  const PptxGen = options.library ?? (await loadPptxGen())
  const pptx = new PptxGen()
  pptx.layout = 'LAYOUT_WIDE'
  // pptxgenjs escapes the title (docProps/core.xml) but writes the company as is: a title with & or <
  // would make the file malformed XML that PowerPoint refuses.
  pptx.title = deck.title
  pptx.company = xmlText(deck.title)
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT }
  for (const [index, one] of deck.slides.entries()) {
    await options.beforeSlide?.(index, deck.slides.length)
    const slide = pptx.addSlide()
    slide.background = { color: 'FFFFFF' }
    addTitle(slide, one)
    if (one.image) slide.addImage({ data: options.chartImage(one.image), x: one.image.x, y: one.image.y, w: one.image.w, h: one.image.h, altText: `${one.title}图表` })
    if (one.table) addTable(slide, one.table)
    for (const text of one.texts) addText(slide, text)
    slide.addNotes(one.notes)
  }
  const out = await pptx.write({ outputType: 'blob', compression: true })
  return out instanceof Blob ? out : new Blob([out as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' })
}
