/**
 * The show screen mode presents: which pages rotate (?pages), how each page is cut into slides for this
 * screen and room, how long each slide stays, and the text scale of a panel in its cell. Pure: the
 * screen store holds the reactive state and calls these. The store loads this module (with the slide
 * stepping and the machine's room defaults, handed on below) when screen mode is first asked for.
 */
import { PAGES, type PageDefinition } from '../layouts/pages'
import type { Size } from './fit'
import { resolveRoom } from './legibility'
import { pageSlides, panelTextScale, roomLayout, type CardsOf, type RoomLayout } from './roomLayout'
import type { ScreenSettings } from './settings'
import { cellSize, type Slide } from './slides'

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

/** A page's slides: computed for the room, or the page as designed. */
export function slidesOf(page: PageDefinition, layout: RoomLayout | undefined, cardsOf?: CardsOf): Slide[] {
  return layout ? pageSlides(page, layout, cardsOf) : [{ columns: 24, rows: page.rows, panels: page.panels }]
}

/** Seconds a slide of `pageId` stays on screen. */
export function secondsFor(pageId: string | undefined, settings: Pick<ScreenSettings, 'rotateSeconds' | 'pageSeconds'>): number {
  return (pageId !== undefined ? settings.pageSeconds[pageId] : undefined) ?? settings.rotateSeconds
}

/** Text scale of each panel of a slide (by panel id), or of one panel given the whole area (zoom). */
export function slideScales(slide: Slide, layout: RoomLayout, zoomed?: string, cardsOf?: CardsOf): Record<string, number> {
  const scales: Record<string, number> = {}
  for (const p of slide.panels) {
    const cell = p.panel === zoomed ? layout.area : cellSize(p, slide.columns, slide.rows, layout.area)
    scales[p.panel] = panelTextScale(p.panel, cell, layout.textScale, cardsOf)
  }
  return scales
}
