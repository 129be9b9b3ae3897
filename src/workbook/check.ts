/**
 * A workbook checked whole: its cells read (fromBook), then the data files it makes checked by the very
 * rules of `data/` (src/data/validate.ts). Every problem, including those the data checks find, is named
 * by sheet, Excel row and column, never by a JSON path. Pure.
 */
import type { DataFileName, DataFiles } from '../data/schema'
import { checkAll, type DataIssue } from '../data/validate'
import { shownValue } from './cells'
import { fromBook, type Origins } from './fromBook'
import { tidyIssues, type WorkbookIssue } from './issue'
import { SHEET, SHEET_ORDER, type DataSheetKey } from './layout'
import type { BookCells, Origin } from './reader'
import { dataFileTexts } from './serialise'

export type WorkbookCheck =
  | { ok: true; files: DataFiles; texts: Record<DataFileName, string> }
  | { ok: false; issues: WorkbookIssue[] }

const SHEET_NAMES = SHEET_ORDER.map((key) => SHEET[key])

export function checkWorkbook(book: BookCells): WorkbookCheck {
  const converted = fromBook(book)
  const texts = dataFileTexts(converted.files)
  const checked = checkAll(texts)
  // A sheet that is missing or lacks a column is reported once as such, not again as empty.
  const broken = new Set(converted.issues.filter((issue) => issue.row === null || issue.row === 1).map((issue) => issue.sheet))
  const later = Object.values(checked.issues)
    .flat()
    .map((issue) => locate(issue, converted.origins))
    .filter((issue) => !(issue.row === null && broken.has(issue.sheet)))
  const issues = tidyIssues([...converted.issues, ...later], SHEET_NAMES)
  return issues.length ? { ok: false, issues } : { ok: true, files: converted.files, texts }
}

/** The sheet of each data file. */
const SHEET_OF_FILE: Record<string, DataSheetKey> = {
  'data/meta.json': 'meta',
  'data/editions.json': 'editions',
  'data/sectors.json': 'sectors',
  'data/indicators.json': 'indicators',
  'data/values.json': 'values',
  'data/projects.json': 'projects',
  'data/honours.json': 'honours',
  'data/dashboard.json': 'panels',
}

/** A problem the data checks found, at the sheet, row and column its item and field came from. */
function locate(issue: DataIssue, origins: Origins): WorkbookIssue {
  const key = SHEET_OF_FILE[issue.file] ?? 'meta'
  const expected = plainExpected(issue.expected, origins)
  const item = /^(\w+)\[(\d+)\](?:\.(\w+))?/.exec(issue.path)
  let origin: Origin | undefined
  let field: string | undefined
  if (item) {
    origin = (origins[item[1] as Exclude<keyof Origins, 'meta'>] as Origin[] | undefined)?.[Number(item[2])]
    field = item[3]
  } else if (key === 'meta' && issue.path in origins.meta) {
    origin = origins.meta[issue.path as keyof Origins['meta']]
    field = issue.path
  }
  if (!origin) return { sheet: SHEET[key], row: null, column: null, expected: expected === '非空数组' ? '至少一行数据' : expected }
  const column = field === undefined ? null : (origin.columns[field] ?? null)
  return { sheet: origin.sheet, row: origin.row, column, value: field === undefined ? undefined : shownValue(origin.cells[field] ?? null), expected }
}

/** The data checks' words for files and fields, in the workbook's words. */
function plainExpected(text: string, origins: Origins): string {
  return text
    .replace(/data\/(\w+)\.json/g, (_, name: string) => `“${SHEET[SHEET_OF_FILE[`data/${name}.json`] ?? 'meta']}”表`)
    .replace(/(\w+)\[(\d+)\]/g, (whole, list: string, index: string) => {
      const origin = (origins[list as Exclude<keyof Origins, 'meta'>] as Origin[] | undefined)?.[Number(index)]
      return origin ? `${origin.sheet} 第 ${origin.row} 行` : whole
    })
    .replace(/\b(stated|assigned|inferred|unstated)（([^）]+)）/g, '$2')
    .replace(/\bnull\b/g, '空')
}
