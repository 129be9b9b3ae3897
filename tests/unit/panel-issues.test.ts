/**
 * One bad figure as a clerk meets it: the message names the figure and its place in the file in words,
 * and only the panels showing that figure report it.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'
import { checkAll } from '../../src/data/validate'
import { describeIssue } from '../../src/data/issue'
import { issuesOfPanel } from '../../src/data/panelIssues'
import { PANELS } from '../../src/layouts/pages'
import { sectorRows } from '../../src/panels/kinds/project-sectors'
import { contextOf, dataset } from '../support/panelData'

const DATA = join(__dirname, '../fixtures/small')
const NAMES = Object.keys(DATA_FILES) as DataFileName[]
const original = Object.fromEntries(NAMES.map((name) => [name, readFileSync(join(DATA, name), 'utf8')])) as Record<DataFileName, string>

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON to break it
function withEdit(name: DataFileName, edit: (json: any) => void): Record<DataFileName, string> {
  const json = JSON.parse(original[name])
  edit(json)
  return { ...original, [name]: JSON.stringify(json) }
}

function withValue(indicator: string, field: string, value: unknown) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return withEdit('values.json', (json) => (json.values.find((item: any) => item.indicator === indicator)[field] = value))
}

/** Ids of the panels that report a problem, for these files. */
function reporting(texts: Record<DataFileName, string | { error: string }>): string[] {
  const { issues } = checkAll(texts)
  return PANELS.filter((panel) => issuesOfPanel(issues, panel.reads, panel.indicators).length > 0).map((panel) => panel.id)
}

describe('one bad figure', () => {
  const texts = withValue('gdp', 'value', '11.39亿')

  it('is said in words: the figure by name, what was expected, what was found, its place in the file', () => {
    const issues = checkAll(texts).issues['values.json']
    expect(issues.map(describeIssue)).toEqual(['「地区生产总值」的数值应为数字，实际为“11.39亿”（values.json 第 1 项）'])
  })

  it('is reported only by the panels that show GDP, not by every panel reading values.json', () => {
    const showing = PANELS.filter((panel) => panel.indicators.includes('gdp')).map((panel) => panel.id)
    expect(showing).toContain('gdp')
    expect(showing).toContain('headline')
    expect(reporting(texts)).toEqual(showing)
    for (const id of ['fiscal-revenue', 'investment', 'income']) expect(reporting(texts)).not.toContain(id)
  })

  it('keeps every other value of the file', () => {
    const { partial } = checkAll(texts)
    expect(partial.values?.map((item) => item.indicator)).not.toContain('gdp')
    expect(partial.values).toHaveLength(JSON.parse(original['values.json']).values.length - 1)
  })

  it('that lacks a field says it is missing, by name', () => {
    const lines = checkAll(withEdit('values.json', (json) => delete json.values[2].source)).issues['values.json'].map(describeIssue)
    const name = JSON.parse(original['indicators.json']).indicators.find((item: { id: string }) => item.id === JSON.parse(original['values.json']).values[2].indicator).name
    expect(lines).toEqual([`「${name}」缺少来源（values.json 第 3 项）`])
  })
})

describe('a whole file', () => {
  it('that could not be read is reported by every panel reading it, in its own words', () => {
    const { issues } = checkAll({ ...original, 'values.json': { error: '读取超时（10 秒无响应）' } })
    expect(issues['values.json'].map(describeIssue)).toEqual(['values.json：读取超时（10 秒无响应）'])
    const readers = PANELS.filter((panel) => panel.reads.includes('values.json')).map((panel) => panel.id)
    expect(reporting({ ...original, 'values.json': { error: '读取超时（10 秒无响应）' } })).toEqual(readers)
  })

  it('nested 200,000 levels deep is reported as an error, not thrown', () => {
    const deep = `{"values":${'['.repeat(200_000)}${']'.repeat(200_000)}}`
    const { issues } = checkAll({ ...original, 'values.json': deep })
    expect(issues['values.json'].map(describeIssue)).toEqual(['values.json：应为层次正常的 JSON，实际为 嵌套层数过多，无法检查'])
  })
})

describe('without the sector list', () => {
  it('重点项目产业分布 counts each sector id once, every project once', () => {
    const ctx = contextOf({ ...dataset, sectors: [] })
    const rows = sectorRows(ctx, ctx.dataset.projects)
    const ids = rows.map((row) => row.sector)
    expect(new Set(ids).size).toBe(ids.length)
    expect(rows.reduce((sum, row) => sum + row.projects.length, 0)).toBe(dataset.projects.length)
    expect(rows.length).toBeLessThan(dataset.projects.length)
  })
})

describe('a forbidden key in an item', () => {
  it('is named as the key found, never as an object', () => {
    const text = original['sectors.json'].replace('"id"', '"__proto__": {"polluted": "yes"}, "id"')
    const lines = checkAll({ ...original, 'sectors.json': text }).issues['sectors.json'].map(describeIssue)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^「[^」]+」的__proto__应为普通字段名（不允许 __proto__、constructor、prototype），实际为 字段 "__proto__"（sectors\.json 第 1 项）$/)
  })
})

describe('problem messages in words a clerk reads', () => {
  const base = { file: 'data/values.json', expected: '数字', got: '"11.39亿"' }
  it('names the figure, the field and the place in the file; a whole-file problem names the file', () => {
    expect(describeIssue({ ...base, path: 'values[0].value', index: 0, label: '地区生产总值' })).toBe('「地区生产总值」的数值应为数字，实际为“11.39亿”（values.json 第 1 项）')
    expect(describeIssue({ ...base, path: 'values[2].value', index: 2 })).toBe('该项的数值应为数字，实际为“11.39亿”（values.json 第 3 项）')
    expect(describeIssue({ ...base, path: 'values[2].source', index: 2, got: '缺少该字段', label: 'GDP' })).toBe('「GDP」缺少来源（values.json 第 3 项）')
    expect(describeIssue({ ...base, path: 'values', got: '对象' })).toBe('values.json 中 values：应为数字，实际为 对象')
    expect(describeIssue({ ...base, path: '', expected: '可读取的数据文件', got: '读取超时（10 秒无响应）' })).toBe('values.json：读取超时（10 秒无响应）')
    // A key that names a prototype property is shown as written, not as "[object Object]".
    expect(describeIssue({ ...base, path: 'values[0].__proto__', index: 0 })).toContain('的__proto__应为数字')
  })
})
