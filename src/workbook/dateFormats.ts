/**
 * Excel's built-in Chinese date formats by number. Chinese Excel and WPS save a cell formatted as
 * 2022年5月 or 1899年5月3日 with one of these ids and without writing the format out (a built-in needs
 * none); exceljs knows their text only per locale and, not finding it, reads the cell as its serial number
 * (44682, or -36522 for a date before 1900 that LibreOffice keeps). Written into styles.xml before exceljs
 * reads the file, they make it read such a cell as the date the clerk sees. Pure.
 */

/** zh-CN codes of the built-in formats 27-36 and 50-58 (ECMA-376 Part 1, 18.8.30 numFmt). */
const CHINESE_BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
}

const xmlAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/**
 * styles.xml with a <numFmt> for every built-in Chinese date format a cell style uses and the file does
 * not define; unchanged when there is none.
 */
export function declareChineseDateFormats(stylesXml: string): string {
  const defined = new Set([...stylesXml.matchAll(/<(?:\w+:)?numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])))
  const used = new Set([...stylesXml.matchAll(/<(?:\w+:)?xf\b[^>]*\bnumFmtId="(\d+)"/g)].map((m) => Number(m[1])))
  const missing = [...used].filter((id) => id in CHINESE_BUILT_IN_FORMATS && !defined.has(id)).sort((a, b) => a - b)
  if (missing.length === 0) return stylesXml
  // Some writers prefix the elements (<x:styleSheet>): the new ones take the same prefix.
  const sheet = /<(\w+:)?styleSheet\b[^>]*>/.exec(stylesXml)
  if (!sheet) return stylesXml
  const prefix = sheet[1] ?? ''
  const formats = missing.map((id) => `<${prefix}numFmt numFmtId="${id}" formatCode="${xmlAttribute(CHINESE_BUILT_IN_FORMATS[id])}"/>`).join('')
  // Into the file's <numFmts>, or a new one as the first child of <styleSheet> (where the schema puts it).
  const list = new RegExp(`<${prefix}numFmts\\b[^>]*?(/?)>`).exec(stylesXml)
  if (list) {
    const at = list.index + list[0].length
    return list[1] === '/'
      ? `${stylesXml.slice(0, list.index)}<${prefix}numFmts>${formats}</${prefix}numFmts>${stylesXml.slice(at)}`
      : `${stylesXml.slice(0, at)}${formats}${stylesXml.slice(at)}`
  }
  const at = sheet.index + sheet[0].length
  return `${stylesXml.slice(0, at)}<${prefix}numFmts count="${missing.length}">${formats}</${prefix}numFmts>${stylesXml.slice(at)}`
}

/** The inflated parts of a workbook with its styles declared as above (the parts object is changed). */
export function withChineseDateFormats(parts: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const name = 'xl/styles.xml'
  const styles = parts[name]
  if (!styles) return parts
  const before = new TextDecoder().decode(styles)
  const after = declareChineseDateFormats(before)
  if (after !== before) parts[name] = new TextEncoder().encode(after)
  return parts
}
