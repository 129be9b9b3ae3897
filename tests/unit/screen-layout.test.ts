/**
 * The room layout as the screen store uses it: plain scaling or the room, slides of a page, each panel's
 * text scale in its cell (zoomed: the whole area), per-page times; the chart option as drawn (every
 * category label, value ticks apart, labels before plot room, accessible description).
 */
import { describe, expect, it } from 'vitest'
import { PAGES, findPanel } from '../../src/layouts/pages'
import { buildPanelOption } from '../../src/panels/context'
import { stepSlide } from '../../src/screen/pageStep'
import { loadRoomDefaults, machineStorage, saveRoomDefaults } from '../../src/screen/roomDefaults'
import { layoutFor, secondsFor, slideScales, slidesOf } from '../../src/screen/show'
import { withDataTextCaps } from '../../src/charts/textCaps'
import { ariaDescription } from '../../src/charts/ariaSummary'
import { context } from '../support/panelData'

const ON = { active: true, plainFit: false, diagonalInches: undefined, distanceM: undefined }
const FULL_HD = { width: 1920, height: 1080 }

describe('the layout screen mode uses', () => {
  it('is the room layout in screen mode without ?fit=, none with it or outside screen mode', () => {
    expect(layoutFor(ON, FULL_HD)?.minPx).toBe(35)
    expect(layoutFor({ ...ON, plainFit: true }, FULL_HD)).toBeUndefined()
    expect(layoutFor({ ...ON, active: false }, FULL_HD)).toBeUndefined()
    expect(layoutFor({ ...ON, distanceM: 6 }, FULL_HD)!.minPx).toBeGreaterThan(50)
  })

  it('shows a page as designed without a layout; with one, a zoomed panel gets larger text than in its cell', () => {
    const economy = PAGES.find((p) => p.id === 'economy')!
    expect(slidesOf(economy, undefined)).toEqual([{ columns: 24, rows: economy.rows, panels: economy.panels }])
    const layout = layoutFor(ON, FULL_HD)!
    const [first] = slidesOf(economy, layout)
    const inCell = slideScales(first, layout)
    const zoomed = slideScales(first, layout, first.panels[0].panel)
    expect(inCell[first.panels[0].panel]).toBeGreaterThanOrEqual(layout.textScale)
    expect(zoomed[first.panels[0].panel]).toBeGreaterThan(inCell[first.panels[0].panel] * 1.3)
  })

  it('a slide stays for its page own time, else the common one', () => {
    expect(secondsFor(undefined, { rotateSeconds: 30, pageSeconds: { rural: 5 } })).toBe(30)
    expect(stepSlide({ page: 0, slide: 0 }, [], 1)).toEqual({ page: -1, slide: 0 })
  })

  it('uses the machine storage, and none where it cannot be read', () => {
    // No window here (as in a sandbox that forbids storage): no storage, no error.
    expect(machineStorage()).toBeUndefined()
    expect(() => saveRoomDefaults(machineStorage(), { distanceM: 5 })).not.toThrow()
    const full = { getItem: () => null, setItem: () => { throw new Error('quota') } }
    expect(() => saveRoomDefaults(full, { distanceM: 5 })).not.toThrow()
    expect(loadRoomDefaults(undefined)).toEqual({ diagonalInches: undefined, distanceM: undefined })
  })
})

describe('the chart option as drawn', () => {
  it('draws every category label, keeps value ticks apart, lets labels take room from the plot', () => {
    const option = withDataTextCaps(
      { grid: [{ outerBoundsMode: 'same' }, { outerBoundsMode: 'none' }], xAxis: { type: 'category', data: ['a'] }, yAxis: { type: 'value', axisLabel: { fontSize: 20 } } },
      2,
    ) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(option.xAxis.axisLabel).toMatchObject({ interval: 0, hideOverlap: false, overflow: 'break', width: 280 })
    expect(option.yAxis.axisLabel).toEqual({ hideOverlap: true, fontSize: 20 })
    expect(option.grid[0].outerBoundsClampWidth).toBe('8%')
    expect(option.grid[1].outerBoundsClampWidth).toBeUndefined()
  })

  it('describes a panel chart with its key figure and data, for screen readers', () => {
    const ctx = context()
    const gdp = findPanel('gdp')!
    const option = buildPanelOption(gdp, ctx, gdp.headline?.(ctx)) as { aria: { label: { description: string } } }
    expect(option.aria.label.description).toMatch(/^地区生产总值。11\.39亿元\s+同比 \+6\.8%/)
    expect(option.aria.label.description).toContain('2022年1-5月')
  })

  it('reads items without a value or a name, and series without data', () => {
    const text = ariaDescription({ xAxis: [{ type: 'value' }], series: [{ type: 'bar', data: [null, { value: 'x' }, [1, 2], 5] }, { type: 'bar' }] }, '标题', '')
    expect(text).toBe('标题。5')
    const many = ariaDescription({ series: { type: 'bar', name: 's', data: Array.from({ length: 10 }, (_, i) => ({ name: `n${i}`, value: i })) } }, 'T', '个')
    expect(many).toContain('等10项')
  })
})
