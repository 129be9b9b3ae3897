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
