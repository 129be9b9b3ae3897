/**
 * The figure cards each card panel shows now (data, edition, sector filter), for the room layout: a card
 * panel's minimum size is computed from its cards (src/panels/cardFit.ts), so a longer target line or a
 * new card gets the room it needs. Undefined for chart panels and while a panel cannot be built.
 */
import { computed, type ComputedRef } from 'vue'
import type { FigureCard } from '../panels/cards'
import { filesLoaded, panelContext } from '../panels/context'
import { findPanel } from '../panels/registry'
import { useDatasetStore } from './useDatasetStore'
import { useEditionStore } from './useEditionStore'
import { useFilterStore } from './useFilterStore'
import type { CardsOf } from '../screen/roomLayout'

export function useShownCards(): ComputedRef<CardsOf> {
  const dataset = useDatasetStore()
  const filter = useFilterStore()
  const edition = useEditionStore()
  return computed(() => {
    const values = dataset.values
    const ctx = panelContext(values, filter.expanded, 'dark', 1, edition.current?.id)
    const built = new Map<string, readonly FigureCard[] | undefined>()
    return (panelId) => {
      if (built.has(panelId)) return built.get(panelId)
      const panel = findPanel(panelId)
      let cards: readonly FigureCard[] | undefined
      try {
        if (ctx && panel?.kind === 'cards' && filesLoaded(values, panel.reads) && !panel.isEmpty?.(ctx)) cards = panel.buildCards(ctx)
      } catch {
        // The panel shows its error card; the static minimum serves.
      }
      built.set(panelId, cards)
      return cards
    }
  })
}
