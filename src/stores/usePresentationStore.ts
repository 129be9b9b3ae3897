/**
 * How the dashboard is presented: theme (from the URL) and the text scale of the current screen.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { ThemeName } from '../charts/themes'
import { queryValue } from '../router'
import { useScreenStore } from './useScreenStore'

/** Design size of the big screen. */
export const DESIGN_WIDTH = 1920
export const DESIGN_HEIGHT = 1080

/** Text scale for a viewport: 1 at 1920x1080, 2 at 3840x2160; never below 0.7 so text stays legible. */
export function scaleFor(width: number, height: number): number {
  return Math.max(0.7, Math.min(width / DESIGN_WIDTH, height / DESIGN_HEIGHT))
}

export function parseTheme(value: string | undefined): ThemeName {
  return value === 'light' ? 'light' : 'dark'
}

export const usePresentationStore = defineStore('presentation', () => {
  const route = useRoute()
  const router = useRouter()
  /** The theme, kept in the URL as ?theme=light (dark is the default on screen). */
  const theme = computed<ThemeName>(() => parseTheme(queryValue(route, 'theme')))
  const screen = useScreenStore()
  const windowScale = ref(scaleFor(window.innerWidth, window.innerHeight))
  /** Text scale: of the window, or in screen mode of the stage fitted to the screen. */
  const scale = computed(() => (screen.active ? screen.stage.scale : windowScale.value))
  /** Nobody can see the page (another tab, a minimised window): charts stop animating. */
  const pageHidden = ref(document.hidden)
  // Listeners for the app's lifetime: this store exists once.
  window.addEventListener('resize', () => {
    windowScale.value = scaleFor(window.innerWidth, window.innerHeight)
  })
  document.addEventListener('visibilitychange', () => {
    pageHidden.value = document.hidden
  })

  function setTheme(next: ThemeName): Promise<unknown> {
    const query = { ...route.query }
    if (next === 'dark') delete query.theme
    else query.theme = next
    return router.replace({ query })
  }

  return { theme, scale, pageHidden, setTheme }
})
