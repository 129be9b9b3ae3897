/**
 * Words the deck and the printout share: the sector filter as a reader sees it, town-wide panels marked
 * 全镇 as on screen, and the 推算 notes a panel's table carries. Pure.
 */
import type { PanelScope, PanelTable } from '../panels/types'

const ALL_SECTORS = '全部产业'

/** 全部产业, or the chosen sectors' names. */
export function sectorsLabel(names: readonly string[]): string {
  return names.length === 0 ? ALL_SECTORS : names.join('、')
}

/** The filter line of one panel: a town-wide panel under a filter says its figures are the whole town's. */
export function panelFilterLabel(names: readonly string[], scope: PanelScope): string {
  if (names.length === 0) return `产业：${ALL_SECTORS}`
  return scope === 'town' ? `全镇数据（报道未按产业拆分）；所选产业：${sectorsLabel(names)}` : `产业：${sectorsLabel(names)}`
}

/**
 * One note per table row with a computed figure: "2021年1-5月：10.66亿元（推算：…）". The formula is the
 * row's own 推算 cell when it has one.
 */
export function derivedNotes(table: PanelTable): string[] {
  const notes: string[] = []
  for (const row of table.rows) {
    const derived = row.filter((cell) => cell.derived)
    if (derived.length === 0) continue
    const formula = row.find((cell) => !cell.derived && cell.text.startsWith('推算'))?.text
    const values = derived.map((cell) => cell.text).join('、')
    notes.push(`${row[0]?.derived ? '' : `${row[0]?.text ?? ''}：`}${values}（${formula ?? '推算'}）`)
  }
  return notes
}

/** A table cell's text as written in an output: a computed figure carries （推算）. */
export function cellText(cell: { text: string; derived?: boolean }): string {
  return cell.derived && !cell.text.includes('推算') ? `${cell.text}（推算）` : cell.text
}
