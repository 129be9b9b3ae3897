/**
 * The sector filter. The chosen sectors live in the URL (?sector=industry,e_commerce); this store reads
 * them and expands a parent sector to include its sub-sectors.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useRoute } from 'vue-router'
import type { Sector } from '../data/schema'
import { queryValue } from '../router'
import { useDatasetStore } from './useDatasetStore'

/** The chosen sector ids with every sub-sector of a chosen parent; empty means all sectors. */
export function expandSectors(chosen: readonly string[], sectors: readonly Sector[]): Set<string> {
  const out = new Set<string>()
  const add = (id: string) => {
    if (out.has(id)) return
    out.add(id)
    for (const child of sectors) if (child.parent === id) add(child.id)
  }
  chosen.forEach(add)
  return out
}

export const useFilterStore = defineStore('filter', () => {
  const route = useRoute()
  const dataset = useDatasetStore()
  /** Sector ids named in the URL that the data knows. */
  const chosen = computed<string[]>(() => {
    const known = new Set((dataset.values.sectors ?? []).map((sector) => sector.id))
    return (queryValue(route, 'sector') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id && known.has(id))
  })
  const expanded = computed(() => expandSectors(chosen.value, dataset.values.sectors ?? []))
  return { chosen, expanded }
})
