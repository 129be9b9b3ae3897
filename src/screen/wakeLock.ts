/**
 * The Screen Wake Lock that keeps the meeting-room screen on while screen mode runs. One request at a
 * time: a second acquire() while one is in flight (the page shown again during a request) waits for it,
 * and asks again only if it brought no lock, so no lock is ever left unreleased when the effect scope
 * (screen mode) ends. (@vueuse/core's useWakeLock neither catches a refused request nor releases a lock
 * granted after its scope ended, nor serialises requests: hence this one.)
 */
import { onScopeDispose } from 'vue'

/** Returns acquire(): takes the lock unless the page is hidden or a live lock is held. Call inside an effect scope. */
export function keepScreenAwake(wakeLock: Pick<WakeLock, 'request'>, hidden: () => boolean): () => Promise<void> {
  let lock: WakeLockSentinel | undefined
  let pending: Promise<void> | undefined
  let askedAgain = false
  let ended = false

  async function request(): Promise<void> {
    try {
      const next = await wakeLock.request('screen')
      if (ended) void next.release().catch(() => {})
      else lock = next
    } catch {
      // Refused (battery saver, policy, no permission, page hidden meanwhile): the screen's own settings apply.
    }
  }

  function acquire(): Promise<void> {
    if (ended || hidden() || (lock && !lock.released)) return Promise.resolve()
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

  onScopeDispose(() => {
    ended = true
    void lock?.release().catch(() => {})
    lock = undefined
  })
  return acquire
}
