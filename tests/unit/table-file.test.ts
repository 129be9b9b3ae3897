/** A panel's 数据 table as .csv and .xlsx: header, source column, numbers as numbers, no formula runs. */
import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { zipText } from '../support/zip'
import { guardText, tableCsv, tableFile, tableFileName, tableSheetRows } from '../../src/workbook/tableFile'
import { writeTableWorkbook } from '../../src/workbook/xlsx'
import type { PanelTable } from '../../src/panels/types'

const hostile: PanelTable = {
  columns: ['指标', '数值', '说明'],
  rows: [
    [{ text: '地区生产总值' }, { text: '11.39' }, { text: '=HYPERLINK("http://evil","点我")' }],
    [{ text: '+cmd|/C calc!A0' }, { text: '-5' }, { text: '@SUM(A1)' }],
    [{ text: '\tTAB' }, { text: '5.0' }, { text: '上年同期', derived: true }],
    [{ text: '-减少' }, { text: '1,013' }, { text: '\r回车' }],
  ],
}

describe('table files', () => {
  it('adds the source column and keeps numbers as numbers', () => {
    const file = tableFile(hostile, '来源：《砥砺前行》')
    expect(file.columns).toEqual(['指标', '数值', '说明', '来源'])
    expect(file.rows[0]).toEqual(['地区生产总值', 11.39, '=HYPERLINK("http://evil","点我")', '来源：《砥砺前行》'])
    expect(file.rows[1][1]).toBe(-5)
    expect(file.rows[2][2]).toBe('上年同期（推算）')
    expect(file.rows[3][1]).toBe('1,013')
  })

  it('guards every text that starts like a formula, and no number', () => {
    for (const text of ['=1+1', '+1', '-x', '@a', '\tx', '\rx']) expect(guardText(text)).toBe(`'${text}`)
    expect(guardText('地区')).toBe('地区')
    const csv = tableCsv(tableFile(hostile, '来源'))
    expect(csv.startsWith('\ufeff指标,数值,说明,来源\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[1]).toBe(`地区生产总值,11.39,"'=HYPERLINK(""http://evil"",""点我"")",来源`)
    expect(lines[2]).toBe(`"'+cmd|/C calc!A0",-5,"'@SUM(A1)",来源`)
    expect(csv).toContain(`"'\tTAB",5,上年同期（推算）,来源`)
    expect(csv).toContain(`"'\r回车"`)
  })

  it('writes an .xlsx whose cells are text or numbers, never formulas', async () => {
    const bytes = await writeTableWorkbook(ExcelJS, '地区生产总值', tableSheetRows(tableFile(hostile, '来源')))
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes.buffer as ArrayBuffer)
    const sheet = book.worksheets[0]
    expect(sheet.getRow(1).values).toEqual([undefined, '指标', '数值', '说明', '来源'])
    expect(sheet.getCell('B2').value).toBe(11.39)
    expect(sheet.getCell('B3').value).toBe(-5)
    expect(sheet.getCell('C2').value).toBe(`'=HYPERLINK("http://evil","点我")`)
    expect(sheet.getCell('A3').value).toBe("'+cmd|/C calc!A0")
    const xml = zipText(bytes, 'xl/worksheets/sheet1.xml')
    expect(xml).not.toContain('<f>')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
  })

  it('names the file by title, period and sector filter', () => {
    expect(tableFileName({ town: '永安镇', title: '重点项目', period: '2022年1-5月', sectors: ['工业', '电子商务'] }, 'csv')).toBe('永安镇-重点项目-数据-2022年1-5月-工业、电子商务.csv')
    expect(tableFileName({ town: '永安镇', title: 'GDP', period: '2022年1-5月', sectors: [] }, 'xlsx')).toBe('永安镇-GDP-数据-2022年1-5月.xlsx')
  })
})
