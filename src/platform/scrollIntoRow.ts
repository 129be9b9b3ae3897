/**
 * A row that scrolls sideways (the page tabs, the sector buttons on a phone) brought to show one of its
 * items whole: the row scrolls, never the page (scrollIntoView would also move the page up or down).
 */

/** Room left beside the item, px: the neighbour's edge shows there is more. */
const MARGIN = 12

export function scrollIntoRow(row: HTMLElement | null, item: Element | null): void {
  if (!row || !item || row.scrollWidth <= row.clientWidth) return
  const rowBox = row.getBoundingClientRect()
  const box = item.getBoundingClientRect()
  if (box.left < rowBox.left) row.scrollLeft -= rowBox.left - box.left + MARGIN
  else if (box.right > rowBox.right) row.scrollLeft += box.right - rowBox.right + MARGIN
}
