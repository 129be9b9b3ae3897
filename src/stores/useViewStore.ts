/**
 * The view state of the URL (src/routing/view.ts) for the other stores: read once per navigation, and
 * written back through one function, so the filter, edition, theme and screen stores never parse or
 * build a query themselves.
 */
import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { PAGES } from '../layouts/pages'
import { readView, writeView, type ViewState } from '../routing/view'

export const useViewStore = defineStore('view', () => {
  const route = useRoute()
  const router = useRouter()
  /** What the URL says is on screen (the pages are the data's: read each time, they arrive with it). */
  const view = computed(() => readView(route, PAGES.map((page) => page.id)))

  /**
   * Writes the view with `patch` applied: `push` for a person's choice (Back returns to the previous
   * one), `replace` for corrections and for what must not grow the history (days of rotation).
   */
  function write(patch: Partial<ViewState>, how: 'push' | 'replace'): Promise<unknown> {
    const next = writeView({ ...view.value, ...patch }, route)
    return how === 'push' ? router.push(next) : router.replace(next)
  }

  return { view, write }
})
