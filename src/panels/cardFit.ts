/**
 * Figure cards laid out to fill the space they get: from each card's text (label, value, notes) the size
 * it needs at the design scale, then the number of columns that lets the cards be largest in a box, and
 * that scale; and the smallest panel that holds them at a given scale, for the slides of screen mode
 * (computed from the cards shown, so a longer target line or another card is never clipped). Pure.
 */
import type { Size } from '../charts/designScreen'
import { textEm } from '../format/text'
import { DERIVED_MARK, type FigureCard } from './cards'

/** Sizes of panels.css at scale 1 (design px): fonts, line heights, padding, gaps. */
const LABEL_PX = 16
const VALUE_PX = 34
const WORDY_PX = 24
const NOTE_PX = 16
/** The completion bar's height, and the width the trend line beside the value takes with its gap (panels.css). */
const PROGRESS_PX = 10
const SPARK_WIDTH_PX = 72 + 12
const LINE = 1.45
const VALUE_LINE = 1.2
const ITEM_GAP = 4
const PAD_X = 12 * 2 + 3
const PAD_Y = 8 * 2
/** Space between cards. */
export const CARD_GAP = 12
/** A missing card's reason wraps (up to three lines) within this many characters. */
const REASON_EM = 10
/**
 * A panel around its cards: padding and border (30 wide), and title, unit and period (up to two lines),
 * the body's margin and the source line (120 tall).
 */
const CHROME: Size = { width: 30, height: 120 }

/** The design-px size one card needs with no line wrapped. */
export function cardSize(card: FigureCard): Size {
  const valuePx = card.missing !== undefined ? WORDY_PX : card.wordy ? WORDY_PX : VALUE_PX
  const valueEm = textEm(card.value) + (card.derived ? textEm(DERIVED_MARK) * 0.85 : 0)
  const reason = card.missing !== undefined
  const notes = [card.note, card.target].filter((line): line is string => Boolean(line))
  const noteWidths = notes.map((line) => (reason ? Math.min(textEm(line), REASON_EM) : textEm(line)) * NOTE_PX)
  const noteLines = reason ? Math.min(3, Math.ceil(textEm(card.note ?? '') / REASON_EM)) : notes.length
  const width = Math.max(textEm(card.label) * LABEL_PX, valueEm * valuePx + (card.spark ? SPARK_WIDTH_PX : 0), ...noteWidths) + PAD_X
  const lines = [LABEL_PX * LINE, valuePx * VALUE_LINE, ...Array.from({ length: noteLines }, () => NOTE_PX * LINE), ...(card.progress ? [PROGRESS_PX] : [])]
  return { width: Math.ceil(width), height: Math.ceil(lines.reduce((a, b) => a + b, 0) + ITEM_GAP * (lines.length - 1) + PAD_Y) }
}

/** Design-px size of `cards` on a grid of `columns` equal columns (rows as tall as the tallest card). */
export function cardGridSize(cards: readonly FigureCard[], columns: number): Size {
  const sizes = cards.map(cardSize)
  const rows = Math.ceil(cards.length / columns)
  const width = Math.max(0, ...sizes.map((s) => s.width))
  const height = Math.max(0, ...sizes.map((s) => s.height))
  return { width: columns * width + (columns - 1) * CARD_GAP, height: rows * height + (rows - 1) * CARD_GAP }
}

export interface CardFit {
  columns: number
  /** Text scale at which the cards fill the box. */
  scale: number
}

/** The columns that make `cards` largest in `box` (px), and that scale. */
export function fitCards(cards: readonly FigureCard[], box: Size): CardFit {
  let best: CardFit = { columns: 1, scale: 0 }
  for (let columns = 1; columns <= Math.max(1, cards.length); columns++) {
    const grid = cardGridSize(cards, columns)
    const scale = Math.min(box.width / Math.max(1, grid.width), box.height / Math.max(1, grid.height))
    if (scale > best.scale) best = { columns, scale }
  }
  return best
}

/** A card panel's head: its title, and the unit and period after it (panels.css: they wrap as the width asks). */
export interface CardPanelHead {
  title: string
  meta: readonly string[]
}

const TITLE_PX = 20
const META_PX = 14
const HEAD_GAP = 10
/** Room kept in the head for a badge (全镇, 数据未更新): two characters, their padding and a gap. */
const BADGE = 2 * META_PX + 12 + HEAD_GAP
/** The panel around its cards with the head on one line: padding and border, title, body margin, source line (measured: 79-80). */
const CHROME_ONE_LINE = 82
/** Each further line of the head (a line of 14 px text). */
const HEAD_LINE = 21

/**
 * The smallest design-px panels that hold `cards` at scale 1 (any one will do): one per column count; with
 * the head known, also the shorter panel whose head stays on one line (as wide as the head) and the one
 * whose unit and period share a second line.
 */
export function cardPanelMinimum(cards: readonly FigureCard[], head?: CardPanelHead): Size[] {
  return Array.from({ length: Math.max(1, cards.length) }, (_, i) => {
    const grid = cardGridSize(cards, i + 1)
    if (!head) return [{ width: grid.width + CHROME.width, height: grid.height + CHROME.height }]
    const title = textEm(head.title) * TITLE_PX + BADGE
    const metas = head.meta.map((text) => textEm(text) * META_PX)
    const meta = metas.reduce((sum, w) => sum + w, 0) + HEAD_GAP * Math.max(0, metas.length - 1)
    const widest = Math.max(0, ...metas)
    return [
      { width: Math.ceil(Math.max(grid.width, title + HEAD_GAP + meta)) + CHROME.width, height: grid.height + CHROME_ONE_LINE },
      { width: Math.ceil(Math.max(grid.width, title, meta)) + CHROME.width, height: grid.height + CHROME_ONE_LINE + HEAD_LINE },
      { width: Math.ceil(Math.max(grid.width, title, widest)) + CHROME.width, height: grid.height + CHROME_ONE_LINE + HEAD_LINE * metas.length },
    ]
  }).flat()
}
