/**
 * What prints: the data, sector filter and page on screen at the moment of printing. Part of the print
 * code, loaded with it (printView.ts): the first load holds only the print keys (printKeys.ts).
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
