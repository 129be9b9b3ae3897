/**
 * The .xlsx file itself, through exceljs (passed in: the browser loads its bundle lazily, the command
 * line uses the Node build). Writes frozen header rows, column widths that fit, drop-down lists, numbers as
 * numbers and text columns formatted as text; reads every sheet into plain cells.
 */
import type { Workbook, Worksheet } from 'exceljs'
import type { Cell } from './cells'
import { checkRowCount, checkXlsxBytes } from './guard'
import { COLUMNS, META_ROWS, SHEET, SHEET_ORDER, type ColumnSpec, type DataSheetKey } from './layout'
import type { BookCells } from './reader'
import type { BookRows, OutCell } from './toBook'
import { guideRows } from './guide'
import { WorkbookFileError } from './issue'
import { textEm } from '../format/text'
import { inflateParts, storedZip, type InflateProgress } from './unzip'
import { withChineseDateFormats } from './dateFormats'

/** What is used of the exceljs module (its Node and browser builds both have it). */
export interface ExcelModule {
  Workbook: new () => Workbook
}

/** Rows that get drop-down lists and text format beyond the data, for the clerk's new rows. */
const ROOM = 2000

/** Display width of text in Excel's character units (the width of a digit): a wide character takes two. */
function textWidth(text: string): number {
  return Math.ceil(textEm(text) * 2)
}

/**
 * How every sheet prints from Excel, WPS or LibreOffice: A4 landscape, all columns on the page's width (as
 * many pages down as it takes), the header row repeated on each page.
 */
function setPrinting(sheet: Worksheet, headerRow: boolean): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(headerRow ? { printTitlesRow: '1:1' } : {}),
  }
}

/**
 * A sheet's validations by range. exceljs's typings leave out `worksheet.dataValidations`; its public
 * per-cell `cell.dataValidation` would create ROOM empty cells a column, which the reader would then read.
 */
type Validations = { add(address: string, validation: { type: 'list'; allowBlank: boolean; formulae: string[]; showErrorMessage: boolean }): void }

function listFormula(list: NonNullable<ColumnSpec['list']>): string | undefined {
  if (list === 'sectors') return `'${SHEET.sectors}'!$B$2:$B$${ROOM}`
  // Built-in and declared units alike: the 单位 sheet lists both.
  if (list === 'units') return `'${SHEET.units}'!$A$2:$A$${ROOM}`
  const literal = `"${list.join(',')}"`
  // Excel refuses a literal list longer than 255 characters.
  return literal.length <= 255 ? literal : undefined
}

function addSheet(book: Workbook, key: DataSheetKey, rows: OutCell[][]): void {
  const specs: readonly ColumnSpec[] = COLUMNS[key]
  const sheet = book.addWorksheet(SHEET[key], { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = specs.map((spec, index) => {
    const longest = Math.max(textWidth(spec.header) + 2, ...rows.map((row) => textWidth(String(row[index] ?? ''))))
    return { header: spec.header, width: Math.min(60, Math.max(8, longest + 2)), style: spec.kind === 'text' ? { numFmt: '@' } : {} }
  })
  for (const row of rows) sheet.addRow(row)
  setPrinting(sheet, true)
  const header = sheet.getRow(1)
  header.font = { bold: true }
  specs.forEach((spec, index) => {
    const cell = header.getCell(index + 1)
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: spec.required ? 'FFFDE68A' : 'FFE5E7EB' } }
    if (spec.note) cell.note = spec.note
    const formula = spec.list && listFormula(spec.list)
    const letter = sheet.getColumn(index + 1).letter
    // One range per column through exceljs' undocumented sheet.dataValidations: the documented per-cell
    // cell.dataValidation creates 2,000 rows of cells per sheet (measured: the workbook 54 KB -> 147 KB,
    // written 1-1.5 s -> 5-6 s). tests/unit/workbook-lists.test.ts reads the lists back.
    if (formula)
      (sheet as unknown as { dataValidations: Validations }).dataValidations.add(`${letter}2:${letter}${ROOM}`, {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
        showErrorMessage: false,
      })
  })
}

function addGuide(book: Workbook, title: string): void {
  const sheet = book.addWorksheet(SHEET.guide)
  sheet.columns = [{ width: 110, style: { alignment: { wrapText: true, vertical: 'top' } } }]
  setPrinting(sheet, false)
  for (const line of guideRows(title)) {
    const row = sheet.addRow([line.text])
    if (line.heading) row.font = { bold: true, size: line.heading === 1 ? 14 : 12 }
  }
}

export async function writeWorkbook(excel: ExcelModule, rows: BookRows): Promise<Uint8Array> {
  const book = new excel.Workbook()
  // The dashboard's title from the data (基本信息 看板标题), so the workbook names the town it is about.
  const title = String(rows.meta.find((row) => row[0] === META_ROWS.title)?.[1] ?? '') || '经济运行看板'
  book.creator = title
  for (const key of SHEET_ORDER) {
    if (key === 'guide') addGuide(book, title)
    else addSheet(book, key, rows[key])
  }
  const buffer = await book.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

/** An exceljs cell value as the plain cell a clerk sees: a formula's cached result, rich text's text. */
function plainCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value
  if (typeof value !== 'object') return String(value)
  const object = value as Record<string, unknown>
  if (Array.isArray(object.richText)) return (object.richText as { text: string }[]).map((run) => run.text).join('')
  if ('formula' in object || 'sharedFormula' in object) {
    const result = object.result
    if (result === undefined || result === null) return { formula: String(object.formula ?? object.sharedFormula) }
    return plainCell(result)
  }
  if ('error' in object) return { error: String(object.error) }
  if ('text' in object) return plainCell(object.text)
  return String(value)
}

/** A number format that shows the number times 100 with a % sign: 0%, 0.0%, #,##0.00%; not a literal "%". */
function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false
  const bare = format.replace(/"[^"]*"/g, '').replace(/\\./g, '')
  return bare.includes('%')
}

function sheetCells(sheet: Worksheet): Cell[][] {
  const rows: Cell[][] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: Cell[] = []
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const plain = plainCell(cell.value)
      // 6.5% typed in Excel or WPS is 0.065 with a percent format: kept as such, read by its column.
      cells[column - 1] = typeof plain === 'number' && isPercentFormat(cell.numFmt) ? { percent: plain } : plain
    })
    rows[number - 1] = Array.from(cells, (cell) => cell ?? null)
  })
  return Array.from(rows, (row) => row ?? [])
}

/** What reading a workbook is doing: inflating its parts (with how far), reading its cells. */
export type ReadStep = ({ step: 'inflate' } & InflateProgress) | { step: 'cells' }

/**
 * Every sheet's cells; refuses what guard.ts and unzip.ts refuse (the parts are inflated under a running
 * byte and row limit before exceljs sees any of them), and a file the library cannot open.
 */
export async function readWorkbook(excel: ExcelModule, bytes: Uint8Array, onStep?: (step: ReadStep) => void): Promise<BookCells> {
  checkXlsxBytes(bytes)
  const stored = storedZip(withChineseDateFormats(inflateParts(bytes, onStep && ((progress) => onStep({ step: 'inflate', ...progress })))))
  onStep?.({ step: 'cells' })
  const book = new excel.Workbook()
  try {
    await book.xlsx.load(stored.buffer as ArrayBuffer)
  } catch {
    throw new WorkbookFileError('无法读取此工作簿（文件已损坏，或不是 Excel/WPS 保存的 .xlsx）')
  }
  checkRowCount(book.worksheets.reduce((sum, sheet) => sum + sheet.actualRowCount, 0))
  return new Map(book.worksheets.map((sheet) => [sheet.name, sheetCells(sheet)]))
}

/** One sheet of rows (a panel's table): header row bold and frozen, widths that fit, text as text. */
export async function writeTableWorkbook(excel: ExcelModule, name: string, rows: (string | number)[][]): Promise<Uint8Array> {
  const book = new excel.Workbook()
  const sheet = book.addWorksheet(name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || '数据', { views: [{ state: 'frozen', ySplit: 1 }] })
  for (const row of rows) sheet.addRow(row)
  setPrinting(sheet, true)
  sheet.getRow(1).font = { bold: true }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => textWidth(String(row[column] ?? ''))))) ?? []
  widths.forEach((width, column) => {
    sheet.getColumn(column + 1).width = Math.min(80, Math.max(8, width + 2))
  })
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer)
}
