/**
 * 增速对比 (src/panels/kinds/growth-bars): growth rates as bars, the level in the header; from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import { badValues, context, dataset, definedPanel, labels, sectorsOf, seriesOf, tableText, values } from '../support/panelData'

const all = context()

describe('investment', () => {
  it('draws the three growth rates in %, the town-wide one without a sector', () => {
    const option = definedPanel('investment').buildOption(all)
    expect(values(option)).toEqual([104.2, 43.4, 1.5])
    expect(sectorsOf(option)).toEqual([null, 'industry', 'industry'])
    expect(labels(option)).toEqual(['104.2%', '43.4%', '1.5%'])
    expect(tableText(definedPanel('investment'), all).flat()).toContain('5.8亿元')
  })

  it('keeps only industry rates under 工业 and is empty for a sector without rates', () => {
    const option = definedPanel('investment').buildOption(context(['industry']))
    expect(values(option)).toEqual([43.4, 1.5])
    expect(definedPanel('investment').isEmpty!(context(['industry']))).toBe(false)
    expect(definedPanel('investment').isEmpty!(context(['commerce_logistics']))).toBe(true)
  })

  it('says the fixed-asset investment level is town-wide under a filter, and keeps it out of the sector\'s table', () => {
    const p = definedPanel('investment')
    expect(p.headline!(all)).toBe('固定资产投资累计 11.8亿元')
    const industry = context(['industry'])
    expect(p.headline!(industry)).toBe('全镇固定资产投资累计 11.8亿元（未按产业拆分）')
    const rows = tableText(p, industry)
    expect(rows.map((row) => row[2])).toEqual(['工业', '工业'])
    expect(rows.flat().join()).not.toContain('11.8亿元')
  })

  it('colours each bar with its sector\'s colour and reads sectors.json for it', () => {
    const p = definedPanel('investment')
    const industryColour = dataset.sectors.find((sector) => sector.id === 'industry')!.colour
    const colours = (seriesOf(p.buildOption(all))[0].data as { itemStyle: { color: string } }[]).map((item) => item.itemStyle.color)
    expect(colours.slice(1)).toEqual([industryColour, industryColour])
    expect(colours[0]).not.toBe(industryColour)
    expect(p.reads).toContain('sectors.json')
  })
})

describe('builders taken off their panel', () => {
  it.each(['investment', 'village_tiers'])('%s builds its option when the builder is called on its own', (id) => {
    const { buildOption } = definedPanel(id)
    expect(badValues(buildOption(all))).toEqual([])
  })
})
