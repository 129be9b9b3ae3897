/**
 * Every panel of the small fixture's definition, whatever its kind: nothing NaN or undefined under any
 * filter, a sector on every chart item, only the chosen sectors' items, text never below the rule. What
 * each kind draws is tested in its own file, tests/unit/kind-<kind>.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { PANELS } from '../../src/layouts/pages'
import { badValues, cardsOf, context, dataset, definedPanel, optionText, seriesOf } from '../support/panelData'

const panel = definedPanel
const all = context()

describe('every panel', () => {
  const ids = PANELS.map((p) => p.id)
  const filters = [[], ...dataset.sectors.map((sector) => [sector.id])]

  it.each(ids)('%s has no NaN or undefined in its option, table or cards under any filter', (id) => {
    const p = panel(id)
    for (const chosen of filters) {
      const ctx = context(chosen)
      if (p.isEmpty?.(ctx)) continue
      expect(badValues(p.buildOption(ctx)), `${id} ${chosen.join()}`).toEqual([])
      expect(badValues(p.buildTable(ctx)), `${id} ${chosen.join()}`).toEqual([])
      expect(badValues(cardsOf(p, ctx)), `${id} ${chosen.join()}`).toEqual([])
      expect(optionText(p.buildOption(ctx))).not.toMatch(/undefined|NaN/)
    }
  })

  // Town-wide panels and card panels have no chart items of a sector.
  const sectorCharts = PANELS.filter((p) => p.kind !== 'cards' && p.scope !== 'town').map((p) => p.id)
  const sectorPanels = PANELS.filter((p) => p.scope !== 'town').map((p) => p.id)

  it.each(sectorCharts)('%s puts a sector id (or null) on every chart data item', (id) => {
    const p = panel(id)
    expect(seriesOf(p.buildOption(all)).flatMap((series) => series.data ?? []).length).toBeGreaterThan(0)
    for (const series of seriesOf(p.buildOption(all))) {
      for (const item of series.data ?? []) expect(item as object).toHaveProperty('sector')
    }
  })

  it.each(sectorPanels)('%s shows only chosen sectors\' items under a filter', (id) => {
    const p = panel(id)
    for (const sector of dataset.sectors) {
      const ctx = context([sector.id])
      if (p.isEmpty?.(ctx)) continue
      for (const series of seriesOf(p.buildOption(ctx)))
        for (const item of series.data ?? []) expect(ctx.sectors.has((item as { sector: string }).sector), `${id} ${sector.id}`).toBe(true)
      for (const card of cardsOf(p, ctx)) expect(ctx.sectors.has(card.sector ?? ''), `${id} ${sector.id}`).toBe(true)
    }
  })

  it.each(ids)('%s scales its text and never goes below 14px', (id) => {
    const fontSizes = (value: unknown): number[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, child]) => (key === 'fontSize' && typeof child === 'number' ? [child] : fontSizes(child)))
        : []
    const design = fontSizes(panel(id).buildOption(all))
    expect(design.length).toBeGreaterThan(0)
    expect(Math.min(...design)).toBeGreaterThanOrEqual(14)
    expect(Math.min(...fontSizes(panel(id).buildOption(context([], 'dark', 2))))).toBeGreaterThanOrEqual(28)
  })
})
