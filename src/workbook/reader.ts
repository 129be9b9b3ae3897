/**
 * Reads the sheets of a workbook by their headers (columns may be moved; full-width brackets and spaces
 * in a header do not matter) and collects every problem with its sheet, Excel row and column. Pure.
 */
import { isEmpty, shownValue, type Cell, type Read } from './cells'
import { COLUMNS, SHEET, headerKey, isOptionalSheet, type DataSheetKey } from './layout'
import type { WorkbookIssue } from './issue'

/** The cells of a workbook: sheet name -> rows (index 0 is Excel's row 1, the header). */
export type BookCells = Map<string, Cell[][]>

export interface RowView {
  sheet: string
  /** Excel's row number. */
  row: number
  cell(header: string): Cell
}

/** Where an item of the data files came from: its row, and the header of each field's column. */
export interface Origin {
  sheet: string
  row: number
  columns: Record<string, string>
  cells: Record<string, Cell>
}

export class BookReader {
  readonly issues: WorkbookIssue[] = []
  constructor(private readonly book: BookCells) {}

  /** The sheet's rows, or undefined (and a problem) when the sheet is missing. */
  private sheet(key: DataSheetKey): Cell[][] | undefined {
    const name = SHEET[key]
    const found = [...this.book.keys()].find((sheet) => headerKey(sheet) === name)
    if (found !== undefined) return this.book.get(found)
    // A sheet of an optional file (项目, 产业, 荣誉, 单位) may be left out: no rows, no problem.
    if (isOptionalSheet(key)) return undefined
    const present = [...this.book.keys()].join('、') || '无'
    this.issues.push({ sheet: name, row: null, column: null, expected: `名为“${name}”的工作表（现有工作表：${present}；是否被删除或改名？）` })
    return undefined
  }

  /** The data rows of a sheet that are not wholly empty; [] when the sheet or a needed column is missing. */
  rows(key: DataSheetKey): RowView[] {
    const rows = this.sheet(key)
    if (!rows) return []
    const sheet = SHEET[key]
    const at = headerRowOf(rows, key)
    const header = rows[at] ?? []
    const index = new Map<string, number>()
    header.forEach((cell, column) => {
      if (typeof cell === 'string' && !index.has(headerKey(cell))) index.set(headerKey(cell), column)
    })
    const title = titleRowAbove(rows, key, at)
    if (title !== undefined) {
      // One plain problem, not one 缺少这一列 for every column the title row of course lacks.
      this.issues.push({ sheet, row: title.row, column: null, value: undefined, expected: title.expected })
      return []
    }
    let complete = true
    for (const spec of COLUMNS[key]) {
      if (index.has(headerKey(spec.header))) continue
      if (!spec.required) continue
      complete = false
      this.issues.push({ sheet, row: at + 1, column: spec.header, value: undefined, expected: `列标题“${spec.header}”（第 ${at + 1} 行缺少这一列，是否被删除或改名？）` })
    }
    if (!complete) return []
    const views: RowView[] = []
    rows.forEach((cells, number) => {
      if (number <= at || cells.every(isEmpty)) return
      views.push({
        sheet,
        row: number + 1,
        cell: (name) => {
          const column = index.get(headerKey(name))
          return column === undefined ? null : (cells[column] ?? null)
        },
      })
    })
    return views
  }

  flag(row: RowView, column: string, expected: string): void {
    this.issues.push({ sheet: row.sheet, row: row.row, column, value: shownValue(row.cell(column)), expected })
  }

  /**
   * A cell read with `read`; a problem (or an empty required cell) is recorded and gives undefined. An
   * empty optional cell is null.
   */
  take<T>(row: RowView, column: string, read: (cell: Cell) => Read<T | null>, required = false): T | null | undefined {
    const result = read(row.cell(column))
    if (!result.ok) {
      this.flag(row, column, result.expected)
      return undefined
    }
    if (result.value === null && required) {
      this.flag(row, column, '必填内容（此格不能为空）')
      return undefined
    }
    return result.value
  }
}

/**
 * The row of a sheet's column headers: the first, or the one below a title row (a merged XX镇2023年1-6月
 * 主要指标 above the headers, as clerks often add) when the first row holds none of the headers and a
 * later one of the first five holds the required ones. 0-based.
 */
function headerRowOf(rows: readonly Cell[][], key: DataSheetKey): number {
  if (hasRequired(rows[0], key)) return 0
  // A title whose text happens to be a header (a merged 指标 above the table) does not hide the real headers.
  for (let at = 1; at < Math.min(rows.length, HEADER_SEARCH_ROWS); at += 1) if (hasRequired(rows[at], key)) return at
  return 0
}

/** Rows searched for the headers: a title row or two above them, as clerks add. */
const HEADER_SEARCH_ROWS = 5

function headersIn(row: readonly Cell[] | undefined): Set<string> {
  return new Set((row ?? []).flatMap((cell) => (typeof cell === 'string' ? [headerKey(cell)] : [])))
}

/** How many of the sheet's column headers a row holds. */
function headerCount(row: readonly Cell[] | undefined, key: DataSheetKey): number {
  const found = headersIn(row)
  return COLUMNS[key].filter((spec) => found.has(headerKey(spec.header))).length
}

function hasRequired(row: readonly Cell[] | undefined, key: DataSheetKey): boolean {
  const found = headersIn(row)
  return COLUMNS[key].every((spec) => !spec.required || found.has(headerKey(spec.header)))
}

/**
 * A title row the reading could not step over: the header row `at` lacks required headers, and the row
 * below it holds more of the sheet's headers than it does (a title above headers of which one was
 * renamed or deleted). Named plainly, with what the row below still lacks.
 */
function titleRowAbove(rows: readonly Cell[][], key: DataSheetKey, at: number): { row: number; expected: string } | undefined {
  if (hasRequired(rows[at], key)) return undefined
  const below = rows[at + 1]
  if (headerCount(below, key) <= headerCount(rows[at], key)) return undefined
  const found = headersIn(below)
  const lacking = COLUMNS[key].filter((spec) => spec.required && !found.has(headerKey(spec.header))).map((spec) => `“${spec.header}”`)
  const row = at + 1
  return {
    row,
    expected: `列标题（第 ${row} 行像是标题行，表头应在其下一行；第 ${row + 1} 行还缺少列标题${lacking.join('、')}，是否被删除或改名？）`,
  }
}

/** The origin of an item read from `row`: each field with the header of its column. */
export function originOf(row: RowView, columns: Record<string, string>): Origin {
  const cells: Record<string, Cell> = {}
  for (const [field, header] of Object.entries(columns)) cells[field] = row.cell(header)
  return { sheet: row.sheet, row: row.row, columns, cells }
}
