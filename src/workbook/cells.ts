/**
 * Reading what a clerk typed into a cell, as Excel or WPS stored it: numbers typed as text with
 * full-width digits or separators (１，０１３), stray spaces, dates Excel made of 2022年5月, formulas (their
 * cached result). Every reader returns a value or what was expected; the caller names the place. Pure.
 */
import { shiftDecimal } from '../format/decimal'

/**
 * A cell as read from the file: the value Excel shows (a formula's cached result), or why there is none.
 * A number in a percent-formatted cell (6.5% typed in Excel or WPS is stored as 0.065) is `{ percent }`
 * with the stored number, so a percent column reads it as 6.5 and any other column names it.
 */
export type Cell = null | string | number | boolean | Date | { error: string } | { formula: string } | { percent: number }

/** A number of a percent-formatted cell as the percent Excel shows: 0.065 -> "6.5" (exact, not 6.499999). */
function percentText(stored: number): string {
  return String(shiftDecimal(numberText(stored), 2))
}

export type Read<T> = { ok: true; value: T } | { ok: false; expected: string }

const FULL_WIDTH = /[\uff01-\uff5e]/g
/** Spaces of every kind, including the ideographic space and no-break space a paste brings. */
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g

/** Full-width ASCII (１，０１３．５％) written half-width. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
}

/** Text of a cell as a clerk sees it, for messages: 实际为“…”. Empty is null. */
export function shownValue(cell: Cell): string | null {
  if (cell === null) return null
  if (typeof cell === 'string') return cell.trim() === '' ? null : cell.length > 60 ? `${cell.slice(0, 60)}…` : cell
  if (typeof cell === 'number') return String(cell)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  if (cell instanceof Date) return `日期 ${dateText(cell)}`
  if ('percent' in cell) return `${percentText(cell.percent)}%（百分比格式）`
  if ('error' in cell) return `公式错误 ${cell.error}`
  return `公式 =${cell.formula}（没有计算结果）`
}

function dateText(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}

/** A formula without a cached result, or an error value: no cell reader can use it. */
function unusable(cell: Cell): string | undefined {
  if (cell === null || typeof cell !== 'object' || cell instanceof Date || 'percent' in cell) return undefined
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
  if (cell !== null && typeof cell === 'object' && 'percent' in cell) return { ok: true, value: `${percentText(cell.percent)}%` }
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
const NUMBER_RANGE = 1e15
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
  if (typeof cell === 'object' && cell !== null && 'percent' in cell)
    return { ok: false, expected: `${NUMBER_EXPECTED}（此格为百分比格式，显示为 ${percentText(cell.percent)}%；本列不是百分数：请把单元格格式改为“常规”后填写）` }
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

const PERCENT_SIGN = /[%％]$/

/**
 * A rate in percent (同比增长, 完成率, a share), as exact decimal text: 6.5 typed as a number, the text
 * "6.5%", or 6.5% typed into Excel (stored as 0.065 in a percent-formatted cell) all read "6.5". A number
 * of one decimal or none, at 100% or more, in a percent-formatted cell (6.5 typed where the cell was
 * already formatted as %, which Excel shows as 650%) is named as a likely slip rather than read as 650.
 */
export function readRate(cell: Cell): Read<string | null> {
  if (typeof cell === 'object' && cell !== null && 'percent' in cell) {
    if (!Number.isFinite(cell.percent)) return { ok: false, expected: NUMBER_EXPECTED }
    const shown = percentText(cell.percent)
    if (Math.abs(cell.percent) >= 1 && decimalPlaces(numberText(cell.percent)) <= 1)
      return {
        ok: false,
        expected: `百分数（此格为百分比格式，Excel 显示为 ${shown}%，像是把 ${numberText(cell.percent)} 填进了百分比格式的格子：若报道写的是 ${numberText(cell.percent)}%，请输入“${numberText(cell.percent)}%”或把单元格格式改为“常规”后填 ${numberText(cell.percent)}；若确为 ${shown}%，请把格式改为“常规”后填 ${shown}）`,
      }
    return { ok: true, value: shown }
  }
  if (typeof cell === 'string' && PERCENT_SIGN.test(cell.trim())) {
    const read = readDecimal(cell.trim().replace(PERCENT_SIGN, ''))
    return read.ok ? read : { ok: false, expected: '百分数，如 6.5 或 6.5%' }
  }
  return readDecimal(cell)
}

function decimalPlaces(text: string): number {
  const point = text.indexOf('.')
  return point === -1 ? 0 : text.length - point - 1
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
