/**
 * A panel's 数据 table as a file: CSV (UTF-8 with BOM, so Excel reads the Chinese) or the rows of an
 * .xlsx, with a header row and the source column. A text cell that Excel would take for a formula
 * (starting with = + - @, TAB or CR) is written with a leading apostrophe, so opening the file runs
 * nothing; numbers stay numbers. Pure.
 */
import { exportFileName, type ExportNameParts } from '../export/fileName'
import type { PanelTable } from '../panels/types'

export type TableCellOut = string | number

export interface TableFile {
  columns: string[]
  rows: TableCellOut[][]
}

const SOURCE_COLUMN = '来源'
const FORMULA_START = /^[=+\-@\t\r]/
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

/** Text Excel or WPS would run as a formula, made inert. */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** The table with a 来源 column (when it has none), derived figures marked, plain numbers as numbers. */
export function tableFile(table: PanelTable, source: string): TableFile {
  const hasSource = table.columns.some((column) => column.includes('来源') || column.includes('原文'))
  const columns = hasSource ? table.columns : [...table.columns, SOURCE_COLUMN]
  const rows = table.rows.map((row) => {
    const cells: TableCellOut[] = row.map((cell) => {
      if (cell.derived) return `${cell.text}（推算）`
      return PLAIN_NUMBER.test(cell.text) ? Number(cell.text) : cell.text
    })
    return hasSource ? cells : [...cells, source]
  })
  return { columns, rows }
}

function csvField(cell: TableCellOut): string {
  if (typeof cell === 'number') return String(cell)
  const text = guardText(cell)
  return /[",\r\n]/.test(text) || text !== cell ? `"${text.replace(/"/g, '""')}"` : text
}

/** CSV text with a byte-order mark and CRLF line ends, as Excel on Windows expects. */
export function tableCsv(file: TableFile): string {
  const lines = [file.columns, ...file.rows].map((row) => row.map(csvField).join(','))
  return `\ufeff${lines.join('\r\n')}\r\n`
}

/** The rows of the .xlsx: header first, text guarded, numbers kept. */
export function tableSheetRows(file: TableFile): TableCellOut[][] {
  return [file.columns.map(guardText), ...file.rows.map((row) => row.map((cell) => (typeof cell === 'number' ? cell : guardText(cell))))]
}

/** <town>-<title>-数据-<period>[-<sectors>].csv */
export function tableFileName(parts: ExportNameParts, extension: 'csv' | 'xlsx'): string {
  return exportFileName({ ...parts, title: `${parts.title}-数据` }, extension)
}
