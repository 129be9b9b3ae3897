/**
 * The one place screen mode creates timers and listeners. Each is tracked until it ends or is cleared,
 * and dispose() ends every one that is left, so a session that runs for days and is entered and left
 * many times accumulates nothing. `size` counts what is live (tests and the leak check read it).
 */
type Cleanup = () => void

export interface TimerSlot {
  set(callback: () => void, ms: number): void
  clear(): void
}

export interface Scope {
  /** addEventListener, removed on dispose or by calling the returned function. */
  listen<K extends string>(target: EventTarget, type: K, handler: (event: Event) => void, options?: AddEventListenerOptions): Cleanup
  /** setTimeout, cleared on dispose or by calling the returned function. */
  timeout(callback: () => void, ms: number): Cleanup
  /** One pending timeout at a time (cursor hide, idle resume, next page): set() replaces it, clear() ends it. */
  timer(): TimerSlot
  /** setInterval, cleared on dispose or by calling the returned function. */
  interval(callback: () => void, ms: number): Cleanup
  /** Any other cleanup to run on dispose (a wake lock release, a stopped watcher). */
  add(cleanup: Cleanup): Cleanup
  /** Number of live timers, listeners and cleanups. */
  readonly size: number
  readonly disposed: boolean
  dispose(): void
}

export function createScope(): Scope {
  const live = new Set<Cleanup>()
  let disposed = false

  function track(cleanup: Cleanup): Cleanup {
    if (disposed) {
      cleanup()
      return () => {}
    }
    const once = () => {
      if (live.delete(once)) cleanup()
    }
    live.add(once)
    return once
  }

  function timeout(callback: () => void, ms: number): Cleanup {
    let done: Cleanup = () => {}
    const id = setTimeout(() => {
      done()
      callback()
    }, ms)
    done = track(() => clearTimeout(id))
    return done
  }

  return {
    listen(target, type, handler, options) {
      target.addEventListener(type, handler, options)
      return track(() => target.removeEventListener(type, handler, options))
    },
    timeout,
    timer() {
      let clear: Cleanup = () => {}
      return {
        set(callback, ms) {
          clear()
          clear = timeout(callback, ms)
        },
        clear: () => clear(),
      }
    },
    interval(callback, ms) {
      const id = setInterval(callback, ms)
      return track(() => clearInterval(id))
    },
    add: track,
    get size() {
      return live.size
    },
    get disposed() {
      return disposed
    },
    dispose() {
      disposed = true
      for (const cleanup of [...live]) cleanup()
    },
  }
}
