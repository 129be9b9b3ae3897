/**
 * `npm run data:export` and `npm run data:import` as an administrator runs them: the workbook written,
 * read back into data files only when every check passes (atomically, the previous files kept in a
 * backup folder beside them), every problem printed by sheet, row and column with exit 1.
 */
import { describe, expect, it } from 'vitest'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { DATA_FILES } from '../../src/data/schema'
import { ROOT, runScript } from '../support/scripts'
import { rowWhere, setCell } from '../support/workbook'

const FILES = Object.keys(DATA_FILES)

describe('data:export and data:import', { timeout: 60_000 }, () => {
  it('exports, refuses a broken workbook without touching the folder, then imports atomically with a backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yongan-cli-'))
    try {
      const folder = join(dir, 'data')
      cpSync(join(ROOT, 'tests/fixtures/small'), folder, { recursive: true })
      const book = join(dir, '数据.xlsx')
      const exported = runScript('data-export', [book, '--from', folder])
      expect(exported.code).toBe(0)
      expect(exported.out).toContain('已导出工作簿')

      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(book)
      const gdp = rowWhere(workbook, '指标值', '指标编号', 'gdp')
      setCell(workbook, '指标值', gdp, '数值', '11.39亿')
      setCell(workbook, '指标值', gdp, '来源原文', null)
      const bad = join(dir, '有误.xlsx')
      await workbook.xlsx.writeFile(bad)
      const before = readFileSync(join(folder, 'values.json'), 'utf8')
      const refused = runScript('data-import', [bad, '--out', folder])
      expect(refused.code).toBe(1)
      expect(refused.out).toContain('工作簿有 2 处问题，未写入任何数据文件')
      expect(refused.out).toContain(`指标值 第 ${gdp.number} 行「数值」：应为数字，实际为“11.39亿”`)
      expect(refused.out).toContain(`指标值 第 ${gdp.number} 行「来源原文」：应为必填内容（此格不能为空），实际为空`)
      expect(readFileSync(join(folder, 'values.json'), 'utf8')).toBe(before)
      expect(readdirSync(folder).sort()).toEqual([...FILES].sort())

      setCell(workbook, '指标值', gdp, '数值', 12.5)
      setCell(workbook, '指标值', gdp, '来源原文', '全镇完成地区生产总值12.5亿元，增长6.8%')
      const good = join(dir, '改正.xlsx')
      await workbook.xlsx.writeFile(good)
      const imported = runScript('data-import', [good, '--out', folder])
      expect(imported.code).toBe(0)
      // Written in the split form: values by year, values.json the index (src/data/split.ts).
      expect(readFileSync(join(folder, 'values.json'), 'utf8')).toContain('"values/2022.json"')
      const values = JSON.parse(readFileSync(join(folder, 'values', '2022.json'), 'utf8')).values
      expect(values.find((item: { indicator: string }) => item.indicator === 'gdp').value).toBe(1_250_000_000)
      const backup = readdirSync(folder).find((name) => name.startsWith('backup-'))
      expect(backup).toBeDefined()
      expect(imported.out).toContain(`原文件已备份到 / previous files backed up to: ${join(folder, backup!)}`)
      expect(readFileSync(join(folder, backup!, 'values.json'), 'utf8')).toBe(before)
      expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
      expect(runScript('check-data', [folder]).code).toBe(0)
      // Every indicator of the fixture is on a panel: no notice.
      expect(imported.out).not.toContain('其他指标')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('says which indicators went to the automatic 其他指标 page, as check:data does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'yongan-cli-'))
    try {
      const folder = join(dir, 'data')
      const book = join(dir, '数据.xlsx')
      expect(runScript('data-export', [book, '--from', join(ROOT, 'tests/fixtures/small')]).code).toBe(0)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.readFile(book)
      // The clerk deletes the land panel's row from 面板: its two figures are on no panel.
      const panels = workbook.getWorksheet('面板')!
      panels.spliceRows(rowWhere(workbook, '面板', '面板编号', 'land').number, 1)
      const edited = join(dir, '删去面板.xlsx')
      await workbook.xlsx.writeFile(edited)
      const imported = runScript('data-import', [edited, '--out', folder])
      expect(imported.code).toBe(0)
      const notice = '提示：2 项指标未放入任何面板，已自动放在“其他指标”页：规范发包机动地（contracted_reserve_land）、规范发包“四荒”地（contracted_wasteland）'
      expect(imported.out).toContain(notice)
      expect(runScript('check-data', [folder]).out).toContain(notice)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses what is not a workbook, and says how to call it without arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yongan-cli-'))
    try {
      const fake = join(dir, 'x.xlsx')
      writeFileSync(fake, 'not a workbook')
      const refused = runScript('data-import', [fake, '--out', join(dir, 'out')])
      expect(refused.code).toBe(1)
      expect(refused.out).toContain('不是 .xlsx 工作簿')
      expect(existsSync(join(dir, 'out'))).toBe(false)
      const usage = runScript('data-import', [])
      expect(usage.code).toBe(2)
      expect(usage.out).toContain('用法：npm run data:import -- <工作簿.xlsx> [--out <数据目录>]')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
