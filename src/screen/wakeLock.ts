/**
 * The Screen Wake Lock that keeps the meeting-room screen on while screen mode runs. One request at a
 * time: a second acquire() while one is in flight (the page shown again during a request) waits for it,
 * and asks again only if it brought no lock, so no lock is ever left unreleased when the scope ends.
 */
import type { Scope } from './scope'

/** Returns acquire(): takes the lock unless the page is hidden or a live lock is held. */
export function keepScreenAwake(wakeLock: Pick<WakeLock, 'request'>, scope: Scope, hidden: () => boolean): () => Promise<void> {
  let lock: WakeLockSentinel | undefined
  let pending: Promise<void> | undefined
  let askedAgain = false

  async function request(): Promise<void> {
    try {
      const next = await wakeLock.request('screen')
      if (scope.disposed) void next.release().catch(() => {})
      else lock = next
    } catch {
      // Refused (battery saver, policy, no permission, page hidden meanwhile): the screen's own settings apply.
    }
  }

  function acquire(): Promise<void> {
    if (scope.disposed || hidden() || (lock && !lock.released)) return Promise.resolve()
    if (pending) {
      askedAgain = true
      return pending
    }
    pending = request().finally(() => {
      pending = undefined
      if (askedAgain) {
        askedAgain = false
        void acquire()
      }
    })
    return pending
  }

  scope.add(() => {
    void lock?.release().catch(() => {})
    lock = undefined
  })
  return acquire
}
