/** Exact unit conversion and reading cells as a clerk types them (src/format/decimal.ts, cells.ts). */
import { describe, expect, it } from 'vitest'
import { fromUnit, plainDecimal, toUnit } from '../../src/format/decimal'
import { readAsOf, readDecimal, readNumber, readPeriodText, readText, readCode, shownValue } from '../../src/workbook/cells'
import { formatWorkbookIssue } from '../../src/workbook/issue'

describe('exact units', () => {
  it.each([
    ['1.15', 1e8, 115000000],
    ['4.35', 1e8, 435000000],
    ['0.29', 1e8, 29000000],
    ['11.39', 1e8, 1139000000],
    ['1.15', 1e4, 11500],
    ['4.35', 1e4, 43500],
    ['0.29', 1e4, 2900],
    ['11.39', 1e4, 113900],
  ])('%s in a unit of %d base units is exactly %d', (text, factor, base) => {
    expect(fromUnit(text, factor)).toBe(base)
    // What multiplying would give, to show why the point is moved instead:
    if (text === '1.15' && factor === 1e8) expect(1.15 * 1e8).not.toBe(base)
    expect(toUnit(base, factor)).toBe(Number(text))
  })

  it('reads the number Excel stored (a double) through its shortest text', () => {
    const cell = readDecimal(4.35)
    expect(cell).toEqual({ ok: true, value: '4.35' })
    expect(fromUnit((cell as { value: string }).value, 1e8)).toBe(435000000)
  })

  it('handles negatives, tiny and huge numbers without exponent notation', () => {
    expect(fromUnit('-0.5', 1e4)).toBe(-5000)
    expect(plainDecimal(1e-7)).toBe('0.0000001')
    expect(plainDecimal(1.5e21)).toBe('1500000000000000000000')
    expect(toUnit(5, 1e8)).toBe(0.00000005)
    expect(fromUnit('abc', 1e8)).toBeUndefined()
  })
})

describe('reading cells', () => {
  it('reads full-width digits and separators, and stray spaces', () => {
    expect(readNumber('１，０１３')).toEqual({ ok: true, value: 1013 })
    expect(readNumber(' 11.39 ')).toEqual({ ok: true, value: 11.39 })
    expect(readNumber('1,013.5')).toEqual({ ok: true, value: 1013.5 })
    expect(readNumber('\u3000６．８\u00a0')).toEqual({ ok: true, value: 6.8 })
    expect(readCode(' g dp ')).toEqual({ ok: true, value: 'gdp' })
    expect(readText('  全镇完成  ')).toEqual({ ok: true, value: '全镇完成' })
  })

  it('refuses units and words in a number cell, and says it wants a number', () => {
    expect(readNumber('11.39亿')).toEqual({ ok: false, expected: '数字' })
    expect(readNumber('1,01,3')).toEqual({ ok: false, expected: '数字' })
    expect(readNumber(new Date(Date.UTC(2022, 4, 1))).ok).toBe(false)
  })

  it('reads dates Excel made of what was typed', () => {
    expect(readPeriodText(new Date(Date.UTC(2022, 4, 1)))).toEqual({ ok: true, value: '2022年5月' })
    expect(readPeriodText(new Date(Date.UTC(2022, 5, 23)))).toEqual({ ok: true, value: '2022年6月23日' })
    expect(readAsOf(new Date(Date.UTC(2022, 4, 1)))).toEqual({ ok: true, value: '2022-05' })
    expect(readAsOf(new Date(Date.UTC(2022, 4, 31)))).toEqual({ ok: true, value: '2022-05-31' })
    expect(readAsOf('2022年6月')).toEqual({ ok: true, value: '2022-06' })
    expect(readAsOf('2022/6/30')).toEqual({ ok: true, value: '2022-06-30' })
    expect(readText(new Date(Date.UTC(2022, 4, 1))).ok).toBe(false)
  })

  it('uses a formula only through its cached result', () => {
    expect(readNumber({ formula: 'B2*2' })).toMatchObject({ ok: false, expected: expect.stringContaining('公式没有保存计算结果') })
    expect(readNumber({ error: '#DIV/0!' })).toMatchObject({ ok: false, expected: expect.stringContaining('公式出错') })
    expect(shownValue({ error: '#DIV/0!' })).toBe('公式错误 #DIV/0!')
  })

  it('formats a problem as sheet, Excel row, column, expected and value', () => {
    expect(formatWorkbookIssue({ sheet: '指标值', row: 12, column: '数值', value: '11.39亿', expected: '数字' })).toBe('指标值 第 12 行「数值」：应为数字，实际为“11.39亿”')
    expect(formatWorkbookIssue({ sheet: '指标值', row: 3, column: '来源原文', value: null, expected: '必填内容（此格不能为空）' })).toBe(
      '指标值 第 3 行「来源原文」：应为必填内容（此格不能为空），实际为空',
    )
  })
})
