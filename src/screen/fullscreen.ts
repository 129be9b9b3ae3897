/**
 * Fullscreen without unhandled errors. Browsers grant it only inside a user gesture (a click or a key)
 * and may refuse it anyway (policy, an iframe, a headless browser): a refusal is caught and the dashboard
 * simply stays in the window. Not @vueuse/core's useFullscreen: its enter() lets a refusal reject, and it
 * cannot tell a browser started with --kiosk or F11 (isFullscreen below), which screen mode must.
 */

/** True when the page already fills the screen: our own fullscreen, or a browser started with --kiosk/F11. */
export function isFullscreen(doc: Document = document, win: Window = window): boolean {
  if (doc.fullscreenElement) return true
  const { screen } = win
  return screen.width > 0 && win.innerWidth >= screen.width && win.innerHeight >= screen.height
}

export async function enterFullscreen(doc: Document = document): Promise<boolean> {
  if (doc.fullscreenElement) return true
  const el = doc.documentElement
  if (typeof el.requestFullscreen !== 'function' || doc.fullscreenEnabled === false) return false
  try {
    await el.requestFullscreen({ navigationUI: 'hide' })
    return true
  } catch {
    return false
  }
}

export async function exitFullscreen(doc: Document = document): Promise<void> {
  if (!doc.fullscreenElement || typeof doc.exitFullscreen !== 'function') return
  try {
    await doc.exitFullscreen()
  } catch {
    // Already left (Esc) between the check and the call.
  }
}

export function toggleFullscreen(doc: Document = document): Promise<unknown> {
  return doc.fullscreenElement ? exitFullscreen(doc) : enterFullscreen(doc)
}
