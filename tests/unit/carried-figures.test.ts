/**
 * No silent change of a figure: a growth rate carried from an earlier edition (the new month's report gives
 * 固定资产投资 but no growth rates) is marked with its own period on the chart, in the 数据 table and in the
 * deck, never shown under the new month's period alone.
 */
import { describe, expect, it } from 'vitest'
import { resolveEdition } from '../../src/data/resolve'
import { describeDeck } from '../../src/deck/describe'
import { PAGES, findPanel } from '../../src/layouts/pages'
import { fixtureFiles } from '../support/fixtures'
import { contextOf, tableText } from '../support/panelData'

const GROWTH = ['fixed_asset_investment_growth', 'industrial_project_investment_growth', 'above_scale_industry_value_added_growth']

function withoutNewRates() {
  const files = structuredClone(fixtureFiles('multi'))
  files.values = files.values.filter((row) => !(row.edition === '2022-05' && GROWTH.includes(row.indicator)))
  return files
}

describe('投资与工业增长 with the rates carried from 2022年1-4月', () => {
  const files = withoutNewRates()
  const dataset = resolveEdition(files)
  const ctx = contextOf(dataset)
  const panel = findPanel('investment')!
  const carried = dataset.indicators.find((item) => item.id === 'fixed_asset_investment_growth')!

  it('the rate is the earlier edition\'s, and the chart names its period', () => {
    expect(carried).toMatchObject({ carried: true, value: 60, edition: { id: '2022-04' } })
    if (panel.kind !== 'chart') throw new Error('investment is a chart panel')
    const option = panel.buildOption(ctx)
    const names = (option.yAxis as { data: string[] }).data
    expect(names[0]).toBe('全社会固定资产投资（2022年1-4月数据）')
    expect(panel.period(ctx)).toContain('2022年1-5月')
    expect(panel.period(ctx)).toContain('2022年1-4月')
  })

  it('the 数据 table and the deck say the same', () => {
    const row = tableText(panel, ctx).find((cells) => cells[0].startsWith('全社会固定资产投资') && cells[1].startsWith('同比'))
    expect(row?.slice(0, 2)).toEqual(['全社会固定资产投资（2022年1-4月数据）', '同比 +60% ↑（2022年1-4月数据）'])
    const deck = describeDeck({ values: files, chosen: [], expanded: new Set(), pages: PAGES, background: 'white', theme: 'dark', scale: 1, now: new Date(2026, 10, 29) })
    const slides = deck.slides.filter((slide) => slide.title.includes('投资与工业增长'))
    const text = JSON.stringify(slides)
    expect(text).toContain('同比 +60% ↑（2022年1-4月数据）')
    expect(text).not.toMatch(/同比 \+60% ↑"/)
  })

  it('in the edition that states the rates, nothing is marked', () => {
    const own = contextOf(resolveEdition(fixtureFiles('multi')))
    expect(tableText(panel, own).flat().join(' ')).not.toContain('数据）')
  })
})
