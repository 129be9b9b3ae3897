/**
 * The units a figure may be written in, each with the base unit its value is stored in and the factor
 * between them: 亿元 is stored as 元 (x 100,000,000), 家 as a count. One table for the data files, the
 * screen and the workbook. Pure.
 */
export const BASE_UNITS = ['yuan', 'percent', 'count', 'mu', 'person', 'household', 'year'] as const
export type Unit = (typeof BASE_UNITS)[number]

export const DISPLAY_UNITS = {
  亿元: { base: 'yuan', factor: 1e8 },
  万元: { base: 'yuan', factor: 1e4 },
  元: { base: 'yuan', factor: 1 },
  '%': { base: 'percent', factor: 1 },
  个: { base: 'count', factor: 1 },
  家: { base: 'count', factor: 1 },
  处: { base: 'count', factor: 1 },
  次: { base: 'count', factor: 1 },
  支: { base: 'count', factor: 1 },
  名: { base: 'person', factor: 1 },
  人: { base: 'person', factor: 1 },
  户: { base: 'household', factor: 1 },
  年: { base: 'year', factor: 1 },
  亩: { base: 'mu', factor: 1 },
} as const satisfies Record<string, { base: Unit; factor: number }>
export type DisplayUnit = keyof typeof DISPLAY_UNITS
export const DISPLAY_UNIT_NAMES = Object.keys(DISPLAY_UNITS) as DisplayUnit[]

/** Units an investment may be written in. */
export const MONEY_UNITS = ['亿元', '万元', '元'] as const satisfies readonly DisplayUnit[]

export function baseUnitOf(unit: DisplayUnit): Unit {
  return DISPLAY_UNITS[unit].base
}
