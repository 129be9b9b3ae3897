/**
 * How much of a data text (a name, a source phrase) is shown whole, and cutting it with … beyond that: the
 * screen, the charts and the data check (src/data/limits.ts warns of longer texts) count the same way. Pure.
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
