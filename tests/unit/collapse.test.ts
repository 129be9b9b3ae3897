/** Empty panels collapse under a filter (src/panels/collapse.ts): which are empty, and the page re-flowed. */
import { describe, expect, it } from 'vitest'
import { collapsePage, emptyPanelIds, leftOutLine } from '../../src/panels/collapse'
import type { PanelView } from '../../src/panels/context'
import { PANELS, findPage } from '../../src/layouts/pages'
import { context } from '../support/panelData'
import { fixtureFiles } from '../support/fixtures'

const page = {
  rows: 12,
  panels: [
    { panel: 'a', x: 0, y: 0, w: 12, h: 6 },
    { panel: 'b', x: 12, y: 0, w: 12, h: 6 },
    { panel: 'c', x: 0, y: 6, w: 10, h: 6 },
    { panel: 'd', x: 10, y: 6, w: 8, h: 6 },
    { panel: 'e', x: 18, y: 6, w: 6, h: 6 },
  ],
}

describe('a page re-flows without its empty panels', () => {
  it('is unchanged when nothing is left out', () => {
    expect(collapsePage(page, new Set())).toBe(page)
    expect(collapsePage(page, new Set(['z']))).toBe(page)
  })

  it('gives a row losing a panel the whole width, widths in proportion', () => {
    const out = collapsePage(page, new Set(['d']))
    expect(out.rows).toBe(12)
    expect(out.panels.filter((p) => p.y === 6)).toEqual([
      { panel: 'c', x: 0, y: 6, w: 15, h: 6 },
      { panel: 'e', x: 15, y: 6, w: 9, h: 6 },
    ])
    expect(out.panels.filter((p) => p.y === 0)).toEqual(page.panels.slice(0, 2))
  })

  it('removes a row left empty and moves the rows below up', () => {
    const out = collapsePage(page, new Set(['a', 'b']))
    expect(out.rows).toBe(6)
    expect(out.panels.map((p) => [p.panel, p.x, p.y, p.w, p.h])).toEqual([
      ['c', 0, 0, 10, 6],
      ['d', 10, 0, 8, 6],
      ['e', 18, 0, 6, 6],
    ])
  })

  it('leaves no column unused and no panel overlapping another', () => {
    for (const leftOut of [['a'], ['c', 'e'], ['b', 'd'], ['a', 'b', 'c', 'd']]) {
      const out = collapsePage(page, new Set(leftOut))
      const cells = new Set<string>()
      for (const p of out.panels)
        for (let x = p.x; x < p.x + p.w; x++)
          for (let y = p.y; y < p.y + p.h; y++) {
            expect(cells.has(`${x},${y}`), `${leftOut}: overlap at ${x},${y}`).toBe(false)
            cells.add(`${x},${y}`)
          }
      expect(cells.size, `${leftOut}: every cell used`).toBe(24 * out.rows)
    }
  })
})

describe('which panels are empty under a filter', () => {
  const view = (chosen: string[]): PanelView => {
    const ctx = context(chosen)
    return { values: fixtureFiles('small'), chosen, expanded: ctx.sectors, theme: 'dark', scale: 1 }
  }

  it('none without a filter', () => {
    expect(emptyPanelIds(PANELS, view([])).size).toBe(0)
  })

  it('under 工业: exactly the panels with nothing for it, by their own isEmpty', () => {
    const empty = emptyPanelIds(PANELS, view(['industry']))
    expect(empty.size).toBeGreaterThan(0)
    for (const panel of PANELS) expect(empty.has(panel.id), panel.id).toBe(panel.isEmpty?.(context(['industry'])) ?? false)
    // 乡村振兴 keeps only what it has for industry, re-flowed over the whole grid.
    const rural = findPage('rural')!
    const out = collapsePage(rural, empty)
    expect(out.panels.every((p) => !empty.has(p.panel))).toBe(true)
    expect(out.panels.length).toBeLessThan(rural.panels.length)
  })

  it('says in one line which panels are left out', () => {
    expect(leftOutLine([])).toBe('')
    expect(leftOutLine(['农业', '土地'])).toBe('所选产业暂无数据，未显示：农业、土地')
  })
})
