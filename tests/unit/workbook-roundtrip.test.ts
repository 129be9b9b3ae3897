/**
 * Export then import, unchanged, gives back data files equal in content to the originals: for the bundled
 * data and for every fixture folder found under tests/fixtures at run time.
 */
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { dataFolders, folderFiles, importBook, workbookOf } from '../support/workbook'
import { folderTexts } from '../support/fixtures'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'
import ExcelJS from 'exceljs'
import { blankBookRows } from '../../src/workbook/toBook'
import { writeWorkbook } from '../../src/workbook/xlsx'
import { formatWorkbookIssue } from '../../src/workbook/issue'

const ROOT = path.join(__dirname, '../..')

describe('workbook round trip', () => {
  it.each(dataFolders(ROOT))('%s: export then import gives the same data files', async (folder) => {
    const dir = path.join(ROOT, folder)
    const result = await importBook(await workbookOf(dir))
    if (!result.ok) throw new Error(result.issues.map((issue) => JSON.stringify(issue)).join('\n'))
    expect(result.files).toEqual(folderFiles(dir))
    const originals = folderTexts(dir)
    // An optional file the folder leaves out is written as an empty list.
    const original = (name: DataFileName) => (originals[name] === '' ? { [DATA_FILES[name].list as string]: [] } : JSON.parse(originals[name]))
    for (const name of Object.keys(DATA_FILES) as DataFileName[])
      // No definition (dashboard.json is no list): none written back.
      if (originals[name] === '' && DATA_FILES[name].list === null) expect(result.texts[name], name).toBe('')
      else expect(JSON.parse(result.texts[name]), name).toEqual(original(name))
  })
})

describe('the workbook a clerk opens', () => {
  it('has 说明 first, the sheets and headers of the issue, frozen headers, drop-downs and numbers as numbers', async () => {
    const book = await workbookOf(path.join(ROOT, 'tests/fixtures/small'))
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['说明', '报告', '指标', '指标值', '项目', '产业', '单位', '荣誉', '页面', '面板', '基本信息'])
    const headers = (name: string) => (book.getWorksheet(name)!.getRow(1).values as unknown[]).slice(1)
    expect(headers('报告')).toEqual(['报告期编号', '报告期名称', '截至日期', '标题', '来源', '预计/初步/快报'])
    expect(headers('指标')).toEqual(['指标编号', '指标名称', '单位', '产业', '产业来源', '类别', '指标类型', '所属指标', '所属整体'])
    expect(headers('指标值')).toEqual(['指标编号', '指标名称', '报告期', '期间', '数值', '单位', '同比增长(%)', '余(下限)', '年度目标', '完成率(%)', '预计/初步/快报', '排名或比较', '来源原文'])
    expect(headers('项目')).toEqual(['项目编号', '项目名称', '产业', '产业来源', '总投资', '已完成投资', '单位', '状态', '状态来源', '状态原文', '预计开业', '报告期', '期间', '来源原文'])
    expect(headers('产业')).toEqual(['编号', '名称', '颜色', '上级产业'])
    expect(headers('单位')).toEqual(['单位', '基准单位', '倍数', '说明'])
    const values = book.getWorksheet('指标值')!
    expect(values.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(values.getRow(2).getCell(5).value).toBe(11.39)
    expect(values.getRow(2).getCell(7).value).toBe(6.8)
    const guide = book.getWorksheet('说明')!
    const guideText = guide.getColumn(1).values.join('\n')
    for (const words of ['如何添加下个月的数据', '期间的写法', '11.39', '示例']) expect(guideText).toContain(words)
  })

  it('a blank template, imported as it is, asks for the rows each sheet needs', async () => {
    const bytes = await writeWorkbook(ExcelJS, blankBookRows())
    const result = await importBook(bytes)
    if (result.ok) throw new Error('accepted')
    const lines = result.issues.map(formatWorkbookIssue)
    expect(lines).toContain('报告：应为至少一行数据')
    expect(lines).toContain('指标值：应为至少一行数据')
    expect(lines).toContain('基本信息 第 2 行「内容」：应为必填内容（此格不能为空），实际为空')
  })
})
