/**
 * The dashboard definition (data/dashboard.json) as the 页面 and 面板 sheets, and back, losslessly: one
 * row per page; one row per panel, and for a panel shown on more pages one more row each with only its
 * id, page and place. A position is `auto` or 列,行,宽,高; options are the JSON the file holds. Pure.
 */
import type { DashboardFile, DashboardPanelEntry } from '../data/dashboardSchema'
import { readCode, readText, type Cell, type Read } from './cells'
import type { OutCell } from './toBook'
import { originOf, type BookReader, type Origin } from './reader'
import { orRaw } from './refs'

const PAGE_COLUMNS = { id: '页面编号', title: '页面名称', order: '顺序' }
const PANEL_COLUMNS = { id: '面板编号', title: '标题', kind: '类型', indicators: '指标', page: '页面', position: '位置', options: '选项' }

/** The value read, or the cell as typed (for the data checks to name), as orRaw does for text. */
function orCell<T>(value: T | null | undefined, cell: Cell): T {
  return (value ?? cell) as T
}

const positionText = (position: DashboardPanelEntry['position']) => (position === 'auto' ? 'auto' : `${position.x},${position.y},${position.w},${position.h}`)

export function dashboardRows(file: DashboardFile | undefined): { pages: OutCell[][]; panels: OutCell[][] } {
  if (!file) return { pages: [], panels: [] }
  return {
    pages: file.pages.map((page) => [page.id, page.title, page.order]),
    panels: file.panels.flatMap((panel) => [
      [panel.id, panel.title, panel.kind, panel.indicators.join('、'), panel.page, positionText(panel.position), panel.options === undefined ? null : JSON.stringify(panel.options)],
      ...(panel.also ?? []).map((place) => [panel.id, null, null, null, place.page, positionText(place.position), null]),
    ]),
  }
}

/** 列,行,宽,高 (full-width commas and spaces allowed) or auto; anything else is kept as typed, for the checks to name. */
function readPosition(cell: Cell): Read<DashboardPanelEntry['position'] | null> {
  const text = readText(cell)
  if (!text.ok || text.value === null) return text as Read<null>
  if (text.value.trim().toLowerCase() === 'auto') return { ok: true, value: 'auto' }
  const parts = text.value.split(/[,，\s]+/).filter(Boolean).map(Number)
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n))) return { ok: false, expected: 'auto，或 列,行,宽,高 四个整数（如 0,3,8,5）' }
  const [x, y, w, h] = parts
  return { ok: true, value: { x, y, w, h } }
}

function readOptions(cell: Cell): Read<DashboardPanelEntry['options'] | null> {
  const text = readText(cell)
  if (!text.ok || text.value === null) return text as Read<null>
  try {
    const value = JSON.parse(text.value) as unknown
    if (value && typeof value === 'object' && !Array.isArray(value)) return { ok: true, value: value as DashboardPanelEntry['options'] }
  } catch {
    // Said below, as any other value that is no JSON object.
  }
  return { ok: false, expected: 'JSON 对象，如 {"unit":"亿元"}，或留空' }
}

const readIndicators = (cell: Cell): Read<string[] | null> => {
  const text = readText(cell)
  if (!text.ok || text.value === null) return text as Read<null>
  return { ok: true, value: text.value.split(/[、,，\s]+/).filter(Boolean) }
}

const readOrder = (cell: Cell): Read<number | null> => {
  if (cell === null || cell === '') return { ok: true, value: null }
  const value = typeof cell === 'number' ? cell : Number(String(cell).trim())
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, expected: '数字，如 1' }
}

/**
 * The definition from the sheets; undefined when the workbook has neither (an automatic dashboard).
 * Origins of each page and panel (its first row), so a problem the data checks find is named by row.
 */
export function readDashboard(reader: BookReader, present: (sheet: 'pages' | 'panels') => boolean): { file: DashboardFile | undefined; pages: Origin[]; panels: Origin[] } {
  const pages: Origin[] = []
  const panels: Origin[] = []
  if (!present('pages') && !present('panels')) return { file: undefined, pages, panels }
  const pageRows = reader.rows('pages')
  const panelRows = reader.rows('panels')
  if (pageRows.length === 0 && panelRows.length === 0) return { file: undefined, pages, panels }
  const filePages = pageRows.map((row) => {
    pages.push(originOf(row, PAGE_COLUMNS))
    return {
      id: orRaw(reader.take(row, PAGE_COLUMNS.id, readCode, true), row.cell(PAGE_COLUMNS.id)),
      title: orRaw(reader.take(row, PAGE_COLUMNS.title, readText, true), row.cell(PAGE_COLUMNS.title)),
      order: orCell(reader.take(row, PAGE_COLUMNS.order, readOrder, true), row.cell(PAGE_COLUMNS.order)),
    }
  })
  const filePanels: DashboardPanelEntry[] = []
  for (const row of panelRows) {
    const id = orRaw(reader.take(row, PANEL_COLUMNS.id, readCode, true), row.cell(PANEL_COLUMNS.id))
    const page = orRaw(reader.take(row, PANEL_COLUMNS.page, readCode, true), row.cell(PANEL_COLUMNS.page))
    const position = orCell(reader.take(row, PANEL_COLUMNS.position, readPosition, true), row.cell(PANEL_COLUMNS.position))
    const earlier = filePanels.find((panel) => panel.id === id)
    // A row with only id, page and place: the same panel on another page.
    if (earlier && row.cell(PANEL_COLUMNS.title) === null && row.cell(PANEL_COLUMNS.kind) === null) {
      earlier.also = [...(earlier.also ?? []), { page, position }]
      continue
    }
    panels.push(originOf(row, PANEL_COLUMNS))
    const options = reader.take(row, PANEL_COLUMNS.options, readOptions)
    filePanels.push({
      id,
      title: orRaw(reader.take(row, PANEL_COLUMNS.title, readText, true), row.cell(PANEL_COLUMNS.title)),
      kind: orRaw(reader.take(row, PANEL_COLUMNS.kind, readText, true), row.cell(PANEL_COLUMNS.kind)),
      indicators: reader.take(row, PANEL_COLUMNS.indicators, readIndicators) ?? [],
      page,
      position,
      ...(options ? { options } : {}),
    })
  }
  // Fields in the file's order (a panel's `also` rows come after it in the sheet, before its options in the file).
  const ordered = filePanels.map(({ also, options, ...rest }) => ({ ...rest, ...(also ? { also } : {}), ...(options ? { options } : {}) }))
  return { file: { pages: filePages, panels: ordered } as DashboardFile, pages, panels }
}
