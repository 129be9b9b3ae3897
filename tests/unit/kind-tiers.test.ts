/**
 * 分档 (src/panels/kinds/tiers): villages by income tier, the lowest derived (推算); from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import { context, definedPanel, indicator, labels, tableText, values } from '../support/panelData'

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
