/**
 * The data check as a clerk meets it: the bundled data passes, and each kind of mistake is rejected with
 * a message naming the file, the path, what was expected and what was found.
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'
import { checkAll, checkFileText, formatIssue } from '../../src/data/validate'
import { parsePeriod } from '../../src/data/period'

const DATA = join(__dirname, '../fixtures/small')
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

describe('a good data folder (the small fixture)', () => {
  it('passes every check', () => {
    expect(messages(original)).toEqual([])
  })

  it('gives every value an indicator, an edition, a period it can read and the phrase it came from', () => {
    const { values } = checkAll(original)
    expect(values.values!.length).toBe(values.indicators!.length)
    for (const item of values.values!) {
      expect(Number.isFinite(item.value)).toBe(true)
      expect(parsePeriod(item.period, 2022)).toBeDefined()
      expect(item.source.length).toBeGreaterThan(4)
    }
  })
})

describe('a broken data file', () => {
  it('names a value of the wrong type', () => {
    const texts = withEdit('values.json', (json) => {
      json.values[3].value = '11.39亿'
    })
    expect(messages(texts)).toEqual(['data/values.json: values[3].value: 应为数字，实际为 "11.39亿"'])
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
    const texts = { ...original, 'values.json': original['values.json'].replace('"value": 1139000000', '"value": 1e999') }
    expect(messages(texts)).toEqual(['data/values.json: values[0].value: 应为有限的数字，实际为 Infinity'])
    const edits: [number, number, string][] = [
      [11, -3, '0 到 10000000000000 之间的数值'],
      [0, 1e300, '0 到 10000000000000 之间的数值'],
      [23, 120, '0 到 100 之间的占比'],
    ]
    for (const [index, value, expected] of edits) {
      const found = messages(withEdit('values.json', (json) => (json.values[index].value = value)))
      expect(found).toEqual([`data/values.json: values[${index}].value: 应为${expected}，实际为 ${value}`])
    }
  })

  it('accepts growth above 100% (fixed-asset investment grew 104.2%)', () => {
    expect(messages(withEdit('values.json', (json) => (json.values[5].value = 250)))).toEqual([])
  })

  it('rejects an unknown sector and a duplicate id', () => {
    const texts = withEdit('projects.json', (json) => {
      json.projects[2].sector = 'mining'
      json.projects[4].id = json.projects[0].id
    })
    const found = messages(texts)
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[2\]\.sector: 应为已在 data\/sectors\.json 中定义的产业.*实际为 "mining"$/))
    expect(found).toContain(`data/projects.json: projects[4].id: 应为同一报告期内唯一的标识，实际为 "huaihai_digital_valley"（与 projects[0] 重复）`)
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
    expect(messages(withEdit('indicators.json', (json) => (json.indicators = [])))).toEqual(['data/indicators.json: indicators: 应为非空数组，实际为 数组（0 项）'])
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
      json.projects[8].sector = 'mining'
      json.projects[7].id = json.projects[6].id
    })
    const found = messages(texts)
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[0\]\.status: 应为以下之一/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[8\]\.sector: .*实际为 "mining"$/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/projects\.json: projects\[7\]\.id: 应为同一报告期内唯一的标识.*与 projects\[6\] 重复/))
    const { partial } = checkAll(texts)
    expect(partial.projects).toHaveLength(26)
  })

  it('names an unknown edition, a period it cannot read and a second value of an indicator in one edition', () => {
    const texts = withEdit('values.json', (json) => {
      json.values[0].edition = '2030-01'
      json.values[1].period = '2022-01/2022-05'
      json.values[2].period = '上半年'
      json.values[4] = { ...json.values[3] }
    })
    const found = messages(texts)
    expect(found).toContainEqual(expect.stringMatching(/^data\/values\.json: values\[0\]\.edition: 应为已在 data\/editions\.json 中定义的报告期（2022-05），实际为 "2030-01"$/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/values\.json: values\[1\]\.period: 应为期间，写法如 2022年1-5月.*实际为 "2022-01\/2022-05"$/))
    expect(found).toContainEqual(expect.stringMatching(/^data\/values\.json: values\[2\]\.period: 应为期间.*实际为 "上半年"$/))
    expect(found).toContain('data/values.json: values[4].indicator: 应为同一报告期内唯一的指标（每个指标每个报告期一个值），实际为 "fiscal_revenue_growth"（与 values[3] 重复）')
  })

  it('checks a value and its target against the measure of its indicator', () => {
    const texts = withEdit('values.json', (json) => {
      json.values[1].target = -150
      json.values[0].indicator = 'no_such_indicator'
    })
    const found = messages(texts)
    expect(found).toContain('data/values.json: values[1].target: 应为-100 到 10000 之间的增幅，实际为 -150')
    expect(found).toContain('data/values.json: values[0].indicator: 应为已在 data/indicators.json 中定义的指标编号，实际为 "no_such_indicator"')
  })

  it('asks how a sector and a status were attributed', () => {
    const projects = withEdit('projects.json', (json) => {
      json.projects[0].sectorBasis = null
      json.projects[1].statusBasis = 'unstated'
      json.projects[2].unit = '亿元'
    })
    const found = messages(projects)
    expect(found).toContain('data/projects.json: projects[0].sectorBasis: 应为stated（报道原文）或 assigned（按名称归类），实际为 null')
    expect(found).toContain('data/projects.json: projects[1].statusBasis: 应为stated 或 inferred（有状态时须说明来源），实际为 "unstated"')
    const indicators = withEdit('indicators.json', (json) => {
      json.indicators[1].unit = '亿元'
    })
    expect(messages(indicators)).toEqual(['data/indicators.json: indicators[1].unit: 应为%（增速和占比以百分数计），实际为 "亿元"'])
  })
})
