/**
 * How the dashboard is presented: theme (from the URL) and the text scale of the current screen.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import type { ThemeName } from '../charts/themes'
import { DESIGN_SIZE, roundScale } from '../charts/designScreen'
import type { Size } from '../screen/fit'
import { useScreenStore } from './useScreenStore'
import { useViewStore } from './useViewStore'

/** Below this width panels stack one per row (styles) and the page scrolls: text keeps its design size. */
const STACKED_MAX_WIDTH = 1100

/**
 * Text scale for a window: 1 at 1920x1080, 2 at 3840x2160, to 0.01; never below 0.7 so text stays
 * legible (the page scrolls instead); 1 where panels stack (a phone: the smallest text is 14 px).
 */
function scaleFor(size: Size): number {
  if (size.width <= STACKED_MAX_WIDTH) return 1
  return Math.max(0.7, roundScale(Math.min(size.width / DESIGN_SIZE.width, size.height / DESIGN_SIZE.height)))
}

export const usePresentationStore = defineStore('presentation', () => {
  const url = useViewStore()
  /** The theme, kept in the URL as ?theme=light (dark is the default on screen). */
  const theme = computed<ThemeName>(() => url.view.theme)
  const screen = useScreenStore()
  /**
   * Text scale: of the window, or in screen mode of the stage fitted to the screen. A computed number
   * notifies only when it changes, so a resize that keeps the rounded scale rebuilds no chart option.
   */
  const scale = computed(() => (screen.active ? screen.stage.scale : scaleFor(screen.viewport)))
  /** Nobody can see the page (another tab, a minimised window): charts stop animating. */
  // Not @vueuse/core's useDocumentVisibility: it would bring vueuse's listener helpers into the first load
  // (+670 B gzip, measured with scripts/check-size.mjs) for these lines; screen mode's lazy code uses vueuse.
  const pageHidden = ref(document.hidden)
  const onVisibility = () => {
    pageHidden.value = document.hidden
  }
  document.addEventListener('visibilitychange', onVisibility)
  // For the app's lifetime (the store exists once); $dispose() removes it, as the unit tests do.
  onScopeDispose(() => document.removeEventListener('visibilitychange', onVisibility))

  function setTheme(next: ThemeName): Promise<unknown> {
    return url.write({ theme: next }, 'replace')
  }

  return { theme, scale, pageHidden, setTheme }
})
