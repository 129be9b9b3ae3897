/**
 * Screen mode laid out for the room: from the legibility rule (src/screen/legibility.ts) the text scale
 * at which the smallest text (14 px at the design size) meets the rule, the header's height, the area
 * left for panels, each page's slides, and each panel's text scale in the cell it gets (more room, larger
 * text; never below the rule). Pure.
 */
import { DESIGN_MIN_FONT_PX } from '../charts/designScreen'
import type { PageDefinition } from '../layouts/pages'
import type { FigureCard } from '../panels/cards'
import { cardPanelMinimum, type CardPanelHead } from '../panels/cardFit'
import type { Size } from './fit'
import { legibleSizes, readablePx, type LegibleSizes, type Room } from './legibility'
import { panelMinimum } from './panelMinimum'
import { computeSlides, roomFactor, type Slide, type SlideArea } from './slides'

export interface RoomLayout {
  sizes: LegibleSizes
  /** Smallest font size of any text that must be read, px. */
  minPx: number
  /** Text scale at which the design's smallest text is minPx. */
  textScale: number
  /** The screen header: one line of text at the rule. */
  headerHeight: number
  /** Where the panels go. */
  area: SlideArea
}

/**
 * Width of a one-line screen header, in units of the rule's font size: its texts and the place kept at
 * its end for the pointer's buttons 设置 and 退出放映 (measured: 54.6 em at 1366x768 holds them on one line,
 * 48.8 em at 1024x768 does not).
 */
const HEADER_EM = 54
/** Below this width the texts alone need three lines (a portrait totem's narrow header). */
const TWO_LINE_EM = 39

/** Text scales are kept to 0.01, rounded up so the smallest text is never below the rule. */
function ceilScale(scale: number): number {
  return Math.ceil(scale * 100 - 1e-9) / 100
}

export function roomLayout(room: Room, viewport: Size): RoomLayout {
  const sizes = legibleSizes(room, viewport)
  const minPx = readablePx(sizes)
  const textScale = ceilScale(minPx / DESIGN_MIN_FONT_PX)
  // Title, page, marks, as-of line, clock and progress take about 48 characters: a narrow screen (a
  // portrait totem) gives the header two or three lines.
  const em = viewport.width / minPx
  const lines = em >= HEADER_EM ? 1 : em >= TWO_LINE_EM ? 2 : 3
  const headerHeight = Math.ceil(minPx * (1.45 * lines + 0.4))
  const gap = Math.max(4, Math.round(minPx * 0.3))
  return {
    sizes,
    minPx,
    textScale,
    headerHeight,
    area: { width: Math.max(1, viewport.width - 2 * gap), height: Math.max(1, viewport.height - headerHeight - 2 * gap), gap },
  }
}

/** What a card panel shows now: its cards and its head (title, unit, period), which takes room above them. */
export interface ShownCards {
  cards: readonly FigureCard[]
  head: CardPanelHead
}

/** The cards a card panel shows now (undefined for a chart panel, or while unknown). */
export type CardsOf = (panelId: string) => ShownCards | undefined

/**
 * A panel's minimum areas in px at the layout's text scale: a card panel's from the cards it shows, when
 * known; any other's from the table of src/screen/panelMinimum.ts.
 */
export function minimumPx(panelId: string, textScale: number, cardsOf?: CardsOf): Size[] {
  const shown = cardsOf?.(panelId)
  const design = shown && shown.cards.length > 0 ? cardPanelMinimum(shown.cards, shown.head) : panelMinimum(panelId)
  return design.map((size) => ({ width: size.width * textScale, height: size.height * textScale }))
}

export function pageSlides(page: Pick<PageDefinition, 'panels' | 'rows'>, layout: RoomLayout, cardsOf?: CardsOf): Slide[] {
  return computeSlides(page, layout.area, (id) => minimumPx(id, layout.textScale, cardsOf))
}

/** Text scale of a panel in a cell: the rule's, grown with the room the cell gives beyond the minimum. */
export function panelTextScale(panelId: string, cell: Size, textScale: number, cardsOf?: CardsOf): number {
  const room = roomFactor(cell, minimumPx(panelId, textScale, cardsOf))
  return Math.floor(textScale * Math.max(1, room) * 100) / 100
}
