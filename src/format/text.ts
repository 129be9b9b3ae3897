/**
 * Texts counted and measured the one way, wherever they are laid out: how many characters a data text (a
 * name, a source phrase) shows whole, and cutting it with … beyond that (the screen, the charts and the
 * data check, src/data/limits.ts); and how wide a text is, by a table of character widths (no canvas, no
 * font: it runs in Node for data:export, in a Worker and on the page alike) for chart margins, card grids,
 * slides' tables and workbook columns. Pure.
 */

/** Longest name (a project's, an indicator's, a sector's, an honour's) shown whole. */
export const NAME_LIMIT = 60
/** Longest source phrase shown whole. */
export const SOURCE_LIMIT = 500

/** Characters as people count them (a character outside the BMP is one, not two). */
export function textLength(text: string): number {
  return [...text].length
}

/** `text` cut to `limit` characters, the last one …, when it is longer. */
export function cutText(text: string, limit: number): string {
  const chars = [...text]
  return chars.length > limit ? `${chars.slice(0, limit - 1).join('')}…` : text
}

/**
 * The character-width table: a wide character (Chinese, full-width punctuation) is 1 em, any other 0.62 em,
 * a little more than Noto Sans CJK's (and Microsoft YaHei's) digits and Latin letters, so an estimate never
 * falls short of the drawn text.
 */
const NARROW_EM = 0.62

/** A character that takes a full em: CJK and full-width forms, not the half-width ones. */
export function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code >= 0x1100 && !(code >= 0xff61 && code <= 0xffdc)
}

/** Width of `text` in em of its font size (the widest line when it has several). */
export function textEm(text: string): number {
  let widest = 0
  for (const line of text.split('\n')) {
    let em = 0
    for (const char of line) em += isWide(char) ? 1 : NARROW_EM
    widest = Math.max(widest, em)
  }
  return widest
}
