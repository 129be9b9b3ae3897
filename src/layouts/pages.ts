/**
 * The dashboard on screen: its pages (panels placed on a 24-column grid, as a Grafana dashboard is a list
 * of panels with grid positions) and its panels, built from the definition in data/dashboard.json (or laid
 * out automatically, src/panels/dashboard.ts). One reactive copy, replaced whenever the data brings a new
 * definition, that every page, export, deck and print reads. Rows are fractions of the page height.
 */
import { shallowReactive } from 'vue'
import type { PageDefinition, PanelDefinition } from '../panels/types'

// The page shapes are the dashboard builder's (src/panels/types.ts); this file holds the pages shown.
export type { PageDefinition, PanelPlacement } from '../panels/types'

/** The pages of the dashboard shown, in order. */
export const PAGES: PageDefinition[] = shallowReactive([])
/** Every panel of the dashboard shown, each once, in the order of the pages. */
export const PANELS: PanelDefinition[] = shallowReactive([])

/** Shows another dashboard: the pages and panels are replaced in place, so whatever reads them follows. */
export function installDashboard(dashboard: { pages: readonly PageDefinition[]; panels: readonly PanelDefinition[] }): void {
  PAGES.splice(0, PAGES.length, ...dashboard.pages)
  PANELS.splice(0, PANELS.length, ...dashboard.panels)
}

export function findPage(id: string): PageDefinition | undefined {
  return PAGES.find((page) => page.id === id)
}

export function findPanel(id: string): PanelDefinition | undefined {
  return PANELS.find((panel) => panel.id === id)
}
