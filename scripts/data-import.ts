/**
 * `npm run data:import -- <book.xlsx> [--out <folder>]`: checks the whole workbook and writes the data
 * files (default data/) only when every check passes: atomically, the previous files kept in a backup
 * folder beside them. Otherwise prints every problem by sheet, row and column and exits 1.
 */
import { existsSync, readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { checkWorkbook } from '../src/workbook/check'
import { formatWorkbookIssue, WorkbookFileError } from '../src/workbook/issue'
import { readWorkbook } from '../src/workbook/xlsx'
import { writeFolderAtomically } from './data-folder'
import { parseArgs } from './data-args'
import { overviewSummary, overviewTable } from '../src/data/overview'

const args = parseArgs(process.argv.slice(2), '--out', 'data', 'npm run data:import -- <工作簿.xlsx> [--out <数据目录>]')
if (!existsSync(args.book)) {
  console.error(`找不到工作簿：${args.book}`)
  process.exit(1)
}
let check
try {
  check = checkWorkbook(await readWorkbook(ExcelJS, new Uint8Array(readFileSync(args.book))))
} catch (error) {
  if (!(error instanceof WorkbookFileError)) throw error
  console.error(`${args.book}：${error.message}`)
  process.exit(1)
}
if (!check.ok) {
  console.error(`工作簿有 ${check.issues.length} 处问题，未写入任何数据文件 / ${check.issues.length} problems, nothing written:`)
  for (const issue of check.issues) console.error(`  ${formatWorkbookIssue(issue)}`)
  process.exit(1)
}
const backup = writeFolderAtomically(args.folder, check.texts)
const { files } = check
console.log(`已写入数据文件 / data files written: ${args.folder}（${files.editions.length} 个报告期、${files.values.length} 个指标值、${files.projects.length} 条项目）`)
if (backup) console.log(`原文件已备份到 / previous files backed up to: ${backup}`)
console.log(`数据一览 / summary: ${overviewSummary(files)}`)
for (const row of overviewTable(files).rows) console.log(`  ${row.map((cell) => cell.text).filter(Boolean).join('｜')}`)
