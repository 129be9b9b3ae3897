/**
 * What drives screen mode while it is on: keys and pointer (through the input machine), rotation, clock,
 * hidden cursor, data refresh, fullscreen on the first gesture and the Screen Wake Lock. A composable:
 * ScreenMode.vue calls it in setup, and everything it starts (listeners, timers, watchers) is created in
 * that component's effect scope and ends with it, through Vue's one cleanup system (onScopeDispose).
 * (The stage follows the window through the screen store's viewport, src/screen/viewport.ts.)
 */
import { useEventListener, useIntervalFn } from '@vueuse/core'
import { onScopeDispose, watch, watchEffect } from 'vue'
import type { useDatasetStore } from '../stores/useDatasetStore'
import type { usePresentationStore } from '../stores/usePresentationStore'
import type { useScreenStore } from '../stores/useScreenStore'
import { enterFullscreen, isFullscreen, toggleFullscreen } from './fullscreen'
import type { InputCommand } from './input'
import { screenKeyAction } from './keys'
import { useInputMachine } from './useInputMachine'
import { useRefresh } from './useRefresh'
import { useRotation } from './useRotation'
import { keepScreenAwake } from './wakeLock'

export interface SessionDeps {
  screen: ReturnType<typeof useScreenStore>
  presentation: ReturnType<typeof usePresentationStore>
  dataset: Pick<ReturnType<typeof useDatasetStore>, 'load' | 'allIssues'>
  /** The current route's path: a page change restarts the rotation countdown. */
  routePath: () => string
}

const CLOCK_TICK_MS = 1_000

function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"]') !== null
}

/** Starts screen mode's machinery in the current effect scope; it all stops when the scope does. */
export function useScreenSession(deps: SessionDeps): void {
  const { screen, presentation } = deps

  screen.setClock(Date.now())
  useIntervalFn(() => screen.setClock(Date.now()), CLOCK_TICK_MS)

  function carryOut(command: InputCommand): void {
    if (command.type === 'enter-fullscreen') void enterFullscreen()
    else if (command.type === 'toggle-fullscreen') void toggleFullscreen()
    else if (command.type === 'next') void screen.step(1)
    else if (command.type === 'previous') void screen.step(-1)
    else if (command.type === 'toggle-pause') screen.togglePause()
    else if (command.type === 'focus') screen.focus(command.index)
    else if (command.type === 'restart') void screen.restart(command.from)
    else if (command.type === 'toggle-help') screen.toggleHelp()
    else if (command.type === 'toggle-qr') void screen.toggleQr()
    else screen.unfocus()
  }
  const input = useInputMachine((state, commands) => {
    screen.followInput(state)
    commands.forEach(carryOut)
  })

  useEventListener(window, 'keydown', (e) => {
    if (e.defaultPrevented || isTyping(e.target)) return
    const result = input.send({ type: 'key', action: screenKeyAction(e), repeat: e.repeat, fullscreen: isFullscreen() })
    if (result.preventDefault) e.preventDefault()
  })
  useEventListener(window, 'pointermove', (e) => input.send({ type: 'pointer-move', x: e.clientX, y: e.clientY }), { passive: true })
  useEventListener(window, 'pointerdown', () => input.send({ type: 'pointer-down', fullscreen: isFullscreen() }), { passive: true })
  useEventListener(window, 'click', () => input.send({ type: 'click', fullscreen: isFullscreen() }))
  useEventListener(window, 'wheel', () => input.send({ type: 'wheel' }), { passive: true })

  // Style hooks on <html> (styles.css): the page fills the screen; the cursor hides over everything.
  const root = document.documentElement
  root.dataset.screen = ''
  watchEffect(() => root.classList.toggle('screen-cursor-hidden', screen.cursorHidden))
  onScopeDispose(() => {
    delete root.dataset.screen
    root.classList.remove('screen-cursor-hidden')
    screen.endSession()
  })

  useRotation(deps)
  useRefresh(deps)
  useScreenAwake(presentation)
}

/** Keep the screen awake while screen mode is on. The browser drops the lock when the page is hidden. */
function useScreenAwake(presentation: SessionDeps['presentation']): void {
  if (!('wakeLock' in navigator)) return
  const acquire = keepScreenAwake(navigator.wakeLock, () => presentation.pageHidden)
  watch(
    () => presentation.pageHidden,
    (hidden) => {
      if (!hidden) void acquire()
    },
  )
  void acquire()
}
