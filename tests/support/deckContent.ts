/** What 导出演示文稿 (all pages) must hold, from the page table and the panel registry. */
import { PAGES, findPanel } from '../../src/layouts/pages'
import type { PanelDefinition } from '../../src/panels/types'

/** Each panel of every page once, in page order: what the deck must show. */
export function panelsInPageOrder(): PanelDefinition[] {
  const ids = [...new Set(PAGES.flatMap((page) => page.panels.map((placement) => placement.panel)))]
  return ids.map((id) => findPanel(id)).filter((panel): panel is PanelDefinition => panel !== undefined)
}
