/**
 * Screen mode (the meeting-room screen): its settings from the URL (?kiosk, ?fit, ?rotate, ?refresh), the
 * stage that fits the window, and the presenter's state (paused, held by activity, zoomed panel). State
 * and the actions that change it: the timers and listeners that call them live in src/screen/session.ts.
 * The room layout and the show's slides (src/screen/show.ts and what it uses) load when screen mode is
 * first asked for: screen mode starts once they are in, and the normal dashboard never loads them.
 */
import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref, shallowRef, watch, watchEffect } from 'vue'
import { findPage, PAGES, findPanel } from '../layouts/pages'
import { fitStage, type Size } from '../screen/fit'
import { enterFullscreen, exitFullscreen } from '../screen/fullscreen'
import type { ShowPosition } from '../screen/pageStep'
import type { RoomDefaults } from '../screen/roomDefaults'
import type { Slide } from '../screen/slides'
import { useShownCards } from './shownCards'
import { useEmptyPanels } from './emptyPanels'
import { collapsePage } from '../panels/collapse'
import { followViewport, windowSize } from '../screen/viewport'
import type { ScreenSettings } from '../screen/settings'
import { isPortablePage } from '../data/embedded'
import { useViewStore } from './useViewStore'
import { useDatasetStore } from './useDatasetStore'

/** What the progress bar draws: `elapsedMs` of `durationMs` at the moment `epoch` began, running or still. */
export interface RotationProgress {
  durationMs: number
  elapsedMs: number
  running: boolean
  epoch: number
}

export const useScreenStore = defineStore('screen', () => {
  const url = useViewStore()
  const dataset = useDatasetStore()
  /** The URL's settings; the portable page holds its data, there is nothing newer to read: no refresh. */
  const settings = computed<ScreenSettings>(() => (isPortablePage() ? { ...url.view.screen, refreshSeconds: 0 } : url.view.screen))
  /** This machine's default room, for a URL that gives none (read once, with the show; the settings panel saves it). */
  const roomDefaults = ref<RoomDefaults>()
  /** The show's pure functions (room layout, slides, rotation), loaded when screen mode is first asked for. */
  const show = shallowRef<typeof import('../screen/show')>()
  let loadingShow = false
  watchEffect(() => {
    if (!settings.value.active || show.value || loadingShow) return
    loadingShow = true
    // The session (keys, rotation) loads alongside, so screen mode answers its keys from its first frame;
    // and the code of every panel kind, as the slides draw every page (src/panels/registry.ts).
    Promise.all([import('../screen/show'), import('../screen/session'), dataset.loadKinds()])
      // undefined while a failed chunk load reloads the page (src/platform/chunkReload.ts), which also reports it.
      .then(([module, session]) => {
        if (!module || !session) return
        roomDefaults.value = module.loadRoomDefaults(module.machineStorage())
        show.value = module
      })
      .catch(() => {})
      .finally(() => (loadingShow = false))
  })
  /** In screen mode: asked for by the URL (?kiosk), and its code is in. */
  const active = computed(() => settings.value.active && show.value !== undefined)
  /** Screen mode is asked for and its code is loading: the page waits rather than show itself unfitted. */
  const starting = computed(() => settings.value.active && show.value === undefined)

  /** The window's inner size (the one resize listener of the app; removed when the store is disposed). */
  const viewport = ref<Size>(windowSize(window))
  onScopeDispose(
    followViewport(window, (size) => {
      viewport.value = size
    }),
  )
  /** Laid out for the room (legibility rule, slides), unless ?fit= asks for plain scaling. */
  /** This machine's default room, for a URL that gives none (read once; the settings panel saves it). */
  const layout = computed(() => {
    const given = settings.value
    const room = { diagonalInches: given.diagonalInches ?? roomDefaults.value?.diagonalInches, distanceM: given.distanceM ?? roomDefaults.value?.distanceM }
    return show.value?.layoutFor({ ...given, ...room }, viewport.value)
  })
  const stage = computed(() => {
    const room = layout.value
    if (!room) return fitStage(viewport.value, settings.value.fit)
    return { left: 0, top: 0, width: viewport.value.width, height: viewport.value.height, scale: room.textScale }
  })
  /** The pages of the rotation (?pages), in order. */
  const pages = computed(() => show.value?.rotationPages(settings.value) ?? [...PAGES])

  /** Paused by the presenter (Space); stays until Space again. */
  const paused = ref(false)
  /** Someone moved the pointer or pressed a key: rotation waits until they have been idle a while. */
  const held = ref(false)
  /** Help on the keys (? or H). */
  const helpShown = ref(false)
  /** The settings panel (room, pages, times). */
  const settingsShown = ref(false)
  /** The screen is black (. or B; any key back). */
  const black = ref(false)
  /** Index of the zoomed panel among the slide's panels, or null. */
  const focusedIndex = ref<number | null>(null)
  const cursorHidden = ref(false)
  /** The clock on screen (ms since epoch), ticked by the session. */
  const now = ref(Date.now())
  const progress = shallowRef<RotationProgress>({ durationMs: 0, elapsedMs: 0, running: false, epoch: 0 })

  const pageId = computed(() => url.view.page)
  const page = computed(() => (pageId.value === undefined ? undefined : findPage(pageId.value)))
  /** The page's index in the rotation; -1 off it (a deep link to a panel, a page ?pages leaves out). */
  const pageIndex = computed(() => pages.value.findIndex((p) => p.id === pageId.value))
  /** The cards each card panel shows: their minimum size is computed from them. */
  const cardsOf = useShownCards()
  /** What the cycle knows of a panel: its kind, indicators and whether it holds the leading figures. */
  const panelOf = (id: string) => findPanel(id)
  const cycleOptions = computed(() => ({ wholePages: settings.value.wholePages, cardsOf: cardsOf.value }))
  /** Panels with nothing for the chosen sectors: left out, the page re-flows (src/panels/collapse.ts). */
  const emptyPanels = useEmptyPanels()
  const shownPages = computed(() => pages.value.map((p) => collapsePage(p, emptyPanels.value)))
  /** The slides of each page of the rotation in one cycle (the 要点 slide first, each panel once). */
  const cycle = computed<Slide[][]>(() => show.value?.showSlides(shownPages.value, layout.value, panelOf, cycleOptions.value) ?? shownPages.value.map((p) => [{ columns: 24, rows: p.rows, panels: p.panels }]))
  /** The page's slides: its share of the cycle, or, off the rotation, the page on its own. */
  const slides = computed<Slide[]>(() => {
    if (!page.value) return []
    if (pageIndex.value >= 0) return cycle.value[pageIndex.value] ?? []
    const p = collapsePage(page.value, emptyPanels.value)
    return show.value?.slidesOf(p, layout.value, cycleOptions.value) ?? [{ columns: 24, rows: p.rows, panels: p.panels }]
  })
  const slideCounts = computed(() => cycle.value.map((s) => s.length))
  /** Whole-page slides: the panels whose text is below the rule (the settings panel lists them). */
  const belowRule = computed(() => (settings.value.wholePages ? (show.value?.belowRule(shownPages.value, layout.value, cardsOf.value) ?? []) : []))
  const slideIndex = computed(() => Math.min(Math.max(0, settings.value.slide), Math.max(0, slides.value.length - 1)))
  const slide = computed(() => slides.value[slideIndex.value])
  /** The panels the slide really shows (DashboardPage skips ids the registry lacks). */
  const panelCount = computed(() => (slide.value?.panels ?? []).filter((p) => findPanel(p.panel)).length)
  /** Seconds the current slide stays (?rotate, per page). */
  const rotateSeconds = computed(() => show.value?.secondsFor(pageId.value, settings.value) ?? settings.value.rotateSeconds)
  const slideTotal = computed(() => slideCounts.value.reduce((sum, n) => sum + n, 0))

  // A zoomed panel belongs to its slide.
  watch(
    () => [url.view.page, url.view.panel, slideIndex.value],
    () => {
      focusedIndex.value = null
    },
  )

  function goTo(at: ShowPosition): Promise<unknown> {
    const target = pages.value[at.page]
    if (!target) return Promise.resolve()
    // replace, not push: days of rotation must not grow the history.
    return url.write({ page: target.id, panel: undefined, screen: { ...url.view.screen, slide: at.slide } }, 'replace')
  }

  /** The next (1) or previous (-1) slide, then page. */
  function step(direction: 1 | -1): Promise<unknown> {
    const at = show.value?.stepSlide({ page: pageIndex.value, slide: slideIndex.value }, slideCounts.value, direction)
    return at ? goTo(at) : Promise.resolve()
  }

  /** F5: the show from its first slide; Shift+F5: this page from its first slide. */
  function restart(from: 'beginning' | 'current'): Promise<unknown> {
    paused.value = false
    focusedIndex.value = null
    return goTo({ page: from === 'current' && pageIndex.value >= 0 ? pageIndex.value : 0, slide: 0 })
  }

  /** Text scale of each panel of `slide` in the room layout (of `zoomed` alone when zoomed); undefined elsewhere. */
  function slideScales(slideShown: Slide, zoomed: string | undefined): Record<string, number> | undefined {
    const room = layout.value
    return room && show.value ? show.value.slideScales(slideShown, room, zoomed, cycleOptions.value) : undefined
  }

  function toggleHelp(): void {
    helpShown.value = !helpShown.value
  }

  /** Keeps the URL's room as this machine's default. */
  function rememberRoom(): void {
    const next = { diagonalInches: settings.value.diagonalInches, distanceM: settings.value.distanceM }
    show.value?.saveRoomDefaults(show.value.machineStorage(), next)
    roomDefaults.value = next
  }

  function toggleSettings(): void {
    settingsShown.value = !settingsShown.value
  }

  /** Writes screen settings to the URL; the slide starts again. */
  function setScreen(patch: Partial<ScreenSettings>): Promise<unknown> {
    return url.write({ screen: { ...url.view.screen, ...patch, slide: 0 } }, 'replace')
  }

  /** The QR code of the view (Q, or ?qr in the URL). */
  function toggleQr(): Promise<unknown> {
    return url.write({ screen: { ...url.view.screen, qr: !url.view.screen.qr } }, 'replace')
  }

  /** The session's clock tick. */
  function setClock(time: number): void {
    now.value = time
  }

  /** What the input machine (src/screen/input.ts) decided: the rotation is held, the cursor is hidden. */
  function followInput(input: { held: boolean; cursorHidden: boolean; black: boolean }): void {
    held.value = input.held
    cursorHidden.value = input.cursorHidden
    black.value = input.black
  }

  function setProgress(next: RotationProgress): void {
    progress.value = next
  }

  /** Screen mode's session ended: nothing holds, the cursor shows, the bar stands still. */
  function endSession(): void {
    cursorHidden.value = false
    held.value = false
    black.value = false
    helpShown.value = false
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
    if (helpShown.value) helpShown.value = false
    else focusedIndex.value = null
  }

  /** Enter screen mode (the 放映 button): the click is the user gesture fullscreen needs. */
  function enter(): Promise<unknown> {
    void enterFullscreen()
    return url.write({ screen: { ...url.view.screen, active: true } }, 'replace')
  }

  function leave(): Promise<unknown> {
    void exitFullscreen()
    paused.value = false
    held.value = false
    focusedIndex.value = null
    return url.write({ screen: { ...url.view.screen, active: false, slide: 0, qr: false } }, 'replace')
  }

  return {
    settings,
    active,
    starting,
    viewport,
    layout,
    cardsOf,
    emptyPanels,
    stage,
    pages,
    slides,
    slideIndex,
    slide,
    slideCounts,
    slideTotal,
    belowRule,
    rotateSeconds,
    helpShown,
    settingsShown,
    black,
    paused,
    held,
    focusedIndex,
    cursorHidden,
    now,
    progress,
    page,
    pageIndex,
    panelCount,
    slideScales,
    step,
    restart,
    toggleHelp,
    toggleSettings,
    rememberRoom,
    setScreen,
    toggleQr,
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
