/**
 * What prints: the data, sector filter and page on screen at the moment of printing. In the first load
 * (a few lines) so the lazily loaded print code never imports the stores itself.
 */
import { usePanelView } from '../stores/panelView'
import { usePresentationStore } from '../stores/usePresentationStore'
import { useViewStore } from '../stores/useViewStore'
import type { PrintState } from './printView'

export function printState(): PrintState | undefined {
  const view = usePanelView(usePresentationStore())()
  if (!view.values.meta) return undefined
  const { page, panel } = useViewStore().view
  return { ...view, pageId: page ?? 'overview', ...(panel !== undefined ? { panelId: panel } : {}) }
}
