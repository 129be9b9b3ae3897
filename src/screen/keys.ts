/**
 * What a key does in screen mode. Presentation clickers send PageDown/PageUp (some send arrows), F5 and
 * Shift+F5 (start the show from the beginning / from the current page) and . or B (black screen); Space
 * pauses; 1-9 zoom into a panel and 0/Backspace/Esc come back; F toggles fullscreen; ? or H shows the
 * keys; Q shows a QR code of the view. Any other key is activity, which holds the rotation for a while. Pure.
 */
export type ScreenAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'toggle-pause' }
  | { type: 'focus'; index: number }
  | { type: 'unfocus' }
  | { type: 'toggle-fullscreen' }
  /** F5: from the first slide of the first page; Shift+F5: from the first slide of this page. */
  | { type: 'restart'; from: 'beginning' | 'current' }
  | { type: 'toggle-black' }
  | { type: 'toggle-help' }
  | { type: 'toggle-qr' }
  | { type: 'activity' }

export interface KeyLike {
  key: string
  ctrlKey?: boolean
  altKey?: boolean
  metaKey?: boolean
  shiftKey?: boolean
}

const NEXT = new Set(['PageDown', 'ArrowRight', 'ArrowDown'])
const PREVIOUS = new Set(['PageUp', 'ArrowLeft', 'ArrowUp'])
const UNFOCUS = new Set(['0', 'Backspace', 'Escape'])

export function screenKeyAction(event: KeyLike): ScreenAction {
  // Browser shortcuts (Ctrl+R, Alt+Left...) stay the browser's.
  if (event.ctrlKey || event.altKey || event.metaKey) return { type: 'activity' }
  const { key } = event
  if (NEXT.has(key)) return { type: 'next' }
  if (PREVIOUS.has(key)) return { type: 'previous' }
  if (key === ' ' || key === 'Spacebar') return { type: 'toggle-pause' }
  if (UNFOCUS.has(key)) return { type: 'unfocus' }
  if (/^[1-9]$/.test(key)) return { type: 'focus', index: Number(key) - 1 }
  if (key === 'f' || key === 'F') return { type: 'toggle-fullscreen' }
  if (key === 'F5') return { type: 'restart', from: event.shiftKey ? 'current' : 'beginning' }
  if (key === '.' || key === 'b' || key === 'B') return { type: 'toggle-black' }
  if (key === '?' || key === 'h' || key === 'H') return { type: 'toggle-help' }
  if (key === 'q' || key === 'Q') return { type: 'toggle-qr' }
  return { type: 'activity' }
}
