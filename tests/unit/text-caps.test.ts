/** Long data text wraps at a width that grows with the screen; every category label is drawn; only a name over the data's limit is cut with …. */
import { describe, expect, it } from 'vitest'
import { withDataTextCaps } from '../../src/charts/textCaps'
import type { ChartOption } from '../../src/charts/echarts'

const option: ChartOption = {
  legend: { data: ['总投资'] },
  tooltip: { renderMode: 'richText' },
  xAxis: { type: 'value' },
  yAxis: [{ type: 'category', data: ['未来易购跨境电商总部基地'] }, { type: 'category', axisLabel: { width: 90 } }],
}

describe('withDataTextCaps', () => {
  it('caps legend items, category labels and tooltip lines at design size', () => {
    const capped = withDataTextCaps(option, 1) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(capped.legend.textStyle).toEqual({ width: 140, overflow: 'break' })
    expect(capped.yAxis[0].axisLabel).toEqual({ formatter: expect.any(Function), width: 140, overflow: 'break', interval: 0, hideOverlap: false })
    expect(capped.tooltip.textStyle).toEqual({ width: 640, overflow: 'break' })
    // Value axes carry numbers, not names: no cap, but their ticks never overlap; a panel's own width wins.
    expect(capped.xAxis.axisLabel).toEqual({ hideOverlap: true })
    expect(capped.yAxis[1].axisLabel.width).toBe(90)
  })

  it('cuts a name over 60 characters with … in category labels and legend items; shorter names stay whole', () => {
    const capped = withDataTextCaps(option, 1) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    const long = '很'.repeat(59) + '长的名称'
    for (const cut of [capped.yAxis[0].axisLabel.formatter, capped.legend.formatter]) {
      expect(cut(long)).toBe(`${'很'.repeat(59)}…`)
      expect([...cut(long)]).toHaveLength(60)
      expect(cut('名'.repeat(60))).toBe('名'.repeat(60))
      expect(cut('未来易购跨境电商总部基地')).toBe('未来易购跨境电商总部基地')
    }
    // A panel's own formatter wins.
    const own = (value: string) => `#${value}`
    expect((withDataTextCaps({ xAxis: { type: 'category', axisLabel: { formatter: own } } }, 1) as Record<string, any>).xAxis.axisLabel.formatter).toBe(own) // eslint-disable-line @typescript-eslint/no-explicit-any
  })

  it('doubles the caps on a 3840x2160 screen, where text is twice as large', () => {
    const capped = withDataTextCaps(option, 2) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(capped.legend.textStyle.width).toBe(280)
    expect(capped.yAxis[0].axisLabel.width).toBe(280)
    expect(capped.tooltip.textStyle.width).toBe(1280)
  })

  it('adds nothing a chart does not have', () => {
    expect(Object.keys(withDataTextCaps({ series: [] }, 1))).toEqual(['series'])
  })
})
