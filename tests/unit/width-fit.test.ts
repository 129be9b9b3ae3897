import { describe, expect, it } from 'vitest'
import { withoutTooltip } from '../../src/charts/widthFit'
import type { ChartOption } from '../../src/charts/echarts'

describe('withoutTooltip', () => {
  it('leaves the tooltip key out (ECharts warns of a key it has no component for, even when undefined)', () => {
    const option: ChartOption = { tooltip: { trigger: 'axis' }, series: [{ type: 'bar', data: [1, 2] }] }
    const drawn = withoutTooltip(option)
    expect('tooltip' in drawn).toBe(false)
    expect(drawn.series).toBe(option.series)
    // The chart's own option keeps its tooltip for when the tooltip is registered.
    expect(option.tooltip).toEqual({ trigger: 'axis' })
  })

  it('returns an option without a tooltip as it is', () => {
    const option: ChartOption = { series: [{ type: 'bar', data: [1] }] }
    expect(withoutTooltip(option)).toBe(option)
  })
})
