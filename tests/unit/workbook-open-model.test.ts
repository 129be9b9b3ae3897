/**
 * The workbook takes any town's report as written (issue 23): the second town's workbook (青禾镇, a
 * fictional town: 万亩, 公里, 万千瓦时, a declared 万标准箱, completion rates without amounts, a 预计 edition,
 * parts, falls, no projects or honours) imports with its digits intact; percent cells read as Excel shows
 * them; a title row above the headers is recognised; and `data:import` on the command line takes it and
 * writes byte-identical files when nothing changed.
 */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type ExcelJS from 'exceljs'
import { formatWorkbookIssue } from '../../src/workbook/issue'
import { overviewSummary, overviewTable } from '../../src/data/overview'
import { bytesOf, columnOf, importBook, rowWhere, setCell, workbookOf } from '../support/workbook'

const ROOT = join(__dirname, '../..')
const SECOND_TOWN = join(ROOT, 'tests/fixtures/second-town')

function valueRow(book: ExcelJS.Workbook, indicator: string, edition: string): ExcelJS.Row {
  const sheet = book.getWorksheet('指标值')!
  const idColumn = columnOf(book, '指标值', '指标编号')
  const editionColumn = columnOf(book, '指标值', '报告期')
  let found: ExcelJS.Row | undefined
  sheet.eachRow((row) => {
    if (!found && row.getCell(idColumn).value === indicator && row.getCell(editionColumn).value === edition) found = row
  })
  if (!found) throw new Error(`no row ${indicator} ${edition}`)
  return found
}

async function imported(book: ExcelJS.Workbook) {
  const result = await importBook(book)
  if (!result.ok) throw new Error(result.issues.map(formatWorkbookIssue).join('\n'))
  return result.files
}

const valueOf = (files: Awaited<ReturnType<typeof imported>>, indicator: string, edition: string) =>
  files.values.find((item) => item.indicator === indicator && item.edition === edition)

describe('the second town through the workbook', { timeout: 60_000 }, () => {
  it('writes figures in the report’s units with the report’s digits, and reads them back exactly', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const cell = (indicator: string, edition: string, header: string) => valueRow(book, indicator, edition).getCell(columnOf(book, '指标值', header)).value
    expect([cell('grain_area', '2023-06', '数值'), cell('grain_area', '2023-06', '单位')]).toEqual([3.46, '万亩'])
    expect([cell('online_retail', '2023-06', '数值'), cell('online_retail', '2023-06', '单位')]).toEqual([0.35, '亿元'])
    expect([cell('tax_revenue', '2023-06', '数值'), cell('tax_revenue', '2023-06', '单位')]).toEqual([1287.5, '万元'])
    expect([cell('rural_road', '2023-06', '数值'), cell('rural_road', '2023-06', '单位')]).toEqual([12.5, '公里'])
    expect(cell('fixed_asset_investment', '2023-06', '完成率(%)')).toBe(48.6)
    expect(cell('fixed_asset_investment', '2023-06', '年度目标')).toBeNull()
    expect(cell('power_use', '2023-06', '同比增长(%)')).toBe(-6.4)
    expect(cell('retail_sales_growth', '2023-06', '排名或比较')).toBe('增速列全区第二')
    const files = await imported(book)
    expect(valueOf(files, 'grain_area', '2023-06')?.value).toBe(34600)
    expect(valueOf(files, 'online_retail', '2023-06')?.value).toBe(35000000)
    expect(valueOf(files, 'tax_revenue', '2023-06')?.value).toBe(12875000)
    expect(valueOf(files, 'rural_road', '2023-06')?.value).toBe(12500)
    expect(valueOf(files, 'container_throughput', '2023-06')?.value).toBe(12000)
    expect(valueOf(files, 'fixed_asset_investment', '2023-06')).toMatchObject({ completion: 48.6, target: null })
    expect(valueOf(files, 'budget_revenue', '2023-06')).toMatchObject({ completion: 61.2, target: 9000000 })
    expect(files.editions.find((edition) => edition.id === '2023-06')?.estimate).toBe('预计')
    expect(files.indicators.find((item) => item.id === 'national_tax')?.partOf).toBe('tax_revenue')
    expect(files.projects).toEqual([])
    expect(files.honours).toEqual([])
  })

  it('converts within a family when the clerk types another unit of it, and refuses another family', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const row = valueRow(book, 'grain_area', '2023-06')
    setCell(book, '指标值', row, '数值', 34600)
    setCell(book, '指标值', row, '单位', '亩')
    const road = valueRow(book, 'rural_road', '2023-06')
    setCell(book, '指标值', road, '数值', 12500)
    setCell(book, '指标值', road, '单位', '米')
    const files = await imported(book)
    expect(valueOf(files, 'grain_area', '2023-06')?.value).toBe(34600)
    expect(valueOf(files, 'rural_road', '2023-06')?.value).toBe(12500)
    setCell(book, '指标值', row, '单位', '公顷')
    const result = await importBook(book)
    if (result.ok) throw new Error('accepted')
    expect(result.issues.map(formatWorkbookIssue)).toContain(`指标值 第 ${row.number} 行「单位」：应为指标“粮食种植面积”可用的单位：万亩、亩（不同类的单位不能换算），实际为“公顷”`)
  })

  it('sums the import up in one line: stated rates, estimates, falls, parts, ranks, and what the report lacks', async () => {
    const files = await imported(await workbookOf(SECOND_TOWN))
    const summary = overviewSummary(files)
    const count = (label: string) => Number(new RegExp(`${label} (\\d+)`).exec(summary)?.[1])
    expect(count('完成率照报道')).toBe(files.values.filter((value) => value.completion !== undefined).length)
    expect(count('下降')).toBeGreaterThan(0)
    expect(count('“其中”分项')).toBe(files.indicators.filter((item) => item.partOf !== undefined).length)
    expect(count('排名或比较')).toBeGreaterThan(0)
    expect(summary).toContain(`${files.editions.length} 个报告期`)
    expect(summary).toMatch(/报道未提供：项目、荣誉/)
  })

  it('shows in its overview the rates as stated, 预计, 下降, 修订前 and the parts under their whole', async () => {
    const files = await imported(await workbookOf(SECOND_TOWN))
    const rows = overviewTable(files).rows.map((row) => row.map((cell) => cell.text))
    const names = rows.map((row) => row[0])
    expect(names.slice(0, 3)).toEqual(['税收收入', '　其中：国税收入', '　其中：地税收入'])
    const row = (name: string) => rows.find((item) => item[0].endsWith(name)) as string[]
    expect(row('固定资产投资')[4]).toBe('完成全年目标的48.6%，序时进度50%，落后序时进度1.4个百分点')
    expect(row('一般公共预算收入')[4]).toBe('完成全年目标900万元的61.2%，序时进度50%，快于序时进度11.2个百分点')
    expect(row('粮食种植面积')[2]).toBe('3.46万亩（预计）')
    expect(row('工业用电量')[3]).toBe('下降6.2% ↓')
    const cells = overviewTable(files).rows.find((item) => item[0].text === '工业用电量')!
    expect([cells[3].trend, cells[2].trend]).toEqual(['down', undefined])
    expect(row('工业用电量')[6]).toBe('2356.8万千瓦时（预计）（2023年1-6月）')
    expect(row('社会消费品零售总额')[5]).toBe('增速列全区第二')
  })
})

describe('percent cells as Excel and WPS store them', { timeout: 60_000 }, () => {
  it('reads 0.065 with a percent format as 6.5, the text "6.5%" as 6.5, and names 6.5 in a percent cell as a likely slip', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const growth = columnOf(book, '指标值', '同比增长(%)')
    const tax = valueRow(book, 'tax_revenue', '2023-06').getCell(growth)
    tax.value = 0.065
    tax.numFmt = '0.0%'
    valueRow(book, 'power_use', '2023-03').getCell(growth).value = '-3.1%'
    const share = valueRow(book, 'tertiary_share', '2023-06').getCell(columnOf(book, '指标值', '数值'))
    share.value = 0.41
    share.numFmt = '0%'
    const completion = valueRow(book, 'fixed_asset_investment', '2023-06').getCell(columnOf(book, '指标值', '完成率(%)'))
    completion.value = 0.486
    completion.numFmt = '0.0%'
    const files = await imported(book)
    expect(valueOf(files, 'tax_revenue_growth', '2023-06')?.value).toBe(6.5)
    expect(valueOf(files, 'power_use_growth', '2023-03')?.value).toBe(-3.1)
    expect(valueOf(files, 'tertiary_share', '2023-06')?.value).toBe(41)
    expect(valueOf(files, 'fixed_asset_investment', '2023-06')?.completion).toBe(48.6)

    tax.value = 6.5
    const result = await importBook(book)
    if (result.ok) throw new Error('650% was taken silently')
    const line = result.issues.map(formatWorkbookIssue).find((text) => text.includes('同比增长(%)'))
    expect(line).toContain('Excel 显示为 650%')
    expect(line).toContain('请输入“6.5%”')
    expect(line).toContain('实际为“650%（百分比格式）”')
  })

  it('names a percent-formatted cell in a column of amounts', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const row = valueRow(book, 'tax_revenue', '2023-03')
    const cell = row.getCell(columnOf(book, '指标值', '数值'))
    cell.value = 0.5836
    cell.numFmt = '0.00%'
    const result = await importBook(book)
    if (result.ok) throw new Error('accepted')
    expect(result.issues.map(formatWorkbookIssue)).toContain(
      `指标值 第 ${row.number} 行「数值」：应为数字（此格为百分比格式，显示为 58.36%；本列不是百分数：请把单元格格式改为“常规”后填写），实际为“58.36%（百分比格式）”`,
    )
  })
})

describe('a title row above the headers', { timeout: 60_000 }, () => {
  it('is recognised: the rows below the headers are read, and problems keep Excel’s row numbers', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const sheet = book.getWorksheet('指标值')!
    const at = rowWhere(book, '指标值', '指标编号', 'grain_area').number
    const column = columnOf(book, '指标值', '数值')
    sheet.insertRow(1, ['青禾镇2023年上半年主要经济指标'])
    sheet.mergeCells(1, 1, 1, 6)
    const files = await imported(book)
    expect(valueOf(files, 'grain_area', '2023-06')?.value).toBe(34600)
    const row = sheet.getRow(at + 1)
    row.getCell(column).value = '3.46万'
    const result = await importBook(book)
    if (result.ok) throw new Error('accepted')
    expect(result.issues.map(formatWorkbookIssue)).toContain(`指标值 第 ${row.number} 行「数值」：应为数字，实际为“3.46万”`)
  })
})

describe('a title row the import cannot step over', { timeout: 60_000 }, () => {
  const TITLE = '指标值 第 1 行：应为列标题（第 1 行像是标题行，表头应在其下一行'

  it('is named plainly, with what the header row below still lacks, instead of one 缺少这一列 per column', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const sheet = book.getWorksheet('指标值')!
    sheet.getRow(1).getCell(columnOf(book, '指标值', '数值')).value = '数据'
    sheet.insertRow(1, ['青禾镇2023年上半年主要经济指标'])
    sheet.mergeCells(1, 1, 1, 6)
    const result = await importBook(book)
    if (result.ok) throw new Error('accepted')
    const lines = result.issues.map(formatWorkbookIssue).filter((line) => line.startsWith('指标值'))
    expect(lines).toEqual([`${TITLE}；第 2 行还缺少列标题“数值”，是否被删除或改名？）`])
  })

  it('is stepped over when its text happens to be a column header (单位 at the right of the title)', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const sheet = book.getWorksheet('指标值')!
    sheet.insertRow(1, ['青禾镇2023年上半年主要经济指标', null, null, null, null, null, null, '单位'])
    sheet.mergeCells(1, 1, 1, 6)
    const files = await imported(book)
    expect(valueOf(files, 'grain_area', '2023-06')?.value).toBe(34600)
  })
})

describe('data:import on the command line', { timeout: 120_000 }, () => {
  const tsx = join(ROOT, 'node_modules/.bin/tsx')
  const run = (script: string, args: string[]) => execFileSync(tsx, [`scripts/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' })

  it('imports the second town’s workbook, prints its overview, and a no-change round trip leaves git diff empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'second-town-'))
    try {
      const book = join(dir, '青禾镇.xlsx')
      writeFileSync(book, await bytesOf(await workbookOf(SECOND_TOWN)))
      const out = run('data-import', [book, '--out', join(dir, 'data')])
      expect(out).toContain('已写入数据文件')
      expect(out).toContain('完成率照报道 4 项')
      expect(out).toContain('报道未提供：项目、荣誉、产业分类')
      expect(out).toContain('工业用电量｜2023年1-6月｜2361.2万千瓦时｜下降6.2%')
      for (const name of ['meta.json', 'editions.json', 'units.json', 'indicators.json'])
        expect(readFileSync(join(dir, 'data', name), 'utf8'), name).toBe(readFileSync(join(SECOND_TOWN, name), 'utf8'))
      // Written in the split form: the fixture's values (all of 2023) are values/2023.json, listed in values.json, the index.
      expect(readFileSync(join(dir, 'data', 'values', '2023.json'), 'utf8')).toBe(readFileSync(join(SECOND_TOWN, 'values.json'), 'utf8'))
      expect(readFileSync(join(dir, 'data', 'values.json'), 'utf8')).toContain('"values/2023.json"')

      // The folder under git, exported and imported again unchanged: git sees no change.
      const repo = join(dir, 'repo')
      cpSync(join(dir, 'data'), join(repo, 'data'), { recursive: true })
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd: repo, encoding: 'utf8' })
      git('init', '-q')
      git('add', 'data')
      git('commit', '-qm', 'data')
      run('data-export', [join(dir, 'again.xlsx'), '--from', join(repo, 'data')])
      run('data-import', [join(dir, 'again.xlsx'), '--out', join(repo, 'data')])
      expect(git('diff', '--exit-code', '--stat', 'data/')).toBe('')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
