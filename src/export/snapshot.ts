/** Reading the on-screen snapshot (ExportState) the way the panels do: context, option, sector names. */
import type { ChartOption } from '../charts/echarts'
import type { ThemeName } from '../charts/themes'
import { sectorName } from '../data/sectorName'
import { buildPanelOption, contextFor } from '../panels/context'
import type { PanelContext, PanelDefinition } from '../panels/types'
import type { ExportState } from './types'

/** The panel's context as on screen (with the export's theme); fails when a file the panel reads is not loaded. */
export function exportContext(panel: PanelDefinition, state: ExportState, theme: ThemeName): PanelContext {
  const ctx = contextFor(panel, state, { theme })
  if (!ctx) throw new Error(`“${panel.title}”的数据尚未读取或有误，无法导出`)
  return ctx
}

/** The option shown for a panel (undefined when nothing in it belongs to the chosen sectors). */
export function shownOption(panel: PanelDefinition, ctx: PanelContext): ChartOption | undefined {
  return panel.isEmpty?.(ctx) ? undefined : buildPanelOption(panel, ctx)
}

export function sectorNames(state: ExportState): string[] {
  return state.chosen.map((id) => sectorName(state.values, id))
}

/** 20220601, local time: the date part of the names of files that are not one panel. */
export function formatDay(date: Date): string {
  return `${date.getFullYear()}${String(date.getMonth() + 1).padStart(2, '0')}${String(date.getDate()).padStart(2, '0')}`
}
