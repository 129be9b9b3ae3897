/**
 * The chart-area size a panel has on the 1920x1080 design screen, from its page's grid placement: used
 * when a panel is exported but not on screen (another page, or the panel page of a different panel). Pure.
 */
import { DESIGN_SIZE } from '../charts/designScreen'
import { PAGES, type PageDefinition } from '../layouts/pages'


/** Sizes of the layout in styles.css at scale 1, in CSS px. */
const LAYOUT = {
  header: 65,
  gap: 12,
  columns: 24,
  /** Panel padding and border, left + right and top + bottom. */
  panelX: 2 * 14 + 2,
  panelY: 2 * 10 + 2,
  /** Panel header (title line), body margin and source line. */
  panelChrome: 30 + 6 + 26,
}

/** Size for a panel placed on no page: half the design screen. */
const FALLBACK = { width: 900, height: 420 }

export interface CssSize {
  width: number
  height: number
}

function placedSize(page: PageDefinition, placement: PageDefinition['panels'][number]): CssSize {
  const { gap, columns } = LAYOUT
  const column = (DESIGN_SIZE.width - 2 * gap - (columns - 1) * gap) / columns
  const row = (DESIGN_SIZE.height - LAYOUT.header - 2 * gap - (page.rows - 1) * gap) / page.rows
  const width = placement.w * column + (placement.w - 1) * gap - LAYOUT.panelX
  const height = placement.h * row + (placement.h - 1) * gap - LAYOUT.panelY - LAYOUT.panelChrome
  return { width, height }
}

/** The panel's chart-area size on its first page at the design size, times the screen's text scale. */
export function designChartSize(panelId: string, scale: number, pages: readonly PageDefinition[] = PAGES): CssSize {
  for (const page of pages) {
    const placement = page.panels.find((item) => item.panel === panelId)
    if (placement) {
      const size = placedSize(page, placement)
      return { width: Math.round(size.width * scale), height: Math.round(Math.max(size.height, 200) * scale) }
    }
  }
  return { width: Math.round(FALLBACK.width * scale), height: Math.round(FALLBACK.height * scale) }
}
