/**
 * The 预计/初步/快报 mark beside figures where charts draw them as values (issue 23): on the second town's
 * 预计 edition (2023年1-6月) a level panel's value labels, tooltip and table give the mark beside the
 * level and beside its growth; the final figures of the edition before carry none.
 */
import { describe, expect, it } from 'vitest'
import { yearOnYearOption, yearOnYearTable } from '../../src/panels/yearOnYear'
import { formatGrowthOf, formatRateOf } from '../../src/format/number'
import { fixtureDataset } from '../support/fixtures'
import { contextOf, labels, tooltips } from '../support/panelData'

const estimated = contextOf(fixtureDataset('second-town', '2023-06'))

describe('the mark of an estimate where a chart draws the figure', () => {
  it('labels the 预计 level and its 预计 growth, and not the final figure of the quarter before', () => {
    const option = yearOnYearOption(estimated, '税收收入', 'tax_revenue', 'nominal')
    const drawn = labels(option)
    expect(drawn.at(-1)).toBe('1287.5万元（预计）\n同比 +8.2% ↑（预计）')
    expect(drawn.find((label) => label.startsWith('583.6万元'))).toBe('583.6万元')
    expect(tooltips(option).at(-1)).toContain('1287.5万元（预计）')
    expect(yearOnYearTable(estimated, 'tax_revenue', 'nominal').rows.flat().map((cell) => cell.text).join('\n')).toContain('同比 +8.2% ↑（预计）')
  })

  it('gives a drawn growth or rate its mark through one helper, and a final one none', () => {
    expect(formatGrowthOf({ value: -6.2, estimate: '快报' })).toBe('-6.2% ↓（快报）')
    expect(formatRateOf({ value: 12.3, estimate: '初步' })).toBe('12.3%（初步）')
    expect(formatGrowthOf({ value: 7.5 })).toBe('+7.5% ↑')
  })
})
