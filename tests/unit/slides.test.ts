/** Slides computed from a page's panels and their minimum areas at the rule, for every shape of screen. */
import { describe, expect, it } from 'vitest'
import { PAGES } from '../../src/layouts/pages'
import { cellSize, computeSlides, gridSlide, roomFactor, type Slide } from '../../src/screen/slides'
import { resolveRoom } from '../../src/screen/legibility'
import { minimumPx, pageSlides, panelTextScale, roomLayout } from '../../src/screen/roomLayout'
import { ROOM_SCREENS } from '../support/screens'

function panelsOf(slides: Slide[]): string[] {
  return slides.flatMap((slide) => slide.panels.map((p) => p.panel))
}

describe('slides', () => {
  it('a page whose panels all get their minimum in its own grid shows as designed, on one slide', () => {
    const page = PAGES[0]
    const slides = computeSlides(page, { width: 4000, height: 3000, gap: 10 }, () => [{ width: 10, height: 10 }])
    expect(slides).toEqual([{ columns: 24, rows: page.rows, panels: page.panels }])
  })

  it('panels that do not fit are dealt evenly onto slides in reading order', () => {
    const ids: string[] = ['gdp', 'income', 'land', 'party']
    const page = { rows: 2, panels: ids.map((panel, i) => ({ panel, x: (i % 2) * 12, w: 12, y: Math.floor(i / 2), h: 1 })) }
    // Each needs half the width and all the height: two per slide, side by side.
    const slides = computeSlides(page, { width: 1000, height: 500, gap: 0 }, () => [{ width: 500, height: 500 }])
    expect(slides.map((s) => s.panels.map((p) => p.panel))).toEqual([
      ['gdp', 'income'],
      ['land', 'party'],
    ])
    // Side by side, each half of the slide's width, one row.
    expect(slides[0].rows).toBe(1)
    expect(slides[0].panels.map((p) => p.w / slides[0].columns)).toEqual([0.5, 0.5])
  })

  it('a grid whose last row is short widens that row: no empty cell', () => {
    const slide = gridSlide(['gdp', 'income', 'land'], 2)
    expect(slide.columns).toBe(2)
    expect(slide.panels.map((p) => [p.x, p.w, p.y])).toEqual([
      [0, 1, 0],
      [1, 1, 0],
      [0, 2, 1],
    ])
  })

  it('a panel larger than any slide goes alone', () => {
    const page = { rows: 1, panels: [{ panel: 'gdp' as const, x: 0, w: 24, y: 0, h: 1 }] }
    expect(computeSlides(page, { width: 100, height: 100, gap: 0 }, () => [{ width: 500, height: 500 }])).toHaveLength(1)
  })

  for (const [width, height] of ROOM_SCREENS) {
    it(`${width}x${height}: every panel of every page on a slide, each cell at least its minimum at the rule`, () => {
      const layout = roomLayout(resolveRoom({}, { width, height }), { width, height })
      for (const page of PAGES) {
        const slides = pageSlides(page, layout)
        expect(panelsOf(slides).sort()).toEqual(page.panels.map((p) => p.panel).sort())
        for (const slide of slides)
          for (const p of slide.panels) {
            const cell = cellSize(p, slide.columns, slide.rows, layout.area)
            expect(roomFactor(cell, minimumPx(p.panel, layout.textScale)), `${page.id} ${p.panel}`).toBeGreaterThanOrEqual(1)
            // The panel's text meets the rule: its smallest text (14 at the design size) is minPx or more.
            expect(Math.round(14 * panelTextScale(p.panel, cell, layout.textScale))).toBeGreaterThanOrEqual(layout.minPx)
          }
      }
    })
  }

  it('a 48:9 wall puts panels side by side; a portrait totem stacks them', () => {
    const wall = pageSlides(PAGES[1], roomLayout(resolveRoom({}, { width: 5760, height: 1080 }), { width: 5760, height: 1080 }))
    expect(Math.max(...wall.map((s) => s.columns))).toBeGreaterThanOrEqual(3)
    const totem = pageSlides(PAGES[1], roomLayout(resolveRoom({}, { width: 1080, height: 1920 }), { width: 1080, height: 1920 }))
    for (const slide of totem) expect(slide.panels.every((p) => p.w === slide.columns)).toBe(true)
  })

  it('a farther seat needs more slides', () => {
    const near = pageSlides(PAGES[1], roomLayout({ diagonalInches: 86, distanceM: 3 }, { width: 1920, height: 1080 }))
    const far = pageSlides(PAGES[1], roomLayout({ diagonalInches: 65, distanceM: 6 }, { width: 1920, height: 1080 }))
    expect(far.length).toBeGreaterThan(near.length)
  })
})

describe('panels sharing a slide', () => {
  it('two small panels apart on the page (a large one between them) share a slide', () => {
    const ids = ['governance', 'civilisation_practice', 'party'] as const
    const page = { rows: 1, panels: ids.map((panel, i) => ({ panel, x: i * 8, w: 8, y: 0, h: 1 })) }
    // The two card panels each need half the height and the width; the chart in between all the slide.
    const minimum = (id: string) => (id === 'civilisation_practice' ? [{ width: 1000, height: 500 }] : [{ width: 1000, height: 240 }])
    const slides = computeSlides(page, { width: 1000, height: 500, gap: 10 }, minimum)
    expect(slides.map((s) => s.panels.map((p) => p.panel))).toEqual([['governance', 'party'], ['civilisation_practice']])
    // Stacked, one above the other.
    expect(slides[0].rows).toBe(2)
  })

  it('panels in reading order when another grouping needs no fewer slides', () => {
    const ids = ['gdp', 'income', 'land'] as const
    const page = { rows: 1, panels: ids.map((panel, i) => ({ panel, x: i * 8, w: 8, y: 0, h: 1 })) }
    const slides = computeSlides(page, { width: 1000, height: 500, gap: 0 }, () => [{ width: 500, height: 500 }])
    expect(slides).toHaveLength(2)
    // Two slides either way: the panels stay in reading order (not gdp with land, income apart).
    expect(panelsOf(slides)).toEqual([...ids])
  })
})
