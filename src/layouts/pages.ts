/**
 * Pages are data: panel ids with positions on a 24-column grid, as a Grafana dashboard is a list of
 * panels with grid positions. Rows are fractions of the page height (the screen is 1920x1080 by design).
 */
import type { PanelId } from '../panels/registry'

export interface PanelPlacement {
  panel: PanelId
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

export const PAGES: readonly PageDefinition[] = [
  {
    id: 'overview',
    title: '总览',
    rows: 12,
    panels: [
      { panel: 'headline', x: 0, w: 24, y: 0, h: 3 },
      { panel: 'gdp', x: 0, w: 8, y: 3, h: 5 },
      { panel: 'fiscal_revenue', x: 8, w: 8, y: 3, h: 5 },
      { panel: 'investment', x: 16, w: 8, y: 3, h: 5 },
      { panel: 'income', x: 0, w: 12, y: 8, h: 4 },
      { panel: 'village_tiers', x: 12, w: 12, y: 8, h: 4 },
    ],
  },
  {
    id: 'economy',
    title: '经济运行',
    rows: 12,
    panels: [
      { panel: 'gdp', x: 0, w: 8, y: 0, h: 6 },
      { panel: 'fiscal_revenue', x: 8, w: 8, y: 0, h: 6 },
      { panel: 'income', x: 16, w: 8, y: 0, h: 6 },
      { panel: 'investment', x: 0, w: 9, y: 6, h: 6 },
      { panel: 'enterprises', x: 9, w: 8, y: 6, h: 6 },
      { panel: 'commerce', x: 17, w: 7, y: 6, h: 6 },
    ],
  },
  {
    id: 'rural',
    title: '乡村振兴',
    rows: 12,
    panels: [
      { panel: 'village_tiers', x: 0, w: 12, y: 0, h: 6 },
      { panel: 'feature_villages', x: 12, w: 12, y: 0, h: 6 },
      { panel: 'village_commerce', x: 0, w: 10, y: 6, h: 6 },
      { panel: 'agriculture', x: 10, w: 8, y: 6, h: 6 },
      { panel: 'land', x: 18, w: 6, y: 6, h: 6 },
    ],
  },
  {
    id: 'projects',
    title: '项目建设',
    rows: 12,
    panels: [
      { panel: 'key_projects', x: 0, w: 13, y: 0, h: 8 },
      { panel: 'project_sectors', x: 13, w: 11, y: 0, h: 12 },
      { panel: 'enterprises', x: 0, w: 13, y: 8, h: 4 },
    ],
  },
  {
    id: 'livelihood',
    title: '民生与治理',
    rows: 12,
    panels: [
      { panel: 'urban_housing', x: 0, w: 12, y: 0, h: 6 },
      { panel: 'governance', x: 12, w: 12, y: 0, h: 6 },
      { panel: 'party', x: 0, w: 12, y: 6, h: 6 },
      { panel: 'honours', x: 12, w: 12, y: 6, h: 6 },
    ],
  },
]

export function findPage(id: string): PageDefinition | undefined {
  return PAGES.find((page) => page.id === id)
}
