/**
 * The units table as data (src/data/units.ts): every built-in family converts exactly both ways, units of
 * different families and measure words refuse to convert, declared units join a family or make one, and
 * an unknown unit is a message that says how to declare it, in the data check and in the workbook import.
 */
import { describe, expect, it } from 'vitest'
import path from 'node:path'
import { BUILT_IN_UNITS, MEASURE_WORDS, UnitTable } from '../../src/data/units'
import { checkAll, formatIssue } from '../../src/data/validate'
import { formatWorkbookIssue } from '../../src/workbook/issue'
import { folderTexts } from '../support/fixtures'
import { importBook, rowWhere, setCell, workbookOf } from '../support/workbook'

const table = new UnitTable()
const SECOND_TOWN = path.join(__dirname, '../fixtures/second-town')
const SMALL = path.join(__dirname, '../fixtures/small')

describe('built-in units', () => {
  it.each([
    // [written, in unit, equals, in unit]
    ['0.35', '亿元', '3500', '万元'],
    ['1287.5', '万元', '12875000', '元'],
    ['11.39', '亿元', '1139000000', '元'],
    ['3.46', '万亩', '34600', '亩'],
    ['2.5', '万平方米', '25000', '平方米'],
    ['12.5', '公里', '12500', '米'],
    ['1.6', '万吨', '16000', '吨'],
    ['2356.8', '万千瓦时', '23568000', '千瓦时'],
    ['0.24', '亿千瓦时', '2400', '万千瓦时'],
    ['3.2', '万人', '32000', '人'],
    ['15', '名', '15', '人'],
    ['3.2', '万人次', '32000', '人次'],
    ['1.08', '万户', '10800', '户'],
  ])('%s%s is exactly %s%s, and back', (written, unit, equal, other) => {
    expect(table.convert(Number(written), unit, other)).toBe(Number(equal))
    expect(table.convert(Number(equal), other, unit)).toBe(Number(written))
    // Into the base unit and out again, as the data files store it, without binary drift.
    const base = table.toBase(written, unit) as number
    expect(table.fromBase(base, unit)).toBe(Number(written))
  })

  it('keeps 1.15亿元 and 0.57万亩 exact where multiplying would not', () => {
    expect(1.15 * 1e8).not.toBe(115000000)
    expect(table.toBase('1.15', '亿元')).toBe(115000000)
    expect(0.57 * 1e4).not.toBe(5700)
    expect(table.toBase('0.57', '万亩')).toBe(5700)
  })

  it('has units of their own that convert to nothing else: 公顷, 年, 天, %, 个百分点', () => {
    for (const unit of ['公顷', '年', '天', '%', '个百分点']) {
      expect(table.sameFamily(unit)).toEqual([unit])
      expect(table.convert(1, unit, unit)).toBe(1)
    }
  })

  it.each([
    ['亩', '公顷'],
    ['人', '人次'],
    ['万人', '万人次'],
    ['人', '户'],
    ['元', '%'],
    ['%', '个百分点'],
    ['吨', '千瓦时'],
    ['米', '平方米'],
    ['个', '家'],
    ['家', '处'],
    ['项', '个'],
  ])('refuses to convert %s into %s', (from, to) => {
    expect(table.convert(1, from, to)).toBeUndefined()
    expect(table.convert(1, to, from)).toBeUndefined()
  })

  it('keeps every measure word a unit of its own', () => {
    for (const word of MEASURE_WORDS) {
      expect(BUILT_IN_UNITS.get(word)?.family).toBe(word)
      expect(table.sameFamily(word)).toEqual([word])
    }
  })

  it('lists a family largest first, as reports do', () => {
    expect(table.sameFamily('元')).toEqual(['亿元', '万元', '元'])
    expect(table.sameFamily('千瓦时')).toEqual(['亿千瓦时', '万千瓦时', '千瓦时'])
  })
})

describe('declared units', () => {
  it('makes a new family from its base (万标准箱 of 标准箱) and joins a built-in one (千吨 of 吨)', () => {
    const declared = new UnitTable([{ name: '万标准箱', base: '标准箱', factor: 10000 }, { name: '千吨', base: '吨', factor: 1000 }, { name: '艘次' }])
    expect(declared.problems).toEqual([])
    expect(declared.convert(1.2, '万标准箱', '标准箱')).toBe(12000)
    expect(declared.convert(12000, '标准箱', '万标准箱')).toBe(1.2)
    expect(declared.convert(3.5, '千吨', '万吨')).toBe(0.35)
    expect(declared.convert(1, '万标准箱', '吨')).toBeUndefined()
    expect(declared.sameFamily('艘次')).toEqual(['艘次'])
  })

  it('refuses a factor that is not a power of ten, and a built-in name with another meaning', () => {
    const declared = new UnitTable([{ name: '打', base: '个', factor: 12 }, { name: '万元', base: '元', factor: 1000 }, { name: '万吨', base: '吨', factor: 10000 }])
    expect(declared.problems.map((problem) => [problem.index, problem.field])).toEqual([
      [0, 'factor'],
      [1, 'name'],
    ])
  })
})

describe('an unknown unit', () => {
  it('is a message of the data check naming file, place, the unit and how to declare it', () => {
    const texts = folderTexts(SECOND_TOWN)
    const changed = { ...texts, 'units.json': '{\n  "units": []\n}\n' }
    const lines = Object.values(checkAll(changed).issues).flat().map(formatIssue)
    const line = lines.find((text) => text.includes('万标准箱'))
    expect(line).toContain('data/indicators.json: indicators[19].unit')
    expect(line).toContain('未知单位 "万标准箱"')
    expect(line).toContain('data/units.json')
    expect(line).toContain('单位')
  })

  it('is a message of the workbook import naming sheet, row, column, the unit and how to declare it; never a crash', async () => {
    const book = await workbookOf(SMALL)
    const row = rowWhere(book, '指标', '指标编号', 'gdp')
    setCell(book, '指标', row, '单位', '万亩')
    setCell(book, '指标', rowWhere(book, '指标', '指标编号', 'fiscal_revenue'), '单位', '万标准箱')
    const valueRow = rowWhere(book, '指标值', '指标编号', 'gdp')
    setCell(book, '指标值', valueRow, '单位', '万标准箱')
    const result = await importBook(book)
    if (result.ok) throw new Error('accepted')
    const lines = result.issues.map(formatWorkbookIssue)
    expect(lines.some((line) => /^指标 第 \d+ 行「单位」：应为内置或已声明的单位（表中没有的单位请先在“单位”表中加一行.*实际为“万标准箱”$/.test(line))).toBe(true)
    expect(lines).toContain(
      `指标值 第 ${valueRow.number} 行「单位」：应为内置或已声明的单位（表中没有的单位请先在“单位”表中加一行：单位、基准单位、倍数，如 万标准箱、标准箱、10000），实际为“万标准箱”`,
    )
    // 万亩 is known: the gdp value row in 亿元 is now of another family, and said so.
    expect(lines.some((line) => line.startsWith(`指标值 第 ${valueRow.number} 行「单位」`))).toBe(true)
  })

  it('is offered by the 单位 drop-downs once declared: they list the 单位 sheet, as 产业 lists the 产业 sheet', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const units = book.getWorksheet('单位')!
    const listed = (units.getColumn(1).values as unknown[]).slice(2)
    expect(listed).toContain('万亩')
    expect(listed).toContain('万标准箱')
    for (const sheet of ['指标', '指标值']) {
      const validations = (book.getWorksheet(sheet) as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }).dataValidations.model
      expect(Object.values(validations).map((item) => item.formulae[0])).toContain("'单位'!$A$2:$A$2000")
    }
  })

  it('is accepted once declared in the 单位 sheet', async () => {
    const book = await workbookOf(SECOND_TOWN)
    const result = await importBook(book)
    if (!result.ok) throw new Error(result.issues.map(formatWorkbookIssue).join('\n'))
    expect(result.files.units).toEqual([{ name: '万标准箱', base: '标准箱', factor: 10000 }])
  })
})
