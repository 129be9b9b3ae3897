/**
 * Text measured in inches for the deck's boxes and tables, before anything is drawn: lines as the shared
 * label wrapper breaks them (never fewer than Impress or PowerPoint draw), line height of Noto Sans CJK,
 * the tallest CJK face a viewer falls back to when 微软雅黑 is missing. Pure.
 */
import { wrapLabel } from '../charts/textWidth'
import { textEm } from '../format/text'

/** One line's height in em: Noto Sans CJK draws 1.45 em a line (measured in Impress), rounded up. */
const LINE_EM = 1.5
const POINTS_PER_INCH = 72
/** Text boxes leave 2 pt inside each edge (render.ts); a little slack for kerning differences. */
const BOX_INSET_PT = 2
const WIDTH_SLACK = 0.96

/** Impress puts a quarter em between Chinese and Latin text (2022 年 1-5 月): counted at each change of script. */
const SCRIPT_GAP_EM = 0.25
const isWide = (char: string) => (char.codePointAt(0) ?? 0) >= 0x1100

/** Width of `text` in em as Impress sets it: the shared measure plus the gaps between scripts. */
function slideEm(text: string): number {
  let changes = 0
  let previous: boolean | undefined
  for (const char of text) {
    if (char === ' ' || char === '\n') continue
    const wide = isWide(char)
    if (previous !== undefined && wide !== previous) changes += 1
    previous = wide
  }
  return textEm(text) + changes * SCRIPT_GAP_EM
}

/** Lines `text` takes in a line `widthIn` inches wide at `pt` points. */
function lineCount(text: string, widthIn: number, pt: number): number {
  if (!text) return 1
  // The wrapper measures without the script gaps: its line is narrowed by the share they take.
  const plain = textEm(text)
  const maxEm = Math.max(1, ((widthIn * WIDTH_SLACK * POINTS_PER_INCH) / pt) * (plain / slideEm(text)))
  return wrapLabel(text, maxEm).split('\n').length
}

/** Inches of height `lines` lines take at `pt` points. */
function linesInches(lines: number, pt: number): number {
  return (lines * pt * LINE_EM) / POINTS_PER_INCH
}

/** Height a text box `widthIn` wide needs for `text` at `pt`, its insets included. */
export function boxHeight(text: string, widthIn: number, pt: number): number {
  const inset = (2 * BOX_INSET_PT) / POINTS_PER_INCH
  return linesInches(lineCount(text, widthIn - inset, pt), pt) + inset
}

/** Table cells: text size in points and the cell's inner margins in inches (render.ts draws with these). */
export const TABLE_PT = 11
export const CELL_MARGIN = { x: 0.06, y: 0.04 } as const

/** A table row's height: the most lines any of its cells wraps to in its column. */
export function rowHeight(cells: readonly string[], columnW: readonly number[]): number {
  const lines = Math.max(1, ...cells.map((text, index) => lineCount(text, (columnW[index] ?? 0) - 2 * CELL_MARGIN.x, TABLE_PT)))
  return linesInches(lines, TABLE_PT) + 2 * CELL_MARGIN.y + 0.02
}

/** A column's width for its cells on one line; a long header may take two lines (已完成 / 投资). */
function naturalWidth(header: string, cells: readonly string[]): number {
  const widestCell = Math.max(0, ...cells.map((text) => slideEm(text)))
  const headerEm = slideEm(header)
  const headerNeed = headerEm > 4 ? Math.max(4, Math.ceil(headerEm / 2)) : headerEm
  // A hair more than the text: the widths are rounded down, and a cell exactly full would count a line more.
  return (Math.max(widestCell, headerNeed) * TABLE_PT) / POINTS_PER_INCH / WIDTH_SLACK + 2 * CELL_MARGIN.x + 0.02
}

/**
 * Column widths within `width`: when every column fits on one line they share the room in proportion;
 * otherwise each narrow column (未公布, 在建) keeps its natural width and the wide ones share the rest in
 * proportion, so only long texts wrap, never a short figure a character a line.
 */
export function columnWidths(columns: readonly string[], rows: readonly (readonly string[])[], width: number): number[] {
  const natural = columns.map((header, index) => naturalWidth(header, rows.map((row) => row[index] ?? '')))
  const total = natural.reduce((sum, one) => sum + one, 0)
  if (total <= width) return natural.map((one) => round((one / total) * width))
  const fixed = new Set<number>()
  for (;;) {
    const room = width - [...fixed].reduce((sum, index) => sum + natural[index], 0)
    const open = natural.map((_, index) => index).filter((index) => !fixed.has(index))
    const fair = room / open.length
    const narrow = open.filter((index) => natural[index] <= fair)
    if (narrow.length === 0 || narrow.length === open.length) {
      const openTotal = open.reduce((sum, index) => sum + natural[index], 0)
      return natural.map((one, index) => round(fixed.has(index) ? one : (one / openTotal) * room))
    }
    for (const index of narrow) fixed.add(index)
  }
}

/** Natural table width: every column on one line. */
export function naturalTableWidth(columns: readonly string[], rows: readonly (readonly string[])[]): number {
  return columns.reduce((sum, header, index) => sum + naturalWidth(header, rows.map((row) => row[index] ?? '')), 0)
}

const round = (inches: number) => Math.floor(inches * 1000) / 1000

/** Columns of a grid of `count` figure cards: one row up to four, else rows of three (deck and paper alike). */
export function cardColumns(count: number): number {
  return Math.max(1, Math.min(count, count > 4 ? 3 : count))
}
