/**
 * The width fit (src/charts/widthFit.ts): until the extras (legend, graphic, line chart and the time-axis
 * fit) are registered an option is drawn as built, since only an option with a time axis needs fitting and
 * such an option loads the extras first; once they are, a time axis shows the labels the width holds. An
 * option for an instance without the tooltip leaves the tooltip key out.
 */
import { describe, expect, it } from 'vitest'
import type { ChartOption } from '../../src/charts/echarts'
import { atWidth, withoutTooltip } from '../../src/charts/widthFit'
import { install as installExtras } from '../../src/charts/extras'
import { thinLabels } from '../../src/charts/timeAxis'

const labels = Array.from({ length: 24 }, (_, i) => `${2021 + Math.floor(i / 12)}年1-${(i % 12) + 1}月`)
const option = {
  grid: { left: 0, right: 0 },
  xAxis: { type: 'category', data: labels, timeLabels: 'month', axisLabel: { fontSize: 16 } },
  yAxis: { type: 'value' },
  series: [{ type: 'line', data: labels.map((_, i) => i) }],
} as unknown as ChartOption

describe('atWidth', () => {
  it('draws an option as built before the extras are registered, and fits its time axis after', () => {
    expect(atWidth(option, 400)).toBe(option)
    installExtras()
    const axis = atWidth(option, 400).xAxis as { axisLabel: { interval: (i: number) => boolean } }
    const shown = labels.map((_, i) => axis.axisLabel.interval(i))
    expect(shown).toEqual(thinLabels(labels, 400, 16).shown)
    expect(shown.filter(Boolean).length).toBeLessThan(labels.length)
  })
})

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
