/**
 * 分档 (src/panels/kinds/tiers): villages by income tier, the lowest derived (推算); from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import { context, definedPanel, indicator, labels, tableText, values } from '../support/panelData'
import { wrapLabel } from '../../src/charts/textWidth'
import { textEm } from '../../src/format/text'

const all = context()

describe('village tiers', () => {
  it('draws 3 stated and 13 + 2 derived villages', () => {
    const option = definedPanel('village_tiers').buildOption(all)
    expect(values(option)).toEqual([3, 13, 2])
    expect((option.yAxis as { data: string[] }).data.filter((name) => name.includes('推算'))).toHaveLength(2)
    expect(labels(option)).toEqual(['3个', '13个（推算）', '2个（推算）'])
    expect(definedPanel('village_tiers').headline!(all)).toBe(`${indicator('villages_income_over_200k').name} 16个，占比 88.9%`)
  })

  it('names the top tier by the report\'s word 破百, the reading 100万元以上 marked as the dashboard\'s 释义', () => {
    const option = definedPanel('village_tiers').buildOption(all)
    expect((option.yAxis as { data: string[] }).data[0]).toBe('破百（释义：100万元以上）')
    const rows = tableText(definedPanel('village_tiers'), all)
    expect(rows.find((row) => row[0].startsWith('破百'))).toEqual(['破百（释义：100万元以上）', '3个', '报道数据（“破百”为报道原词，“100万元以上”为看板释义）'])
  })
})

describe('village tiers in screen mode (issue 25: 破百 shortened; （破百）/（推算） beside the wrong bar)', () => {
  // The chart's room on the 1920x1080 overview slide at the defaults (half the slide, text at the rule).
  const room = { width: 868, height: 554, floorScale: 2.61 }
  const option = definedPanel('village_tiers').buildOption({ ...all, scale: 2.61, room }) as {
    grid: { top: number; bottom: number }
    xAxis: { max: number }
    yAxis: { data: string[]; axisLabel: { width: number; fontSize: number; lineHeight: number } }
  }

  it('writes each tier\'s whole name, wrapped (破百（释义： / 100万元以上）), not cut to 破百', () => {
    expect(option.yAxis.data).toEqual(['破百（释义：100万元以上）', '20万至100万元（推算）', '20万元以下（推算）'])
    const { width, fontSize } = option.yAxis.axisLabel
    expect(wrapLabel(option.yAxis.data[0], width / fontSize)).toBe('破百（释义：\n100万元以上）')
    // Narrowed to the widest line: the plot keeps the rest of the chart.
    expect(width).toBeLessThan(room.width * 0.4)
  })

  it('keeps every line of a name within its own bar\'s band, so no note stands beside another bar', () => {
    const { width, fontSize, lineHeight } = option.yAxis.axisLabel
    const band = (room.height - option.grid.top - option.grid.bottom) / option.yAxis.data.length
    for (const name of option.yAxis.data) {
      const lines = wrapLabel(name, width / fontSize).split('\n')
      expect(lines.length * lineHeight, name).toBeLessThanOrEqual(band)
      for (const line of lines) expect(textEm(line) * fontSize, line).toBeLessThanOrEqual(width + 1)
    }
  })

  it('ends its value axis just above the largest tier (13 on an axis to 15, not 20)', () => {
    expect(option.xAxis.max).toBe(15)
  })
})
