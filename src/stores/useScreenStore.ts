/**
 * Screen mode (the meeting-room screen): its settings from the URL (?kiosk, ?fit, ?rotate, ?refresh), the
 * stage that fits the window, and the presenter's state (paused, held by activity, zoomed panel). State
 * and the actions that change it: the timers and listeners that call them live in src/screen/session.ts.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { findPage, PAGES } from '../layouts/pages'
import { findPanel } from '../panels/registry'
import { pagePath, routePageId } from '../routing/url'
import { fitStage, type Size } from '../screen/fit'
import { enterFullscreen, exitFullscreen } from '../screen/fullscreen'
import { stepIndex } from '../screen/pageStep'
import { followViewport, windowSize } from '../screen/viewport'
import { parseScreenQuery } from '../screen/settings'

/** What the progress bar draws: `elapsedMs` of `durationMs` at the moment `epoch` began, running or still. */
export interface RotationProgress {
  durationMs: number
  elapsedMs: number
  running: boolean
  epoch: number
}

export const useScreenStore = defineStore('screen', () => {
  const route = useRoute()
  const router = useRouter()

  const settings = computed(() => parseScreenQuery(route.query))
  const active = computed(() => settings.value.active)

  /** The window's inner size (the one resize listener of the app; removed when the store is disposed). */
  const viewport = ref<Size>(windowSize(window))
  onScopeDispose(
    followViewport(window, (size) => {
      viewport.value = size
    }),
  )
  const stage = computed(() => fitStage(viewport.value, settings.value.fit))

  /** Paused by the presenter (Space); stays until Space again. */
  const paused = ref(false)
  /** Someone moved the pointer or pressed a key: rotation waits until they have been idle a while. */
  const held = ref(false)
  /** Index of the zoomed panel among the page's panels, or null. */
  const focusedIndex = ref<number | null>(null)
  const cursorHidden = ref(false)
  /** The clock on screen (ms since epoch), ticked by the session. */
  const now = ref(Date.now())
  const progress = shallowRef<RotationProgress>({ durationMs: 0, elapsedMs: 0, running: false, epoch: 0 })

  const pageId = computed(() => routePageId(route))
  const page = computed(() => (pageId.value === undefined ? undefined : findPage(pageId.value)))
  const pageIndex = computed(() => PAGES.findIndex((p) => p.id === pageId.value))
  /** The panels the page really shows (DashboardPage skips ids the registry lacks). */
  const panelCount = computed(() => (page.value?.panels ?? []).filter((p) => findPanel(p.panel)).length)

  // A zoomed panel belongs to its page.
  watch(
    () => route.path,
    () => {
      focusedIndex.value = null
    },
  )

  function goToPage(index: number): Promise<unknown> {
    const target = PAGES[index]
    if (!target) return Promise.resolve()
    // replace, not push: days of rotation must not grow the history.
    return router.replace({ path: pagePath(target.id), query: route.query })
  }

  function step(direction: 1 | -1): Promise<unknown> {
    return goToPage(stepIndex(pageIndex.value, PAGES.length, direction))
  }

  /** The session's clock tick. */
  function setClock(time: number): void {
    now.value = time
  }

  /** What the input machine (src/screen/input.ts) decided: the rotation is held, the cursor is hidden. */
  function followInput(input: { held: boolean; cursorHidden: boolean }): void {
    held.value = input.held
    cursorHidden.value = input.cursorHidden
  }

  function setProgress(next: RotationProgress): void {
    progress.value = next
  }

  /** Screen mode's session ended: nothing holds, the cursor shows, the bar stands still. */
  function endSession(): void {
    cursorHidden.value = false
    held.value = false
    progress.value = { ...progress.value, running: false }
  }

  function togglePause(): void {
    paused.value = !paused.value
    held.value = false
  }

  function focus(index: number): void {
    if (page.value && index >= 0 && index < panelCount.value) focusedIndex.value = index
  }

  function unfocus(): void {
    focusedIndex.value = null
  }

  /** Enter screen mode (the 放映 button): the click is the user gesture fullscreen needs. */
  function enter(): Promise<unknown> {
    void enterFullscreen()
    return router.replace({ query: { ...route.query, kiosk: null } })
  }

  function leave(): Promise<unknown> {
    void exitFullscreen()
    paused.value = false
    held.value = false
    focusedIndex.value = null
    const query = { ...route.query }
    delete query.kiosk
    return router.replace({ query })
  }

  return {
    settings,
    active,
    viewport,
    stage,
    paused,
    held,
    focusedIndex,
    cursorHidden,
    now,
    progress,
    page,
    pageIndex,
    panelCount,
    step,
    setClock,
    followInput,
    setProgress,
    endSession,
    togglePause,
    focus,
    unfocus,
    enter,
    leave,
  }
})
