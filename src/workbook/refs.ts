/**
 * Resolving what a row refers to: its edition (by id or name; a new one is created), its period (read in
 * the edition's year), its sector (by name or id); and rows that repeat a key. Pure.
 */
import type { Edition, Sector } from '../data/schema'
import type { UnitTable } from '../data/units'
import { asOfParts, isPeriodText, PERIOD_FORMS } from '../data/period'
import { readCode, readPeriodText, readText, type Cell } from './cells'
import { originOf, type BookReader, type Origin, type RowView } from './reader'

/** The source of an edition made from a 报告期 that the 报告 sheet does not list. */
const CREATED_EDITION_SOURCE = '由数据维护工作簿新增（“报告”表未填写来源）'

/** What a reader of this sheet needs: the reader, and the editions and sectors to resolve names against. */
export interface Context {
  reader: BookReader
  editions: Edition[]
  editionOrigins: Origin[]
  sectors: Sector[]
  /** Built-in units and those the 单位 sheet declares. */
  units: UnitTable
}

/** Text for a field: the value, or the raw text of the cell when it could not be read (the schema reports it again, deduplicated). */
export function orRaw(value: string | null | undefined, cell: Cell): string {
  if (value !== undefined && value !== null) return value
  return typeof cell === 'string' ? cell : cell === null ? '' : String(cell)
}

/**
 * The edition a 报告期 cell names (by id or by name). One the 报告 sheet does not list is created from
 * its id (2022-06: 截至 2022-06, named 2022年1-6月) or its name (2022年1-6月), titled with its name.
 */
export function editionRef(ctx: Context, row: RowView, column: string): string {
  const text = ctx.reader.take(row, column, readCode, true)
  if (text === undefined || text === null) return orRaw(text, row.cell(column))
  const known = ctx.editions.find((edition) => edition.id === text) ?? ctx.editions.find((edition) => edition.name === text)
  if (known) return known.id
  const created = newEdition(text)
  if (!created) {
    ctx.reader.flag(row, column, `“报告”表中的报告期编号（${ctx.editions.map((edition) => edition.id).join('、')}），或新报告期，如 2022-06`)
    return text
  }
  ctx.editions.push(created)
  ctx.editionOrigins.push(originOf(row, { id: column, name: column, asOf: column, title: column, source: column }))
  return created.id
}

function newEdition(text: string): Edition | undefined {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text) ?? /^(\d{4})年(?:1-)?(\d{1,2})月$/.exec(text)
  const year = /^(\d{4})年?$/.exec(text)
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])]
    if (m < 1 || m > 12) return undefined
    const name = m === 1 ? `${y}年1月` : `${y}年1-${m}月`
    return { id: `${y}-${String(m).padStart(2, '0')}`, name, asOf: `${y}-${String(m).padStart(2, '0')}`, title: name, source: CREATED_EDITION_SOURCE }
  }
  if (year) return { id: year[1], name: `${year[1]}年`, asOf: `${year[1]}-12`, title: `${year[1]}年`, source: CREATED_EDITION_SOURCE }
  return undefined
}

/** The year periods without one (6月23日) take: that of the edition. */
function editionYear(ctx: Context, id: string): number | undefined {
  const edition = ctx.editions.find((item) => item.id === id)
  return edition && /^\d{4}-/.test(edition.asOf) ? asOfParts(edition.asOf).year : undefined
}

/** The 期间 cell of a row of `edition`: read as written (or from the date Excel made of it), and checked. */
export function periodRef(ctx: Context, row: RowView, edition: string, column = '期间', required = true): string | null {
  const text = ctx.reader.take(row, column, readPeriodText, required)
  if (text === undefined) return orRaw(text, row.cell(column))
  if (text === null) return null
  const year = editionYear(ctx, edition)
  if (!isPeriodText(text, year ?? 2000)) ctx.reader.flag(row, column, `期间，写法如 ${PERIOD_FORMS}`)
  return text
}

/** A sector named by its name (工业) or id (industry); null when empty. */
export function sectorRef(ctx: Context, row: RowView, column: string): string | null {
  const text = ctx.reader.take(row, column, readText)
  if (text === undefined) return orRaw(text, row.cell(column))
  if (text === null) return null
  const found = ctx.sectors.find((sector) => sector.name === text) ?? ctx.sectors.find((sector) => sector.id === text)
  if (found) return found.id
  ctx.reader.flag(row, column, `“产业”表中的产业名称（${ctx.sectors.map((sector) => sector.name).join('、')}）或留空`)
  return text
}

/** A second row with the key of an earlier one: flagged on `column` with the earlier row's number. */
export function flagRepeats(reader: BookReader, rows: { key: string; row: RowView; column?: string }[], column: string, what: string): void {
  const first = new Map<string, number>()
  for (const entry of rows) {
    const seen = first.get(entry.key)
    if (seen === undefined) first.set(entry.key, entry.row.row)
    else reader.flag(entry.row, entry.column ?? column, `${what}（与第 ${seen} 行重复）`)
  }
}

