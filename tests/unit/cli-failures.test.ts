/**
 * The data commands as a clerk mistypes them: every failure is one Chinese message (what, where, what to
 * do; an English line may follow), exit code 1, never a stack trace. Also the workbook's number range,
 * UTF-16 data files, and data:import's length warnings (the same as check:data's).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { failureText } from '../../scripts/cli'
import { readDecimal } from '../../src/workbook/cells'
import { ROOT, runScript } from '../support/scripts'
import { rowWhere, setCell, workbookOf } from '../support/workbook'

const STACK = /\n\s+at |Error: |TypeError|node:internal/

let dir: string
let book: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'yongan-cli-failures-'))
  book = join(dir, '数据.xlsx')
  expect(runScript('data-export', [book, '--from', 'tests/fixtures/small']).code).toBe(0)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('data:import, data:export, check:data on the wrong thing', { timeout: 60_000 }, () => {
  it('a folder given as the workbook', () => {
    const { code, out } = runScript('data-import', [dir, '--out', join(dir, 'out')])
    expect(code).toBe(1)
    expect(out).toContain(`工作簿“${dir}”是文件夹，不是文件：请给出工作簿文件的路径`)
    expect(out).not.toMatch(STACK)
  })

  it('--out naming a file', () => {
    const file = join(dir, '不是文件夹')
    writeFileSync(file, 'x')
    const { code, out } = runScript('data-import', [book, '--out', file])
    expect(code).toBe(1)
    expect(out).toContain(`“${file}”已存在，且不是文件夹：请换一个文件夹名，或先移走这个文件`)
    expect(out).not.toMatch(STACK)
    const exported = runScript('data-export', [join(file, 'x.xlsx'), '--from', 'tests/fixtures/small'])
    expect(exported.code).toBe(1)
    expect(exported.out).toContain('不是文件夹（是文件）')
    expect(exported.out).not.toMatch(STACK)
  })

  it('a data file that is a folder, and a data file in UTF-16', () => {
    const folder = join(dir, 'data-odd')
    cpSync(join(ROOT, 'tests/fixtures/small'), folder, { recursive: true })
    rmSync(join(folder, 'values.json'))
    mkdirSync(join(folder, 'values.json'))
    const meta = readFileSync(join(folder, 'meta.json'), 'utf8')
    writeFileSync(join(folder, 'meta.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(meta, 'utf16le')]))
    for (const [script, args] of [
      ['check-data', [folder]],
      ['data-export', [join(dir, 'x.xlsx'), '--from', folder]],
    ] as const) {
      const { code, out } = runScript(script, [...args])
      expect(code).toBe(1)
      expect(out).toContain(`data/values.json: 应为可读取的数据文件，实际为 “${join(folder, 'values.json')}”是文件夹，不是文件`)
      expect(out).toContain('data/meta.json: 应为UTF-8 编码的文本（请用记事本或 WPS 另存为“UTF-8”编码），实际为 其他编码（像是 UTF-16 / Unicode），无法读取')
      expect(out).not.toContain('语法错误')
      expect(out).not.toMatch(STACK)
    }
    const imported = runScript('data-import', [book, '--out', folder])
    expect(imported.code).toBe(1)
    expect(imported.out).toContain(`数据目录中的“${join(folder, 'values.json')}”是文件夹，不能用数据文件替换`)
    expect(imported.out).not.toMatch(STACK)
  })

  it('an unknown unit: data:import names the sheet, row, column and unit; check:data the file and place', async () => {
    const workbook = await workbookOf('tests/fixtures/small')
    const valueRow = rowWhere(workbook, '指标值', '指标编号', 'fiscal_revenue')
    setCell(workbook, '指标', rowWhere(workbook, '指标', '指标编号', 'fiscal_revenue'), '单位', '万标准箱')
    setCell(workbook, '指标值', valueRow, '单位', '万标准箱')
    const unknownBook = join(dir, '未知单位.xlsx')
    await workbook.xlsx.writeFile(unknownBook)
    const out = join(dir, 'data-unknown-unit-out')
    const imported = runScript('data-import', [unknownBook, '--out', out])
    expect(imported.code).toBe(1)
    expect(imported.out).toContain(`指标值 第 ${valueRow.number} 行「单位」：应为内置或已声明的单位（表中没有的单位请先在“单位”表中加一行`)
    expect(imported.out).toContain('实际为“万标准箱”')
    expect(imported.out).not.toMatch(STACK)
    expect(imported.out).not.toMatch(/\n {4}at /)

    const folder = join(dir, 'data-unknown-unit')
    cpSync(join(ROOT, 'tests/fixtures/small'), folder, { recursive: true })
    const indicators = readFileSync(join(folder, 'indicators.json'), 'utf8')
    writeFileSync(join(folder, 'indicators.json'), indicators.replace('"id": "fiscal_revenue", "name": "财政收入", "unit": "万元"', '"id": "fiscal_revenue", "name": "财政收入", "unit": "万标准箱"'))
    const checked = runScript('check-data', [folder])
    expect(checked.code).toBe(1)
    const line = checked.out.split('\n').find((text) => text.includes('万标准箱'))
    expect(line).toMatch(/data\/indicators\.json: indicators\[\d+\]\.unit/)
    expect(line).toContain('未知单位 "万标准箱"')
    expect(line).toContain('data/units.json')
    expect(checked.out).not.toMatch(STACK)
    expect(checked.out).not.toMatch(/\n {4}at /)
  })

  it('an unreadable file and anything unforeseen: named, without a stack', () => {
    // (Tests run as root here, who may read anything: the message is checked on the error Node gives.)
    const denied = Object.assign(new Error("EACCES: permission denied, open '/srv/数据.xlsx'"), { code: 'EACCES', path: '/srv/数据.xlsx', syscall: 'open' })
    expect(failureText(denied)).toBe('没有权限读写“/srv/数据.xlsx”：请检查文件或文件夹的权限（或是否被其他程序占用），或换一个位置\n(EACCES in open: /srv/数据.xlsx)')
    let thrown: unknown
    try {
      ;(undefined as unknown as { unit: string }).unit.trim()
    } catch (error) {
      thrown = error
    }
    expect(failureText(thrown)).toMatch(/^内部错误，操作未完成：Cannot read properties of undefined \(reading 'unit'\)\n请把以上文字告知维护人员。\(internal error: TypeError\)$/)
  })

  it('build:portable on a data folder with a folder for a file', { timeout: 120_000 }, () => {
    const folder = join(dir, 'data-portable')
    cpSync(join(ROOT, 'tests/fixtures/small'), folder, { recursive: true })
    rmSync(join(folder, 'honours.json'))
    mkdirSync(join(folder, 'honours.json'))
    const { code, out } = runScript('build-portable', ['--data', folder])
    expect(code).toBe(1)
    expect(out.trim()).toBe(`离线版：数据文件无法读取：“${join(folder, 'honours.json')}”是文件夹，不是文件：此处应是一个文件`)
  })
})

describe('numbers and warnings', () => {
  it('a number beyond ±1e15 is out of range, with the range said; scientific notation is explained', () => {
    const range = '-1e15 到 1e15（±1000万亿）之间的数字：超出这个范围，数值无法按十进制精确保存'
    expect(readDecimal(1e308)).toEqual({ ok: false, expected: range })
    expect(readDecimal('1e308')).toEqual({ ok: false, expected: range })
    expect(readDecimal('2000000000000000')).toEqual({ ok: false, expected: range })
    expect(readDecimal('1.5e3')).toEqual({ ok: false, expected: '不用科学记数法的数字（如 1.5e3 请写成 1500）' })
    expect(readDecimal(999_999_999_999_999)).toEqual({ ok: true, value: '999999999999999' })
  })

  it('data:import gives the same length warnings as check:data, and imports', { timeout: 60_000 }, async () => {
    const workbook = await workbookOf('tests/fixtures/small')
    const gdp = rowWhere(workbook, '指标值', '指标编号', 'gdp')
    setCell(workbook, '指标值', gdp, '来源原文', `全镇完成地区生产总值11.39亿元${'，同比增长'.repeat(110)}`)
    const long = join(dir, '长.xlsx')
    await workbook.xlsx.writeFile(long)
    const folder = join(dir, 'data-long')
    const imported = runScript('data-import', [long, '--out', folder])
    expect(imported.code).toBe(0)
    const checked = runScript('check-data', [folder])
    expect(checked.code).toBe(0)
    const warnings = (out: string) => out.split('\n').filter((line) => line.includes('警告'))
    expect(warnings(checked.out).length).toBeGreaterThan(1)
    expect(warnings(imported.out)).toEqual(warnings(checked.out))
  })
})
