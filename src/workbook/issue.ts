/**
 * A problem in a workbook as a clerk reads it: the sheet, the row as Excel numbers it, the column header,
 * what the cell holds and what it should hold, in Chinese. The browser and the command line print the
 * same line: 指标值 第 12 行「数值」：应为数字，实际为“11.39亿”. Pure.
 */
export interface WorkbookIssue {
  /** Sheet name, or 文件 for the file as a whole. */
  sheet: string
  /** Excel's row number (1 is the header row); null for the whole sheet. */
  row: number | null
  /** Column header; null for the whole row or sheet. */
  column: string | null
  /** The cell as shown (null: empty; undefined: no single cell). */
  value?: string | null
  expected: string
}

export function formatWorkbookIssue(issue: WorkbookIssue): string {
  const where = `${issue.sheet}${issue.row === null ? '' : ` 第 ${issue.row} 行`}${issue.column === null ? '' : `「${issue.column}」`}`
  const got = issue.value === undefined ? '' : issue.value === null ? '，实际为空' : `，实际为“${issue.value}”`
  return `${where}：应为${issue.expected}${got}`
}

/** Issues in sheet order, then by row, then by column; one per cell (the first found says most). */
export function tidyIssues(issues: readonly WorkbookIssue[], sheetOrder: readonly string[]): WorkbookIssue[] {
  const seen = new Set<string>()
  const unique = issues.filter((issue) => {
    const key = `${issue.sheet}|${issue.row}|${issue.column}`
    if (issue.row !== null && issue.column !== null && seen.has(key)) return false
    seen.add(key)
    return true
  })
  const rank = (sheet: string) => {
    const index = sheetOrder.indexOf(sheet)
    return index === -1 ? -1 : index
  }
  return unique
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue.sheet) - rank(b.issue.sheet) || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.index - b.index)
    .map(({ issue }) => issue)
}

/** Refused before reading: too big, not an xlsx, password-protected. */
export class WorkbookFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'WorkbookFileError'
  }
}
