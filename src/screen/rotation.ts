/**
 * Page rotation as pure arithmetic: whether rotation runs now, and a countdown that can be held and
 * resumed without losing its place. Time is passed in, so tests need no clock. (Which page comes next is
 * pageStep.ts, the screen store's: this module loads with the session, not with the first page.)
 */

export interface RotationState {
  rotateSeconds: number
  /** Slides in the whole show (every page's). */
  pageCount: number
  /** The screen shows one of the rotating pages (a deep link to one panel stays put). */
  onPage: boolean
  /** Paused by the presenter (Space). */
  paused: boolean
  /** Someone is using the pointer or keyboard. */
  held: boolean
  /** A panel is zoomed (the presenter is talking about it), or the screen is black. */
  focused: boolean
  /** Nobody can see the page. */
  hidden: boolean
}

export function rotationRuns(s: RotationState): boolean {
  return s.rotateSeconds > 0 && s.pageCount > 1 && s.onPage && !s.paused && !s.held && !s.focused && !s.hidden
}

/** A countdown of `durationMs` that runs, holds and restarts. */
export class Countdown {
  private banked = 0
  private since: number | null = null

  constructor(readonly durationMs: number) {}

  get running(): boolean {
    return this.since !== null
  }

  run(now: number): void {
    this.since ??= now
  }

  hold(now: number): void {
    if (this.since === null) return
    this.banked += now - this.since
    this.since = null
  }

  restart(now: number, running: boolean): void {
    this.banked = 0
    this.since = running ? now : null
  }

  elapsed(now: number): number {
    const live = this.since === null ? 0 : Math.max(0, now - this.since)
    return Math.min(this.durationMs, this.banked + live)
  }

  remaining(now: number): number {
    return this.durationMs - this.elapsed(now)
  }
}
