/**
 * 条形对比 (src/panels/kinds/count-bars): counts of one unit as bars, an implied total marked 推算; from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import { context, definedPanel, indicator, labels, optionText, sectorsOf, seriesOf, tableText, tooltips, values, withIndicators } from '../support/panelData'

const all = context()

describe('feature villages', () => {
  const p = definedPanel('feature_villages')

  it('draws each type as a bar with its sector, and totals the labels as derived', () => {
    const option = p.buildOption(all)
    expect(values(option)).toEqual([14, 3, 9])
    expect(sectorsOf(option)).toEqual(['modern_agriculture', 'culture_tourism', 'commerce_logistics'])
    expect(labels(option)).toEqual(['14个', '3个', '9个'])
    expect(seriesOf(option).every((series) => series.type === 'bar')).toBe(true)
    const text = optionText(option)
    expect(text).toContain('26个类型（推算：14 + 3 + 9）')
    expect(text).toContain('18个行政村')
    expect(p.headline!(all)).toContain('26个（推算）')
    const total = p.buildTable(all).rows.find((row) => row[0].text === '特色产业村类型合计')!
    expect(total[1]).toEqual({ text: '26个', derived: true })
  })

  it('re-totals for the chosen sectors', () => {
    const two = context(['culture_tourism', 'commerce_logistics'])
    expect(values(p.buildOption(two))).toEqual([3, 9])
    expect(optionText(p.buildOption(two))).toContain('合计 12个类型（推算：3 + 9）')
    const one = context(['modern_agriculture'])
    expect(values(p.buildOption(one))).toEqual([14])
    expect(p.headline!(one)).toBe('农业特色产业村 14个')
    expect(p.isEmpty!(context(['industry']))).toBe(true)
    // Nothing of the chosen sector: no derived total of nothing (never 0（推算） with an empty formula).
    const none = tableText(p, context(['industry'])).flat().join('|')
    expect(none).not.toContain('推算')
    expect(none).not.toMatch(/(^|\|)0/)
  })
})

describe('agriculture and land', () => {
  it('agriculture draws four counts in 家, the lower bound written 20余家', () => {
    const option = definedPanel('agriculture').buildOption(all)
    expect(values(option)).toEqual([20, 5, 4, 2])
    expect(labels(option)).toEqual(['20余家', '5家', '4家', '2家'])
    expect(tooltips(option)[0]).toContain('下限')
    expect((option.xAxis as { name: string }).name).toBe('家')
    expect(definedPanel('agriculture').isEmpty!(context(['culture_tourism']))).toBe(true)
  })

  it('land draws 2986亩 and 4242亩 with their derived total', () => {
    const p = definedPanel('land')
    const option = p.buildOption(all)
    expect(values(option)).toEqual([2986, 4242])
    expect(labels(option)).toEqual(['2986亩', '4242亩'])
    expect(p.headline!(all)).toContain('7228亩（推算）')
    expect(optionText(option)).toContain('7228亩（推算：2986亩 + 4242亩）')
    expect(p.buildTable(all).rows.at(-1)![1]).toEqual({ text: '7228亩', derived: true })
  })

  it('land writes its total in the figures\' own unit, a lower bound with 余', () => {
    expect(definedPanel('land').headline!(withIndicators({ contracted_wasteland: { lowerBound: true } }))).toContain('7228余亩（推算）')
  })
})

describe('the footer of a bar panel', () => {
  const p = definedPanel('feature_villages')
  const words = (id: string) => `“${indicator(id).source}”`

  it('quotes the words of the bars drawn; with none drawn under a filter, those of every figure it reads', () => {
    const shown = ['agricultural_feature_villages', 'culture_tourism_feature_villages', 'commerce_feature_villages']
    const source = p.source(all)
    for (const id of shown) expect(source).toContain(words(id))
    // The village count only qualifies the total in the header: its words belong with the bars only when no bar is left.
    expect(source).not.toContain(words('villages_total'))
    const none = context(['industry'])
    expect(p.isEmpty!(none)).toBe(true)
    for (const id of [...shown, 'villages_total']) expect(p.source(none)).toContain(words(id))
  })

  it('dates counts the report gives without a period as “as of the report”', () => {
    expect(indicator('agricultural_feature_villages').period.kind).toBe('asOfReport')
    expect(p.period(all)).toBe('截至报道时')
  })
})
