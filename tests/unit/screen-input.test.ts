/**
 * Screen mode's input handling: the pure machine (src/screen/input.ts) event by event, and the driver that
 * runs it in time (src/screen/useInputMachine.ts) under fake timers, inside an effect scope that ends it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { CURSOR_HIDE_MS, IDLE_RESUME_MS, nextDue, reduceInput, startInput, type InputCommand, type InputEvent, type InputState } from '../../src/screen/input'
import { screenKeyAction } from '../../src/screen/keys'
import { useInputMachine } from '../../src/screen/useInputMachine'

const T0 = 1_000_000
const key = (k: string, { repeat = false, fullscreen = false } = {}): InputEvent => ({ type: 'key', action: screenKeyAction({ key: k }), repeat, fullscreen })

/** Feeds events at the given times; returns the last state and every command in order. */
function run(events: [number, InputEvent][], state: InputState = startInput(T0)) {
  const commands: InputCommand[] = []
  const prevented: boolean[] = []
  for (const [at, event] of events) {
    const result = reduceInput(state, event, at)
    state = result.state
    commands.push(...result.commands)
    prevented.push(result.preventDefault)
  }
  return { state, commands, prevented }
}

describe('the input machine', () => {
  it('shows the cursor at the start and hides it after 3 s without movement; movement shows it again', () => {
    const start = startInput(T0)
    expect(start.cursorHidden).toBe(false)
    expect(nextDue(start)).toBe(T0 + CURSOR_HIDE_MS)
    expect(run([[T0 + CURSOR_HIDE_MS - 1, { type: 'time' }]]).state.cursorHidden).toBe(false)
    const hidden = run([[T0 + CURSOR_HIDE_MS, { type: 'time' }]]).state
    expect(hidden.cursorHidden).toBe(true)
    expect(nextDue(hidden)).toBeNull()
    const moved = run([[T0 + 5_000, { type: 'pointer-move', x: 10, y: 10 }]], hidden).state
    expect(moved.cursorHidden).toBe(false)
    expect(moved.hideCursorAt).toBe(T0 + 5_000 + CURSOR_HIDE_MS)
  })

  it('holds the rotation on activity until 60 s without any, each activity extending the hold', () => {
    const { state } = run([
      [T0 + 100, { type: 'pointer-move', x: 1, y: 1 }],
      [T0 + 30_000, { type: 'wheel' }],
    ])
    expect(state.held).toBe(true)
    expect(run([[T0 + 100 + IDLE_RESUME_MS, { type: 'time' }]], state).state.held).toBe(true)
    expect(run([[T0 + 30_000 + IDLE_RESUME_MS, { type: 'time' }]], state).state.held).toBe(false)
  })

  it('counts only real pointer movement (Chromium repeats the position when the page under it changes)', () => {
    const moved = run([[T0 + 10, { type: 'pointer-move', x: 5, y: 5 }]]).state
    const again = run([[T0 + 2_000, { type: 'pointer-move', x: 5, y: 5 }]], moved).state
    expect(again).toEqual(moved)
  })

  it('asks for fullscreen on the first click or key only, unless the page already fills the screen', () => {
    expect(run([[T0, { type: 'click', fullscreen: false }]]).commands).toEqual([{ type: 'enter-fullscreen' }])
    expect(run([[T0, { type: 'click', fullscreen: false }], [T0 + 1, { type: 'click', fullscreen: false }]]).commands).toHaveLength(1)
    expect(run([[T0, { type: 'click', fullscreen: true }], [T0 + 1, { type: 'click', fullscreen: false }]]).commands).toEqual([])
    // A key with no job of its own asks, and that key does not hold the rotation; the next one does.
    const first = run([[T0, key('a')]])
    expect(first.commands).toEqual([{ type: 'enter-fullscreen' }])
    expect(first.state.held).toBe(false)
    expect(run([[T0 + 1, key('a')]], first.state).state.held).toBe(true)
    // The clicker's first PageDown asks and steps.
    expect(run([[T0, key('PageDown')]]).commands).toEqual([{ type: 'enter-fullscreen' }, { type: 'next' }])
  })

  it('lets the press before the asking click show the cursor without holding the rotation', () => {
    const before = run([[T0 + 4_000, { type: 'pointer-down', fullscreen: false }]]).state
    expect(before.cursorHidden).toBe(false)
    expect(before.held).toBe(false)
    const after = run([[T0 + 4_000, { type: 'click', fullscreen: false }], [T0 + 5_000, { type: 'pointer-down', fullscreen: false }]]).state
    expect(after.held).toBe(true)
  })

  it('turns the presenter keys into commands and keeps the browser default away from them', () => {
    const asked = run([[T0, { type: 'click', fullscreen: false }]]).state
    const { commands, prevented } = run(
      [
        [T0 + 1, key('PageDown')],
        [T0 + 2, key('ArrowLeft')],
        [T0 + 3, key('3')],
        [T0 + 4, key('Escape')],
        [T0 + 5, key(' ')],
        [T0 + 6, key('a')],
      ],
      asked,
    )
    expect(commands).toEqual([{ type: 'next' }, { type: 'previous' }, { type: 'focus', index: 2 }, { type: 'unfocus' }, { type: 'toggle-pause' }])
    expect(prevented).toEqual([true, true, true, true, true, false])
  })

  it('steps once for a held clicker button, and Space ends the hold that activity began', () => {
    const held = run([[T0, { type: 'wheel' }], [T0 + 1, key('PageDown')]]).state
    const repeated = run([[T0 + 2, key('PageDown', { repeat: true })]], held)
    expect(repeated.commands).toEqual([])
    expect(repeated.prevented).toEqual([true])
    const paused = run([[T0 + 3, key(' ')]], held).state
    expect(paused.held).toBe(false)
    expect(paused.resumeAt).toBeNull()
  })

  it('F toggles fullscreen and spends the gesture: the next click asks for nothing', () => {
    const { commands } = run([
      [T0, key('f')],
      [T0 + 1, { type: 'click', fullscreen: false }],
    ])
    expect(commands).toEqual([{ type: 'toggle-fullscreen' }])
  })
})

describe('the input machine in time', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  function start() {
    vi.useFakeTimers()
    vi.setSystemTime(T0)
    const seen: { held: boolean; cursorHidden: boolean }[] = []
    const scope = effectScope()
    const machine = scope.run(() => useInputMachine((state) => seen.push({ held: state.held, cursorHidden: state.cursorHidden })))!
    return { scope, machine, last: () => seen[seen.length - 1], seen }
  }

  it('hides the cursor 3 s after the last movement and resumes the rotation 60 s after the last activity', () => {
    const { machine, last } = start()
    expect(last()).toEqual({ held: false, cursorHidden: false })
    vi.advanceTimersByTime(CURSOR_HIDE_MS)
    expect(last()).toEqual({ held: false, cursorHidden: true })
    machine.send({ type: 'pointer-move', x: 1, y: 2 })
    expect(last()).toEqual({ held: true, cursorHidden: false })
    vi.advanceTimersByTime(CURSOR_HIDE_MS)
    expect(last()).toEqual({ held: true, cursorHidden: true })
    vi.advanceTimersByTime(IDLE_RESUME_MS - CURSOR_HIDE_MS - 1)
    expect(last().held).toBe(true)
    machine.send({ type: 'wheel' })
    vi.advanceTimersByTime(IDLE_RESUME_MS - 1)
    expect(last().held).toBe(true)
    vi.advanceTimersByTime(1)
    expect(last()).toEqual({ held: false, cursorHidden: true })
    expect(vi.getTimerCount()).toBe(0)
  })

  it('keeps one timeout however long the pointer moves, and none once its scope ends', () => {
    const { scope, machine, seen } = start()
    for (let i = 0; i < 1_000; i++) {
      machine.send({ type: 'pointer-move', x: i, y: 0 })
      vi.advanceTimersByTime(16)
    }
    expect(vi.getTimerCount()).toBe(1)
    scope.stop()
    expect(vi.getTimerCount()).toBe(0)
    const count = seen.length
    vi.advanceTimersByTime(IDLE_RESUME_MS * 2)
    expect(seen).toHaveLength(count)
  })
})
