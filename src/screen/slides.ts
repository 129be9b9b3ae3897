/**
 * Slides of a page for a screen, computed: when every panel of the page gets at least its minimum area
 * (at the legibility rule) in the page's own grid, the page shows as designed, on one slide. Otherwise its
 * panels, in reading order, are dealt onto as few slides as hold them, each slide a grid of equal cells
 * (the last row's panels share its width, so no cell stays empty), as evenly as the panels allow. A wide
 * wall gets many columns (slides side by side), a portrait totem one column. No layout is made by hand
 * for any screen. Pure.
 */
import type { PageDefinition, PanelPlacement } from '../pages/pages'
import type { Size } from './fit'

export interface Slide {
  /** Columns and rows of the slide's grid; placements use them as pages use their 24 columns. */
  columns: number
  rows: number
  panels: PanelPlacement[]
}

export interface SlideArea extends Size {
  /** Space between panels, px. */
  gap: number
}

/** A panel's cell size in px on a grid of `columns` x `rows` in `area`. */
export function cellSize(p: Pick<PanelPlacement, 'w' | 'h'>, columns: number, rows: number, area: SlideArea): Size {
  const colW = (area.width - area.gap * (columns - 1)) / columns
  const rowH = (area.height - area.gap * (rows - 1)) / rows
  return { width: colW * p.w + area.gap * (p.w - 1), height: rowH * p.h + area.gap * (p.h - 1) }
}

/** How much larger than its minimum a cell is (below 1: too small). */
export function roomFactor(cell: Size, minimum: Size): number {
  return Math.min(cell.width / minimum.width, cell.height / minimum.height)
}

function leastRoom(slide: Slide, area: SlideArea, minimum: (panelId: string) => Size): number {
  return Math.min(...slide.panels.map((p) => roomFactor(cellSize(p, slide.columns, slide.rows, area), minimum(p.panel))))
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b)
}

/** `ids` on a grid of `perRow` columns; the last row's panels share its width. */
export function gridSlide(ids: readonly string[], perRow: number): Slide {
  const rows = Math.ceil(ids.length / perRow)
  const last = ids.length - perRow * (rows - 1)
  const columns = (perRow * last) / gcd(perRow, last)
  const panels = ids.map((panel, i) => {
    const row = Math.floor(i / perRow)
    const inRow = row === rows - 1 ? last : perRow
    const span = columns / inRow
    return { panel, x: (i % perRow) * span, w: span, y: row, h: 1 }
  })
  return { columns, rows, panels }
}

/** The grid that gives `ids` the most room; undefined when none gives each its minimum. */
function bestGrid(ids: readonly string[], area: SlideArea, minimum: (panelId: string) => Size): Slide | undefined {
  let best: { slide: Slide; room: number } | undefined
  for (let perRow = 1; perRow <= ids.length; perRow++) {
    const slide = gridSlide(ids, perRow)
    const room = leastRoom(slide, area, minimum)
    if (room >= 1 && (!best || room > best.room)) best = { slide, room }
  }
  return best?.slide
}

/** The page's panels in reading order: top to bottom, left to right. */
export function readingOrder(page: Pick<PageDefinition, 'panels'>): string[] {
  return [...page.panels].sort((a, b) => a.y - b.y || a.x - b.x).map((p) => p.panel)
}

/** `ids` cut into `count` runs whose lengths differ by one at most. */
function evenRuns(ids: readonly string[], count: number): string[][] {
  const runs: string[][] = []
  let start = 0
  for (let i = 0; i < count; i++) {
    const length = Math.floor(ids.length / count) + (i < ids.length % count ? 1 : 0)
    runs.push(ids.slice(start, start + length))
    start += length
  }
  return runs
}

/**
 * The slides of `page` in `area`, where `minimum(id)` is the area (px) panel `id` needs at the rule.
 * `panelIds` limits the page to the panels that exist (the registry may lack one).
 */
export function computeSlides(page: Pick<PageDefinition, 'panels' | 'rows'>, area: SlideArea, minimum: (panelId: string) => Size): Slide[] {
  const designed: Slide = { columns: 24, rows: page.rows, panels: page.panels }
  if (page.panels.length === 0) return [designed]
  if (leastRoom(designed, area, minimum) >= 1) return [designed]
  const ids = readingOrder(page)
  // Greedy: each slide takes as many of the next panels as fit (a panel too big for any slide goes alone).
  const greedy: Slide[] = []
  for (let start = 0; start < ids.length; ) {
    let taken: Slide | undefined
    let count = ids.length - start
    for (; count > 1; count--) {
      taken = bestGrid(ids.slice(start, start + count), area, minimum)
      if (taken) break
    }
    taken ??= bestGrid(ids.slice(start, start + 1), area, minimum) ?? gridSlide(ids.slice(start, start + 1), 1)
    greedy.push(taken)
    start += taken.panels.length
  }
  // As many slides, dealt evenly when that fits: 3+3 rather than 5+1.
  const even = evenRuns(ids, greedy.length).map((run) => bestGrid(run, area, minimum))
  return even.every((slide): slide is Slide => slide !== undefined) ? even : greedy
}
