/**
 * `npm run data:export -- <book.xlsx> [--from <folder>]`: writes the data workbook (说明, 报告, 指标, 指标值,
 * 项目, 产业, 荣誉, 基本信息) from the data files of a folder (default data/). Refuses data that fails its
 * checks: the workbook must round-trip. Any other failure is one message, exit 1.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { filesFromTexts } from '../src/workbook/folder'
import { toBookRows } from '../src/workbook/toBook'
import { writeWorkbook } from '../src/workbook/xlsx'
import { readFolderTexts } from './data-folder'
import { recoverFolder, recoveryNote } from './data-journal.mjs'
import { parseArgs } from './data-args'
import { runCommand } from './cli'

const args = parseArgs(process.argv.slice(2), '--from', 'data', 'npm run data:export -- <工作簿.xlsx> [--from <数据目录>]')
await runCommand(async () => {
  const note = recoveryNote(args.folder, recoverFolder(args.folder))
  if (note) console.log(note)
  const checked = filesFromTexts(readFolderTexts(args.folder))
  if (!checked.ok) {
    console.error(`数据文件有误，未导出工作簿（${args.folder}），共 ${checked.problems.length} 处问题：`)
    for (const problem of checked.problems) console.error(`  ${problem}`)
    process.exitCode = 1
    return
  }
  const bytes = await writeWorkbook(ExcelJS, toBookRows(checked.files))
  writeFileSync(resolve(args.book), bytes)
  const { files } = checked
  console.log(`已导出工作簿 / workbook written: ${resolve(args.book)}（${files.editions.length} 个报告期、${files.indicators.length} 项指标、${files.values.length} 个指标值、${files.projects.length} 条项目）`)
})
