/**
 * Lengths beyond which a name or a source is too long to show whole: not an error (the item is kept), a
 * warning in `npm run check:data`; on screen such text is cut with … and shown whole on hover and focus.
 * Pure.
 */
import { filePath, type DataIssue } from './issue'
import type { DataFileName } from './schema'
import { cutText, NAME_LIMIT, SOURCE_LIMIT, textLength } from '../format/text'

const LIMITS = { name: NAME_LIMIT, source: SOURCE_LIMIT } as const
const WHAT = { name: '名称', source: '来源原文' } as const

/**
 * Each name over NAME_LIMIT and source over SOURCE_LIMIT characters in one parsed data file: file, where,
 * the limit and the length found. Anything that is not a list of items gives none (the schema reports it).
 */
export function lengthWarnings(name: DataFileName, parsed: unknown): DataIssue[] {
  const key = name.replace('.json', '')
  const list = parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>)[key] : undefined
  if (!Array.isArray(list)) return []
  const warnings: DataIssue[] = []
  list.forEach((item: unknown, index) => {
    if (item === null || typeof item !== 'object') return
    for (const field of ['name', 'source'] as const) {
      const text = (item as Record<string, unknown>)[field]
      if (typeof text !== 'string' || textLength(text) <= LIMITS[field]) continue
      const label = (item as Record<string, unknown>).name
      warnings.push({
        file: filePath(name),
        path: `${key}[${index}].${field}`,
        expected: `不超过 ${LIMITS[field]} 个字的${WHAT[field]}（超出的部分在页面上以“…”省略，悬停或选中时显示全文）`,
        got: `${textLength(text)} 个字`,
        index,
        ...(typeof label === 'string' ? { label: cutText(label, 20) } : {}),
      })
    }
  })
  return warnings
}
