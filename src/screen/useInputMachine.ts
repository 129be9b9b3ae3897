/**
 * Runs the input machine (input.ts) in time: holds its state, feeds it events, and keeps one timeout
 * armed for the next moment something is due (the cursor hides, the hold ends). Call it inside an effect
 * scope (a component's setup, or effectScope().run): the timeout ends with the scope. No DOM, no store:
 * `apply` receives each new state and the commands to carry out.
 */
import { useTimeoutFn } from '@vueuse/core'
import { onScopeDispose } from 'vue'
import { nextDue, reduceInput, startInput, type InputCommand, type InputEvent, type InputResult, type InputState } from './input'

export interface InputMachine {
  send(event: InputEvent): InputResult
  readonly state: InputState
}

export function useInputMachine(apply: (state: InputState, commands: InputCommand[]) => void): InputMachine {
  let state = startInput(Date.now())
  let delayMs = 0
  let stopped = false
  onScopeDispose(() => {
    stopped = true
  })
  // One pending timeout at a time: a pointer moving for hours replaces it, never piles timers up.
  const due = useTimeoutFn(() => send({ type: 'time' }), () => delayMs, { immediate: false })

  function arm(): void {
    const at = nextDue(state)
    if (at === null || stopped) return due.stop()
    delayMs = Math.max(0, at - Date.now())
    due.start()
  }

  function send(event: InputEvent): InputResult {
    const result = reduceInput(state, event, Date.now())
    const changed = result.state.hideCursorAt !== state.hideCursorAt || result.state.resumeAt !== state.resumeAt
    state = result.state
    if (changed || event.type === 'time') arm()
    apply(state, result.commands)
    return result
  }

  arm()
  apply(state, [])
  return {
    send,
    get state() {
      return state
    },
  }
}
