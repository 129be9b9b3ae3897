/**
 * The report edition (报告期) shown. The URL pins one (?period=2022-05) so reload, bookmarks, Back/Forward,
 * screen mode and exports keep it; without it the newest edition is shown, and a refresh that brings a
 * newer edition moves the screen to it. Choosing the newest edition unpins (the view follows new data).
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'
import { chooseEdition, editionsNewestFirst } from '../data/resolve'
import { useDatasetStore } from './useDatasetStore'

const PERIOD_KEY = 'period'

/** The `period` parameter as a string, or undefined. */
function pinnedEdition(query: LocationQuery): string | undefined {
  const value = query[PERIOD_KEY]
  const first = Array.isArray(value) ? value[0] : value
  return first ?? undefined
}

/** The query with the edition pinned, or unpinned (undefined); the other parameters kept. */
function withEdition(query: LocationQuery, id: string | undefined): LocationQuery {
  const next = { ...query }
  if (id === undefined) delete next[PERIOD_KEY]
  else next[PERIOD_KEY] = id
  return next
}

export const useEditionStore = defineStore('edition', () => {
  const route = useRoute()
  const router = useRouter()
  const dataset = useDatasetStore()
  /** Every edition, newest first. */
  const editions = computed(() => editionsNewestFirst(dataset.values.editions ?? []))
  const pinned = computed(() => pinnedEdition(route.query))
  /** The edition shown: the pinned one, or the newest. */
  const current = computed(() => chooseEdition(editions.value, pinned.value))
  /** A pinned id the data does not know (the newest is shown instead). */
  const unknown = computed(() =>
    pinned.value !== undefined && editions.value.length > 0 && !editions.value.some((item) => item.id === pinned.value) ? pinned.value : undefined,
  )

  /** A person's choice: a history entry; the newest unpins. */
  function choose(id: string): Promise<unknown> {
    const target = id === editions.value[0]?.id ? undefined : id
    if (target === pinned.value) return Promise.resolve()
    return router.push({ query: withEdition(route.query, target) })
  }

  return { editions, pinned, current, unknown, choose }
})
