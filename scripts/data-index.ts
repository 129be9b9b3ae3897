/**
 * `npm run data:index [folder]`: writes a data folder (default data/) in the split form (src/data/split.ts):
 * values by year in values/<year>.json and values.json the index of every file with its hash. Run it after
 * editing a file by hand (so the index matches again and screen mode's refresh sees the change), or once
 * to turn a folder of the single-file form (values.json) into the split form. Only data that passes
 * check:data is written, atomically as an import writes (a backup of the previous files beside them).
 */
import { resolve } from 'node:path'
import { checkAll, formatIssue } from '../src/data/validate'
import { DATA_FILE_NAMES, type DataFileName } from '../src/data/schema'
import { readFolder, writeFolderAtomically } from './data-folder'
import { recoverFolder, recoveryNote } from './data-journal.mjs'
import { runCommand } from './cli'

const folder = resolve(process.argv[2] ?? 'data')
await runCommand(() => {
  const note = recoveryNote(folder, recoverFolder(folder))
  if (note) console.log(note)
  const { texts } = readFolder(folder)
  const problems = Object.values(checkAll(texts).issues).flat()
  if (problems.length) {
    console.error(`数据校验未通过，未写入索引（${folder}），共 ${problems.length} 处问题：`)
    for (const issue of problems) console.error(`  ${formatIssue(issue)}`)
    process.exitCode = 1
    return
  }
  // Every file as read (an optional file absent stays absent): the same bytes, only values split by year.
  const present = Object.fromEntries(DATA_FILE_NAMES.flatMap((name) => (typeof texts[name] === 'string' ? [[name, texts[name]]] : []))) as Partial<Record<DataFileName, string>>
  const backup = writeFolderAtomically(folder, present)
  console.log(`已写入按年份拆分的数据与索引 / split form and index written: ${folder}`)
  if (backup) console.log(`原文件已备份到 / previous files backed up to: ${backup}`)
})
