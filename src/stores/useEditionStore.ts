/**
 * The report edition (报告期) shown. The URL pins one (?edition=2022-05) so reload, bookmarks, Back/Forward,
 * screen mode and exports keep it; without it the newest edition is shown, and a refresh that brings a
 * newer edition moves the screen to it. Choosing the newest edition unpins (the view follows new data).
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { chooseEdition, editionsNewestFirst } from '../data/resolve'
import { useDatasetStore } from './useDatasetStore'
import { useViewStore } from './useViewStore'

export const useEditionStore = defineStore('edition', () => {
  const url = useViewStore()
  const dataset = useDatasetStore()
  /** Every edition, newest first. */
  const editions = computed(() => editionsNewestFirst(dataset.values.editions ?? []))
  const pinned = computed(() => url.view.edition)
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
    return url.write({ edition: target }, 'push')
  }

  return { editions, pinned, current, unknown, choose }
})
