/**
 * The dashboard's title and the report's as-of line, shown by both headers (AppHeader, ScreenHeader).
 */
import { computed, type ComputedRef } from 'vue'
import { formatAsOf } from '../data/period'
import { useDatasetStore } from '../stores/useDatasetStore'
import { useEditionStore } from '../stores/useEditionStore'
import { dashboardTitle } from '../portable/marks'

export function useReportHeading(): { title: ComputedRef<string>; asOf: ComputedRef<string> } {
  const dataset = useDatasetStore()
  const title = computed(() => dashboardTitle(dataset.values.meta))
  const edition = useEditionStore()
  const asOf = computed(() => (edition.current ? `主要指标截至${formatAsOf(edition.current.asOf)}` : ''))
  return { title, asOf }
}
