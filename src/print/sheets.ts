/**
 * What a printout holds, sheet by sheet: one panel or one dashboard page per sheet, A4 or A3 landscape,
 * each sheet numbered 第 n 页 / 共 N 页 by the app (Chromium 87 has no CSS page-margin boxes). Pure.
 */
import type { DataFiles } from '../data/schema'
import { deckEdition } from '../export/edition'
import { deckPanels } from '../deck/describe'
import { sectorsLabel } from '../deck/labels'
import { findPanel, type PageDefinition, type PanelPlacement } from '../layouts/pages'
import type { PanelDefinition } from '../panels/types'

type Paper = 'A4' | 'A3'
export type SheetUnit = 'panel' | 'page'
type PrintScope = 'current' | 'all'

export interface PrintSettings {
  paper: Paper
  /** One panel per sheet, or one dashboard page (its grid) per sheet. */
  per: SheetUnit
  scope: PrintScope
}

export interface PlannedPanel {
  panel: PanelDefinition
  /** Its place on the page's grid; absent on a one-panel sheet. */
  placement?: PanelPlacement
}

export interface SheetPlan {
  /** The sheet's own title: the panel's title or the page's. */
  title: string
  /** Grid rows of a page sheet. */
  rows?: number
  panels: PlannedPanel[]
  /** 第 n 页 / 共 N 页 */
  pageLabel: string
}

export function pageLabel(n: number, total: number): string {
  return `第 ${n} 页 / 共 ${total} 页`
}

export function planSheets(pages: readonly PageDefinition[], per: SheetUnit): SheetPlan[] {
  const sheets: Omit<SheetPlan, 'pageLabel'>[] =
    per === 'panel'
      ? deckPanels(pages).map((panel) => ({ title: panel.title, panels: [{ panel }] }))
      : pages.map((page) => ({
          title: page.title,
          rows: page.rows,
          panels: page.panels.flatMap((placement) => {
            const panel = findPanel(placement.panel)
            return panel ? [{ panel, placement }] : []
          }),
        }))
  return sheets.map((sheet, index) => ({ ...sheet, pageLabel: pageLabel(index + 1, sheets.length) }))
}

/** The header every sheet carries: title, edition and filter. */
export function sheetHeader(
  meta: DataFiles['meta'],
  values: Partial<DataFiles>,
  editionId: string | undefined,
  sectorNames: readonly string[],
): { title: string; edition: string; filter: string } {
  const edition = deckEdition(values, editionId)
  return { title: meta.title, edition: edition ? `报告期：${edition.label}　数据截至：${edition.asOf}` : '', filter: `产业：${sectorsLabel(sectorNames)}` }
}
