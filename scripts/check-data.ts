/**
 * `npm run check:data [folder]`: validates the data files the clerk is about to publish and prints each
 * problem as file, JSON path, expected, got, in Chinese. Exits 1 on any problem. Names and sources longer
 * than the dashboard shows whole are warnings: printed, the item kept, the exit code unchanged.
 */
import { resolve } from 'node:path'
import type { DataFileName } from '../src/data/schema'
import { checkAll, formatIssue, parseJson } from '../src/data/validate'
import { lengthWarnings } from '../src/data/limits'
import { readFolderTexts } from './data-folder'

const folder = resolve(process.argv[2] ?? 'data')
const texts = readFolderTexts(folder)
const { values, issues, absent } = checkAll(texts)
const problems = Object.values(issues).flat()
const warnings = (Object.keys(texts) as DataFileName[]).flatMap((name) => {
  const text = texts[name]
  const parsed = typeof text === 'string' ? parseJson(name, text) : undefined
  return parsed?.ok ? lengthWarnings(name, parsed.value) : []
})
if (warnings.length) {
  console.log(`警告 ${warnings.length} 处（该项保留，不影响校验结果）/ warnings (${warnings.length}):`)
  for (const warning of warnings) console.log(`  警告：${formatIssue(warning)}`)
}
if (problems.length) {
  console.error(`数据校验未通过，共 ${problems.length} 处问题 / data check failed (${problems.length}):`)
  for (const issue of problems) console.error(`  ${formatIssue(issue)}`)
  process.exit(1)
}
const count = (list: readonly unknown[] | undefined) => list?.length ?? 0
console.log(
  `数据校验通过 / data OK: ${count(values.editions)} 个报告期、${count(values.indicators)} 项指标、${count(values.values)} 个指标值、` +
    `${count(values.projects)} 条项目、${count(values.honours)} 项荣誉、${count(values.sectors)} 个产业、${count(values.units)} 个自定义单位（${folder}）` +
    (absent.length ? `；未提供的可选文件：${absent.join('、')}` : ''),
)
