/**
 * The dashboard's title and the report's as-of line, shown by both headers (AppHeader, ScreenHeader).
 */
import { computed, type ComputedRef } from 'vue'
import { formatAsOf } from '../data/period'
import { useDatasetStore } from '../stores/useDatasetStore'
import { useEditionStore } from '../stores/useEditionStore'

/** Shown until meta.json has been read. */
const DEFAULT_TITLE = '经济运行看板'

export function useReportHeading(): { title: ComputedRef<string>; asOf: ComputedRef<string> } {
  const dataset = useDatasetStore()
  const title = computed(() => dataset.values.meta?.title ?? DEFAULT_TITLE)
  const edition = useEditionStore()
  const asOf = computed(() => (edition.current ? `主要指标截至${formatAsOf(edition.current.asOf)}` : ''))
  return { title, asOf }
}
