/**
 * The figure cards each card panel shows now (data, edition, sector filter), for the room layout: a card
 * panel's minimum size is computed from its cards (src/panels/cardFit.ts), so a longer target line or a
 * new card gets the room it needs. Undefined for chart panels and while a panel cannot be built.
 */
import { computed, type ComputedRef } from 'vue'
import { contextFor } from '../panels/context'
import { findPanel } from '../layouts/pages'
import { usePanelView } from './panelView'
import type { CardsOf, ShownCards } from '../screen/roomLayout'

export function useShownCards(): ComputedRef<CardsOf> {
  // Design pixels (scale 1): the room layout sizes cards from their text at the design size.
  const current = usePanelView({ theme: 'dark', scale: 1 })
  return computed(() => {
    const view = current()
    const built = new Map<string, ShownCards | undefined>()
    return (panelId) => {
      if (built.has(panelId)) return built.get(panelId)
      const panel = findPanel(panelId)
      let shown: ShownCards | undefined
      try {
        const ctx = panel?.kind === 'cards' ? contextFor(panel, view) : undefined
        if (ctx && panel?.kind === 'cards' && !panel.isEmpty?.(ctx)) {
          // The head as PanelFrame writes it: the title, then 单位 and the period.
          const meta = [...(panel.unit ? [`单位：${panel.unit}`] : []), panel.period(ctx)]
          shown = { cards: panel.buildCards(ctx), head: { title: panel.title, meta } }
        }
      } catch {
        // The panel shows its error card; the static minimum serves.
      }
      built.set(panelId, shown)
      return shown
    }
  })
}
