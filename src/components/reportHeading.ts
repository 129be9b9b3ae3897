/**
 * The dashboard's title and the report's as-of line, shown by both headers (AppHeader, ScreenHeader). The
 * as-of line names the months of the figures the first page's cards show (src/screen/asOfLine.ts).
 */
import { computed, type ComputedRef } from 'vue'
import { PAGES, findPanel } from '../layouts/pages'
import { contextFor } from '../panels/context'
import type { Indicator } from '../data/resolve'
import { asOfLine } from '../screen/asOfLine'
import { useDatasetStore } from '../stores/useDatasetStore'
import { useEditionStore } from '../stores/useEditionStore'
import { dashboardTitle } from '../platform/marks'

const NO_SECTORS: ReadonlySet<string> = new Set()

export function useReportHeading(): { title: ComputedRef<string>; asOf: ComputedRef<string> } {
  const dataset = useDatasetStore()
  const title = computed(() => dashboardTitle(dataset.values.meta))
  const edition = useEditionStore()
  const asOf = computed(() => {
    const current = edition.current
    if (!current) return ''
    return asOfLine(leadingFigures(dataset.values, current.id), current.asOf)
  })
  return { title, asOf }
}

/** The figures of the first card panel of the first page (主要经济指标), as the edition shows them. */
function leadingFigures(values: ReturnType<typeof useDatasetStore>['values'], editionId: string): Indicator[] {
  try {
    const panel = PAGES[0]?.panels.map((placement) => findPanel(placement.panel)).find((one) => one?.kind === 'cards')
    if (!panel || panel.kind !== 'cards') return []
    // The whole town's cards: the as-of line does not change with the sector filter.
    const ctx = contextFor(panel, { values, edition: editionId, chosen: [], expanded: NO_SECTORS, theme: 'dark', scale: 1 })
    if (!ctx) return []
    const ids = new Set(panel.buildCards(ctx).filter((card) => !card.missing).map((card) => card.id))
    return ctx.dataset.indicators.filter((item) => ids.has(item.id))
  } catch {
    // Data not complete yet (a file still loading or broken): the edition's own date.
    return []
  }
}
