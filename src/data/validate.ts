/**
 * Turns the raw text of the data files into a checked dataset, or into problems a clerk can act on:
 * file, JSON path, what was expected, what was found, in Chinese. Pure: no fetch, no DOM, no Vue, so the
 * browser and the command line (`npm run check:data`) give the very same messages.
 */
import * as v from 'valibot'
import {
  DATA_FILES,
  IndicatorSchema,
  ProjectSchema,
  SectorSchema,
  type DataFileName,
  type Dataset,
  type Indicator,
  type Project,
  type Sector,
} from './schema'

export interface DataIssue {
  /** e.g. `data/indicators.json` */
  file: string
  /** JSON path such as `indicators[3].value`; empty for the whole file. */
  path: string
  /** What was expected, in Chinese. */
  expected: string
  /** What was found, in Chinese or as a short JSON excerpt. */
  got: string
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] }

/** Keys that could reach an object's prototype if data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function filePath(name: string): string {
  return `data/${name}`
}

export function formatIssue(issue: DataIssue): string {
  const where = issue.path ? `${issue.file}: ${issue.path}` : issue.file
  return `${where}: 应为${issue.expected}，实际为 ${issue.got}`
}

/** A short, human description of a JSON value for "实际为 ...". */
export function describeValue(value: unknown): string {
  if (value === undefined) return '（缺少该字段）'
  if (value === null) return 'null'
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return `数组（${value.length} 项）`
  if (typeof value === 'object') return '对象'
  return typeof value
}

function pathToString(keys: readonly PropertyKey[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return { line, column }
}

/** Parse JSON text; a UTF-8 byte-order mark is accepted and ignored. */
export function parseJson(file: string, text: string): FileResult<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, issues: [{ file, path: '', expected: 'JSON 内容', got: '空文件' }] }
  try {
    return { ok: true, value: JSON.parse(body) as unknown }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const lineCol = /line (\d+) column (\d+)/.exec(message)
    const position = /position (\d+)/.exec(message)
    let where = ''
    if (lineCol) where = `第 ${lineCol[1]} 行第 ${lineCol[2]} 列`
    else if (position) {
      const { line, column } = lineAndColumn(body, Number(position[1]))
      where = `第 ${line} 行第 ${column} 列`
    } else {
      const end = lineAndColumn(body, body.length)
      where = `第 ${end.line} 行第 ${end.column} 列（文件意外结束）`
    }
    return {
      ok: false,
      issues: [{ file, path: '', expected: '合法的 JSON', got: `${where}处有语法错误` }],
    }
  }
}

/** Every key named `__proto__`, `constructor` or `prototype`, anywhere in the document. */
export function findForbiddenKeys(file: string, value: unknown): DataIssue[] {
  const issues: DataIssue[] = []
  const walk = (node: unknown, keys: PropertyKey[]) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...keys, index]))
    else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const child = (node as Record<string, unknown>)[key]
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ file, path: pathToString([...keys, key]), expected: '普通字段名（不允许 __proto__、constructor、prototype）', got: `字段 ${JSON.stringify(key)}` })
        } else walk(child, [...keys, key])
      }
    }
  }
  walk(value, [])
  return issues
}

function expectedOf(issue: v.BaseIssue<unknown>): string {
  switch (issue.type) {
    case 'number':
      return '数字'
    case 'string':
      return '文本'
    case 'boolean':
      return 'true 或 false'
    case 'array':
      return '数组'
    case 'strict_object':
      return '对象'
    case 'picklist':
      return `以下之一：${issue.expected ?? ''}`
    case 'finite':
      return '有限的数字'
    case 'min_value':
      return `不小于 ${issue.requirement as number} 的数`
    case 'max_value':
      return `不大于 ${issue.requirement as number} 的数`
    case 'non_empty':
      return '非空文本'
    case 'min_length':
      return '非空数组'
    default:
      // regex and custom checks carry their own Chinese message.
      return issue.message
  }
}

/** Validate one parsed file against its schema. */
export function validateFile<N extends DataFileName>(
  name: N,
  value: unknown,
): FileResult<v.InferOutput<(typeof DATA_FILES)[N]>> {
  const file = filePath(name)
  const forbidden = findForbiddenKeys(file, value)
  if (forbidden.length) return { ok: false, issues: forbidden }
  const result = v.safeParse(DATA_FILES[name], value)
  if (result.success) return { ok: true, value: result.output as v.InferOutput<(typeof DATA_FILES)[N]> }
  const issues = result.issues.map((issue): DataIssue => {
    const keys = (issue.path ?? []).map((item) => item.key as PropertyKey)
    const path = pathToString(keys)
    if (issue.type === 'strict_object' && issue.expected === 'never')
      return { file, path, expected: '无此字段（不允许多余字段，请删除或改正字段名）', got: `多余字段 ${JSON.stringify(keys.at(-1))}` }
    if (issue.type === 'strict_object' && issue.input === undefined)
      return { file, path, expected: `必填字段 ${JSON.stringify(keys.at(-1))}`, got: '缺少该字段' }
    return { file, path, expected: expectedOf(issue), got: describeValue(issue.input) }
  })
  return { ok: false, issues: dedupe(issues) }
}

/** A nullable field that is wrong reports twice in valibot (as type and as null); keep one line each. */
function dedupe(issues: DataIssue[]): DataIssue[] {
  const seen = new Set<string>()
  return issues.filter((issue) => {
    const key = `${issue.path}|${issue.got}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Parse and validate one file's text. */
export function checkFileText<N extends DataFileName>(
  name: N,
  text: string,
): FileResult<v.InferOutput<(typeof DATA_FILES)[N]>> {
  const parsed = parseJson(filePath(name), text)
  if (!parsed.ok) return parsed
  return validateFile(name, parsed.value)
}

function duplicateIds(file: string, listName: string, items: readonly { id: string }[]): DataIssue[] {
  const first = new Map<string, number>()
  const issues: DataIssue[] = []
  items.forEach((item, index) => {
    const seen = first.get(item.id)
    if (seen === undefined) first.set(item.id, index)
    else
      issues.push({
        file,
        path: `${listName}[${index}].id`,
        expected: '唯一的标识',
        got: `${JSON.stringify(item.id)}（与 ${listName}[${seen}] 重复）`,
      })
  })
  return issues
}

/** Checks that span files: unique ids, known sectors, references between figures. */
export function crossCheck(parts: {
  sectors?: Sector[]
  indicators?: Indicator[]
  projects?: Project[]
}): Record<'sectors.json' | 'indicators.json' | 'projects.json', DataIssue[]> {
  const out = { 'sectors.json': [] as DataIssue[], 'indicators.json': [] as DataIssue[], 'projects.json': [] as DataIssue[] }
  const sectorIds = new Set((parts.sectors ?? []).map((sector) => sector.id))
  const unknownSector = (file: string, path: string, id: string): DataIssue => ({
    file,
    path,
    expected: `已在 data/sectors.json 中定义的产业（${[...sectorIds].join('、')}）或 null`,
    got: JSON.stringify(id),
  })
  if (parts.sectors) {
    const file = filePath('sectors.json')
    out['sectors.json'].push(...duplicateIds(file, 'sectors', parts.sectors))
    parts.sectors.forEach((sector, index) => {
      if (sector.parent !== null && (!sectorIds.has(sector.parent) || sector.parent === sector.id))
        out['sectors.json'].push(unknownSector(file, `sectors[${index}].parent`, sector.parent))
    })
  }
  if (parts.indicators) {
    const file = filePath('indicators.json')
    const ids = new Set(parts.indicators.map((item) => item.id))
    out['indicators.json'].push(...duplicateIds(file, 'indicators', parts.indicators))
    parts.indicators.forEach((item, index) => {
      if (parts.sectors && item.sector !== null && !sectorIds.has(item.sector))
        out['indicators.json'].push(unknownSector(file, `indicators[${index}].sector`, item.sector))
      if (item.of !== null && !ids.has(item.of))
        out['indicators.json'].push({
          file,
          path: `indicators[${index}].of`,
          expected: '本文件中已有指标的 id',
          got: JSON.stringify(item.of),
        })
    })
  }
  if (parts.projects) {
    const file = filePath('projects.json')
    out['projects.json'].push(...duplicateIds(file, 'projects', parts.projects))
    parts.projects.forEach((item, index) => {
      if (parts.sectors && item.sector !== null && !sectorIds.has(item.sector))
        out['projects.json'].push(unknownSector(file, `projects[${index}].sector`, item.sector))
      if (item.totalInvestment !== null && item.completedInvestment !== null && item.completedInvestment > item.totalInvestment)
        out['projects.json'].push({
          file,
          path: `projects[${index}].completedInvestment`,
          expected: `不大于总投资 ${item.totalInvestment} 元`,
          got: String(item.completedInvestment),
        })
    })
  }
  return out
}

export interface CheckedFiles {
  /** Each file's value where it is valid, including the checks that span files. */
  values: Partial<Dataset>
  /**
   * For a list file that fails only in some items: the items that pass on their own. Used when no good
   * copy of the file was ever read, so one bad figure breaks only the panels that show it.
   */
  partial: Partial<Pick<Dataset, 'sectors' | 'indicators' | 'projects'>>
  /** Problems per file; an empty list means the file is good. */
  issues: Record<DataFileName, DataIssue[]>
}

/**
 * Check every data file from its text (null = the file could not be read, with `missingReason`).
 * A file is kept when it passes, even if another file fails: panels that do not read the broken file
 * keep working.
 */
export function checkAll(texts: Record<DataFileName, string | { error: string }>): CheckedFiles {
  const issues = {} as Record<DataFileName, DataIssue[]>
  const parsed: Partial<Dataset> = {}
  const partial: CheckedFiles['partial'] = {}
  for (const name of Object.keys(DATA_FILES) as DataFileName[]) {
    const text = texts[name]
    if (typeof text !== 'string') {
      issues[name] = [{ file: filePath(name), path: '', expected: '可读取的数据文件', got: text.error }]
      continue
    }
    const result = checkFileText(name, text)
    if (!result.ok) {
      issues[name] = result.issues
      if (name !== 'meta.json') {
        const items = validItems(name, text)
        if (items?.length) Object.assign(partial, { [name.replace('.json', '')]: items })
      }
      continue
    }
    issues[name] = []
    const value = result.value as Record<string, unknown>
    if (name === 'meta.json') parsed.meta = value as Dataset['meta']
    else Object.assign(parsed, value)
  }
  const cross = crossCheck(parsed)
  for (const name of ['sectors.json', 'indicators.json', 'projects.json'] as const) {
    if (cross[name].length) {
      issues[name] = cross[name]
      const key = name.replace('.json', '') as 'sectors' | 'indicators' | 'projects'
      delete parsed[key]
    }
  }
  return { values: parsed, partial, issues }
}

const ITEM_SCHEMAS = {
  'sectors.json': ['sectors', SectorSchema],
  'indicators.json': ['indicators', IndicatorSchema],
  'projects.json': ['projects', ProjectSchema],
} as const

/** The items of a list file that pass on their own, or undefined when the file's shape is wrong. */
function validItems(name: keyof typeof ITEM_SCHEMAS, text: string): unknown[] | undefined {
  const parsed = parseJson(filePath(name), text)
  if (!parsed.ok || findForbiddenKeys(filePath(name), parsed.value).length) return undefined
  const [key, schema] = ITEM_SCHEMAS[name]
  const list = (parsed.value as Record<string, unknown> | null)?.[key]
  if (!Array.isArray(list)) return undefined
  const ids = new Set<string>()
  return list.flatMap((item) => {
    const result = v.safeParse(schema, item)
    // A duplicate id is as broken as a malformed item: keep the first only.
    if (!result.success || ids.has(result.output.id)) return []
    ids.add(result.output.id)
    return [result.output]
  })
}
