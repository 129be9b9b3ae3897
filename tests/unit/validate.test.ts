/**
 * The data check as a clerk meets it: the bundled data passes, and each kind of mistake is rejected with
 * a message naming the file, the path, what was expected and what was found.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'
import { checkAll, checkFileText, formatIssue } from '../../src/data/validate'

const DATA = join(__dirname, '../../data')
const NAMES = Object.keys(DATA_FILES) as DataFileName[]
const original = Object.fromEntries(NAMES.map((name) => [name, readFileSync(join(DATA, name), 'utf8')])) as Record<DataFileName, string>

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON to break it
type Json = Record<string, any>

/** The bundled data with one file's parsed JSON changed by `edit`. */
function withEdit(name: DataFileName, edit: (json: Json) => void): Record<DataFileName, string> {
  const json = JSON.parse(original[name])
  edit(json)
  return { ...original, [name]: JSON.stringify(json) }
}

function messages(texts: Record<DataFileName, string | { error: string }>): string[] {
  return Object.values(checkAll(texts).issues).flat().map(formatIssue)
}

describe('the bundled data', () => {
  it('passes every check', () => {
    expect(messages(original)).toEqual([])
  })

  it('gives every figure an id, a value, a unit, a period and the phrase it came from', () => {
    const { values } = checkAll(original)
    expect(values.indicators!.length).toBeGreaterThanOrEqual(45)
    for (const item of values.indicators!) {
      expect(item.id).toMatch(/^[a-z]/)
      expect(Number.isFinite(item.value)).toBe(true)
      expect(item.displayUnit.length).toBeGreaterThan(0)
      expect(item.period).toMatch(/^2022-/)
      expect(item.source.length).toBeGreaterThan(4)
      // The source phrase carries the figure as the report wrote it.
      expect(item.source).toMatch(/\d|[一二三四五六七八九十]/)
    }
  })

  it('keeps the report’s headline figures in base units', () => {
    const { values } = checkAll(original)
    const value = (id: string) => values.indicators!.find((item) => item.id === id)?.value
    expect(value('gdp')).toBe(1_139_000_000)
    expect(value('gdp_growth')).toBe(6.8)
    expect(value('fiscal_revenue')).toBe(10_130_000)
    expect(value('fixed_asset_investment_growth')).toBe(104.2)
    expect(value('disposable_income_per_capita')).toBe(5507)
    expect(value('four_above_enterprises_total')).toBe(79)
    expect(value('villages_income_over_200k_share')).toBe(88.9)
  })

  it('flags "余" figures as lower bounds and never guesses a project’s investment', () => {
    const { values } = checkAll(original)
    const lower = values.indicators!.filter((item) => item.lowerBound).map((item) => item.id)
    expect(lower).toEqual(
      expect.arrayContaining(['special_supervisions', 'agricultural_leading_enterprises', 'ecommerce_enterprises_and_shops', 'expected_new_residents']),
    )
    const hilton = values.projects!.find((item) => item.id === 'hilton_doubletree_hotel')!
    expect([hilton.totalInvestment, hilton.completedInvestment]).toEqual([564_000_000, 130_000_000])
    const unnamed = values.projects!.filter((item) => item.totalInvestment === null)
    expect(unnamed.length).toBeGreaterThan(10)
    expect(values.projects!.find((item) => item.id === 'harbin_yuepu')!.sector).toBeNull()
  })
})

describe('a broken data file', () => {
  it('names a value of the wrong type', () => {
    const texts = withEdit('indicators.json', (json) => {
      json.indicators[3].value = '11.39亿'
    })
    expect(messages(texts)).toEqual(['data/indicators.json: indicators[3].value: 应为数字，实际为 "11.39亿"'])
  })

  it('gives line and column of invalid JSON', () => {
    const texts = { ...original, 'sectors.json': '{\n  "sectors": [\n    {"id": "x",}\n  ]\n}' }
    expect(messages(texts)).toEqual(['data/sectors.json: 应为合法的 JSON，实际为 第 3 行第 16 列处有语法错误'])
  })

  it('reports truncated JSON at the end of the file', () => {
    const texts = { ...original, 'projects.json': original['projects.json'].slice(0, 200) }
    expect(messages(texts)[0]).toMatch(/^data\/projects\.json: 应为合法的 JSON，实际为 第 \d+ 行第 \d+ 列/)
  })

  it('reports a missing file', () => {
    expect(messages({ ...original, 'meta.json': { error: '文件不存在（HTTP 404）' } })).toEqual([
      'data/meta.json: 应为可读取的数据文件，实际为 文件不存在（HTTP 404）',
    ])
  })

  it('reports missing and extra fields', () => {
    const texts = withEdit('projects.json', (json) => {
      delete json.projects[0].status
      json.projects[1].owner = '某公司'
    })
    const found = messages(texts)
    expect(found).toEqual([
      'data/projects.json: projects[0].status: 应为必填字段 "status"，实际为 缺少该字段',
      'data/projects.json: projects[1].owner: 应为无此字段（不允许多余字段，请删除或改正字段名），实际为 多余字段 "owner"',
    ])
  })

  it('rejects Infinity, negative counts, absurd values and shares above 100%', () => {
    const texts = { ...original, 'indicators.json': original['indicators.json'].replace('"value": 1139000000', '"value": 1e999') }
    expect(messages(texts)).toEqual(['data/indicators.json: indicators[0].value: 应为有限的数字，实际为 Infinity'])
    const edits: [number, number, string][] = [
      [11, -3, '0 到 10000000000000 之间的数值'],
      [0, 1e300, '0 到 10000000000000 之间的数值'],
      [23, 120, '0 到 100 之间的占比'],
    ]
    for (const [index, value, expected] of edits) {
      const found = messages(withEdit('indicators.json', (json) => (json.indicators[index].value = value)))
      expect(found).toEqual([`data/indicators.json: indicators[${index}].value: 应为${expected}，实际为 ${value}`])
    }
  })

  it('accepts growth above 100% (fixed-asset investment grew 104.2%)', () => {
    expect(messages(withEdit('indicators.json', (json) => (json.indicators[5].value = 250)))).toEqual([])
  })

  it('rejects an unknown sector and a duplicate id', () => {
    const texts = withEdit('projects.json', (json) => {
      json.projects[2].sector = 'mining'
      json.projects[4].id = json.projects[0].id
    })
    const found = messages(texts)
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[2\]\.sector: 应为已在 data\/sectors\.json 中定义的产业.*实际为 "mining"$/))
    expect(found).toContain(`data/projects.json: projects[4].id: 应为唯一的标识，实际为 "huaihai_digital_valley"（与 projects[0] 重复）`)
  })

  it('rejects __proto__ and constructor keys without touching Object.prototype', () => {
    const text = original['meta.json'].replace('"town"', '"__proto__": {"polluted": true}, "constructor": {"x": 1}, "town"')
    const found = messages({ ...original, 'meta.json': text })
    expect(found).toContainEqual(expect.stringMatching(/^data\/meta\.json: __proto__: 应为普通字段名/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/meta\.json: constructor: 应为普通字段名/))
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects null where a list is expected and an empty list', () => {
    expect(messages(withEdit('projects.json', (json) => (json.projects = null)))).toEqual(['data/projects.json: projects: 应为数组，实际为 null'])
    expect(messages(withEdit('sectors.json', (json) => (json.sectors = [])))).toEqual(['data/sectors.json: sectors: 应为非空数组，实际为 数组（0 项）'])
  })

  it('accepts a UTF-8 byte-order mark', () => {
    expect(checkFileText('meta.json', `\uFEFF${original['meta.json']}`).ok).toBe(true)
  })

  it('keeps the other files when one is broken', () => {
    const { values } = checkAll({ ...original, 'projects.json': '{' })
    expect(values.projects).toBeUndefined()
    expect(values.indicators?.length).toBeGreaterThan(0)
  })

  it('keeps the rest of a file when only some items fail a check across files', () => {
    const texts = withEdit('projects.json', (json) => {
      json.projects[2].sector = 'mining'
    })
    const { values, partial, issues } = checkAll(texts)
    expect(values.projects).toBeUndefined()
    expect(issues['projects.json']).toHaveLength(1)
    expect(partial.projects).toHaveLength(28)
    expect(partial.projects!.some((item) => item.sector === 'mining')).toBe(false)
  })

  it('checks the items it keeps from a half-broken file across files too, naming their real place', () => {
    const texts = withEdit('projects.json', (json) => {
      json.projects[0].status = 'dreaming'
      json.projects[5].sector = 'mining'
      json.projects[7].id = json.projects[6].id
    })
    const found = messages(texts)
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[0\]\.status: 应为以下之一/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[5\]\.sector: .*实际为 "mining"$/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[7\]\.id: 应为唯一的标识.*与 projects\[6\] 重复/))
    const { partial } = checkAll(texts)
    expect(partial.projects).toHaveLength(26)
  })
})

