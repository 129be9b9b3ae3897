/**
 * `npm run data:import -- <book.xlsx> [--out <folder>]`: checks the whole workbook and writes the data
 * files (default data/) only when every check passes: atomically for the whole folder (a journal, and
 * recovery of an interrupted import), the previous files kept in a backup folder beside them. Otherwise
 * prints every problem by sheet, row and column and exits 1. Any other failure is one message, exit 1.
 */
import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { checkWorkbook } from '../src/workbook/check'
import { MAX_FILE_BYTES } from '../src/workbook/guard'
import { formatWorkbookIssue, WorkbookFileError } from '../src/workbook/issue'
import { readWorkbook } from '../src/workbook/xlsx'
import { lengthWarningLines, writeFolderAtomically } from './data-folder'
import { recoverFolder, recoveryNote } from './data-journal.mjs'
import { parseArgs } from './data-args'
import { CommandError, fileSize, runCommand } from './cli'
import { overviewSummary, overviewTable } from '../src/data/overview'
import { filesNotice } from '../src/panels/notice'

const args = parseArgs(process.argv.slice(2), '--out', 'data', 'npm run data:import -- <工作簿.xlsx> [--out <数据目录>]')
await runCommand(async () => {
  const note = recoveryNote(args.folder, recoverFolder(args.folder))
  if (note) console.log(note)
  // Refused by its size before a byte is read (a 2 GiB file is not read whole).
  const size = fileSize(args.book, '工作簿')
  if (size > MAX_FILE_BYTES) throw new CommandError(`${args.book}：文件过大（${(size / 1024 / 1024).toFixed(1)} MB），工作簿不能超过 10 MB，未读取`)
  let check
  try {
    check = checkWorkbook(await readWorkbook(ExcelJS, new Uint8Array(readFileSync(args.book))))
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CommandError(`${args.book}：${error.message}`)
    throw error
  }
  if (!check.ok) {
    console.error(`工作簿有 ${check.issues.length} 处问题，未写入任何数据文件 / ${check.issues.length} problems, nothing written:`)
    for (const issue of check.issues) console.error(`  ${formatWorkbookIssue(issue)}`)
    process.exitCode = 1
    return
  }
  for (const line of lengthWarningLines(check.texts)) console.log(line)
  const backup = writeFolderAtomically(args.folder, check.texts)
  const { files } = check
  console.log(`已写入数据文件 / data files written: ${args.folder}（${files.editions.length} 个报告期、${files.values.length} 个指标值、${files.projects.length} 条项目）`)
  if (backup) console.log(`原文件已备份到 / previous files backed up to: ${backup}`)
  // Not an error: every indicator is shown, the ones no panel names on the automatic page.
  const notice = filesNotice(files)
  if (notice) console.log(notice)
  console.log(`数据一览 / summary: ${overviewSummary(files)}`)
  for (const row of overviewTable(files).rows) console.log(`  ${row.map((cell) => cell.text).filter(Boolean).join('｜')}`)
})
