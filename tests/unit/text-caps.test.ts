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
    // The axis label also wraps (line breaks): the text drawn is compared without them.
    const axis = (value: string) => String(capped.yAxis[0].axisLabel.formatter(value)).replace(/\n/g, '')
    for (const cut of [axis, capped.legend.formatter]) {
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

  it('wraps category labels by words within the cap: （推算） whole on its own line, a figure with its unit', () => {
    const labelled: ChartOption = { textStyle: { fontSize: 16 }, xAxis: { type: 'category', data: [] }, yAxis: { type: 'category', axisLabel: { fontSize: 20 } } }
    const capped = withDataTextCaps(labelled, 1) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    // 140 px at 16 px: 8.75 characters a line.
    expect(capped.xAxis.axisLabel.formatter('2021年1-5月（推算）')).toBe('2021年1-5月\n（推算）')
    // The axis's own font size counts: 7 characters at 20 px.
    expect(capped.yAxis.axisLabel.formatter('100万元以上（破百）')).toBe('100万元以上\n（破百）')
    expect(capped.yAxis.axisLabel.formatter('20万元以下')).toBe('20万元以下')
    // A panel's own width (11 characters) wraps nothing the cap would.
    const own = withDataTextCaps({ yAxis: { type: 'category', axisLabel: { fontSize: 16, width: 176 } } }, 1) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(own.yAxis.axisLabel.formatter('工业 · 智能制造（1）')).toBe('工业 · 智能制造（1）')
  })

  it('a panel keeps its own label formatter', () => {
    const own = (value: string) => value
    const capped = withDataTextCaps({ xAxis: { type: 'category', axisLabel: { formatter: own } } }, 1) as Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(capped.xAxis.axisLabel.formatter).toBe(own)
  })

  it('adds nothing a chart does not have', () => {
    expect(Object.keys(withDataTextCaps({ series: [] }, 1))).toEqual(['series'])
  })
})
