/**
 * Slides of a page for a screen, computed: when every panel of the page gets at least its minimum area
 * (at the legibility rule) in the page's own grid, the page shows as designed, on one slide. Otherwise its
 * panels are dealt onto as few slides as hold them (in reading order where that needs no more slides; two
 * small panels apart on the page may share one), each slide a grid of equal cells
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

/** Sub-columns per column of a packed slide: a row's panels widen to fill it evenly. */
const SUB = 12

/**
 * `ids` in rows of `rows` equal heights on `columns` equal columns, in order: each panel takes the fewest
 * columns that give it its minimum, a row takes panels while they fit, and each row's panels then widen to
 * fill it (no empty cell). Undefined when a panel fits in no span or the rows do not suffice.
 */
function packSlide(ids: readonly string[], columns: number, rows: number, area: SlideArea, minimum: MinimumOf): Slide | undefined {
  const grid = columns * SUB
  const spanOf = (id: string) => {
    for (let span = 1; span <= columns; span++) if (roomFactor(cellSize({ w: span * SUB, h: 1 }, grid, rows, area), minimum(id)) >= 1) return span
    return undefined
  }
  const lines: { id: string; span: number }[][] = [[]]
  for (const id of ids) {
    const span = spanOf(id)
    if (span === undefined) return undefined
    const line = lines[lines.length - 1]
    if (line.reduce((sum, p) => sum + p.span, 0) + span > columns) lines.push([{ id, span }])
    else line.push({ id, span })
  }
  if (lines.length > rows) return undefined
  const panels = lines.flatMap((line, y) => {
    const total = line.reduce((sum, p) => sum + p.span, 0)
    let x = 0
    return line.map((p, i) => {
      const w = i === line.length - 1 ? grid - x : Math.round((p.span * grid) / total)
      const placement = { panel: p.id, x, w, y, h: 1 }
      x += w
      return placement
    })
  })
  return { columns: grid, rows: lines.length, panels }
}

/** The packing that gives `ids` the most room; undefined when none gives each its minimum. */
function bestGrid(ids: readonly string[], area: SlideArea, minimum: MinimumOf): Slide | undefined {
  let best: { slide: Slide; room: number } | undefined
  for (let rows = 1; rows <= ids.length; rows++)
    for (let columns = 1; columns <= ids.length; columns++) {
      const slide = packSlide(ids, columns, rows, area, minimum)
      const room = slide ? leastRoom(slide, area, minimum) : 0
      if (slide && room >= 1 && (!best || room > best.room)) best = { slide, room }
    }
  return best?.slide
}

/** The grid that gives `ids` the most room, even when it is less than their minimum (a group that must stay whole). */
function roomiestGrid(ids: readonly string[], area: SlideArea, minimum: MinimumOf): Slide {
  let best = gridSlide(ids, 1)
  for (let perRow = 2; perRow <= ids.length; perRow++) {
    const slide = gridSlide(ids, perRow)
    if (leastRoom(slide, area, minimum) > leastRoom(best, area, minimum)) best = slide
  }
  return best
}

/** The page's panels in reading order: top to bottom, left to right. */
export function readingOrder(page: Pick<PageDefinition, 'panels'>): string[] {
  return [...page.panels].sort((a, b) => a.y - b.y || a.x - b.x).map((p) => p.panel)
}

/**
 * Every way to cut `units` into runs that keep their order, never inside a unit (2^(n-1) ways: pages have a
 * handful of panels).
 */
function* cuts(units: readonly (readonly string[])[]): Generator<string[][]> {
  if (units.length === 0) return
  for (let mask = 0; mask < 2 ** (units.length - 1); mask++) {
    const runs: string[][] = [[...units[0]]]
    for (let i = 1; i < units.length; i++) {
      if (mask & (1 << (i - 1))) runs.push([...units[i]])
      else runs[runs.length - 1].push(...units[i])
    }
    yield runs
  }
}

/** Up to this many units, every grouping is tried (Bell(6) = 203 ways, some 20 ms); beyond, runs in reading order only. */
const MOST_GROUPED = 6

/**
 * Every way to put `units` into groups, never splitting a unit: a group keeps its units in reading order,
 * and the groups come in the order of their first unit. Two small card panels apart on the page (a chart
 * between them) may so share a slide.
 */
function* groupings(units: readonly (readonly string[])[]): Generator<string[][]> {
  // Runs in reading order first: among equally good dealings the first found is kept.
  yield* cuts(units)
  if (units.length > MOST_GROUPED) return
  function* place(i: number, groups: string[][]): Generator<string[][]> {
    if (i === units.length) {
      yield groups.map((group) => [...group])
      return
    }
    for (const group of groups) {
      group.push(...units[i])
      yield* place(i + 1, groups)
      group.splice(group.length - units[i].length, units[i].length)
    }
    groups.push([...units[i]])
    yield* place(i + 1, groups)
    groups.pop()
  }
  yield* place(0, [])
}

/**
 * `units` (groups of panel ids that stay on one slide, in reading order) dealt onto as few slides as give
 * every panel its minimum (units of a small page grouped in any way, a larger page's cut in reading order);
 * among those, the one with the most room for the tightest panel (3+3 rather than 5+1), reading order on a
 * tie. A unit too big for any slide goes alone, as roomy as it can be.
 */
export function dealSlides(units: readonly (readonly string[])[], area: SlideArea, minimum: MinimumOf): Slide[] {
  const whole = new Set(units.map((unit) => unit.join('\n')))
  let best: { slides: Slide[]; room: number } | undefined
  for (const runs of groupings(units)) {
    if (best && runs.length > best.slides.length) continue
    const slides = runs.map((run) => bestGrid(run, area, minimum) ?? (whole.has(run.join('\n')) ? roomiestGrid(run, area, minimum) : undefined))
    if (!slides.every((slide): slide is Slide => slide !== undefined)) continue
    const room = Math.min(...slides.map((slide) => leastRoom(slide, area, minimum)))
    if (!best || runs.length < best.slides.length || room > best.room) best = { slides, room }
  }
  return best?.slides ?? []
}

/** The page as designed, on one slide. */
export function designedSlide(page: Pick<PageDefinition, 'panels' | 'rows'>): Slide {
  return { columns: 24, rows: page.rows, panels: page.panels }
}

/** Every panel of the page gets its minimum in the page's own grid (or it has none). */
export function fitsAsDesigned(page: Pick<PageDefinition, 'panels' | 'rows'>, area: SlideArea, minimum: MinimumOf): boolean {
  return page.panels.length === 0 || leastRoom(designedSlide(page), area, minimum) >= 1
}

/**
 * The slides of `page` in `area`, where `minimum(id)` are the areas (px) panel `id` needs at the rule: the
 * page as designed when every panel gets its minimum there, else its panels dealt onto slides.
 */
export function computeSlides(page: Pick<PageDefinition, 'panels' | 'rows'>, area: SlideArea, minimum: MinimumOf): Slide[] {
  const designed = designedSlide(page)
  if (fitsAsDesigned(page, area, minimum)) return [designed]
  const slides = dealSlides(readingOrder(page).map((id) => [id]), area, minimum)
  return slides.length ? slides : [designed]
}
