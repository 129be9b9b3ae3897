/**
 * The 重点项目 kind and the ageing it shares with 项目分布: projects unreported for `staleAfter` editions
 * (default 12) leave the chart for the table's 往期项目; a carried project names its own as-of once; the
 * header is one line however many editions the projects come from; the chart draws the top 15 by
 * investment and writes the rest as one computed sum (其余 x 个 … 推算), fewer bars at the room's text size.
 */
import { describe, expect, it } from 'vitest'
import { dashboardIssues, type DashboardFile } from '../../src/data/dashboardSchema'
import { barsFor, keyProjectsKind, MAX_BARS, rankInvestments } from '../../src/panels/kinds/key-projects'
import { DEFAULT_STALE_AFTER, editionsUnreported, projectAsOf, projectsPeriod, splitByAge } from '../../src/panels/projects'
import type { PanelOptions } from '../../src/data/dashboardSchema'
import { agedDataset, type AgedSpec } from '../support/agedProjects'
import { contextOf, labels, optionText, tooltips, values } from '../support/panelData'

const YI = 1e8
const panelOf = (options: PanelOptions = {}) => keyProjectsKind.build({ id: 'key_projects', title: '重点项目投资', kind: '重点项目', indicators: [], options })

describe('ageing of projects', () => {
  const data = agedDataset([0, 1, 11, 12, 30].map((age) => ({ age, total: YI })))

  it('counts the editions a project has gone unreported, and moves it to 往期 at 12 by default', () => {
    expect(data.projects.map((project) => editionsUnreported(data, project))).toEqual([0, 1, 11, 12, 30])
    expect(DEFAULT_STALE_AFTER).toBe(12)
    const { current, past } = splitByAge(data, data.projects, DEFAULT_STALE_AFTER)
    expect(current.map((project) => project.name)).toEqual(['测试项目1', '测试项目2', '测试项目3'])
    expect(past.map((project) => project.name)).toEqual(['测试项目4', '测试项目5'])
    expect(splitByAge(data, data.projects, 2).current).toHaveLength(2)
  })

  it('names a carried project\'s own edition once (截至2021年1-6月), the shown edition\'s as 截至报道时', () => {
    expect(data.projects.map(projectAsOf)).toEqual(['截至报道时', '截至2022年1-4月', '截至2021年1-6月', '截至2021年1-5月', '截至2019年1-11月'])
  })

  it('writes the header as one line: the shown edition\'s as-of and the carried ones as a count and a range', () => {
    const { current, past } = splitByAge(data, data.projects, 40)
    const line = projectsPeriod(data, current, past)
    expect(line).toBe('截至报道时；另 4 个沿用往期报道（截至2019年1-11月至2022年1-4月）')
    expect(line).not.toContain('报告期数据')
    // 60 editions of carried projects still give one line.
    const many = agedDataset(Array.from({ length: 60 }, (_, age) => ({ age, total: YI })), 60)
    expect(projectsPeriod(many, many.projects, []).split('；')).toHaveLength(2)
  })
})

describe('top 15 and 其余', () => {
  const specs: AgedSpec[] = Array.from({ length: 40 }, (_, i) => ({ age: 0, total: i === 7 ? null : (i + 1) * YI, completed: i === 39 ? 10 * YI : null }))
  const data = agedDataset(specs)
  const ctx = contextOf(data)

  it('ranks the published totals, keeps the top 15 and counts and sums the rest', () => {
    const { invested, drawn } = rankInvestments(splitByAge(data, data.projects, 12))
    expect(invested).toHaveLength(39)
    expect(drawn.top.map((project) => project.totalInvestment! / YI)).toEqual(Array.from({ length: MAX_BARS }, (_, i) => 40 - i))
    // 1..25 without the unpublished 8th: 325 - 8.
    expect(drawn.rest).toEqual({ count: 24, value: 317 * YI })
  })

  it('draws 15 bars, largest first, and writes the rest as one computed sum under the chart', () => {
    const option = panelOf().buildOption(ctx)
    expect(values(option, 0)).toEqual(Array.from({ length: 15 }, (_, i) => 40 - i))
    expect((option.yAxis as { data: string[] }).data).toHaveLength(15)
    expect(optionText(option)).toContain('其余 24 个合计317亿元（推算）')
    expect(optionText(option)).toContain('另有 1 个项目未公布投资额')
    expect(labels(option, 0)[0]).toBe('40亿元 已完成10亿元')
    // One line per label: sixteen rows never stack two-line labels into each other.
    for (const label of labels(option, 0)) expect(label).not.toContain('\n')
  })

  it('draws fewer bars as the room\'s text grows, and the table sums the same 其余', () => {
    expect(barsFor(1)).toBe(15)
    expect(barsFor(2.5)).toBe(6)
    expect(barsFor(10)).toBe(5)
    const room = contextOf(data, [], 'dark', 2.5)
    const option = panelOf().buildOption(room)
    expect(values(option, 0)).toHaveLength(6)
    expect(optionText(option)).toContain('其余 33 个合计')
    const sums = panelOf().buildTable(room).rows.filter((row) => row[0].text.startsWith('其余'))
    expect(sums.map((row) => row[0].text)).toEqual(['其余 33 个合计'])
    // 1..40 without the unpublished 8 and the six drawn (35..40).
    expect(sums[0][2]).toEqual({ text: `${820 - 8 - 225}亿元`, derived: true })
  })

  it('gives every table row, the sums too, one cell per column', () => {
    const table = panelOf().buildTable(ctx)
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length)
    expect(table.sums).toBe(2)
  })

  it('stays bounded at 2,000 projects: 15 bars, one line each, the rest summed', () => {
    const big = agedDataset(Array.from({ length: 2000 }, (_, i) => ({ age: i % 30, total: ((i * 7919) % 2000) * 1e6 + 1e6 })))
    const option = panelOf().buildOption(contextOf(big))
    expect(values(option, 0)).toHaveLength(15)
    expect((option.yAxis as { axisLabel: { interval: number } }).axisLabel.interval).toBe(0)
    expect(optionText(option)).toMatch(/其余 \d+ 个合计[\d.]+亿元（推算）/)
    expect(optionText(option)).toMatch(/往期项目 \d+ 个（12 期以上未报道）不计入/)
  })
})

describe('往期项目 in the key-projects panel', () => {
  const data = agedDataset([
    { age: 0, total: 5 * YI },
    { age: 3, total: 3 * YI },
    { age: 12, total: 50 * YI },
    { age: 20, total: null },
  ])
  const ctx = contextOf(data)

  it('leave the chart, the headline and the sums, and stay in the table under their own line', () => {
    const panel = panelOf()
    const option = panel.buildOption(ctx)
    expect(values(option, 0)).toEqual([5, 3])
    expect(panel.headline!(ctx)).toBe('公布投资额的 2 个项目合计 8亿元（推算）')
    const rows = panel.buildTable(ctx).rows.map((row) => row.map((cell) => cell.text))
    const heading = rows.findIndex((row) => row[0].startsWith('往期项目'))
    expect(rows[heading][0]).toBe('往期项目（2 个：连续 12 期以上未报道，不计入图表和合计）')
    expect(rows.slice(heading + 1, heading + 3).map((row) => [row[0], row[5]])).toEqual([
      ['测试项目3', '截至2021年1-5月'],
      ['测试项目4', '截至2020年1-9月'],
    ])
    expect(rows.at(-1)).toEqual(['公布投资额的 2 个项目合计', '', '8亿元', '', '', '', '推算：各项目总投资之和（不含往期项目）'])
  })

  it('names each project\'s as-of once in its tooltip, and the header in one line', () => {
    const panel = panelOf()
    const option = panel.buildOption(ctx)
    expect(tooltips(option, 0)[1]).toContain('期间：截至2022年1-2月')
    expect(panel.period(ctx)).toBe('截至报道时；另 1 个沿用往期报道（截至2022年1-2月）')
  })

  it('follows the panel\'s staleAfter option', () => {
    const panel = panelOf({ staleAfter: 3 })
    expect(values(panel.buildOption(ctx), 0)).toEqual([5])
    expect(panel.buildTable(ctx).rows.some((row) => row[0].text.startsWith('往期项目（3 个：连续 3 期以上'))).toBe(true)
    expect(values(panelOf({ staleAfter: 30 }).buildOption(ctx), 0)).toEqual([50, 5, 3])
  })

  it('says so when every project is 往期', () => {
    const old = agedDataset([{ age: 15, total: YI }])
    expect(optionText(panelOf().buildOption(contextOf(old)))).toContain('近 12 期没有报道的项目')
  })
})

describe('staleAfter in the dashboard definition', () => {
  const definition = (staleAfter: unknown): DashboardFile => ({
    pages: [{ id: 'projects', title: '项目建设', order: 1 }],
    panels: [{ id: 'key_projects', title: '重点项目投资', kind: '重点项目', indicators: [], page: 'projects', position: 'auto', options: { staleAfter } as PanelOptions }],
  })

  it('takes a whole number of editions, and names the place, the expectation and the value otherwise', () => {
    expect(dashboardIssues(definition(6), new Set())).toEqual([])
    for (const bad of [0, 2.5, '12'] as const) {
      const issues = dashboardIssues(definition(bad), new Set())
      expect(issues, String(bad)).toEqual([
        expect.objectContaining({ file: 'data/dashboard.json', path: 'panels[0].options.staleAfter', expected: '正整数（项目连续多少期未报道后移入往期项目，默认 12）', got: JSON.stringify(bad) }),
      ])
    }
  })
})
