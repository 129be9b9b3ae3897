/**
 * After a redeploy, an open page asks for code chunks whose hashed names no longer exist. Vite reports
 * that as `vite:preloadError`; a reload fetches the new index.html and its new chunks. The reload happens
 * once: if a chunk still fails shortly after a reload (a broken deploy, a lost file), reloading again
 * would loop forever, so the page says what went wrong instead.
 */
import { ref } from 'vue'
import { storageKey } from './storageKey'

/** True when a chunk failed to load even after the one reload; the app shows a message. */
export const chunkLoadFailed = ref(false)

const RELOADED_AT_KEY = storageKey('chunk-reload-at')
/** A failure within this time of our own reload means the reload did not help. */
const RELOAD_GUARD_MS = 60_000

function lastReloadAt(storage: Storage): number | undefined {
  const value = Number(storage.getItem(RELOADED_AT_KEY))
  return Number.isFinite(value) && value > 0 ? value : undefined
}

export function reloadOnceOnChunkError(win: Window): void {
  win.addEventListener('vite:preloadError', (event) => {
    try {
      const last = lastReloadAt(win.sessionStorage)
      if (last === undefined || Date.now() - last > RELOAD_GUARD_MS) {
        win.sessionStorage.setItem(RELOADED_AT_KEY, String(Date.now()))
        event.preventDefault()
        win.location.reload()
        return
      }
    } catch {
      // No sessionStorage (disabled by policy): without a guard a reload could loop, so do not reload.
    }
    chunkLoadFailed.value = true
  })
}
