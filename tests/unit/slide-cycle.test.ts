/**
 * One cycle of the show for the room: the 要点 slide first (the panel the definition marks with option
 * headline), each panel once a cycle, a chart kept with its own cards, whole-page slides with the panels
 * whose text falls below the rule listed, and stepping past a page with nothing left to show.
 */
import { describe, expect, it } from 'vitest'
import { PAGES, findPanel } from '../../src/layouts/pages'
import { keptTogether, type CyclePanel } from '../../src/screen/cycle'
import { stepSlide } from '../../src/screen/pageStep'
import { belowRule, layoutFor, showSlides, slideScales } from '../../src/screen/show'
import { buildDashboard } from '../../src/panels/dashboard'
import { fixtureFiles } from '../support/fixtures'
import { ROOM_SCREENS } from '../support/screens'

const ON = { active: true, plainFit: false, diagonalInches: undefined, distanceM: undefined }
const FULL_HD = { width: 1920, height: 1080 }

function ids(slides: { panels: { panel: string }[] }[][]): string[][][] {
  return slides.map((page) => page.map((slide) => slide.panels.map((p) => p.panel)))
}

describe('one cycle of the show', () => {
  it('the definition marks the leading figures; the automatic dashboard marks its 主要指标', () => {
    const leading = PAGES.flatMap((page) => page.panels.map((p) => p.panel)).filter((id) => findPanel(id)?.leading)
    expect(new Set(leading).size).toBe(1)
    const files = fixtureFiles('small')
    const automatic = buildDashboard(undefined, files.indicators)
    expect(automatic.panels.filter((panel) => panel.leading).map((panel) => panel.title)).toEqual(['主要指标'])
  })

  for (const [width, height] of ROOM_SCREENS) {
    it(`${width}x${height}: opens on the 要点 slide alone; every panel of the rotation shown, each once`, () => {
      const layout = layoutFor(ON, { width, height })!
      const cycle = ids(showSlides(PAGES, layout, findPanel))
      const leading = PAGES[0].panels.map((p) => p.panel).find((id) => findPanel(id)?.leading)
      expect(cycle[0][0]).toEqual([leading])
      const shown = cycle.flat(2)
      expect(shown.length).toBe(new Set(shown).size)
      expect(new Set(shown)).toEqual(new Set(PAGES.flatMap((page) => page.panels.map((p) => p.panel))))
      // The 要点 cards get at least the rule.
      const opening = showSlides(PAGES, layout, findPanel)[0][0]
      expect(slideScales(opening, layout)[leading!]).toBeGreaterThanOrEqual(layout.textScale)
    })
  }

  it('a panel shown on an earlier page of the rotation is left out of a later one; on its own page first it stays there', () => {
    const layout = layoutFor(ON, FULL_HD)!
    const economy = PAGES.find((p) => p.id === 'economy')!
    const overview = PAGES.find((p) => p.id === 'overview')!
    const repeated = economy.panels.map((p) => p.panel).filter((id) => overview.panels.some((o) => o.panel === id))
    expect(repeated.length).toBeGreaterThan(0)
    const [, economyFirst] = ids(showSlides([overview, economy], layout, findPanel))
    for (const id of repeated) expect(economyFirst.flat()).not.toContain(id)
    const [economyAlone] = ids(showSlides([economy, overview], layout, findPanel))
    for (const id of repeated) expect(economyAlone.flat()).toContain(id)
  })

  it('a chart stays on one slide with the card panel of its figures', () => {
    const panels: Record<string, CyclePanel> = {
      a: { kind: 'chart', indicators: ['x'] },
      b: { kind: 'cards', indicators: ['y'] },
      c: { kind: 'cards', indicators: ['x', 'z'] },
      d: { kind: 'chart', indicators: ['w'] },
    }
    expect(keptTogether(['a', 'b', 'c', 'd'], (id) => panels[id])).toEqual([['a', 'c'], ['b'], ['d']])
    // Kept together even where each alone would go on a slide of its own.
    const page = { id: 'p', title: 'P', rows: 2, panels: ['a', 'b', 'c', 'd'].map((panel, i) => ({ panel, x: (i % 2) * 12, w: 12, y: Math.floor(i / 2), h: 1 })) }
    const layout = layoutFor(ON, { width: 1024, height: 768 })!
    const slides = ids(showSlides([page], layout, (id) => panels[id]))[0]
    expect(slides.some((slide) => slide.includes('a') && slide.includes('c'))).toBe(true)
  })

  it('whole pages: each page one slide as designed; the panels below the rule are listed with their text size', () => {
    const layout = layoutFor(ON, FULL_HD)!
    const whole = showSlides(PAGES, layout, findPanel, { wholePages: true })
    expect(whole.map((slides) => slides.length)).toEqual(PAGES.map(() => 1))
    expect(whole.map(([slide]) => slide.panels)).toEqual(PAGES.map((page) => page.panels))
    const below = belowRule(PAGES, layout)
    expect(below.length).toBeGreaterThan(0)
    for (const item of below) {
      expect(item.px).toBeLessThan(layout.minPx)
      const page = whole[PAGES.findIndex((p) => p.id === item.page)][0]
      expect(slideScales(page, layout, undefined, { wholePages: true })[item.panel]).toBeLessThan(layout.textScale)
    }
    // A room large enough for every page as designed has nothing to list.
    expect(belowRule(PAGES, layoutFor({ ...ON, diagonalInches: 300, distanceM: 2 }, FULL_HD))).toEqual([])
  })

  it('stepping passes over a page with no slide of its own', () => {
    expect(stepSlide({ page: 0, slide: 0 }, [1, 0, 2], 1)).toEqual({ page: 2, slide: 0 })
    expect(stepSlide({ page: 2, slide: 0 }, [1, 0, 2], -1)).toEqual({ page: 0, slide: 0 })
  })

  it('slides per cycle at each room size (printed for the record)', () => {
    const counts = ROOM_SCREENS.map(([width, height]) => {
      const layout = layoutFor(ON, { width, height })!
      return `${width}x${height}: ${showSlides(PAGES, layout, findPanel).flat().length}`
    })
    console.log(`slides per cycle (static card minima): ${counts.join(', ')}`)
    // Fewer than every page cut on its own: each panel once a cycle.
    const layout = layoutFor(ON, FULL_HD)!
    const perPage = PAGES.reduce((sum, page) => sum + showSlides([page], layout, findPanel).flat().length, 0)
    expect(showSlides(PAGES, layout, findPanel).flat().length).toBeLessThan(perPage)
  })
})
