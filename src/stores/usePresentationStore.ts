/**
 * How the dashboard is presented: theme (from the URL) and the text scale of the current screen.
 */
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import type { ThemeName } from '../charts/themes'
import { queryValue } from '../router'

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
  /** Text scale of the current window. */
  const scale = ref(scaleFor(window.innerWidth, window.innerHeight))
  const onResize = () => {
    scale.value = scaleFor(window.innerWidth, window.innerHeight)
  }
  window.addEventListener('resize', onResize)

  function setTheme(next: ThemeName): Promise<unknown> {
    const query = { ...route.query }
    if (next === 'dark') delete query.theme
    else query.theme = next
    return router.replace({ query })
  }

  return { theme, scale, setTheme }
})
