/**
 * The dashboard's title and the report's as-of line, shown by both headers (AppHeader, ScreenHeader).
 */
import { computed, type ComputedRef } from 'vue'
import { formatPeriod } from '../format/number'
import { useDatasetStore } from '../stores/useDatasetStore'

/** Shown until meta.json has been read. */
const DEFAULT_TITLE = '永安镇经济运行看板'

export function useReportHeading(): { title: ComputedRef<string>; asOf: ComputedRef<string> } {
  const dataset = useDatasetStore()
  const title = computed(() => dataset.values.meta?.title ?? DEFAULT_TITLE)
  const asOf = computed(() => {
    const meta = dataset.values.meta
    return meta ? `主要指标截至${formatPeriod(meta.asOf)}` : ''
  })
  return { title, asOf }
}
