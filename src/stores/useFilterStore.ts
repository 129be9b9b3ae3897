/**
 * The sector filter. The chosen sectors live in the URL (?sector=industry,e_commerce), so reload, deep
 * links and back/forward restore them; this store reads them, expands a parent sector to include its
 * sub-sectors, and writes a person's choice back through the view store (one history entry per choice).
 * Ids the data does not know are dropped from the URL (replacing the entry) and named in a notice.
 */
import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import { expandSectors, focusSector, parseSectors, serialiseSectors, toggleSector } from '../routing/sectorQuery'
import { useDatasetStore } from './useDatasetStore'
import { useViewStore } from './useViewStore'

export const useFilterStore = defineStore('filter', () => {
  const url = useViewStore()
  const dataset = useDatasetStore()
  const sectors = computed(() => dataset.values.sectors ?? [])
  /** A string, so that navigation which leaves the parameter alone recomputes nothing downstream. */
  const raw = computed(() => url.view.sectors.join(','))
  const parsed = computed(() => parseSectors(raw.value, sectors.value))
  /** Sector ids named in the URL that the data knows (a sub-sector of a chosen parent is implied). */
  const chosen = computed(() => parsed.value.chosen)
  /** The chosen sectors with their sub-sectors; empty means all. */
  const expanded = computed(() => expandSectors(chosen.value, sectors.value))
  const active = computed(() => chosen.value.length > 0)
  /** Unknown ids most recently dropped from the URL, for the notice; cleared by the next choice. */
  const ignored = ref<string[]>([])

  // Clean the URL once the sectors are known: drop unknown ids, repeats and implied sub-sectors.
  watch(
    [raw, parsed, () => dataset.values.sectors !== undefined],
    ([text, { chosen: known, unknown }, loaded]) => {
      if (!loaded || text === (serialiseSectors(known) ?? '')) return
      if (unknown.length) ignored.value = unknown
      void url.write({ sectors: known }, 'replace')
    },
    { immediate: true },
  )

  /** A person's choice: a new history entry, so Back returns to the previous choice. */
  function choose(ids: readonly string[]): Promise<unknown> {
    ignored.value = []
    if (serialiseSectors(ids) === serialiseSectors(chosen.value)) return Promise.resolve()
    return url.write({ sectors: [...ids] }, 'push')
  }

  return {
    chosen,
    expanded,
    active,
    ignored,
    choose,
    clear: () => choose([]),
    toggle: (id: string) => choose(toggleSector(chosen.value, id, sectors.value)),
    /** Cross-filter from a chart: that sector alone, or all again when it alone was chosen. */
    focus: (id: string) => choose(focusSector(chosen.value, id, sectors.value)),
    dismissNotice: () => {
      ignored.value = []
    },
  }
})
