/**
 * The clerk's drop-down lists: the written workbook, read back with exceljs, offers the list of each listed
 * column on every row from the first data row to the room left for new rows, and nowhere else.
 */
import { describe, expect, it } from 'vitest'
import { workbookOf } from '../support/workbook'

describe('workbook drop-down lists', () => {
  it('lists units, sectors and fixed choices on rows 2 to 2000 of their columns, not on the header or other columns', async () => {
    const book = await workbookOf('tests/fixtures/small')
    const indicators = book.getWorksheet('指标')!
    const values = book.getWorksheet('指标值')!
    const listOf = (sheet: typeof indicators, address: string) => sheet.getCell(address).dataValidation?.formulae ?? null

    for (const row of [2, 1000, 2000]) {
      expect(listOf(indicators, `C${row}`)).toEqual([`'单位'!$A$2:$A$2000`])
      expect(listOf(indicators, `D${row}`)).toEqual([`'产业'!$B$2:$B$2000`])
      expect(listOf(values, `F${row}`)).toEqual([`'单位'!$A$2:$A$2000`])
      expect(listOf(values, `H${row}`)).toEqual(['"余"'])
    }
    expect(indicators.getCell('D2').dataValidation).toMatchObject({ type: 'list', allowBlank: true })
    expect(listOf(indicators, 'C1')).toBeNull()
    expect(listOf(indicators, 'C2001')).toBeNull()
    expect(listOf(indicators, 'A2')).toBeNull()
    expect(listOf(values, 'E2')).toBeNull()
  }, 60_000)
})
