/**
 * Workbooks for the tests, made with the same library the clerk's Excel files are read with: the
 * workbook of a data folder, changed cell by cell with exceljs, then read back as the import reads it.
 */
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { filesFromTexts } from '../../src/workbook/folder'
import { toBookRows } from '../../src/workbook/toBook'
import { readWorkbook, writeWorkbook } from '../../src/workbook/xlsx'
import { checkWorkbook } from '../../src/workbook/check'
import { folderTexts } from './fixtures'
import type { DataFiles } from '../../src/data/schema'

/** Every data folder under tests/fixtures (found at run time), and the bundled data. */
export function dataFolders(root: string): string[] {
  const fixtures = path.join(root, 'tests/fixtures')
  const found = fs
    .readdirSync(fixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(fixtures, entry.name, 'meta.json')))
    .map((entry) => path.join('tests/fixtures', entry.name))
  return ['data', ...found]
}

export function folderFiles(dir: string): DataFiles {
  const checked = filesFromTexts(folderTexts(dir))
  if (!checked.ok) throw new Error(checked.problems.join('\n'))
  return checked.files
}

/** The workbook of a data folder, open in exceljs for changes. */
export async function workbookOf(dir: string): Promise<ExcelJS.Workbook> {
  const bytes = await writeWorkbook(ExcelJS, toBookRows(folderFiles(dir)))
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.buffer as ArrayBuffer)
  return book
}

export async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer)
}

/** Reads and checks a workbook as `npm run data:import` does. */
export async function importBook(book: ExcelJS.Workbook | Uint8Array) {
  const bytes = book instanceof Uint8Array ? book : await bytesOf(book)
  return checkWorkbook(await readWorkbook(ExcelJS, bytes))
}

/** The Excel row of the first row of `sheet` whose column `header` is `value`. */
export function rowWhere(book: ExcelJS.Workbook, sheet: string, header: string, value: string): ExcelJS.Row {
  const ws = book.getWorksheet(sheet)!
  const column = columnOf(book, sheet, header)
  let found: ExcelJS.Row | undefined
  ws.eachRow((row) => {
    if (!found && row.getCell(column).value === value) found = row
  })
  if (!found) throw new Error(`${sheet}: no row with ${header} = ${value}`)
  return found
}

export function columnOf(book: ExcelJS.Workbook, sheet: string, header: string): number {
  const headers = book.getWorksheet(sheet)!.getRow(1).values as unknown[]
  const column = headers.indexOf(header)
  if (column < 1) throw new Error(`${sheet}: no column ${header}`)
  return column
}

/** Sets the cell of `row` under `header`. */
export function setCell(book: ExcelJS.Workbook, sheet: string, row: ExcelJS.Row, header: string, value: ExcelJS.CellValue): void {
  row.getCell(columnOf(book, sheet, header)).value = value
}

/** What a clerk does in the 面板 sheet to show panel `id` as `kind` on `page`, placed automatically. */
export function movePanel(book: ExcelJS.Workbook, id: string, kind: string, page: string): void {
  const row = rowWhere(book, '面板', '面板编号', id)
  setCell(book, '面板', row, '类型', kind)
  setCell(book, '面板', row, '页面', page)
  setCell(book, '面板', row, '位置', 'auto')
  setCell(book, '面板', row, '选项', null)
}
