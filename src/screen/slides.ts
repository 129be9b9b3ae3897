/**
 * Slides of a page for a screen, computed: when every panel of the page gets at least its minimum area
 * (at the legibility rule) in the page's own grid, the page shows as designed, on one slide. Otherwise its
 * panels, in reading order, are dealt onto as few slides as hold them, each slide a grid of equal cells
 * (the last row's panels share its width, so no cell stays empty), as evenly as the panels allow. A wide
 * wall gets many columns (slides side by side), a portrait totem one column. No layout is made by hand
 * for any screen. Pure.
 */
import type { PageDefinition, PanelPlacement } from '../layouts/pages'
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

/**
 * How much larger than a panel's minimum a cell is (below 1: too small). A panel may have several
 * minimum shapes (cards in two columns, or three): the one that suits the cell counts.
 */
export function roomFactor(cell: Size, minimum: Size | readonly Size[]): number {
  const shapes = Array.isArray(minimum) ? minimum : [minimum as Size]
  return Math.max(...shapes.map((m) => Math.min(cell.width / m.width, cell.height / m.height)))
}

/** The minimum shapes of a panel, px. */
export type MinimumOf = (panelId: string) => readonly Size[]

function leastRoom(slide: Slide, area: SlideArea, minimum: MinimumOf): number {
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
function bestGrid(ids: readonly string[], area: SlideArea, minimum: MinimumOf): Slide | undefined {
  let best: { slide: Slide; room: number } | undefined
  for (let perRow = 1; perRow <= ids.length; perRow++) {
    const slide = gridSlide(ids, perRow)
    const room = leastRoom(slide, area, minimum)
    if (room >= 1 && (!best || room > best.room)) best = { slide, room }
  }
  return best?.slide
}

/** The page's panels in reading order: top to bottom, left to right. */
function readingOrder(page: Pick<PageDefinition, 'panels'>): string[] {
  return [...page.panels].sort((a, b) => a.y - b.y || a.x - b.x).map((p) => p.panel)
}

/** Every way to cut `ids` into runs that keep their order (2^(n-1) ways: pages have a handful of panels). */
function* cuts(ids: readonly string[]): Generator<string[][]> {
  if (ids.length === 0) return
  for (let mask = 0; mask < 2 ** (ids.length - 1); mask++) {
    const runs: string[][] = [[ids[0]]]
    for (let i = 1; i < ids.length; i++) {
      if (mask & (1 << (i - 1))) runs.push([ids[i]])
      else runs[runs.length - 1].push(ids[i])
    }
    yield runs
  }
}

/**
 * The slides of `page` in `area`, where `minimum(id)` are the areas (px) panel `id` needs at the rule.
 * `panelIds` limits the page to the panels that exist (the registry may lack one).
 */
export function computeSlides(page: Pick<PageDefinition, 'panels' | 'rows'>, area: SlideArea, minimum: MinimumOf): Slide[] {
  const designed: Slide = { columns: 24, rows: page.rows, panels: page.panels }
  if (page.panels.length === 0) return [designed]
  if (leastRoom(designed, area, minimum) >= 1) return [designed]
  const ids = readingOrder(page)
  // The fewest slides that give every panel its minimum; among those, the one with the most room for
  // the tightest panel (3+3 rather than 5+1). A panel too big for any slide goes alone.
  let best: { slides: Slide[]; room: number } | undefined
  for (const runs of cuts(ids)) {
    if (best && runs.length > best.slides.length) continue
    const slides = runs.map((run) => bestGrid(run, area, minimum) ?? (run.length === 1 ? gridSlide(run, 1) : undefined))
    if (!slides.every((slide): slide is Slide => slide !== undefined)) continue
    const room = Math.min(...slides.map((slide) => leastRoom(slide, area, minimum)))
    if (!best || runs.length < best.slides.length || room > best.room) best = { slides, room }
  }
  return best?.slides ?? [designed]
}
