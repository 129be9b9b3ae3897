/**
 * The data of another portable page (an older version of the dashboard, updated by a clerk): read from
 * the file without running it (DOMParser runs no script), so a newer dashboard can take it over and save
 * it as a new file of its own.
 */
import { DATA_FILE_NAMES, isOptionalFile, type DataFileName } from '../data/schema'
import { checkAll, formatIssue } from '../data/validate'
import { PORTABLE_MARK } from '../platform/marks'
import { dataBlockTexts } from '../data/embedded'

class PortableFileError extends Error {
  override name = 'PortableFileError'
}

/** The data texts of a portable page's text; refused with a message when it is not one. */
export function dataOfPortablePage(html: string, fileName: string): Record<DataFileName, string> {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  if (!doc.documentElement.hasAttribute(PORTABLE_MARK)) throw new PortableFileError(`“${fileName}”不是离线版看板文件（应为“……经济运行看板-……html”）`)
  const texts = {} as Record<DataFileName, string>
  const missing: string[] = []
  const blocks = dataBlockTexts(doc)
  for (const name of DATA_FILE_NAMES) {
    const block = blocks[name]
    if (block !== undefined) texts[name] = block
    // An optional file a page of an older version did not carry reads as absent (an empty list).
    else if (isOptionalFile(name)) texts[name] = ''
    else missing.push(name)
  }
  if (missing.length) throw new PortableFileError(`“${fileName}”中缺少数据：${missing.join('、')}`)
  // Checked as a workbook is: data that would not pass is refused here, never previewed nor saved.
  const problems = Object.values(checkAll(texts).issues).flat()
  if (problems.length) {
    const shown = problems.slice(0, SHOWN_PROBLEMS).map(formatIssue)
    const more = problems.length > SHOWN_PROBLEMS ? `；另有 ${problems.length - SHOWN_PROBLEMS} 处` : ''
    throw new PortableFileError(`“${fileName}”中的数据有误，未取用（共 ${problems.length} 处问题）：${shown.join('；')}${more}`)
  }
  return texts
}

/** Problems named in the refusal of a broken file; the rest are counted. */
const SHOWN_PROBLEMS = 5

/** Largest page read (the file's own ceiling is 3 MB; room for a few years of data). */
const MAX_PAGE_BYTES = 20 * 1024 * 1024

export async function readPortableFile(file: File): Promise<Record<DataFileName, string>> {
  if (file.size > MAX_PAGE_BYTES) throw new PortableFileError(`“${file.name}”过大（${(file.size / 1024 / 1024).toFixed(1)} MB），不是看板文件`)
  return dataOfPortablePage(await file.text(), file.name)
}
