/**
 * The dashboard on screen: its pages (panels placed on a 24-column grid, as a Grafana dashboard is a list
 * of panels with grid positions) and its panels, built from the definition in data/dashboard.json (or laid
 * out automatically, src/panels/dashboard.ts). One reactive copy, replaced whenever the data brings a new
 * definition, that every page, export, deck and print reads. Rows are fractions of the page height.
 */
import { shallowReactive } from 'vue'
import type { PanelDefinition } from '../panels/types'

export interface PanelPlacement {
  panel: string
  /** Column (0-23) and width in columns. */
  x: number
  w: number
  /** Row and height in rows of the page's row grid. */
  y: number
  h: number
}

export interface PageDefinition {
  id: string
  title: string
  /** Rows of the page grid; placements use these rows. */
  rows: number
  panels: PanelPlacement[]
}

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
