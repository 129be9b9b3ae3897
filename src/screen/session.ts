/**
 * What drives screen mode while it is on: every timer, listener and watcher it needs, created here and
 * ended by the one function this returns. Keys and pointer, rotation, clock, hidden cursor, data
 * refresh, fullscreen on the first gesture and the Screen Wake Lock. (The stage follows the window through
 * the screen store's viewport, src/screen/viewport.ts.)
 */
import { effectScope, watch, watchEffect } from 'vue'
import type { useDatasetStore } from '../stores/useDatasetStore'
import type { usePresentationStore } from '../stores/usePresentationStore'
import type { useScreenStore } from '../stores/useScreenStore'
import { enterFullscreen, isFullscreen, toggleFullscreen } from './fullscreen'
import { screenKeyAction } from './keys'
import { Countdown, rotationRuns } from './rotation'
import { createScope, type Scope } from './scope'
import { keepScreenAwake } from './wakeLock'
import { PAGES } from '../pages/pages'

export interface SessionDeps {
  screen: ReturnType<typeof useScreenStore>
  presentation: ReturnType<typeof usePresentationStore>
  dataset: Pick<ReturnType<typeof useDatasetStore>, 'load' | 'allIssues'>
  /** The current route's path: a page change restarts the rotation countdown. */
  routePath: () => string
}

/** The cursor hides after this long without movement. */
export const CURSOR_HIDE_MS = 3_000
/** Rotation held by pointer or key activity resumes after this long without any. */
export const IDLE_RESUME_MS = 60_000
/** After a failed or invalid read, try again after at most this long. */
export const RETRY_MS = 30_000
const CLOCK_TICK_MS = 1_000

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

/** Starts screen mode's machinery; the returned function stops all of it. */
export function startScreenSession(deps: SessionDeps): () => void {
  const { screen, presentation } = deps
  const scope = createScope()
  const root = document.documentElement
  const effects = effectScope(true)
  scope.add(() => effects.stop())

  root.dataset.screen = ''
  scope.add(() => {
    delete root.dataset.screen
    delete root.dataset.focusedPanel
    root.classList.remove('screen-cursor-hidden')
    screen.cursorHidden = false
    screen.held = false
    screen.progress = { ...screen.progress, running: false }
  })

  screen.now = Date.now()
  scope.interval(() => {
    screen.now = Date.now()
  }, CLOCK_TICK_MS)

  /** A state that turns on at each call and off once `ms` pass without another. */
  function untilQuiet(ms: number, set: (on: boolean) => void): () => void {
    const timer = scope.timer()
    const off = () => set(false)
    return () => {
      set(true)
      timer.set(off, ms)
    }
  }
  const showCursor = untilQuiet(CURSOR_HIDE_MS, (shown) => {
    screen.cursorHidden = !shown
  })
  /** Someone is at the keyboard or mouse: hold the rotation until they have been idle a while. */
  const activity = untilQuiet(IDLE_RESUME_MS, (on) => {
    screen.held = on
  })
  showCursor()

  // Browsers grant fullscreen only inside a gesture: the first click or key asks for it (once), unless
  // the page already fills the screen (the 放映 button asked, or the browser runs with --kiosk).
  let gestureUsed = false
  function wantsFullscreen(): boolean {
    return !gestureUsed && !isFullscreen()
  }
  /** True when this gesture was spent asking for fullscreen. */
  function firstGesture(): boolean {
    const wants = wantsFullscreen()
    gestureUsed = true
    if (wants) void enterFullscreen()
    return wants
  }

  scope.listen(window, 'keydown', (event) => {
    const e = event as KeyboardEvent
    if (e.defaultPrevented || isTyping(e.target)) return
    const action = screenKeyAction(e)
    if (action.type === 'activity') {
      if (!firstGesture()) activity()
      return
    }
    e.preventDefault()
    if (e.repeat) return // a held clicker button steps once
    if (action.type === 'toggle-fullscreen') {
      gestureUsed = true
      void toggleFullscreen()
      return
    }
    firstGesture()
    if (action.type === 'next') void screen.step(1)
    else if (action.type === 'previous') void screen.step(-1)
    else if (action.type === 'toggle-pause') screen.togglePause()
    else if (action.type === 'focus') screen.focus(action.index)
    else screen.unfocus()
  })

  // Chromium sends a pointermove when the page under a still pointer changes; only real movement counts.
  let lastPointer = ''
  scope.listen(
    window,
    'pointermove',
    (event) => {
      const e = event as PointerEvent
      const at = `${e.clientX},${e.clientY}`
      if (at === lastPointer) return
      lastPointer = at
      showCursor()
      activity()
    },
    { passive: true },
  )
  scope.listen(
    window,
    'pointerdown',
    () => {
      showCursor()
      // The click that follows asks for fullscreen; that click is not meant to stop the show.
      if (!wantsFullscreen()) activity()
    },
    { passive: true },
  )
  scope.listen(window, 'click', () => firstGesture())
  scope.listen(window, 'wheel', activity, { passive: true })

  effects.run(() => {
    watchEffect(() => {
      root.classList.toggle('screen-cursor-hidden', screen.cursorHidden)
      // FilterChip leaves Esc to us while a panel is zoomed.
      if (screen.focusedIndex === null) delete root.dataset.focusedPanel
      else root.dataset.focusedPanel = String(screen.focusedIndex + 1)
    })
    startRotation(deps, scope)
    startRefresh(deps, scope)
    startWakeLock(presentation, scope)
  })

  return () => scope.dispose()
}

/** Rotation through PAGES: a countdown that runs only while nobody holds it, restarted on every page change. */
function startRotation({ screen, presentation, routePath }: SessionDeps, scope: Scope): void {
  let countdown = new Countdown(screen.settings.rotateSeconds * 1000)
  const timer = scope.timer()
  let epoch = screen.progress.epoch

  function sync(restart: boolean): void {
    const now = Date.now()
    const runs = rotationRuns({
      rotateSeconds: screen.settings.rotateSeconds,
      pageCount: PAGES.length,
      onPage: screen.pageIndex >= 0,
      paused: screen.paused,
      held: screen.held,
      focused: screen.focusedIndex !== null,
      hidden: presentation.pageHidden,
    })
    const durationMs = screen.settings.rotateSeconds * 1000
    if (durationMs !== countdown.durationMs) {
      countdown = new Countdown(durationMs)
      restart = true
    }
    if (restart) countdown.restart(now, runs)
    else if (runs) countdown.run(now)
    else countdown.hold(now)
    if (runs) timer.set(advance, countdown.remaining(now))
    else timer.clear()
    epoch += 1
    screen.progress = { durationMs, elapsedMs: countdown.elapsed(now), running: runs, epoch }
  }

  function advance(): void {
    void screen.step(1)
    sync(true)
  }

  watch(
    () => [screen.paused, screen.held, screen.focusedIndex !== null, presentation.pageHidden, screen.settings.rotateSeconds],
    () => sync(false),
  )
  watch(routePath, () => sync(true))
  sync(true)
}

/** Re-read data/ every refreshSeconds; the next read is scheduled only after the last one ended. */
function startRefresh({ screen, dataset }: SessionDeps, scope: Scope): void {
  const timer = scope.timer()

  function schedule(): void {
    timer.clear()
    const seconds = screen.settings.refreshSeconds
    if (seconds <= 0) return
    const failing = dataset.allIssues.length > 0
    const ms = failing ? Math.min(seconds * 1000, RETRY_MS) : seconds * 1000
    timer.set(() => {
      dataset
        .load()
        .catch(() => {}) // the store records read problems itself; a throw here must not end refreshing
        .finally(() => {
          if (!scope.disposed) schedule()
        })
    }, ms)
  }

  watch(() => screen.settings.refreshSeconds, schedule)
  schedule()
}

/** Keep the screen awake while screen mode is on. The browser drops the lock when the page is hidden. */
function startWakeLock(presentation: ReturnType<typeof usePresentationStore>, scope: Scope): void {
  if (!('wakeLock' in navigator)) return
  const acquire = keepScreenAwake(navigator.wakeLock, scope, () => presentation.pageHidden)
  watch(
    () => presentation.pageHidden,
    (hidden) => {
      if (!hidden) void acquire()
    },
  )
  void acquire()
}
