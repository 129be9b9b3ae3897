/**
 * Rotation through PAGES while screen mode is on: a countdown that runs only while nobody holds it,
 * restarted on every page change, with one timeout armed for the next page. Call inside an effect scope.
 */
import { useTimeoutFn } from '@vueuse/core'
import { watch } from 'vue'
import { PAGES } from '../layouts/pages'
import { Countdown, rotationRuns } from './rotation'
import type { SessionDeps } from './session'

export function useRotation({ screen, presentation, routePath }: Pick<SessionDeps, 'screen' | 'presentation' | 'routePath'>): void {
  let countdown = new Countdown(screen.settings.rotateSeconds * 1000)
  let delayMs = 0
  const next = useTimeoutFn(advance, () => delayMs, { immediate: false })
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
    if (runs) {
      delayMs = countdown.remaining(now)
      next.start()
    } else next.stop()
    epoch += 1
    screen.setProgress({ durationMs, elapsedMs: countdown.elapsed(now), running: runs, epoch })
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
