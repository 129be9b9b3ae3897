/**
 * The panels that have nothing for the chosen sectors now (src/panels/collapse.ts): left out of their page,
 * on screen and in screen mode's slides, so the page re-flows. Empty without a filter.
 */
import { computed, type ComputedRef } from 'vue'
import { emptyPanelIds } from '../panels/collapse'
import { PANELS } from '../layouts/pages'
import { usePanelView } from './panelView'

export function useEmptyPanels(): ComputedRef<ReadonlySet<string>> {
  // Emptiness depends on data, edition and filter only: any look will do.
  const current = usePanelView({ theme: 'dark', scale: 1 })
  return computed(() => emptyPanelIds(PANELS, current()))
}
