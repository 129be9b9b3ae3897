/**
 * The slides of a whole show (one cycle of the rotation), computed for the room: the 要点 slide first (the
 * panel the definition marks as the report's leading figures, alone, its cards at the rule or larger),
 * then each page's panels dealt onto slides (src/screen/slides.ts), each panel once a cycle (one already
 * shown on an earlier page of the rotation is not shown again; a page left with nothing is skipped), a
 * chart kept on one slide with its own cards (a card panel showing an indicator the chart shows). Or, when
 * the presenter asks for whole pages, each page one slide as designed, its text smaller where the page's
 * grid gives a panel less than its minimum (listed by belowRule). Pure.
 */
import type { PageDefinition } from '../layouts/pages'
import { minimumPx, panelTextScale, type CardsOf, type RoomLayout } from './roomLayout'
import { cellSize, computeSlides, dealSlides, designedSlide, fitsAsDesigned, gridSlide, readingOrder, roomFactor, type Slide } from './slides'

/** What the cycle needs to know of a panel (a PanelDefinition has it). */
export interface CyclePanel {
  kind: 'chart' | 'cards'
  indicators: readonly string[]
  leading?: boolean
}

export type PanelOf = (panelId: string) => CyclePanel | undefined

/**
 * `ids` (in reading order) as groups that stay together: a card panel with every chart panel that shows
 * one of its indicators (its chart), in the order of each group's first panel.
 */
export function keptTogether(ids: readonly string[], panelOf: PanelOf): string[][] {
  const group = new Map<string, number>(ids.map((id, i) => [id, i]))
  const root = (id: string): number => {
    let at = group.get(id) ?? 0
    while (group.get(ids[at]) !== at) at = group.get(ids[at]) ?? at
    return at
  }
  for (const cards of ids) {
    const c = panelOf(cards)
    if (c?.kind !== 'cards') continue
    for (const chart of ids) {
      const p = panelOf(chart)
      if (p?.kind !== 'chart' || !p.indicators.some((id) => c.indicators.includes(id))) continue
      const [a, b] = [root(cards), root(chart)].sort((x, y) => x - y)
      group.set(ids[b], a)
    }
  }
  const units = new Map<number, string[]>()
  for (const id of ids) units.set(root(id), [...(units.get(root(id)) ?? []), id])
  return [...units.values()]
}

export interface CycleOptions {
  /** Each page one slide as designed (?whole). */
  wholePages?: boolean
  cardsOf?: CardsOf
}

/** One page's slides in the cycle, given the panels `seen` on earlier pages (added to). */
function pageSlidesInCycle(page: PageDefinition, layout: RoomLayout, panelOf: PanelOf, seen: Set<string>, cardsOf?: CardsOf): Slide[] {
  const minimum = (id: string) => minimumPx(id, layout.textScale, cardsOf)
  const order = readingOrder(page)
  const fresh = order.filter((id) => !seen.has(id))
  fresh.forEach((id) => seen.add(id))
  const leading = fresh.filter((id) => panelOf(id)?.leading)
  const rest = fresh.filter((id) => !panelOf(id)?.leading)
  // A page shown whole, with no 要点 to open it, keeps its design when that meets the rule.
  if (leading.length === 0 && rest.length === order.length && fitsAsDesigned(page, layout.area, minimum)) return [designedSlide(page)]
  const opening = leading.length ? (dealSlides([leading], layout.area, minimum)[0] ?? gridSlide(leading, 1)) : undefined
  return [...(opening ? [opening] : []), ...dealSlides(keptTogether(rest, panelOf), layout.area, minimum)]
}

/** The slides of each page of `pages` (the rotation, in order) in one cycle of the show. */
export function cycleSlides(pages: readonly PageDefinition[], layout: RoomLayout, panelOf: PanelOf, options: CycleOptions = {}): Slide[][] {
  if (options.wholePages) return pages.map((page) => [designedSlide(page)])
  const seen = new Set<string>()
  return pages.map((page) => pageSlidesInCycle(page, layout, panelOf, seen, options.cardsOf))
}

/** A page's slides on its own (a page the rotation leaves out, reached by its address): no 要点, nothing left out. */
export function lonePageSlides(page: PageDefinition, layout: RoomLayout, options: CycleOptions = {}): Slide[] {
  if (options.wholePages) return [designedSlide(page)]
  return computeSlides(page, layout.area, (id) => minimumPx(id, layout.textScale, options.cardsOf))
}

/** A panel's text scale on a whole-page slide: grown with room, or shrunk below the rule where its cell is smaller than its minimum. */
export function wholePageScale(panelId: string, slide: Slide, layout: RoomLayout, cardsOf?: CardsOf): number {
  const placement = slide.panels.find((p) => p.panel === panelId)
  if (!placement) return layout.textScale
  const cell = cellSize(placement, slide.columns, slide.rows, layout.area)
  const room = roomFactor(cell, minimumPx(panelId, layout.textScale, cardsOf))
  return room >= 1 ? panelTextScale(panelId, cell, layout.textScale, cardsOf) : Math.floor(layout.textScale * room * 100) / 100
}
