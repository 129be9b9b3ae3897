/**
 * The panels that have nothing for the chosen sectors now (src/panels/collapse.ts): left out of their page,
 * on screen and in screen mode's slides, so the page re-flows. Empty without a filter.
 */
import { computed, type ComputedRef } from 'vue'
import { emptyPanelIds } from '../panels/collapse'
import { PANELS } from '../layouts/pages'
import { usePanelView } from './panelView'
import { useDatasetStore } from './useDatasetStore'
import { DATA_FILE_NAMES } from '../data/schema'

export function useEmptyPanels(): ComputedRef<ReadonlySet<string>> {
  // Emptiness depends on data, edition and filter only: any look will do.
  const current = usePanelView({ theme: 'dark', scale: 1 })
  const data = useDatasetStore()
  const faulty = computed(() => new Set(DATA_FILE_NAMES.filter((name) => data.issues[name].length > 0)))
  return computed(() => emptyPanelIds(PANELS, current(), faulty.value))
}
