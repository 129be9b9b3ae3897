/**
 * Hardening as pure logic: long lists reduced to their top items plus 其他, the data check's answer to
 * the bad cases the browser tests also play (each with its exact message), a 100,000-item file checked
 * in reasonable time, and hostile text passing through every panel builder literally.
 */
// Time bounds in this file are generous guards against quadratic blow-ups on big data, not speed checks:
// on a loaded 2-core machine a linear pass can take seconds; npm run bench measures speed.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parse } from 'acorn'
import { join } from 'node:path'
import { DATA_FILES, type DataFileName, type DataFiles, type Dataset, type Project } from '../../src/data/schema'
import { checkAll, formatIssue } from '../../src/data/validate'
import { OTHERS_NAME, topN } from '../../src/panels/lists'
import { PANELS } from '../../src/layouts/pages'
import type { PanelContext } from '../../src/panels/types'
import { hostileTexts, IMG, JS_URL, SCRIPT } from '../fixtures/hostileData'
import { bigIndicatorsTexts, bigProjectsText } from '../fixtures/bigData'
import { resolveEdition } from '../../src/data/resolve'
import { optionText, panelText, seriesOf } from '../support/panelData'

const NAMES = Object.keys(DATA_FILES) as DataFileName[]
const original = Object.fromEntries(NAMES.map((name) => [name, readFileSync(join(__dirname, '../fixtures/small', name), 'utf8')])) as Record<DataFileName, string>

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests reach into arbitrary JSON to break it
type Json = any

function withEdit(name: DataFileName, edit: (json: Json) => void): Record<DataFileName, string> {
  const json = JSON.parse(original[name]) as Json
  edit(json)
  return { ...original, [name]: JSON.stringify(json) }
}

const messages = (texts: Record<DataFileName, string | { error: string }>) => Object.values(checkAll(texts).issues).flat().map(formatIssue)

function datasetOf(texts: Record<DataFileName, string>): Dataset {
  const { values, issues } = checkAll(texts)
  expect(Object.values(issues).flat()).toEqual([])
  return resolveEdition(values as DataFiles)
}

const contextOf = (dataset: Dataset): PanelContext => ({ dataset, sectors: new Set(), theme: 'dark', scale: 1 })

describe('topN', () => {
  const items = [
    { name: 'a', value: 5 },
    { name: 'b', value: 50 },
    { name: 'c', value: 5 },
    { name: 'd', value: 20 },
    { name: 'e', value: 1 },
  ]

  it('keeps a list that fits, largest first, ties in list order', () => {
    expect(topN(items, 5, (item) => item.value)).toEqual({ top: [items[1], items[3], items[0], items[2], items[4]], rest: undefined })
  })

  it('keeps the n largest and counts and sums the rest', () => {
    expect(topN(items, 2, (item) => item.value)).toEqual({ top: [items[1], items[3]], rest: { count: 3, value: 11 } })
  })

  it('ranks 100,000 items quickly', () => {
    const many = Array.from({ length: 100_000 }, (_, index) => ({ value: (index * 7919) % 100_003 }))
    const started = performance.now()
    const { top, rest } = topN(many, 10, (item) => item.value)
    expect(performance.now() - started).toBeLessThan(10_000)
    expect(top.map((item) => item.value)).toEqual([100_002, 100_001, 100_000, 99_999, 99_998, 99_997, 99_996, 99_995, 99_994, 99_993].map((value) => value))
    expect(rest?.count).toBe(99_990)
    expect((rest?.value ?? 0) + top.reduce((sum, item) => sum + item.value, 0)).toBe(many.reduce((sum, item) => sum + item.value, 0))
  })
})

describe('the data check on bad files (beyond tests/unit/validate.test.ts)', () => {
  it('rejects a file that is null, and a null where text is expected', () => {
    expect(messages({ ...original, 'meta.json': 'null' })).toEqual(['data/meta.json: 应为对象，实际为 null'])
    expect(messages(withEdit('meta.json', (json) => (json.title = null)))).toEqual(['data/meta.json: title: 应为文本，实际为 null'])
  })

  it('accepts an empty project list: a report may have no projects (projects.json is optional)', () => {
    expect(messages(withEdit('projects.json', (json) => (json.projects = [])))).toEqual([])
  })

  it('rejects a negative and an absurd investment', () => {
    expect(messages(withEdit('projects.json', (json) => (json.projects[0].totalInvestment = -5)))).toEqual([
      'data/projects.json: projects[0].totalInvestment: 应为不小于 0 的数，实际为 -5',
    ])
    expect(messages(withEdit('projects.json', (json) => (json.projects[0].totalInvestment = 1e300)))).toEqual([
      'data/projects.json: projects[0].totalInvestment: 应为不大于 10000000000000 的数，实际为 1e+300',
    ])
  })

  it('rejects __proto__ inside a list item and constructor at the top, leaving Object.prototype clean', () => {
    const sectors = original['sectors.json'].replace('"id"', '"__proto__": {"polluted": true}, "id"')
    const projects = original['projects.json'].replace('{', '{"constructor": {"prototype": {"polluted": true}},')
    const found = messages({ ...original, 'sectors.json': sectors, 'projects.json': projects })
    expect(found).toContain('data/sectors.json: sectors[0].__proto__: 应为普通字段名（不允许 __proto__、constructor、prototype），实际为 字段 "__proto__"')
    expect(found).toContain('data/projects.json: constructor: 应为普通字段名（不允许 __proto__、constructor、prototype），实际为 字段 "constructor"')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
  })

  it('rejects a duplicate indicator id', () => {
    const found = messages(withEdit('indicators.json', (json) => (json.indicators[1].id = json.indicators[0].id)))
    expect(found).toContain('data/indicators.json: indicators[1].id: 应为唯一的标识，实际为 "gdp"（与 indicators[0] 重复）')
    // The renamed indicator's value now names an indicator that no longer exists.
    expect(found).toContain('data/values.json: values[1].indicator: 应为已在 data/indicators.json 中定义的指标编号，实际为 "gdp_growth"')
  })

  it('accepts a byte-order mark on every file', () => {
    const withBom = Object.fromEntries(NAMES.map((name) => [name, `\uFEFF${original[name]}`])) as Record<DataFileName, string>
    expect(messages(withBom)).toEqual([])
  })

  it('accepts 100,000 projects and checks them within a few seconds', () => {
    const texts = { ...original, 'projects.json': bigProjectsText(100_000) }
    const started = performance.now()
    const { values, issues } = checkAll(texts)
    expect(performance.now() - started).toBeLessThan(30_000)
    expect(Object.values(issues).flat()).toEqual([])
    expect(values.projects).toHaveLength(100_000)
  })
})

describe('100,000 projects in the project panels', () => {
  const dataset = datasetOf({ ...original, 'projects.json': bigProjectsText(100_000) })
  const ctx = contextOf(dataset)
  const projectPanels = PANELS.filter((panel) => panel.reads.includes('projects.json'))

  it('every project panel draws a bounded number of items, whatever the list length', () => {
    expect(projectPanels.length).toBeGreaterThan(0)
    for (const panel of projectPanels) {
      const started = performance.now()
      const option = panel.buildOption(ctx)
      expect(performance.now() - started, panel.id).toBeLessThan(15_000)
      for (const series of seriesOf(option)) expect((series.data ?? []).length, `${panel.id} ${series.name}`).toBeLessThanOrEqual(50)
      // No text of the option (tooltips included) grows with the list.
      expect(optionText(option).length, panel.id).toBeLessThan(50_000)
    }
  })

  it('a chart that lists projects shows the top ones and writes the sum of the rest (其余)', () => {
    const panel = PANELS.find((item) => item.id === 'key_projects')!
    const option = panel.buildOption(ctx)
    const [total] = seriesOf(option)
    const data = (total.data ?? []) as { name: string; value: number }[]
    const others = new RegExp(`${OTHERS_NAME} \\d+ 个合计([\\d.]+)亿元（推算）`).exec(optionText(option))
    expect(others).not.toBeNull()
    const invested = dataset.projects.filter((project): project is Project & { totalInvestment: number } => project.totalInvestment !== null)
    const all = invested.reduce((sum, project) => sum + project.totalInvestment, 0) / 1e8
    const drawn = data.reduce((sum, item) => sum + item.value, 0) + Number(others![1])
    expect(drawn).toBeCloseTo(all, 0)
  })
})

describe('100,000 extra indicators', () => {
  it('are accepted, and every panel still builds quickly with a bounded option', { timeout: 30_000 }, () => {
    const dataset = datasetOf({ ...original, ...bigIndicatorsTexts(100_000) })
    const ctx = contextOf(dataset)
    for (const panel of PANELS) {
      const started = performance.now()
      const option = panel.buildOption(ctx)
      panel.headline?.(ctx)
      panel.source(ctx)
      panel.buildTable(ctx)
      expect(performance.now() - started, panel.id).toBeLessThan(15_000)
      expect(optionText(option).length, panel.id).toBeLessThan(50_000)
    }
  })
})

describe('hostile text through every panel builder', () => {
  const ctx = contextOf(datasetOf(hostileTexts()))

  it('comes out literally (never escaped or dropped) and every tooltip is plain text', () => {
    const all: string[] = []
    for (const panel of PANELS) {
      const text = panelText(panel, ctx)
      expect(text, panel.id).not.toMatch(/&lt;|&gt;|&quot;|&amp;/)
      all.push(text, panel.source(ctx))
      const tooltip = panel.buildOption(ctx).tooltip as { renderMode?: string } | undefined
      if (tooltip) expect(tooltip.renderMode, panel.id).toBe('richText')
    }
    const shown = all.join('\n')
    for (const payload of [IMG, SCRIPT, JS_URL]) expect(shown).toContain(payload)
  })
})

describe('the old-browser check', () => {
  it('is plain ES5, so that the browsers it is for can run it', () => {
    const source = readFileSync(join(__dirname, '../../public/legacy-check.js'), 'utf8')
    expect(() => parse(source, { ecmaVersion: 5 })).not.toThrow()
    expect(source).toContain('请使用 Chromium 87 或更新版本的浏览器')
  })
})
