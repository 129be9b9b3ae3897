/**
 * The data files of a folder as DataFiles, for the workbook: read and checked by the rules of `data/`.
 * Pure; the caller reads the texts.
 */
import type { DataFileName, DataFiles } from '../data/schema'
import { checkAll, formatIssue } from '../data/validate'

export type FolderCheck = { ok: true; files: DataFiles } | { ok: false; problems: string[] }

export function filesFromTexts(texts: Record<DataFileName, string | { error: string }>): FolderCheck {
  const checked = checkAll(texts)
  const problems = Object.values(checked.issues).flat().map(formatIssue)
  return problems.length ? { ok: false, problems } : { ok: true, files: checked.values as DataFiles }
}
