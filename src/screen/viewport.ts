/**
 * The window's inner size, followed through one resize listener: at most one update per animation frame,
 * however many resize events a drag or a fullscreen switch sends, and none when the size did not change.
 * Everything that scales with the window (the screen-mode stage, the text scale and with it every chart
 * option) reads this one source. Not @vueuse/core's useWindowSize: it updates on every resize event (a
 * drag sends dozens a frame, each a rebuild of every chart option) and lives in the first load's store.
 */
import type { Size } from './fit'

type ViewportWindow = Pick<Window, 'innerWidth' | 'innerHeight' | 'addEventListener' | 'removeEventListener' | 'requestAnimationFrame' | 'cancelAnimationFrame'>

export function windowSize(win: Pick<Window, 'innerWidth' | 'innerHeight'>): Size {
  return { width: win.innerWidth, height: win.innerHeight }
}

/** Calls `onChange` with the new size after a resize; the returned function stops following. */
export function followViewport(win: ViewportWindow, onChange: (size: Size) => void): () => void {
  let last = windowSize(win)
  let frame: number | undefined
  const measure = () => {
    frame = undefined
    const size = windowSize(win)
    if (size.width === last.width && size.height === last.height) return
    last = size
    onChange(size)
  }
  const onResize = () => {
    frame ??= win.requestAnimationFrame(measure)
  }
  win.addEventListener('resize', onResize)
  return () => {
    win.removeEventListener('resize', onResize)
    if (frame !== undefined) win.cancelAnimationFrame(frame)
    frame = undefined
  }
}
