/**
 * A problem in the data as a clerk reads it: file, where, what was expected, what was found, in Chinese.
 * Pure: the browser and the command line print the very same lines.
 */
export interface DataIssue {
  /** e.g. `data/indicators.json` */
  file: string
  /** JSON path such as `indicators[3].value`; empty for the whole file. */
  path: string
  /** What was expected, in Chinese. */
  expected: string
  /** What was found, in Chinese or as a short JSON excerpt. */
  got: string
  /** The item's position in its list (0-based), when the problem is in one item. */
  index?: number
  /** The id the item is about (an indicator's id for a value), so only the panels showing it report it. */
  subject?: string
  /** The item's name for people (an indicator's 地区生产总值, a project's name). */
  label?: string
}

export type FileResult<T> = { ok: true; value: T } | { ok: false; issues: DataIssue[] }

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

/** What a field of a data item is called in a message. */
const FIELD_NAMES: Record<string, string> = {
  value: '数值',
  target: '目标值',
  lowerBound: '下限',
  period: '期间',
  edition: '报告期',
  source: '来源',
  name: '名称',
  sector: '产业',
  sectorBasis: '产业依据',
  id: '编号',
  indicator: '指标编号',
  unit: '单位',
  measure: '类别',
  of: '所属指标',
  topic: '主题',
  totalInvestment: '总投资',
  completedInvestment: '已完成投资',
  investmentUnit: '投资单位',
  status: '进度',
  statusText: '进度说明',
  statusBasis: '进度依据',
  expectedOpening: '预计开业',
  holder: '获得单位',
  colour: '颜色',
  parent: '上级产业',
  asOf: '截至月份',
  title: '报道标题',
}

/** A JSON string as found ("11.39亿") in Chinese quotes; numbers and words as they are. */
function quoted(got: string): string {
  const match = /^("(?:[^"\\]|\\.)*")(.*)$/s.exec(got)
  if (!match) return ` ${got}`
  try {
    return `“${JSON.parse(match[1]) as string}”${match[2]}`
  } catch {
    return ` ${got}`
  }
}

/**
 * The problem in words a clerk reads, without JSON paths where the item is known:
 * 「地区生产总值」的数值应为数字，实际为“11.39亿”（values.json 第 1 项）.
 */
export function describeIssue(issue: DataIssue): string {
  const file = issue.file.replace(/^data\//, '')
  if (!issue.path) return issue.expected === READABLE ? `${file}：${issue.got}` : `${file}：应为${issue.expected}，实际为${quoted(issue.got)}`
  if (issue.index === undefined) return `${file} 中 ${issue.path}：应为${issue.expected}，实际为${quoted(issue.got)}`
  const field = /^\w+\[\d+\]\.?(\w*)/.exec(issue.path)?.[1] ?? ''
  const fieldName = field && Object.hasOwn(FIELD_NAMES, field) ? FIELD_NAMES[field] : field
  const who = issue.label ? `「${issue.label}」` : '该项'
  const where = `（${file} 第 ${issue.index + 1} 项）`
  if (issue.got === MISSING_FIELD) return `${who}缺少${fieldName || '必填字段'}${where}`
  const what = fieldName ? `${who}的${fieldName}` : who
  return `${what}应为${issue.expected}，实际为${quoted(issue.got)}${where}`
}

/** `expected` of a file that could not be read at all (missing, timed out, a web page instead). */
export const READABLE = '可读取的数据文件'
export const MISSING_FIELD = '缺少该字段'
