/**
 * Re-read data/ every refreshSeconds while screen mode is on; the next read is scheduled only after the
 * last one ended, sooner after a failed or invalid read. Call inside an effect scope.
 */
import { useTimeoutFn } from '@vueuse/core'
import { onScopeDispose, watch } from 'vue'
import type { SessionDeps } from './session'

/** After a failed or invalid read, try again after at most this long. */
export const RETRY_MS = 30_000

export function useRefresh({ screen, dataset }: Pick<SessionDeps, 'screen' | 'dataset'>): void {
  let ended = false
  onScopeDispose(() => {
    ended = true
  })
  let delayMs = 0
  const timer = useTimeoutFn(read, () => delayMs, { immediate: false })

  function read(): void {
    dataset
      .load()
      .catch(() => {}) // the store records read problems itself; a throw here must not end refreshing
      .finally(() => {
        if (!ended) schedule()
      })
  }

  function schedule(): void {
    timer.stop()
    const seconds = screen.settings.refreshSeconds
    if (seconds <= 0) return
    const failing = dataset.allIssues.length > 0
    delayMs = failing ? Math.min(seconds * 1000, RETRY_MS) : seconds * 1000
    timer.start()
  }

  watch(() => screen.settings.refreshSeconds, schedule)
  schedule()
}
