/**
 * The panel view (src/panels/context.ts) of what is on screen now, from the stores: the one place the
 * frame, screen mode, the exports, the deck and print get the data, filter, edition, theme and scale
 * their panel contexts are built from.
 */
import type { PanelView } from '../panels/context'
import { useDatasetStore } from './useDatasetStore'
import { useEditionStore } from './useEditionStore'
import { useFilterStore } from './useFilterStore'
import { usePresentationStore } from './usePresentationStore'

/**
 * A function returning the view at the moment it is called (read inside a computed, it is reactive).
 * The presentation store is looked up on first use: the screen store, which it reads, calls this in its
 * own setup (card sizes), and a lookup there would build the two stores in a circle.
 */
export function usePanelView(): () => PanelView {
  const dataset = useDatasetStore()
  const filter = useFilterStore()
  const edition = useEditionStore()
  let presentation: ReturnType<typeof usePresentationStore> | undefined
  return () => {
    presentation ??= usePresentationStore()
    return {
      values: dataset.values,
      edition: edition.current?.id,
      // Copies: an export taken at the click keeps the filter of the click.
      chosen: [...filter.chosen],
      expanded: new Set(filter.expanded),
      theme: presentation.theme,
      scale: presentation.scale,
    }
  }
}
