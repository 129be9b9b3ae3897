/**
 * Bar and level panels fitted to the room they are drawn in (the shape rules, src/charts/shape.ts): on a
 * panel of ordinary size every category label is given a width and stays whole or shortened within it, and
 * the value axis has ticks the plot has room for; on a panel far too small for its bars the chart is
 * marked too dense, so screen mode shows the panel's table instead of an unreadable chart.
 */
import { describe, expect, it } from 'vitest'
import { isTooDense, type ChartRoom } from '../../src/charts/shape'
import type { ChartOption } from '../../src/charts/echarts'
import type { PanelContext } from '../../src/panels/types'
import { context, definedPanel } from '../support/panelData'

const roomy: ChartRoom = { width: 900, height: 520, floorScale: 1 }
const tiny: ChartRoom = { width: 160, height: 70, floorScale: 1 }
const inRoom = (room: ChartRoom, scale = 1): PanelContext => ({ ...context([], 'dark', scale), room })

type CategoryAxis = { data: string[]; axisLabel: { width?: number; fontSize: number } }
const optionOf = (id: string, ctx: PanelContext): ChartOption => {
  const panel = definedPanel(id)
  if (panel.kind !== 'chart') throw new Error(`${id} is a chart panel`)
  return panel.buildOption(ctx)
}

describe('horizontal bars in their room', () => {
  for (const id of ['investment', 'agriculture', 'feature_villages'])
    it(`${id}: labels get a width within the chart on an ordinary panel, and a panel too small shows the table`, () => {
      const option = optionOf(id, inRoom(roomy))
      expect(isTooDense(option)).toBe(false)
      const axis = option.yAxis as CategoryAxis
      expect(axis.axisLabel.width).toBeGreaterThan(0)
      expect(axis.axisLabel.width).toBeLessThanOrEqual(roomy.width * 0.45)
      expect(isTooDense(optionOf(id, inRoom(tiny)))).toBe(true)
      // Without a measured room (exports at their own size): drawn as built, never marked.
      expect(isTooDense(optionOf(id, context()))).toBe(false)
    })

  it('agriculture: on a roomy panel the count axis has whole-number ticks, at least three', () => {
    const axis = optionOf('agriculture', inRoom(roomy)).xAxis as { min?: number; max?: number; interval?: number; minInterval?: number }
    if (axis.interval !== undefined) {
      expect(Number.isInteger(axis.interval)).toBe(true)
      expect((axis.max! - axis.min!) / axis.interval).toBeGreaterThanOrEqual(2)
      // The longest bar (20余家) within the axis.
      expect(axis.max).toBeGreaterThanOrEqual(20)
    } else expect(axis.minInterval).toBe(1)
  })
})

describe('a level against last year in its room', () => {
  it('writes each value on one line where its category is wide enough, and ends the axis above the tallest bar', () => {
    const option = optionOf('gdp', inRoom(roomy))
    expect(isTooDense(option)).toBe(false)
    const series = (option.series as { label: { formatter: (p: { dataIndex: number }) => string } }[])[0]
    const texts = [0, 1].map((dataIndex) => series.label.formatter({ dataIndex }))
    // 900 px for two bars: room for 10.66亿元（推算） and 11.39亿元  同比 +6.8% ↑ on one line each.
    for (const text of texts) expect(text).not.toContain('\n')
    expect(texts[1]).toContain('同比')
    const y = option.yAxis as { max: number; min: number; interval: number }
    expect(y.min).toBe(0)
    expect(y.max).toBeGreaterThan(1_139_000_000)
    // Narrow: the same figures over their marks, on two lines.
    const narrow = optionOf('gdp', inRoom({ width: 260, height: 520, floorScale: 1 }))
    const narrowSeries = (narrow.series as { label: { formatter: (p: { dataIndex: number }) => string } }[])[0]
    expect(narrowSeries.label.formatter({ dataIndex: 1 })).toMatch(/\n同比/)
  })

  it('on a panel far too small is marked too dense, so screen mode shows its table', () => {
    expect(isTooDense(optionOf('gdp', inRoom(tiny)))).toBe(true)
  })
})
