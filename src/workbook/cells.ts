/**
 * Reading what a clerk typed into a cell, as Excel or WPS stored it: numbers typed as text with
 * full-width digits or separators (１，０１３), stray spaces, dates Excel made of 2022年5月, formulas (their
 * cached result). Every reader returns a value or what was expected; the caller names the place. Pure.
 */

/** A cell as read from the file: the value Excel shows (a formula's cached result), or why there is none. */
export type Cell = null | string | number | boolean | Date | { error: string } | { formula: string }

export type Read<T> = { ok: true; value: T } | { ok: false; expected: string }

const FULL_WIDTH = /[\uff01-\uff5e]/g
/** Spaces of every kind, including the ideographic space and no-break space a paste brings. */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g

/** Full-width ASCII (１，０１３．５％) written half-width. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

/** Text of a cell as a clerk sees it, for messages: 实际为“…”. Empty is null. */
export function shownValue(cell: Cell): string | null {
  if (cell === null) return null
  if (typeof cell === 'string') return cell.trim() === '' ? null : cell.length > 60 ? `${cell.slice(0, 60)}…` : cell
  if (typeof cell === 'number') return String(cell)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  if (cell instanceof Date) return `日期 ${dateText(cell)}`
  if ('error' in cell) return `公式错误 ${cell.error}`
  return `公式 =${cell.formula}（没有计算结果）`
}

function dateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** A formula without a cached result, or an error value: no cell reader can use it. */
function unusable(cell: Cell): string | undefined {
  if (cell === null || typeof cell !== 'object' || cell instanceof Date) return undefined
  if ('error' in cell) return '可计算的值（公式出错，请改正公式或直接填写）'
  return '数值或文字（公式没有保存计算结果：请在 Excel 或 WPS 中打开后保存，或直接填写数值）'
}

export function isEmpty(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.replace(SPACES, '') === '')
}

/** Text, trimmed; a number becomes its digits (an id typed as 2022 is "2022"). Empty is null. */
export function readText(cell: Cell): Read<string | null> {
  const bad = unusable(cell)
  if (bad) return { ok: false, expected: bad }
  if (isEmpty(cell)) return { ok: true, value: null }
  if (cell instanceof Date) return { ok: false, expected: '文字（此格被 Excel 当成了日期：请把单元格格式设为“文本”后重新填写）' }
  if (typeof cell === 'boolean') return { ok: false, expected: '文字' }
  return { ok: true, value: typeof cell === 'number' ? String(cell) : (cell as string).replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '') }
}

/** An id or code: half-width, without any spaces. */
export function readCode(cell: Cell): Read<string | null> {
  const text = readText(cell)
  return text.ok && text.value !== null ? { ok: true, value: halfWidth(text.value).replace(SPACES, '') } : text
}

const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/
const EXPONENT = /^[+-]?(\d+(\.\d*)?|\.\d+)e[+-]?\d+$/i
const NUMBER_EXPECTED = '数字'
/** Beyond this a number's decimal digits are no longer stored exactly (a double holds 15-16 of them). */
export const NUMBER_RANGE = 1e15
const RANGE_EXPECTED = '-1e15 到 1e15（±1000万亿）之间的数字：超出这个范围，数值无法按十进制精确保存'

/**
 * A number as its exact decimal text ("1013", "11.39"), so a unit conversion can shift the point
 * exactly. Accepts full-width digits, thousands separators and stray spaces; not units or words.
 */
export function readDecimal(cell: Cell): Read<string | null> {
  const bad = unusable(cell)
  if (bad) return { ok: false, expected: bad }
  if (isEmpty(cell)) return { ok: true, value: null }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || Math.abs(cell) > NUMBER_RANGE) return { ok: false, expected: RANGE_EXPECTED }
    return { ok: true, value: numberText(cell) }
  }
  if (typeof cell !== 'string') return { ok: false, expected: NUMBER_EXPECTED }
  const text = halfWidth(cell).replace(SPACES, '').replace(/[、，]/g, ',').replace(/。/g, '.')
  let digits: string | undefined
  if (PLAIN.test(text)) digits = text.replace(/^\+/, '')
  else if (GROUPED.test(text)) digits = text.replace(/,/g, '').replace(/^\+/, '')
  else if (EXPONENT.test(text)) return Math.abs(Number(text)) > NUMBER_RANGE ? { ok: false, expected: RANGE_EXPECTED } : { ok: false, expected: '不用科学记数法的数字（如 1.5e3 请写成 1500）' }
  if (digits === undefined) return { ok: false, expected: NUMBER_EXPECTED }
  return Math.abs(Number(digits)) > NUMBER_RANGE ? { ok: false, expected: RANGE_EXPECTED } : { ok: true, value: digits }
}

/**
 * Digits of a number as typed: Excel stores 11.39 as the nearest double, whose shortest round-trip text
 * is "11.39"; a result of arithmetic (0.1 + 0.2) is cut to 15 significant digits, as Excel shows it.
 */
function numberText(value: number): string {
  const shortest = String(value)
  if (!/e/i.test(shortest) && shortest.replace(/[-.]/g, '').replace(/^0+/, '').length <= 15) return shortest
  return String(Number(value.toPrecision(15)))
}

/** A number, read as readDecimal reads it. */
export function readNumber(cell: Cell): Read<number | null> {
  const read = readDecimal(cell)
  return read.ok ? { ok: true, value: read.value === null ? null : Number(read.value) } : read
}

/**
 * A period cell: text as written, or a date Excel made of what was typed (2022年5月 becomes 2022-05-01,
 * 2022年6月23日 a day): read back as 2022年5月 / 2022年6月23日.
 */
export function readPeriodText(cell: Cell): Read<string | null> {
  if (cell instanceof Date) {
    const [year, month, day] = [cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()]
    return { ok: true, value: day === 1 ? `${year}年${month}月` : `${year}年${month}月${day}日` }
  }
  return readText(cell)
}

/**
 * An as-of date (截至日期): 2022-05 or 2022-05-31, also written 2022年5月, 2022/5/31, 2022.5, or an
 * Excel date (the first of a month is read as the month).
 */
export function readAsOf(cell: Cell): Read<string | null> {
  const pad = (n: number | string) => String(n).padStart(2, '0')
  if (cell instanceof Date) {
    const [year, month, day] = [cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()]
    return { ok: true, value: day === 1 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}` }
  }
  const text = readCode(cell)
  if (!text.ok || text.value === null) return text
  const match = /^(\d{4})[-/.年](\d{1,2})(?:月(?:末)?)?(?:[-/.](\d{1,2})日?|(\d{1,2})日)?$/.exec(text.value.replace(/月(?=\d)/, '-'))
  if (!match) return { ok: false, expected: '截至日期，如 2022-05 或 2022-05-31' }
  const [, year, month, day = match[4]] = match
  return { ok: true, value: day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}` }
}

/** A cell taking one of a few names (a drop-down): the key of the name, or the names expected. */
export function readChoice<K extends string>(cell: Cell, names: Readonly<Record<K, string>>, aliases: Readonly<Record<string, K>> = {}): Read<K | null> {
  const text = readCode(cell)
  if (!text.ok || text.value === null) return text as Read<null>
  for (const [key, name] of Object.entries(names) as [K, string][]) if (name === text.value) return { ok: true, value: key }
  if (text.value in aliases) return { ok: true, value: aliases[text.value] }
  return { ok: false, expected: `以下之一：${Object.values(names).join('、')}` }
}

/** A code from a fixed list (单位: 亿元, 家, %…). */
export function readOneOf(cell: Cell, list: readonly string[]): Read<string | null> {
  const text = readCode(cell)
  if (!text.ok || text.value === null || list.includes(text.value)) return text
  return { ok: false, expected: `以下之一：${list.join('、')}` }
}
