import { describe, expect, it } from 'vitest'
import { pageLabel, planSheets, sheetHeader } from '../../src/print/sheets'
import { PAGES, PANELS } from '../../src/layouts/pages'
import { fixtureFiles } from '../support/fixtures'

const files = fixtureFiles('small')

describe('print sheets', () => {
  it('one dashboard page per sheet: the page title, its panels with their grid places, numbered n of N', () => {
    const sheets = planSheets(PAGES, 'page')
    expect(sheets.map((sheet) => sheet.title)).toEqual(PAGES.map((page) => page.title))
    expect(sheets.map((sheet) => sheet.pageLabel)).toEqual(PAGES.map((_, index) => `第 ${index + 1} 页 / 共 ${PAGES.length} 页`))
    expect(sheets[0].panels.map((item) => item.placement)).toEqual(PAGES[0].panels)
    expect(sheets[0].rows).toBe(PAGES[0].rows)
  })

  it('one panel per sheet: each panel once, in page order, without grid places', () => {
    const sheets = planSheets(PAGES, 'panel')
    expect(sheets).toHaveLength(PANELS.length)
    expect(new Set(sheets.map((sheet) => sheet.panels[0].panel.id)).size).toBe(PANELS.length)
    expect(sheets.every((sheet) => sheet.panels.length === 1 && sheet.panels[0].placement === undefined)).toBe(true)
    expect(sheets.at(-1)?.pageLabel).toBe(pageLabel(PANELS.length, PANELS.length))
    expect(planSheets([PAGES[3]], 'panel').map((sheet) => sheet.title)).toEqual(['重点项目投资', '重点项目产业分布与进度', '企业与项目服务'])
  })

  it('heads each sheet with the title, edition and filter', () => {
    expect(sheetHeader(files.meta, files, undefined, [])).toEqual({ title: '永安镇经济运行看板', edition: '报告期：2022年1-5月　数据截至：2022年5月', filter: '产业：全部产业' })
    expect(sheetHeader(files.meta, files, undefined, ['工业', '电子商务']).filter).toBe('产业：工业、电子商务')
    expect(sheetHeader(files.meta, fixtureFiles('multi'), '2021-05', []).edition).toBe('报告期：2021年1-5月　数据截至：2021年5月')
  })
})
