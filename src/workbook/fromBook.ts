/**
 * Workbook rows back into the data files. Every cell is read as a clerk may have typed it (cells.ts);
 * every problem is named by sheet, row and column. Items are built even from rows with problems (with
 * the raw text), so the checks of the data files run on everything and report all problems at once.
 * Pure.
 */
import { MEASURE_NAMES, SECTOR_BASIS_NAMES, TOPICS, type DataFiles, type DeclaredUnit, type Edition, type Meta, type Sector } from '../data/schema'
import { readAsOf, readChoice, readCode, readDecimal, readOneOf, readText } from './cells'
import { BUILT_IN_UNITS, UnitTable } from '../data/units'
import { editionRef, flagRepeats, orRaw, periodRef, sectorRef, type Context } from './refs'
import { ESTIMATE_HEADER, ESTIMATE_NAMES, META_ROWS, SHEET, TOPIC_NAMES, UNKNOWN_UNIT_EXPECTED, headerKey } from './layout'
import { readDashboard } from './dashboardSheets'
import { BookReader, originOf, type BookCells, type Origin } from './reader'
import { readProjects, readValues } from './fromRows'
import type { WorkbookIssue } from './issue'

export interface Origins {
  editions: Origin[]
  units: Origin[]
  sectors: Origin[]
  indicators: Origin[]
  values: Origin[]
  projects: Origin[]
  honours: Origin[]
  pages: Origin[]
  panels: Origin[]
  meta: Partial<Record<keyof Meta, Origin>>
}

export interface Converted {
  /** The data files as read (best effort where a cell has a problem). */
  files: DataFiles
  origins: Origins
  /** Problems found while reading the cells. */
  issues: WorkbookIssue[]
}

const EDITION_COLUMNS = { id: '报告期编号', name: '报告期名称', asOf: '截至日期', title: '标题', source: '来源', estimate: ESTIMATE_HEADER }
const UNIT_COLUMNS = { name: '单位', base: '基准单位', factor: '倍数' }
const SECTOR_COLUMNS = { id: '编号', name: '名称', colour: '颜色', parent: '上级产业' }
const INDICATOR_COLUMNS = {
  id: '指标编号',
  name: '指标名称',
  unit: '单位',
  measure: '指标类型',
  of: '所属指标',
  sector: '产业',
  sectorBasis: '产业来源',
  topic: '类别',
  partOf: '所属整体',
}
const HONOUR_COLUMNS = { id: '编号', name: '荣誉名称', holder: '获得者', edition: '报告期', period: '期间', source: '来源原文' }
const TOPIC_BY_NAME = Object.fromEntries(TOPICS.map((topic) => [topic, TOPIC_NAMES[topic]])) as Record<(typeof TOPICS)[number], string>

function readMeta(reader: BookReader, origins: Origins): Meta {
  const meta: Record<string, string> = {}
  const rows = reader.rows('meta')
  for (const key of Object.keys(META_ROWS) as (keyof Meta)[]) {
    const row = rows.find((view) => readCode(view.cell('字段')).ok && (readCode(view.cell('字段')) as { value: string | null }).value === META_ROWS[key])
    if (!row) {
      reader.issues.push({ sheet: '基本信息', row: null, column: '字段', expected: `一行“${META_ROWS[key]}”` })
      meta[key] = ''
      continue
    }
    origins.meta[key] = originOf(row, { [key]: '内容' })
    meta[key] = orRaw(reader.take(row, '内容', readText, true), row.cell('内容'))
  }
  return meta as Meta
}

/**
 * The 单位 sheet: declared units. A row of a built-in unit that says what the table says (the export lists
 * them for the drop-downs) is not a declaration.
 */
function readUnits(reader: BookReader, origins: Origins): DeclaredUnit[] {
  const units: DeclaredUnit[] = []
  for (const row of reader.rows('units')) {
    const name = orRaw(reader.take(row, '单位', readCode, true), row.cell('单位'))
    const base = reader.take(row, '基准单位', readCode) ?? undefined
    const factorText = reader.take(row, '倍数', readDecimal)
    const factor = factorText === null || factorText === undefined ? undefined : Number(factorText)
    const builtIn = BUILT_IN_UNITS.get(name)
    if (builtIn) {
      const stated = base === undefined ? undefined : BUILT_IN_UNITS.get(base)
      const statedFactor = (stated?.factor ?? 1) * (factor ?? 1)
      const same = (base === undefined && (factor ?? 1) === 1 && builtIn.factor === 1) || (stated?.family === builtIn.family && statedFactor === builtIn.factor)
      if (same || (base === undefined && factor === undefined)) continue
    }
    origins.units.push(originOf(row, UNIT_COLUMNS))
    units.push({ name, ...(base !== undefined ? { base } : {}), ...(factor !== undefined ? { factor } : {}) })
  }
  return units
}

export function fromBook(book: BookCells): Converted {
  const reader = new BookReader(book)
  const origins: Origins = { editions: [], units: [], sectors: [], indicators: [], values: [], projects: [], honours: [], pages: [], panels: [], meta: {} }
  const meta = readMeta(reader, origins)
  const units = readUnits(reader, origins)
  const table = new UnitTable(units)

  const editionRows = reader.rows('editions')
  const editions: Edition[] = editionRows.map((row) => {
    origins.editions.push(originOf(row, EDITION_COLUMNS))
    const [id, name, asOf, title, source] = [
      orRaw(reader.take(row, '报告期编号', readCode, true), row.cell('报告期编号')),
      orRaw(reader.take(row, '报告期名称', readText, true), row.cell('报告期名称')),
      orRaw(reader.take(row, '截至日期', readAsOf, true), row.cell('截至日期')),
      orRaw(reader.take(row, '标题', readText, true), row.cell('标题')),
      orRaw(reader.take(row, '来源', readText, true), row.cell('来源')),
    ]
    const estimate = reader.take(row, ESTIMATE_HEADER, (cell) => readChoice(cell, ESTIMATE_NAMES)) ?? undefined
    return { id, name, asOf, title, source, ...(estimate ? { estimate } : {}) }
  })
  flagRepeats(reader, editionRows.map((row, index) => ({ key: editions[index].id, row })), '报告期编号', '唯一的报告期编号')

  // Sectors first by name, so that 上级产业 and every 产业 column can name any of them.
  const sectorRows = reader.rows('sectors')
  const sectors: Sector[] = sectorRows.map((row) => ({
    id: orRaw(reader.take(row, '编号', readCode, true), row.cell('编号')),
    name: orRaw(reader.take(row, '名称', readText, true), row.cell('名称')),
    colour: orRaw(reader.take(row, '颜色', readCode, true), row.cell('颜色')),
    parent: null,
  }))
  const ctx: Context = { reader, editions, editionOrigins: origins.editions, sectors, units: table }
  sectorRows.forEach((row, index) => {
    origins.sectors.push(originOf(row, SECTOR_COLUMNS))
    sectors[index].parent = sectorRef(ctx, row, '上级产业')
  })
  flagRepeats(reader, sectorRows.map((row, index) => ({ key: sectors[index].id, row })), '编号', '唯一的产业编号')

  const indicatorRows = reader.rows('indicators')
  const indicators = indicatorRows.map((row) => {
    origins.indicators.push(originOf(row, INDICATOR_COLUMNS))
    const partOf = reader.take(row, '所属整体', readCode) ?? undefined
    return {
      id: orRaw(reader.take(row, '指标编号', readCode, true), row.cell('指标编号')),
      name: orRaw(reader.take(row, '指标名称', readText, true), row.cell('指标名称')),
      unit: orRaw(
        reader.take(row, '单位', (cell) => {
          const read = readOneOf(cell, table.names())
          return read.ok ? read : { ok: false, expected: UNKNOWN_UNIT_EXPECTED }
        }, true),
        row.cell('单位'),
      ),
      measure: orRaw(reader.take(row, '指标类型', (cell) => readChoice(cell, MEASURE_NAMES), true), row.cell('指标类型')),
      of: reader.take(row, '所属指标', readCode) ?? null,
      sector: sectorRef(ctx, row, '产业'),
      sectorBasis: reader.take(row, '产业来源', (cell) => readChoice(cell, SECTOR_BASIS_NAMES)) ?? null,
      topic: orRaw(reader.take(row, '类别', (cell) => readChoice(cell, TOPIC_BY_NAME), true), row.cell('类别')),
      ...(partOf ? { partOf } : {}),
    }
  }) as unknown as DataFiles['indicators']
  flagRepeats(reader, indicatorRows.map((row, index) => ({ key: indicators[index].id, row })), '指标编号', '唯一的指标编号')
  indicatorRows.forEach((row, index) => {
    const of = indicators[index].of
    if (of !== null && !indicators.some((item) => item.id === of)) reader.flag(row, '所属指标', '“指标”表中已有的指标编号，或留空')
    const partOf = indicators[index].partOf
    if (partOf !== undefined && !indicators.some((item) => item.id === partOf && item.id !== indicators[index].id))
      reader.flag(row, '所属整体', '“指标”表中另一个指标的编号（本指标是它的“其中”一项），或留空')
  })

  const values = readValues(ctx, indicators, origins.values)
  const projects = readProjects(ctx, origins.projects)
  const honourRows = reader.rows('honours')
  const honours = honourRows.map((row) => {
    origins.honours.push(originOf(row, HONOUR_COLUMNS))
    const edition = editionRef(ctx, row, '报告期')
    return {
      id: orRaw(reader.take(row, '编号', readCode, true), row.cell('编号')),
      name: orRaw(reader.take(row, '荣誉名称', readText, true), row.cell('荣誉名称')),
      holder: orRaw(reader.take(row, '获得者', readText, true), row.cell('获得者')),
      edition,
      period: periodRef(ctx, row, edition) as string,
      source: orRaw(reader.take(row, '来源原文', readText, true), row.cell('来源原文')),
    }
  })
  flagRepeats(reader, honourRows.map((row, index) => ({ key: `${honours[index].id}|${honours[index].edition}`, row })), '编号', '同一报告期内唯一的编号')

  const present = (key: 'pages' | 'panels') => [...book.keys()].some((sheet) => headerKey(sheet) === SHEET[key])
  const dashboard = readDashboard(reader, present)
  origins.pages = dashboard.pages
  origins.panels = dashboard.panels
  const files = { meta, editions, units, sectors, indicators, values, projects, honours, ...(dashboard.file ? { dashboard: dashboard.file } : {}) }
  return { files, origins, issues: reader.issues }
}
