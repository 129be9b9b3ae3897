/**
 * 构成 (src/panels/kinds/parts): parts drawn against their whole, from the small fixture's definition; a
 * part's share of its whole computed (推算) where the report states none, on the second-town fixture.
 */
import { describe, expect, it } from 'vitest'
import { textEm } from '../../src/format/text'
import { fixtureDataset } from '../support/fixtures'
import { context, contextOf, definedPanel, fromDefinition, labels, optionText, sectorsOf, seriesOf, tableText, tooltips, valueOf } from '../support/panelData'

const all = context()


describe('village commerce', () => {
  const p = definedPanel('village_commerce')

  it('stacks 70 enhanced and 20 upgraded stores, and draws 18 of 18 villages against the whole', () => {
    const option = p.buildOption(all)
    const series = seriesOf(option)
    expect(series.map((s) => valueOf(s.data?.[0]))).toEqual([70, 20, 18])
    expect(series[0].stack).toBe(series[1].stack)
    expect(series[2].stack).not.toBe(series[0].stack)
    const xAxes = option.xAxis as { name: string; max?: number }[]
    expect(xAxes.map((axis) => axis.name)).toEqual(['家', '个（村）'])
    expect(xAxes.map((axis) => axis.max)).toEqual([90, 18])
    const text = optionText(option)
    for (const figure of ['90家', '覆盖率100%', '18/18个行政村', '增强型 70家', '提升型 20家']) expect(text).toContain(figure)
    expect(sectorsOf(option, 0)).toEqual(['commerce_logistics'])
  })

  it('on a narrow chart (a phone) writes each plot\'s name above its bar, the bar starting at the left edge', () => {
    const option = p.buildOption(all) as { grid: { left: number }[]; media: { query: { maxWidth: number; minHeight: number }; option: { grid: { left: number; top: number; height: number }[]; yAxis: { name: string; axisLabel: { show: boolean } }[] } }[] }
    const [narrow] = option.media
    expect(narrow.query.maxWidth).toBeLessThan(600)
    // Only where the chart is tall enough for both plots with their names (a phone's is 320 px).
    expect(narrow.query.minHeight).toBeLessThanOrEqual(320)
    expect(narrow.query.minHeight).toBeGreaterThan(narrow.option.grid[1].top + narrow.option.grid[1].height)
    expect(narrow.option.yAxis.map((axis) => axis.name)).toEqual(['村级便民商店  90家  覆盖率100%', '“快递进村”  18/18个行政村'])
    expect(narrow.option.yAxis.every((axis) => axis.axisLabel.show === false)).toBe(true)
    // The second plot starts below the first bar with room for its name: no overlap.
    const [first, second] = narrow.option.grid
    expect(second.top).toBeGreaterThan(first.top + first.height + 16)
    expect(narrow.option.grid[0].left).toBeLessThan(option.grid[0].left / 4)
  })

  it('is empty for a sector it does not cover', () => {
    expect(p.isEmpty!(context(['commerce_logistics']))).toBe(false)
    expect(p.isEmpty!(context(['e_commerce']))).toBe(true)
  })
})

describe('shares derived from parts (推算)', () => {
  // The second town states its tax revenue and, 其中, the national and local parts, but no share.
  const town = fixtureDataset('second-town', '2023-03')
  const ctx = contextOf(town)
  const taxes = fromDefinition('构成', ['tax_revenue', 'national_tax', 'local_tax'])

  it('finds the parts through the data\'s partOf and labels each computed share 推算, in the whole\'s unit', () => {
    const option = taxes.buildOption(ctx)
    expect(seriesOf(option).map((s) => s.name)).toEqual(['国税收入 占54.5%（推算）', '地税收入 占45.5%（推算）'])
    expect((option.legend as { data: string[] }).data).toEqual(['国税收入 占54.5%（推算）', '地税收入 占45.5%（推算）'])
    // The legend is wide enough for a name with its share: never cut before （推算）.
    expect((option.legend as { textStyle: { width: number } }).textStyle.width).toBeGreaterThanOrEqual(15 * textEm('国税收入 占54.5%（推算）'))
    expect(labels(option, 0)).toEqual(['318.2万元'])
    expect(labels(option, 1)).toEqual(['265.4万元'])
    // Drawn in 万元 as the axis says, against the whole.
    expect(seriesOf(option).map((s) => valueOf(s.data?.[0]))).toEqual([318.2, 265.4])
    expect((option.xAxis as { max: number; name: string }[])[0]).toMatchObject({ max: 583.6, name: '万元' })
    expect(tooltips(option, 0)[0]).toContain('占比54.5%（推算：318.2万元 ÷ 583.6万元）')
  })

  it('lists the computed shares as derived rows of the table, never as reported', () => {
    const rows = taxes.buildTable(ctx).rows
    const shares = rows.filter((row) => row[0].text.endsWith('占比'))
    expect(shares.map((row) => [row[0].text, row[1], row[3].text])).toEqual([
      ['国税收入占比', { text: '54.5%', derived: true }, '推算：318.2万元 ÷ 583.6万元'],
      ['地税收入占比', { text: '45.5%', derived: true }, '推算：265.4万元 ÷ 583.6万元'],
    ])
    expect(rows.filter((row) => row[3].text === '报道数据').map((row) => row[0].text)).toEqual(['税收收入', '国税收入', '地税收入'])
  })

  it('computes no share where the report states one, or the template leaves it out', () => {
    // The bundled definition's own texts name no share: the stores are shown as written (70家, 20家).
    const option = definedPanel('village_commerce').buildOption(all)
    expect(seriesOf(option).flatMap((_, index) => labels(option, index))).toEqual(['增强型 70家', '提升型 20家', '18个村已通快递'])
    expect(tableText(definedPanel('village_commerce'), all).map((row) => row[3])).not.toContain('推算')
  })
})
