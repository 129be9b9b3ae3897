/**
 * The figure cards each card panel shows now (data, edition, sector filter), for the room layout: a card
 * panel's minimum size is computed from its cards (src/panels/cardFit.ts), so a longer target line or a
 * new card gets the room it needs. Undefined for chart panels and while a panel cannot be built.
 */
import { computed, type ComputedRef } from 'vue'
import type { FigureCard } from '../panels/cards'
import { contextFor } from '../panels/context'
import { findPanel } from '../layouts/pages'
import { usePanelView } from './panelView'
import type { CardsOf } from '../screen/roomLayout'

export function useShownCards(): ComputedRef<CardsOf> {
  // Design pixels (scale 1): the room layout sizes cards from their text at the design size.
  const current = usePanelView({ theme: 'dark', scale: 1 })
  return computed(() => {
    const view = current()
    const built = new Map<string, readonly FigureCard[] | undefined>()
    return (panelId) => {
      if (built.has(panelId)) return built.get(panelId)
      const panel = findPanel(panelId)
      let cards: readonly FigureCard[] | undefined
      try {
        const ctx = panel?.kind === 'cards' ? contextFor(panel, view) : undefined
        if (ctx && panel?.kind === 'cards' && !panel.isEmpty?.(ctx)) cards = panel.buildCards(ctx)
      } catch {
        // The panel shows its error card; the static minimum serves.
      }
      built.set(panelId, cards)
      return cards
    }
  })
}
