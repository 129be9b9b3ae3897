/** Which page comes next in screen mode: pure, for the screen store's step() (the clicker keys and the rotation). */

/** The page after (1) or before (-1) `index` among `count`, wrapping; from no page (-1), the first or last. */
export function stepIndex(index: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1
  if (index < 0 || index >= count) return direction === 1 ? 0 : count - 1
  return (index + direction + count) % count
}
