/**
 * 重点项目 (src/panels/kinds/key-projects): published investments, largest first, the rest summed (推算); from the small fixture's definition.
 */
import { describe, expect, it } from 'vitest'
import type { Project } from '../../src/data/schema'
import { MAX_BARS } from '../../src/panels/kinds/key-projects'
import { context, dataset, definedPanel, labels, optionText, sectorsOf, seriesOf, tableText, tooltips, values } from '../support/panelData'

const all = context()


describe('key projects', () => {
  const p = definedPanel('key_projects')

  it('draws the published amounts in 亿元, largest first, with the completed part', () => {
    const option = p.buildOption(all)
    expect(values(option, 0)).toEqual([100, 20, 5.64, 2, 0.6])
    expect((option.yAxis as { data: string[] }).data).toEqual(['牛郎山环球产业驿站', '未来易购跨境电商总部基地', '希尔顿逸林酒店', '弘阳家居', '世通智慧物流产业园'])
    expect(values(option, 1)).toEqual(['-', '-', 1.3, '-', '-'])
    expect((option.xAxis as { name: string }).name).toBe('亿元')
    expect(labels(option, 0)).toEqual(['100亿元', '20亿元', '5.64亿元\n已完成1.3亿元', '2亿元', '0.6亿元'])
    expect(tooltips(option, 0)[2]).toContain('已完成 1.3亿元（占23%，推算）')
    expect(tooltips(option, 0)[4]).toContain('报道为6000万元')
    expect(optionText(option)).toContain('另有 24 个项目未公布投资额')
  })

  it('never draws a project without a published amount; the table lists it as 未公布', () => {
    const option = p.buildOption(all)
    const drawn = (seriesOf(option)[0].data as { name: string }[]).map((item) => item.name)
    const unpublished = dataset.projects.filter((project) => project.totalInvestment === null)
    expect(unpublished.length).toBe(24)
    for (const project of unpublished) expect(drawn).not.toContain(project.name)
    const rows = tableText(p, all)
    for (const project of dataset.projects) {
      const row = rows.find((cells) => cells[0] === project.name)
      expect(row, project.name).toBeDefined()
      if (project.totalInvestment === null) expect(row![2]).toBe('未公布')
    }
    expect(rows.some((row) => row[2] === '0' || row[2].startsWith('0元'))).toBe(false)
    expect(rows.find((row) => row[0] === '世通智慧物流产业园')![2]).toBe('6000万元')
    expect(p.buildTable(all).rows.at(-1)![2]).toEqual({ text: '128.24亿元', derived: true })
  })

  it('re-totals for the chosen sectors and hides projects without a sector', () => {
    const commerce = context(['commerce_logistics'])
    const option = p.buildOption(commerce)
    expect(values(option, 0)).toEqual([2, 0.6])
    expect(sectorsOf(option, 0)).toEqual(['commerce_logistics', 'commerce_logistics'])
    expect(p.headline!(commerce)).toContain('2.6亿元（推算）')
    expect(tableText(p, commerce).map((row) => row[0])).not.toContain('牛郎山环球产业驿站')
  })

  it('marks the 其他 bar\'s sum as computed (推算) in its label, tooltip and the table\'s own row', () => {
    const template = dataset.projects.find((project) => project.totalInvestment !== null)!
    const extra: Project[] = Array.from({ length: MAX_BARS }, (_, index) => ({
      ...template,
      id: `extra_${index}`,
      name: `测试项目${index}`,
      totalInvestment: 1e8,
      completedInvestment: null,
    }))
    const ctx = { ...all, dataset: { ...dataset, projects: [...dataset.projects, ...extra] } }
    const option = p.buildOption(ctx)
    // The report's published projects plus MAX_BARS extra: as many as the report's fall past the top MAX_BARS.
    const rest = dataset.projects.filter((project) => project.totalInvestment !== null).length
    expect((option.yAxis as { data: string[] }).data.at(-1)).toBe(`其他（${rest}个）`)
    const others = labels(option, 0).at(-1)!
    expect(others).toMatch(/^[\d.]+亿元（推算）$/)
    expect(tooltips(option, 0).at(-1)).toContain(others)
    const row = p.buildTable(ctx).rows.find((cells) => cells[0].text.startsWith('其他'))!
    expect(row[0].text).toBe(`其他（${rest}个）合计`)
    expect(row[2]).toEqual({ text: others.replace('（推算）', ''), derived: true })
  })

  it('says so when the chosen sectors have projects but no published amount, and is empty without projects', () => {
    const industry = context(['industry'])
    expect(p.isEmpty!(industry)).toBe(false)
    const option = p.buildOption(industry)
    expect(seriesOf(option)).toHaveLength(0)
    expect(optionText(option)).toContain('所选产业的 6 个项目均未公布投资额')
    expect(tableText(p, industry)).toHaveLength(6)
    expect(p.isEmpty!(context(['modern_agriculture']))).toBe(true)
  })
})
