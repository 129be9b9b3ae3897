/**
 * Dates a clerk's Chinese Excel or WPS saves with a built-in Chinese date format (2022年6月, 1800年1月1日):
 * the file gives the format's number only, exceljs does not know its text, and the cell used to read as
 * its serial number (44713, or -36522 before 1900). Real .xlsx files, written with exceljs and given the
 * built-in format numbers as Chinese Excel writes them, read as the import reads them.
 */
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import ExcelJS from 'exceljs'
import { declareChineseDateFormats } from '../../src/workbook/dateFormats'
import { formatWorkbookIssue } from '../../src/workbook/issue'
import { readWorkbook } from '../../src/workbook/xlsx'
import { bytesOf, columnOf, importBook, rowWhere, setCell, workbookOf } from '../support/workbook'

const SMALL = path.join(__dirname, '../fixtures/small')

/** Excel's serial day number of a UTC date (1900 date system, day 0 = 1899-12-30). */
const serial = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / 86_400_000 + 25_569

/**
 * The workbook's bytes with each custom format `code` replaced by the built-in format number `id` and its
 * definition dropped, as Chinese Excel saves a cell formatted with a built-in format.
 */
function asBuiltIn(bytes: Uint8Array, builtIns: Record<string, number>): Uint8Array {
  const parts = unzipSync(bytes)
  let styles = strFromU8(parts['xl/styles.xml'])
  for (const [code, id] of Object.entries(builtIns)) {
    const escaped = code.replace(/"/g, '&quot;')
    const definition = new RegExp(`<numFmt numFmtId="(\\d+)" formatCode="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*/>`).exec(styles)
    if (!definition) throw new Error(`no custom format ${code} in styles.xml`)
    styles = styles.replace(definition[0], '').replaceAll(`numFmtId="${definition[1]}"`, `numFmtId="${id}"`)
  }
  parts['xl/styles.xml'] = strToU8(styles)
  return zipSync(parts)
}

async function bookWithDates() {
  const book = await workbookOf(SMALL)
  // A new edition whose 截至日期 is 2022年6月 and one whose 截至日期 is before 1900, typed as dates.
  const june = book.getWorksheet('报告')!.addRow(['2022-06', '2022年1-6月', null, '标题', '来源'])
  setCell(book, '报告', june, '截至日期', serial(2022, 6, 1))
  june.getCell(columnOf(book, '报告', '截至日期')).numFmt = 'yyyy"年"m"月"'
  const old = book.getWorksheet('报告')!.addRow(['1800-01', '1800年1月', null, '标题', '来源'])
  setCell(book, '报告', old, '截至日期', serial(1800, 1, 1))
  old.getCell(columnOf(book, '报告', '截至日期')).numFmt = 'yyyy"年"m"月"d"日"'
  const gdp = rowWhere(book, '指标值', '指标编号', 'gdp')
  const value = book.getWorksheet('指标值')!.addRow(gdp.values as ExcelJS.CellValue[])
  setCell(book, '指标值', value, '报告期', '2022-06')
  setCell(book, '指标值', value, '数值', 13.5)
  return { book, juneRow: june.number, oldRow: old.number }
}

describe('dates in a built-in Chinese date format', { timeout: 30_000 }, () => {
  it('read as the dates Excel shows, also before 1900, not as serial numbers', async () => {
    const { book, juneRow, oldRow } = await bookWithDates()
    const column = columnOf(book, '报告', '截至日期')
    const bytes = asBuiltIn(await bytesOf(book), { 'yyyy"年"m"月"': 57, 'yyyy"年"m"月"d"日"': 31 })
    expect(strFromU8(unzipSync(bytes)['xl/styles.xml'])).not.toContain('年')
    const cells = (await readWorkbook(ExcelJS, bytes)).get('报告')!
    expect(cells[juneRow - 1][column - 1]).toEqual(new Date(Date.UTC(2022, 5, 1)))
    expect(cells[oldRow - 1][column - 1]).toEqual(new Date(Date.UTC(1800, 0, 1)))
  })

  it('give the edition its as-of month on import', async () => {
    const { book } = await bookWithDates()
    const bytes = asBuiltIn(await bytesOf(book), { 'yyyy"年"m"月"': 57, 'yyyy"年"m"月"d"日"': 31 })
    const result = await importBook(bytes)
    if (!result.ok) throw new Error(result.issues.map(formatWorkbookIssue).join('\n'))
    expect(result.files.editions.find((item) => item.id === '2022-06')?.asOf).toBe('2022-06')
    expect(result.files.editions.find((item) => item.id === '1800-01')?.asOf).toBe('1800-01')
  })

  it('declares only the built-in formats a style uses and the file lacks, inside its numFmts or a new one', () => {
    const head = '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    const xfs = '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="57" applyNumberFormat="1"/><xf numFmtId="164"/></cellXfs></styleSheet>'
    const declared = declareChineseDateFormats(`${head}${xfs}`)
    expect(declared).toBe(`${head}<numFmts count="1"><numFmt numFmtId="57" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>${xfs}`)
    const own = `${head}<numFmts count="1"><numFmt numFmtId="57" formatCode="yyyy/m"/></numFmts>${xfs}`
    expect(declareChineseDateFormats(own)).toBe(own)
    const other = `${head}<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0"/></numFmts>${xfs}`
    expect(declareChineseDateFormats(other)).toContain('<numFmts count="1"><numFmt numFmtId="57" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="164" formatCode="0.0"/></numFmts>')
    const prefixed = '<x:styleSheet xmlns:x="urn"><x:cellXfs><x:xf numFmtId="31"/></x:cellXfs></x:styleSheet>'
    expect(declareChineseDateFormats(prefixed)).toContain('<x:numFmts count="1"><x:numFmt numFmtId="31" ')
    const plain = `${head}<cellXfs><xf numFmtId="14"/></cellXfs></styleSheet>`
    expect(declareChineseDateFormats(plain)).toBe(plain)
  })
})
