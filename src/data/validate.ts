/**
 * Turns the raw text of the data files into a checked dataset, or into problems a clerk can act on:
 * file, JSON path, what was expected, what was found, in Chinese. Pure: no fetch, no DOM, no Vue, so the
 * browser and the command line (`npm run check:data`) give the very same messages.
 */
import * as v from 'valibot'
import { crossCheck, type CrossParts, type Entry, type ListName } from './crossCheck'
import { describeValue, filePath, MISSING_FIELD, READABLE, type DataIssue, type FileResult } from './issue'
import { dashboardIssues, type DashboardFile } from './dashboardSchema'
import {
  DATA_FILES,
  DATA_FILE_NAMES,
  EditionSchema,
  HonourSchema,
  IndicatorSchema,
  ProjectSchema,
  SectorSchema,
  UnitDeclarationSchema,
  ValueSchema,
  isOptionalFile,
  type DataFileName,
  type DataFiles,
} from './schema'
import { BY_YEAR_FILE, relocateIssues } from './split'

export { formatIssue, type DataIssue, type FileResult } from './issue'

/** Keys that could reach an object's prototype if data were ever merged into an object. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

function pathToString(keys: readonly PropertyKey[]): string {
  let out = ''
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out ? `.${String(key)}` : String(key)
  }
  return out
}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  const column = offset - before.lastIndexOf('\n')
  return { line, column }
}

/** Parse JSON text; a UTF-8 byte-order mark is accepted and ignored. */
export function parseJson(file: string, text: string): FileResult<unknown> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, issues: [{ file, path: '', expected: 'JSON 内容', got: '空文件' }] }
  // Read as UTF-8, a UTF-16 file starts with two undecodable bytes (its byte-order mark) and has a NUL
  // beside every ASCII character: an encoding problem, not a syntax error somewhere in the middle.
  if (/^\ufffd\ufffd|\u0000/.test(body.slice(0, 200)))
    return { ok: false, issues: [{ file, path: '', expected: 'UTF-8 编码的文本（请用记事本或 WPS 另存为“UTF-8”编码）', got: '其他编码（像是 UTF-16 / Unicode），无法读取' }] }
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
function findForbiddenKeys(file: string, value: unknown): DataIssue[] {
  const issues: DataIssue[] = []
  const walk = (node: unknown, keys: PropertyKey[]) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...keys, index]))
    else if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const child = (node as Record<string, unknown>)[key]
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({
            file,
            path: pathToString([...keys, key]),
            expected: '普通字段名（不允许 __proto__、constructor、prototype）',
            got: `字段 ${JSON.stringify(key)}`,
          })
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
function validateFile<N extends DataFileName>(name: N, value: unknown): FileResult<v.InferOutput<(typeof DATA_FILES)[N]['schema']>> {
  const file = filePath(name)
  const forbidden = findForbiddenKeys(file, value)
  if (forbidden.length) return { ok: false, issues: forbidden }
  const result = v.safeParse(DATA_FILES[name].schema, value)
  if (result.success) return { ok: true, value: result.output as v.InferOutput<(typeof DATA_FILES)[N]['schema']> }
  const issues = result.issues.map((issue): DataIssue => {
    const keys = (issue.path ?? []).map((item) => item.key as PropertyKey)
    const path = pathToString(keys)
    if (issue.type === 'strict_object' && issue.expected === 'never')
      return { file, path, expected: '无此字段（不允许多余字段，请删除或改正字段名）', got: `多余字段 ${JSON.stringify(keys.at(-1))}` }
    if (issue.type === 'strict_object' && issue.input === undefined)
      return { file, path, expected: `必填字段 ${JSON.stringify(keys.at(-1))}`, got: MISSING_FIELD }
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
export function checkFileText<N extends DataFileName>(name: N, text: string): FileResult<v.InferOutput<(typeof DATA_FILES)[N]['schema']>> {
  const parsed = parseJson(filePath(name), text)
  if (!parsed.ok) return parsed
  return guardedValidate(name, parsed.value)
}

/** validateFile, with a document nested too deep to walk (200,000 levels) reported instead of thrown. */
function guardedValidate<N extends DataFileName>(name: N, value: unknown): FileResult<v.InferOutput<(typeof DATA_FILES)[N]['schema']>> {
  try {
    return validateFile(name, value)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    return { ok: false, issues: [{ file: filePath(name), path: '', expected: '层次正常的 JSON', got: '嵌套层数过多，无法检查' }] }
  }
}

function entriesOf<T>(items: readonly T[]): Entry<T>[] {
  return items.map((item, index) => ({ index, item }))
}

export interface CheckedFiles {
  /** Each file's value where it is wholly valid, including the checks that span files. */
  values: Partial<DataFiles>
  /**
   * For a list file that fails only in some items: the items that pass every check on their own. Used
   * when no good copy of the file was ever read, so one bad figure breaks only the panels that show it.
   * For meta.json with a bad field: its good fields, a neutral text in place of each bad one.
   */
  partial: Partial<DataFiles>
  /** Problems per file; an empty list means the file is good. */
  issues: Record<DataFileName, DataIssue[]>
  /** Optional files the folder does not have (read as empty lists): panels that need them are left out. */
  absent: DataFileName[]
}

/** An optional file that is not there: no file, or an empty text where the portable page has no block. */
function isAbsent(name: DataFileName, text: string | { error: string; missing?: boolean }): boolean {
  if (!isOptionalFile(name)) return false
  return typeof text === 'string' ? text.trim() === '' : text.missing === true
}

/** Each list file's list key and item schema (the item checks keep the good items of a broken file). */
const LISTS = {
  'editions.json': ['editions', EditionSchema],
  'units.json': ['units', UnitDeclarationSchema],
  'sectors.json': ['sectors', SectorSchema],
  'indicators.json': ['indicators', IndicatorSchema],
  'values.json': ['values', ValueSchema],
  'projects.json': ['projects', ProjectSchema],
  'honours.json': ['honours', HonourSchema],
} as const

/**
 * Check every data file from its text (or the reason it could not be read). A file is kept when it
 * passes, even if another file fails: panels that do not read the broken file keep working.
 */
export function checkAll(texts: Partial<Record<DataFileName, string | { error: string; missing?: boolean }>>): CheckedFiles {
  const issues = {} as Record<DataFileName, DataIssue[]>
  const absent: DataFileName[] = []
  const values: Partial<DataFiles> = {}
  const partial: CheckedFiles['partial'] = {}
  /** Per list file: the items that pass the schema (all of them when the file is valid). */
  const candidates: CrossParts = {}
  /** Each list file's items as read, to name the item a problem is in. */
  const raw: Record<string, unknown[] | undefined> = {}
  let dashboard: DashboardFile | undefined
  for (const name of DATA_FILE_NAMES) {
    const text = texts[name]
    // Not read yet: nothing of it is checked, and nothing is checked against it.
    if (text === undefined) {
      issues[name] = []
      continue
    }
    // An optional file left out is an empty list, checked like any other (nothing refers into it).
    if (isAbsent(name, text)) {
      issues[name] = []
      absent.push(name)
      // Not a list (dashboard.json): nothing to stand in for it.
      const key = DATA_FILES[name].list
      if (key === null) continue
      raw[key] = []
      Object.assign(candidates, { [key]: [] })
      continue
    }
    if (typeof text !== 'string') {
      issues[name] = [{ file: filePath(name), path: '', expected: READABLE, got: text.error }]
      continue
    }
    const own = checkOwn(name, text)
    issues[name] = own.issues
    if (name === 'meta.json') {
      if (own.value) values.meta = own.value as DataFiles['meta']
      else {
        const neutral = neutralMeta(text)
        if (neutral) partial.meta = neutral
      }
      continue
    }
    if (name === 'dashboard.json') {
      if (own.value) dashboard = own.value as DashboardFile
      continue
    }
    raw[LISTS[name][0]] = own.raw
    if (own.entries) Object.assign(candidates, { [LISTS[name][0]]: own.entries })
  }
  const cross = crossCheck(candidates, {
    editions: issues['editions.json'].length === 0,
    units: issues['units.json'].length === 0,
    sectors: issues['sectors.json'].length === 0,
    indicators: issues['indicators.json'].length === 0,
  })
  for (const name of Object.keys(LISTS) as ListName[]) {
    const key = LISTS[name][0]
    const entries = candidates[key] as readonly Entry<unknown>[] | undefined
    issues[name] = about([...issues[name], ...cross[name].issues], raw[key], raw.indicators)
    if (!entries) continue
    const kept = entries.filter(({ index }) => !cross[name].bad.has(index)).map(({ item }) => item)
    if (issues[name].length === 0) Object.assign(values, { [key]: kept })
    else if (kept.length) Object.assign(partial, { [key]: kept })
  }
  if (dashboard) {
    const known = values.indicators ? new Set(values.indicators.map((item) => item.id)) : undefined
    const cross = dashboardIssues(dashboard, known)
    issues['dashboard.json'] = cross
    if (cross.length === 0) values.dashboard = dashboard
  }
  // Values read from year files (the split form): each problem told in the file of its item.
  issues[BY_YEAR_FILE] = relocateIssues(issues[BY_YEAR_FILE], texts[BY_YEAR_FILE])
  return { values, partial, issues, absent }
}

/** What stands in for a bad field of meta.json: no name of a town is invented. */
const NEUTRAL_META: DataFiles['meta'] = { town: '本镇', district: '', city: '', title: '经济运行看板' }

/**
 * meta.json with a bad field (the town name a number): its good fields and a neutral text for each bad
 * one, so the panels keep working while the banner names the field. Undefined when it is no JSON object.
 */
function neutralMeta(text: string): DataFiles['meta'] | undefined {
  const parsed = parseJson('data/meta.json', text)
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) return undefined
  const read = parsed.value as Record<string, unknown>
  const meta = { ...NEUTRAL_META }
  for (const key of Object.keys(NEUTRAL_META) as (keyof DataFiles['meta'])[]) {
    const value = read[key]
    if (typeof value === 'string' && value.trim() !== '') meta[key] = value.trim()
  }
  return meta
}

/** One file checked on its own: kept for its text, so files applied as they arrive are not re-checked. */
interface OwnCheck {
  text: string
  issues: DataIssue[]
  value?: unknown
  raw?: unknown[]
  entries?: Entry<unknown>[]
}
const ownChecks = new Map<DataFileName, OwnCheck>()

function checkOwn(name: DataFileName, text: string): OwnCheck {
  const cached = ownChecks.get(name)
  if (cached?.text === text) return cached
  const parsed = parseJson(filePath(name), text)
  const result = parsed.ok ? guardedValidate(name, parsed.value) : parsed
  const issues = result.ok ? [] : result.issues
  const check: OwnCheck = { text, issues, ...(result.ok ? { value: result.value } : {}) }
  if (name !== 'meta.json' && name !== 'dashboard.json' && parsed.ok) {
    const key = LISTS[name][0]
    check.raw = rawList(parsed.value, key)
    check.entries = result.ok
      ? entriesOf((result.value as Record<string, unknown[]>)[key])
      : issues[0].path && !issues.some(forbidden)
        ? validEntries(name, check.raw)
        : undefined
  }
  ownChecks.set(name, check)
  return check
}

const forbidden = (issue: DataIssue) => issue.expected.startsWith('普通字段名')

/** The list of a parsed list file, or undefined when the file's shape is wrong. */
function rawList(value: unknown, key: string): unknown[] | undefined {
  const list = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined
  return Array.isArray(list) ? list : undefined
}

/** Each problem in one item names the item: its position, the id it is about and its name for people. */
function about(issues: DataIssue[], list: unknown[] | undefined, indicators: unknown[] | undefined): DataIssue[] {
  if (!list || issues.length === 0) return issues
  const names = new Map<string, string>()
  for (const item of indicators ?? []) {
    const { id, name } = (item ?? {}) as Record<string, unknown>
    if (typeof id === 'string' && typeof name === 'string' && !names.has(id)) names.set(id, name)
  }
  return issues.map((issue) => {
    const match = /^\w+\[(\d+)\]/.exec(issue.path)
    if (!match) return issue
    const index = Number(match[1])
    const item = (list[index] ?? {}) as Record<string, unknown>
    const subject = typeof item.indicator === 'string' ? item.indicator : typeof item.id === 'string' ? item.id : undefined
    const label = (subject && names.get(subject)) ?? (typeof item.name === 'string' ? item.name : subject)
    return { ...issue, index, ...(subject ? { subject } : {}), ...(label ? { label } : {}) }
  })
}

/** The items of a list that pass the schema on their own (the file's other problems are in its items). */
function validEntries(name: ListName, list: unknown[] | undefined): Entry<never>[] | undefined {
  if (!list) return undefined
  const schema = LISTS[name][1]
  return list.flatMap((item, index) => {
    const result = v.safeParse(schema, item)
    return result.success ? [{ index, item: result.output as never }] : []
  })
}
