/** Which page and slide come next in screen mode: pure, for the screen store's step() (the clicker keys and the rotation). */

/** The page after (1) or before (-1) `index` among `count`, wrapping; from no page (-1), the first or last. */
export function stepIndex(index: number, count: number, direction: 1 | -1): number {
  if (count <= 0) return -1
  if (index < 0 || index >= count) return direction === 1 ? 0 : count - 1
  return (index + direction + count) % count
}

/** A place in the show: a page of the rotation and a slide of it. */
export interface ShowPosition {
  page: number
  slide: number
}

/**
 * The slide after (1) or before (-1) `at`: the page's next slide, else the next page's first (going back:
 * the previous page's last), skipping pages with no slide of their own (every panel shown earlier in the
 * cycle); from no page (-1), the first or last. `slideCounts` has one count per page.
 */
export function stepSlide(at: ShowPosition, slideCounts: readonly number[], direction: 1 | -1): ShowPosition {
  const count = slideCounts[at.page] ?? 0
  const slide = at.slide + direction
  if (count > 0 && slide >= 0 && slide < count) return { page: at.page, slide }
  let page = stepIndex(at.page, slideCounts.length, direction)
  for (let tries = 1; page >= 0 && (slideCounts[page] ?? 0) === 0 && tries < slideCounts.length; tries++) page = stepIndex(page, slideCounts.length, direction)
  if (page < 0) return { page, slide: 0 }
  return { page, slide: direction === 1 ? 0 : Math.max(0, (slideCounts[page] ?? 1) - 1) }
}
