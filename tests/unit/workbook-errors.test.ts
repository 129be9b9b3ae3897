/**
 * Every class of problem a clerk's workbook can have, each named by sheet, Excel row and column in
 * Chinese; and the cells a clerk types that must be read, not refused. Workbooks are real .xlsx files
 * written and changed with exceljs, read as the import reads them.
 */
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { zipSync } from 'fflate'
import type ExcelJS from 'exceljs'
import { formatWorkbookIssue, type WorkbookIssue } from '../../src/workbook/issue'
import { bytesOf, importBook, rowWhere, setCell, workbookOf } from '../support/workbook'

const SMALL = path.join(__dirname, '../fixtures/small')

async function problems(change: (book: ExcelJS.Workbook) => void): Promise<WorkbookIssue[]> {
  const book = await workbookOf(SMALL)
  change(book)
  const result = await importBook(book)
  if (result.ok) throw new Error('the workbook was accepted')
  return result.issues
}

/** The one problem at this place, as printed. */
function at(issues: WorkbookIssue[], sheet: string, row: number | null, column: string | null): string {
  const found = issues.filter((issue) => issue.sheet === sheet && issue.row === row && issue.column === column)
  expect(found, `${sheet} ${row} ${column} in\n${issues.map(formatWorkbookIssue).join('\n')}`).toHaveLength(1)
  return formatWorkbookIssue(found[0])
}

const gdpRow = (book: ExcelJS.Workbook) => rowWhere(book, '指标值', '指标编号', 'gdp')

describe('workbook problems, by sheet, row and column', { timeout: 30_000 }, () => {
  it('text where a number belongs', async () => {
    let row = 0
    const issues = await problems((book) => {
      row = gdpRow(book).number
      setCell(book, '指标值', gdpRow(book), '数值', '11.39亿')
    })
    expect(at(issues, '指标值', row, '数值')).toBe(`指标值 第 ${row} 行「数值」：应为数字，实际为“11.39亿”`)
    expect(issues).toHaveLength(1)
  })

  it('a unit the indicator cannot take', async () => {
    let row = 0
    const issues = await problems((book) => {
      row = gdpRow(book).number
      setCell(book, '指标值', gdpRow(book), '单位', '亩')
    })
    expect(at(issues, '指标值', row, '单位')).toBe(`指标值 第 ${row} 行「单位」：应为指标“地区生产总值”可用的单位：亿元、万元、元（不同类的单位不能换算），实际为“亩”`)
  })

  it('an unknown 指标编号 and an unknown 产业', async () => {
    let rows = [0, 0]
    const issues = await problems((book) => {
      const project = rowWhere(book, '项目', '项目编号', 'hongyang_home')
      rows = [gdpRow(book).number, project.number]
      setCell(book, '指标值', gdpRow(book), '指标编号', 'gpd')
      setCell(book, '项目', project, '产业', '家具')
    })
    expect(at(issues, '指标值', rows[0], '指标编号')).toBe(`指标值 第 ${rows[0]} 行「指标编号」：应为“指标”表中已有的指标编号，实际为“gpd”`)
    expect(at(issues, '项目', rows[1], '产业')).toMatch(new RegExp(`^项目 第 ${rows[1]} 行「产业」：应为“产业”表中的产业名称（工业、新材料.*）或留空，实际为“家具”$`))
  })

  it('a period that cannot be read', async () => {
    let row = 0
    const issues = await problems((book) => {
      row = gdpRow(book).number
      setCell(book, '指标值', gdpRow(book), '期间', '2022年上半年')
    })
    expect(at(issues, '指标值', row, '期间')).toMatch(new RegExp(`^指标值 第 ${row} 行「期间」：应为期间，写法如 2022年1-5月.*，实际为“2022年上半年”$`))
  })

  it('two rows for the same indicator and edition', async () => {
    let rows = [0, 0]
    const issues = await problems((book) => {
      const sheet = book.getWorksheet('指标值')!
      const copy = sheet.addRow(gdpRow(book).values as ExcelJS.CellValue[])
      rows = [gdpRow(book).number, copy.number]
    })
    expect(at(issues, '指标值', rows[1], '指标编号')).toBe(`指标值 第 ${rows[1]} 行「指标编号」：应为每个指标每个报告期只填一行（与第 ${rows[0]} 行重复），实际为“gdp”`)
    // Its 同比增长(%) makes the growth value twice as well: named on that column.
    expect(at(issues, '指标值', rows[1], '同比增长(%)')).toContain(`与第 ${rows[0]} 行重复`)
  })

  it('empty required cells', async () => {
    let rows = [0, 0]
    const issues = await problems((book) => {
      const project = rowWhere(book, '项目', '项目编号', 'hongyang_home')
      rows = [gdpRow(book).number, project.number]
      setCell(book, '指标值', gdpRow(book), '来源原文', '   ')
      setCell(book, '项目', project, '状态', null)
    })
    expect(at(issues, '指标值', rows[0], '来源原文')).toBe(`指标值 第 ${rows[0]} 行「来源原文」：应为必填内容（此格不能为空），实际为空`)
    expect(at(issues, '项目', rows[1], '状态')).toBe(`项目 第 ${rows[1]} 行「状态」：应为必填内容（此格不能为空），实际为空`)
  })

  it('a sheet renamed, and a column header renamed', async () => {
    const issues = await problems((book) => {
      book.getWorksheet('指标值')!.name = '指标数值'
      book.getWorksheet('项目')!.getRow(1).getCell(1).value = '编号'
    })
    expect(at(issues, '指标值', null, null)).toMatch(/^指标值：应为名为“指标值”的工作表（现有工作表：说明、报告、指标、指标数值、.*是否被删除或改名？）$/)
    expect(at(issues, '项目', 1, '项目编号')).toBe('项目 第 1 行「项目编号」：应为列标题“项目编号”（第 1 行缺少这一列，是否被删除或改名？）')
  })

  it('problems the data checks find after conversion, at their cell', async () => {
    let rows = [0, 0, 0]
    const issues = await problems((book) => {
      const growthOnly = rowWhere(book, '指标值', '指标编号', 'industrial_project_investment_growth')
      const sector = rowWhere(book, '产业', '编号', 'industry')
      const project = rowWhere(book, '项目', '项目编号', 'hongyang_home')
      rows = [growthOnly.number, sector.number, project.number]
      setCell(book, '指标值', growthOnly, '数值', -150)
      setCell(book, '产业', sector, '颜色', 'blue')
      setCell(book, '项目', project, '已完成投资', 5)
    })
    expect(at(issues, '指标值', rows[0], '数值')).toBe(`指标值 第 ${rows[0]} 行「数值」：应为-100 到 10000 之间的增幅，实际为“-150”`)
    expect(at(issues, '产业', rows[1], '颜色')).toBe(`产业 第 ${rows[1]} 行「颜色」：应为颜色格式如 #3b82f6，实际为“blue”`)
    expect(at(issues, '项目', rows[2], '已完成投资')).toBe(`项目 第 ${rows[2]} 行「已完成投资」：应为不大于总投资 200000000 元，实际为“5”`)
    for (const issue of issues) expect(formatWorkbookIssue(issue)).not.toMatch(/\w+\[\d+\]|data\/|\.json/)
  })

  it('a formula without a cached result, and a formula error', async () => {
    let rows = [0, 0]
    const issues = await problems((book) => {
      const fiscal = rowWhere(book, '指标值', '指标编号', 'fiscal_revenue')
      rows = [gdpRow(book).number, fiscal.number]
      setCell(book, '指标值', gdpRow(book), '数值', { formula: 'F3/100' } as ExcelJS.CellValue)
      setCell(book, '指标值', fiscal, '数值', { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue)
    })
    expect(at(issues, '指标值', rows[0], '数值')).toBe(
      `指标值 第 ${rows[0]} 行「数值」：应为数值或文字（公式没有保存计算结果：请在 Excel 或 WPS 中打开后保存，或直接填写数值），实际为“公式 =F3/100（没有计算结果）”`,
    )
    expect(at(issues, '指标值', rows[1], '数值')).toBe(`指标值 第 ${rows[1]} 行「数值」：应为可计算的值（公式出错，请改正公式或直接填写），实际为“公式错误 #DIV/0!”`)
  })
})

describe('cells a clerk types, read as meant', { timeout: 30_000 }, () => {
  it('formulas by their cached values, full-width digits, stray spaces and Excel dates', async () => {
    const book = await workbookOf(SMALL)
    const fiscal = rowWhere(book, '指标值', '指标编号', 'fiscal_revenue')
    setCell(book, '指标值', fiscal, '数值', '１，０１３')
    setCell(book, '指标值', fiscal, '指标编号', ' fiscal_revenue ')
    setCell(book, '指标值', fiscal, '单位', ' 万元')
    setCell(book, '指标值', gdpRow(book), '数值', { formula: '1139/100', result: 11.39 } as ExcelJS.CellValue)
    // A new edition with its as-of date and a period Excel turned into dates (2022年6月 typed in Excel).
    const edition = book.getWorksheet('报告')!.addRow(['2022-06', '2022年1-6月', null, '标题', '来源'])
    setCell(book, '报告', edition, '截至日期', new Date(Date.UTC(2022, 5, 1)))
    edition.getCell(3).numFmt = 'yyyy-mm'
    const june = book.getWorksheet('指标值')!.addRow(gdpRow(book).values as ExcelJS.CellValue[])
    setCell(book, '指标值', june, '报告期', '2022-06')
    setCell(book, '指标值', june, '期间', new Date(Date.UTC(2022, 5, 1)))
    june.getCell(4).numFmt = 'yyyy"年"m"月"'
    setCell(book, '指标值', june, '数值', 13.5)
    const result = await importBook(book)
    if (!result.ok) throw new Error(result.issues.map(formatWorkbookIssue).join('\n'))
    const value = (id: string, edition: string) => result.files.values.find((item) => item.indicator === id && item.edition === edition)
    expect(value('fiscal_revenue', '2022-05')?.value).toBe(10130000)
    expect(value('gdp', '2022-05')?.value).toBe(1139000000)
    expect(value('gdp', '2022-06')).toMatchObject({ value: 1350000000, period: '2022年6月' })
    expect(value('gdp_growth', '2022-06')).toMatchObject({ value: 6.8, period: '2022年6月' })
    expect(result.files.editions.find((item) => item.id === '2022-06')?.asOf).toBe('2022-06')
  })

  it('a 报告期 the 报告 sheet does not list is created, titled with its name', async () => {
    const book = await workbookOf(SMALL)
    const july = book.getWorksheet('指标值')!.addRow(gdpRow(book).values as ExcelJS.CellValue[])
    setCell(book, '指标值', july, '报告期', '2022-07')
    setCell(book, '指标值', july, '期间', '2022年1-7月')
    const result = await importBook(book)
    if (!result.ok) throw new Error(result.issues.map(formatWorkbookIssue).join('\n'))
    expect(result.files.editions.at(-1)).toMatchObject({ id: '2022-07', name: '2022年1-7月', title: '2022年1-7月', asOf: '2022-07' })
  })
})

describe('files refused before reading', () => {
  const refused = async (bytes: Uint8Array) => {
    const error = await importBook(bytes).then(
      () => undefined,
      (thrown: Error) => thrown,
    )
    expect(error?.name).toBe('WorkbookFileError')
    return error!.message
  }

  it('a file that is not an xlsx', async () => {
    expect(await refused(new TextEncoder().encode('指标编号,数值\ngdp,11.39\n'))).toMatch(/^不是 \.xlsx 工作簿/)
    expect(await refused(zipSync({ 'readme.txt': new TextEncoder().encode('hello') }))).toMatch(/^不是 \.xlsx 工作簿/)
  })

  it('a password-protected workbook (an encrypted OLE container, as Excel writes it)', async () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    expect(await refused(ole)).toMatch(/^文件设有打开密码/)
  })

  it('over 10 MB, over 50 MB uncompressed, over 100,000 rows', async () => {
    expect(await refused(new Uint8Array(10 * 1024 * 1024 + 1))).toMatch(/^文件过大（10\.0 MB）/)
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(51 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(1024 * 1024)
    expect(await refused(bomb)).toMatch(/^工作簿解压后过大/)
    const book = await workbookOf(SMALL)
    const sheet = book.getWorksheet('项目')!
    for (let n = 0; n < 100_001; n += 1) sheet.addRow(['x'])
    expect(await refused(await bytesOf(book))).toBe('工作簿行数过多（超过 100000 行），不能超过 100000 行')
  }, 120_000)
})
