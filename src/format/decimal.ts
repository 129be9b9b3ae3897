/**
 * Exact unit conversion on decimal strings: 1.15 亿元 is 115000000 元 by moving the decimal point eight
 * places, never by multiplying binary floating point (1.15 * 1e8 = 114999999.99999999). Pure.
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/

/** A number written as a plain decimal string, without exponent: 1e-7 -> "0.0000001", 1.5e21 -> "1500000000000000000000". */
export function plainDecimal(value: number): string {
  const text = String(value)
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text)
  if (!match) return text
  const [, sign, whole, fraction = '', exponent] = match
  return sign + shiftText(whole, fraction, Number(exponent))
}

/** Digits `whole.fraction` with the point moved `places` to the right (negative: to the left), tidied. */
function shiftText(whole: string, fraction: string, places: number): string {
  let digits = whole + fraction
  let point = whole.length + places
  if (point < 0) {
    digits = '0'.repeat(-point) + digits
    point = 0
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length)
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '') || '0'
  const fracPart = digits.slice(point).replace(/0+$/, '')
  return fracPart ? `${intPart}.${fracPart}` : intPart
}

/**
 * The decimal `text` (as read from a cell: "11.39", "-0.5", "1013") times 10^places, exactly, as a number.
 * Undefined when `text` is not a plain decimal.
 */
export function shiftDecimal(text: string, places: number): number | undefined {
  const match = DECIMAL.exec(text)
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) return undefined
  const [, sign, whole, fraction = ''] = match
  const shifted = shiftText(whole || '0', fraction, places)
  return Number(sign === '-' && shifted !== '0' ? `-${shifted}` : shifted)
}

/** Powers of ten of the unit factors (1e8 -> 8); a factor that is not a power of ten is refused. */
export function placesOf(factor: number): number {
  const places = Math.round(Math.log10(factor))
  if (10 ** places !== factor) throw new Error(`单位换算系数 ${factor} 不是 10 的整数次幂`)
  return places
}

/** A value in base units written in a unit `factor` times larger, exactly: 1139000000 元 in 亿元 -> 11.39. */
export function toUnit(base: number, factor: number): number {
  return shiftDecimal(plainDecimal(base), -placesOf(factor)) as number
}

/** A value written in a unit `factor` times the base unit, given as its decimal text, in base units exactly. */
export function fromUnit(text: string, factor: number): number | undefined {
  return shiftDecimal(text, placesOf(factor))
}
