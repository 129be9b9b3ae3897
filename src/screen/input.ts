/**
 * What the presenter's keys, clicker and pointer do in screen mode, as a pure state machine: an event and
 * the time in, the next state and the commands out. No DOM, no timers, no store: the session feeds it
 * events and the passing of time (src/screen/useInputMachine.ts), and carries the commands out.
 *
 * - The cursor shows on pointer movement or a press and hides after CURSOR_HIDE_MS without any.
 * - Activity (pointer, wheel, an unassigned key) holds the rotation until IDLE_RESUME_MS without any.
 * - Browsers grant fullscreen only inside a gesture: the first click or key asks for it, once, unless the
 *   page already fills the screen (the 放映 button asked, or the browser runs with --kiosk).
 * - . or B blacks the screen out; any key brings it back (and does nothing else).
 */
import type { ScreenAction } from './keys'

/** The cursor hides after this long without movement. */
export const CURSOR_HIDE_MS = 3_000
/** Rotation held by pointer or key activity resumes after this long without any. */
export const IDLE_RESUME_MS = 60_000

export interface InputState {
  cursorHidden: boolean
  /** The screen is black (. or B): the next key only brings the picture back. */
  black: boolean
  /** Someone is at the keyboard or mouse: the rotation waits. */
  held: boolean
  /** A gesture has been spent (on asking for fullscreen, or on F): no more automatic asking. */
  gestureUsed: boolean
  /** Where the pointer last was: Chromium sends a pointermove when the page under a still pointer changes. */
  lastPointer: string | null
  /** When the cursor hides, when the hold ends (ms since epoch), or null. */
  hideCursorAt: number | null
  resumeAt: number | null
}

/** `fullscreen`: the page fills the screen now (fullscreen.ts isFullscreen()). */
export type InputEvent =
  | { type: 'key'; action: ScreenAction; repeat: boolean; fullscreen: boolean }
  | { type: 'pointer-move'; x: number; y: number }
  | { type: 'pointer-down'; fullscreen: boolean }
  | { type: 'click'; fullscreen: boolean }
  | { type: 'wheel' }
  /** Time passed: whatever was due by now happens. */
  | { type: 'time' }

/** What the session does for the machine: ask for fullscreen, or the presenter's command. */
export type InputCommand = { type: 'enter-fullscreen' } | Exclude<ScreenAction, { type: 'activity' | 'toggle-black' }>

export interface InputResult {
  state: InputState
  commands: InputCommand[]
  /** The key is ours: the browser's default (scrolling, page down) must not happen. */
  preventDefault: boolean
}

/** Screen mode begins: the cursor shows, and hides unless the pointer moves. */
export function startInput(now: number): InputState {
  return { cursorHidden: false, black: false, held: false, gestureUsed: false, lastPointer: null, hideCursorAt: now + CURSOR_HIDE_MS, resumeAt: null }
}

/** The next moment something is due, or null. */
export function nextDue(state: InputState): number | null {
  const due = [state.hideCursorAt, state.resumeAt].filter((t): t is number => t !== null)
  return due.length ? Math.min(...due) : null
}

const showCursor = (s: InputState, now: number): InputState => ({ ...s, cursorHidden: false, hideCursorAt: now + CURSOR_HIDE_MS })
const activity = (s: InputState, now: number): InputState => ({ ...s, held: true, resumeAt: now + IDLE_RESUME_MS })
const wantsFullscreen = (s: InputState, fullscreen: boolean): boolean => !s.gestureUsed && !fullscreen

/** The first gesture asks for fullscreen (once); `asked` tells whether this one did. */
function gesture(s: InputState, fullscreen: boolean): { state: InputState; asked: boolean } {
  return { state: { ...s, gestureUsed: true }, asked: wantsFullscreen(s, fullscreen) }
}

export function reduceInput(s: InputState, event: InputEvent, now: number): InputResult {
  const none = (state: InputState): InputResult => ({ state, commands: [], preventDefault: false })
  switch (event.type) {
    case 'time': {
      let state = s
      if (state.hideCursorAt !== null && state.hideCursorAt <= now) state = { ...state, cursorHidden: true, hideCursorAt: null }
      if (state.resumeAt !== null && state.resumeAt <= now) state = { ...state, held: false, resumeAt: null }
      return none(state)
    }
    case 'pointer-move': {
      const at = `${event.x},${event.y}`
      if (at === s.lastPointer) return none(s)
      return none(activity(showCursor({ ...s, lastPointer: at }, now), now))
    }
    case 'pointer-down': {
      // The click that follows asks for fullscreen; that click is not meant to stop the show.
      const shown = showCursor(s, now)
      return none(wantsFullscreen(s, event.fullscreen) ? shown : activity(shown, now))
    }
    case 'click': {
      const { state, asked } = gesture(s, event.fullscreen)
      return { state, commands: asked ? [{ type: 'enter-fullscreen' }] : [], preventDefault: false }
    }
    case 'wheel':
      return none(activity(s, now))
    case 'key':
      return reduceKey(s, event, now)
  }
}

function reduceKey(s: InputState, event: Extract<InputEvent, { type: 'key' }>, now: number): InputResult {
  const { action } = event
  // A black screen comes back on any key, which does nothing else (the presenter is finding the clicker).
  if (s.black) return { state: { ...s, black: false }, commands: [], preventDefault: true }
  if (action.type === 'activity') {
    const { state, asked } = gesture(s, event.fullscreen)
    return asked ? { state, commands: [{ type: 'enter-fullscreen' }], preventDefault: false } : { state: activity(state, now), commands: [], preventDefault: false }
  }
  // A held clicker button steps once.
  if (event.repeat) return { state: s, commands: [], preventDefault: true }
  if (action.type === 'toggle-fullscreen') return { state: { ...s, gestureUsed: true }, commands: [action], preventDefault: true }
  if (action.type === 'toggle-black') return { state: { ...s, black: true }, commands: [], preventDefault: true }
  const { state, asked } = gesture(s, event.fullscreen)
  const commands: InputCommand[] = asked ? [{ type: 'enter-fullscreen' }, action] : [action]
  // Pausing (or resuming) is a decision: it ends the hold that activity began.
  const next = action.type === 'toggle-pause' ? { ...state, held: false, resumeAt: null } : state
  return { state: next, commands, preventDefault: true }
}
