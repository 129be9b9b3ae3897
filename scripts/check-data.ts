/**
 * `npm run check:data [folder]`: validates the data files the clerk is about to publish and prints each
 * problem as file, JSON path, expected, got, in Chinese. Exits 1 on any problem. Names and sources longer
 * than the dashboard shows whole are warnings: printed, the item kept, the exit code unchanged. An import
 * interrupted in this folder is first brought to its end (scripts/data-journal.mjs). Either form of a
 * folder is read (src/data/split.ts); in the split form, an index (values.json) that does not match its files is a
 * problem (the browser's refresh trusts it).
 */
import { resolve } from 'node:path'
import { checkAll, formatIssue } from '../src/data/validate'
import { automaticNotice, dashboardOfFiles } from '../src/panels/notice'
import { lengthWarningLines, readFolder } from './data-folder'
import { recoverFolder, recoveryNote } from './data-journal.mjs'
import { runCommand } from './cli'

const folder = resolve(process.argv[2] ?? 'data')
await runCommand(() => {
  const note = recoveryNote(folder, recoverFolder(folder))
  if (note) console.log(note)
  const { texts, split, problems: indexProblems } = readFolder(folder)
  const { values, issues, absent } = checkAll(texts)
  // Kinds are the panel registry's: a panel of an unknown kind is a problem of dashboard.json.
  const dashboard = dashboardOfFiles(values)
  const problems = [...Object.values(issues).flat(), ...(dashboard?.issues ?? []), ...indexProblems]
  for (const line of lengthWarningLines(texts)) console.log(line)
  if (problems.length) {
    console.error(`数据校验未通过，共 ${problems.length} 处问题 / data check failed (${problems.length}):`)
    for (const issue of problems) console.error(`  ${formatIssue(issue)}`)
    process.exitCode = 1
    return
  }
  const notice = dashboard && automaticNotice(dashboard, values.dashboard !== undefined)
  if (notice) console.log(notice)
  const count = (list: readonly unknown[] | undefined) => list?.length ?? 0
  console.log(
    `数据校验通过 / data OK: ${count(values.editions)} 个报告期、${count(values.indicators)} 项指标、${count(values.values)} 个指标值、` +
      `${count(values.projects)} 条项目、${count(values.honours)} 项荣誉、${count(values.sectors)} 个产业、${count(values.units)} 个自定义单位（${folder}）` +
      (absent.length ? `；未提供的可选文件：${absent.join('、')}` : ''),
  )
  // The single-file form still reads; the split form is what the import writes (and what loads fast).
  if (!split) console.log('提示：数据为单文件形式（values.json），运行 npm run data:index 可改为按年份拆分的形式（values.json 成为索引，数值在 values/ 下每年一个文件）')
})
