/**
 * What prints: the data, sector filter and page on screen at the moment of printing. Part of the print
 * code, loaded with it (printView.ts): the first load holds only the print keys (printKeys.ts).
 */
import type { Router } from 'vue-router'
import { useDatasetStore } from '../stores/useDatasetStore'
import { useEditionStore } from '../stores/useEditionStore'
import { useFilterStore } from '../stores/useFilterStore'
import type { PrintState } from './printView'

export function printState(router: Router): PrintState | undefined {
  const dataset = useDatasetStore()
  if (!dataset.values.meta) return undefined
  const filter = useFilterStore()
  const { pageId, panelId } = router.currentRoute.value.params
  return {
    values: dataset.values,
    edition: useEditionStore().current?.id,
    chosen: [...filter.chosen],
    expanded: new Set(filter.expanded),
    pageId: typeof pageId === 'string' ? pageId : 'overview',
    ...(typeof panelId === 'string' ? { panelId } : {}),
  }
}
