import { describe, expect, it } from 'vitest'
import type { ChartOption } from '../../src/charts/echarts'
import { buildPanelOption } from '../../src/panels/context'
import { findPanel } from '../../src/layouts/pages'
import { fitValueAxes, niceStep } from '../../src/print/axes'
import { context } from '../support/panelData'

type Axis = { type?: string; min?: number; max?: number; interval?: number; axisLabel?: { showMaxLabel?: boolean } }

describe('print axes cover their data', () => {
  it('rounds steps to 1, 2, 2.5 or 5 of a power of ten', () => {
    expect([0.7, 13, 21, 26, 40, 51].map(niceStep)).toEqual([1, 20, 25, 50, 50, 100])
  })

  it('gives 投资与工业增长 on a small A4 slot a last labelled tick beyond 104.2%, with room for its labels', () => {
    const panel = findPanel('investment')
    if (!panel) throw new Error('investment')
    for (const width of [220, 280, 400, 900]) {
      const axis = fitValueAxes(buildPanelOption(panel, context([], 'light', 0.65)), width, 120).xAxis as Axis
      expect(axis.max, `${width}px`).toBeGreaterThanOrEqual(104.2)
      expect(axis.min).toBe(0)
      expect(axis.axisLabel?.showMaxLabel).toBe(true)
      const ticks = ((axis.max ?? 0) - (axis.min ?? 0)) / (axis.interval ?? 1)
      expect(ticks).toBeGreaterThanOrEqual(2)
      // '125%' at 9 px is about 30 px: a narrow slot takes fewer ticks than a wide one.
      expect(ticks).toBeLessThanOrEqual(width < 300 ? 3 : 5)
    }
  })

  it('sums stacked series, leaves category axes and axes with a set maximum alone', () => {
    const option = {
      xAxis: { type: 'category', data: ['a', 'b'] },
      yAxis: [{ type: 'value' }, { type: 'value', max: 10 }],
      series: [
        { type: 'bar', stack: 's', data: [60, { value: 30 }] },
        { type: 'bar', stack: 's', data: [50, 10] },
        { type: 'line', yAxisIndex: 1, data: [3, 4] },
      ],
    } as unknown as ChartOption
    const fitted = fitValueAxes(option, 400, 300)
    expect(fitted.xAxis).toEqual(option.xAxis)
    const [left, right] = fitted.yAxis as Axis[]
    expect(left.max).toBeGreaterThanOrEqual(110)
    expect(right).toEqual({ type: 'value', max: 10 })
  })
})
