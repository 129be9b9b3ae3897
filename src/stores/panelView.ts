/**
 * The panel view (src/panels/context.ts) of what is on screen now, from the stores: the one place the
 * frame, screen mode, the exports, the deck and print get the data, filter and edition their panel
 * contexts are built from.
 */
import type { PanelView } from '../panels/context'
import { useDatasetStore } from './useDatasetStore'
import { useEditionStore } from './useEditionStore'
import { useFilterStore } from './useFilterStore'

/**
 * A function returning the view at the moment it is called (read inside a computed, it is reactive).
 * `look` is read at each call too: the presentation store (theme and text scale of the window), or a
 * fixed look. Passed in, not imported: the screen store, which the presentation store reads, builds its
 * card sizes from this view.
 */
export function usePanelView(look: Pick<PanelView, 'theme' | 'scale'>): () => PanelView {
  const dataset = useDatasetStore()
  const filter = useFilterStore()
  const edition = useEditionStore()
  return () => ({
    values: dataset.values,
    edition: edition.current?.id,
    // Copies: an export taken at the click keeps the filter of the click.
    chosen: [...filter.chosen],
    expanded: new Set(filter.expanded),
    theme: look.theme,
    scale: look.scale,
  })
}
