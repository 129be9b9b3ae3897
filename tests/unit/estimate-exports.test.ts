// @vitest-environment jsdom
/**
 * The 预计/初步/快报 mark of a figure in the exports (issue 23.4): the panel's 数据 table as CSV and as the
 * rows of its .xlsx, and the chart's SVG export, give the mark beside the figure; the final figures of the
 * edition before carry none. On the second town's 预计 edition (2023年1-6月), and on the same edition with
 * its tax revenue marked 初步 and its growth 快报 figure by figure.
 */
import { describe, expect, it } from 'vitest'
import { setPlatformAPI } from 'echarts/core'
import '../../src/charts/echarts'
import { resolveEdition } from '../../src/data/resolve'
import { chartSvg } from '../../src/export/render'
import { yearOnYearOption, yearOnYearTable } from '../../src/panels/yearOnYear'
import { tableCsv, tableFile, tableSheetRows } from '../../src/workbook/tableFile'
import { fixtureFiles } from '../support/fixtures'
import { contextOf } from '../support/panelData'
import type { DataFiles } from '../../src/data/schema'

// jsdom has no canvas to measure text with: give ECharts a fixed-width font.
setPlatformAPI({ measureText: (text = '') => ({ width: [...text].length * 12 }) })

const files = fixtureFiles('second-town')
const estimated = contextOf(resolveEdition(files, '2023-06'))
/** The same edition, its tax revenue stated 初步 and its growth 快报 (each value's own mark over the edition's). */
const marked: DataFiles = {
  ...files,
  values: files.values.map((row) =>
    row.edition !== '2023-06' ? row : row.indicator === 'tax_revenue' ? { ...row, estimate: '初步' } : row.indicator === 'tax_revenue_growth' ? { ...row, estimate: '快报' } : row,
  ),
}
const revised = contextOf(resolveEdition(marked, '2023-06'))

const SOURCE = '青禾镇2023年上半年经济运行简况'

function svgTexts(svg: string): string {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return Array.from(doc.getElementsByTagName('text')).map((node) => node.textContent).join('\n')
}

describe('the mark of an estimate in the exports', () => {
  for (const [name, ctx, level, growth] of [
    ['预计 (the edition)', estimated, '1287.5万元（预计）', '同比 +8.2% ↑（预计）'],
    ['初步 and 快报 (each figure)', revised, '1287.5万元（初步）', '同比 +8.2% ↑（快报）'],
  ] as const) {
    it(`${name}: the CSV and the .xlsx rows of the 数据 table give the mark beside the figure, the final figures none`, () => {
      const file = tableFile(yearOnYearTable(ctx, 'tax_revenue', 'nominal'), SOURCE)
      const csv = tableCsv(file)
      expect(csv).toContain(level)
      expect(csv).toContain(growth)
      const sheet = tableSheetRows(file).flat().map(String)
      expect(sheet.some((cell) => cell.includes(level))).toBe(true)
      expect(sheet.some((cell) => cell.includes(growth))).toBe(true)
      // The quarter before is final: its figure carries no mark.
      expect(sheet.some((cell) => cell.startsWith('583.6万元') && !/（(预计|初步|快报)）/.test(cell))).toBe(true)
    })

    it(`${name}: the chart's SVG export draws the mark beside the figure`, () => {
      const shown = svgTexts(chartSvg(yearOnYearOption(ctx, '税收收入', 'tax_revenue', 'nominal'), 'light', 800, 450))
      expect(shown).toContain(level)
      expect(shown).toContain(growth)
      expect(shown).toContain('583.6万元')
      expect(shown).not.toMatch(/583\.6万元（/)
    })
  }
})
