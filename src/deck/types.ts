/**
 * A deck described as data: slides with positioned text boxes, at most one chart image and one table,
 * and speaker notes. Built by pure functions from the panels' context (describe.ts), drawn by a thin
 * pptxgenjs module (render.ts). Positions are inches on a 13.333 x 7.5 in (16:9) slide.
 */
import type { ChartOption } from '../charts/echarts'
import type { ThemeName } from '../charts/themes'

export const SLIDE = { width: 13.333, height: 7.5 } as const

export interface Box {
  x: number
  y: number
  w: number
  h: number
}

export type TextRole = 'title' | 'subtitle' | 'headline' | 'meta' | 'body' | 'source' | 'cardLabel' | 'cardValue' | 'cardNote' | 'empty'

export interface DeckText extends Box {
  role: TextRole
  text: string
  /** A computed figure: drawn in the derived colour. */
  derived?: boolean
  trend?: 'up' | 'down' | 'flat'
  /** Points, when not the role's own size. */
  size?: number
}

export interface DeckImage extends Box {
  /** The chart's option, rendered off screen at 2x for this box. */
  option: ChartOption
  theme: ThemeName
  background: string
}

export interface DeckTable extends Box {
  /** Each column's width in inches; they add up to w. */
  columnW: number[]
  columns: string[]
  /** Every row as many cells as columns. */
  rows: { text: string; derived?: boolean }[][]
  /** Each row's height in inches, the header first: measured from its wrapped text; they add up to h. */
  rowH: number[]
}

type SlideKind = 'cover' | 'chart' | 'cards' | 'table' | 'sources'

export interface DeckSlide {
  kind: SlideKind
  /** The slide's title: real, editable text. */
  title: string
  /** The panel the slide shows, if any. */
  panelId?: string
  texts: DeckText[]
  image?: DeckImage
  table?: DeckTable
  notes: string
}

export interface Deck {
  title: string
  fileName: string
  slides: DeckSlide[]
  /** Panels that could not be built, with why. */
  failed: string[]
}
