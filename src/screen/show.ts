/**
 * The show screen mode presents: which pages rotate (?pages), how each page is cut into slides for this
 * screen and room, how long each slide stays, and the text scale of a panel in its cell. Pure: the
 * screen store holds the reactive state and calls these. The store loads this module (with the slide
 * stepping and the machine's room defaults, handed on below) when screen mode is first asked for.
 */
import { DESIGN_MIN_FONT_PX } from '../charts/designScreen'
import { PAGES, type PageDefinition } from '../layouts/pages'
import type { Size } from './fit'
import { resolveRoom } from './legibility'
import { cycleSlides, lonePageSlides, wholePageScale, type CycleOptions, type PanelOf } from './cycle'
import { panelTextScale, roomLayout, type CardsOf, type RoomLayout } from './roomLayout'
import type { ScreenSettings } from './settings'
import { cellSize, designedSlide, type Slide } from './slides'

/** @public for the screen store, through the module it loads (knip cannot follow `show.value.stepSlide`). */
export { stepSlide } from './pageStep'
/** @public as stepSlide. */
export { loadRoomDefaults, machineStorage, saveRoomDefaults } from './roomDefaults'

/** The pages of the rotation, in order: those ?pages names, or all. */
export function rotationPages(settings: Pick<ScreenSettings, 'pages'>): PageDefinition[] {
  if (settings.pages.length === 0) return [...PAGES]
  return settings.pages.map((id) => PAGES.find((page) => page.id === id)).filter((page): page is PageDefinition => page !== undefined)
}

/** The room layout of screen mode, or undefined for plain scaling (?fit=) and outside screen mode. */
export function layoutFor(settings: Pick<ScreenSettings, 'active' | 'plainFit' | 'diagonalInches' | 'distanceM'>, viewport: Size): RoomLayout | undefined {
  if (!settings.active || settings.plainFit) return undefined
  return roomLayout(resolveRoom(settings, viewport), viewport)
}

/** The slides of each page of the rotation in one cycle: computed for the room, or the pages as designed. */
export function showSlides(pages: readonly PageDefinition[], layout: RoomLayout | undefined, panelOf: PanelOf, options: CycleOptions = {}): Slide[][] {
  return layout ? cycleSlides(pages, layout, panelOf, options) : pages.map((page) => [designedSlide(page)])
}

/** A page's slides on its own (off the rotation): computed for the room, or the page as designed. */
export function slidesOf(page: PageDefinition, layout: RoomLayout | undefined, options: CycleOptions = {}): Slide[] {
  return layout ? lonePageSlides(page, layout, options) : [designedSlide(page)]
}

/** Seconds a slide of `pageId` stays on screen. */
export function secondsFor(pageId: string | undefined, settings: Pick<ScreenSettings, 'rotateSeconds' | 'pageSeconds'>): number {
  return (pageId !== undefined ? settings.pageSeconds[pageId] : undefined) ?? settings.rotateSeconds
}

/**
 * Text scale of each panel of a slide (by panel id), or of one panel given the whole area (zoom). On a
 * whole-page slide a panel's text may be below the rule (its cell as designed is smaller than its minimum).
 */
export function slideScales(slide: Slide, layout: RoomLayout, zoomed?: string, options: CycleOptions = {}): Record<string, number> {
  const scales: Record<string, number> = {}
  for (const p of slide.panels) {
    if (options.wholePages && p.panel !== zoomed) scales[p.panel] = wholePageScale(p.panel, slide, layout, options.cardsOf)
    else scales[p.panel] = panelTextScale(p.panel, p.panel === zoomed ? layout.area : cellSize(p, slide.columns, slide.rows, layout.area), layout.textScale, options.cardsOf)
  }
  return scales
}

/** A panel whose text is below the rule on a whole-page slide: its smallest text in px. */
export interface BelowRule {
  page: string
  panel: string
  px: number
}

/** The panels of whole-page slides whose text is below the rule, with their smallest text (for the settings panel). */
export function belowRule(pages: readonly PageDefinition[], layout: RoomLayout | undefined, cardsOf?: CardsOf): BelowRule[] {
  if (!layout) return []
  return pages.flatMap((page) => {
    const slide = designedSlide(page)
    return slide.panels.flatMap((p) => {
      const scale = wholePageScale(p.panel, slide, layout, cardsOf)
      return scale < layout.textScale ? [{ page: page.id, panel: p.panel, px: Math.floor(DESIGN_MIN_FONT_PX * scale) }] : []
    })
  })
}
