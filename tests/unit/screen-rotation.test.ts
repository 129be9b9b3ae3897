/**
 * The rotation in time (src/screen/useRotation.ts) under fake timers: it steps after each slide's time,
 * waits while paused, held, zoomed, blacked out or hidden, follows a page's own time, and stops with its
 * effect scope; the data refresh likewise.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, reactive, ref } from 'vue'
import { RETRY_MS, useRefresh } from '../../src/screen/useRefresh'
import { useRotation } from '../../src/screen/useRotation'
import type { SessionDeps } from '../../src/screen/session'

function fakeScreen() {
  const screen = reactive({
    rotateSeconds: 2,
    slideTotal: 4,
    pageIndex: 0,
    slideIndex: 0,
    paused: false,
    held: false,
    focusedIndex: null as number | null,
    black: false,
    progress: { durationMs: 0, elapsedMs: 0, running: false, epoch: 0 },
    steps: 0,
    step(direction: 1 | -1) {
      screen.steps += direction
      screen.slideIndex = (screen.slideIndex + 1) % screen.slideTotal
      return Promise.resolve()
    },
    setProgress(next: typeof screen.progress) {
      screen.progress = next
    },
  })
  return screen
}

describe('the rotation in time', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('steps after each slide time and holds while paused, zoomed or blacked out', async () => {
    const screen = fakeScreen()
    const presentation = reactive({ pageHidden: false })
    const path = ref('/')
    const scope = effectScope()
    scope.run(() => useRotation({ screen, presentation, routePath: () => path.value } as unknown as Pick<SessionDeps, 'screen' | 'presentation' | 'routePath'>))
    expect(screen.progress).toMatchObject({ durationMs: 2000, running: true })
    await vi.advanceTimersByTimeAsync(2000)
    expect(screen.steps).toBe(1)
    await vi.advanceTimersByTimeAsync(2000)
    expect(screen.steps).toBe(2)

    for (const hold of [() => (screen.paused = true), () => (screen.focusedIndex = 0), () => (screen.black = true), () => (presentation.pageHidden = true)]) {
      hold()
      await nextTick()
      expect(screen.progress.running).toBe(false)
      await vi.advanceTimersByTimeAsync(10_000)
      expect(screen.steps).toBe(2)
      Object.assign(screen, { paused: false, focusedIndex: null, black: false })
      presentation.pageHidden = false
      await nextTick()
    }

    // A page's own time takes over.
    screen.rotateSeconds = 5
    await nextTick()
    expect(screen.progress.durationMs).toBe(5000)
    await vi.advanceTimersByTimeAsync(5000)
    expect(screen.steps).toBe(3)

    scope.stop()
    await vi.advanceTimersByTimeAsync(20_000)
    expect(screen.steps).toBe(3)
  })

  it('does not rotate a show of one slide', async () => {
    const screen = fakeScreen()
    screen.slideTotal = 1
    const scope = effectScope()
    scope.run(() => useRotation({ screen, presentation: reactive({ pageHidden: false }), routePath: () => '/' } as unknown as Pick<SessionDeps, 'screen' | 'presentation' | 'routePath'>))
    await vi.advanceTimersByTimeAsync(10_000)
    expect(screen.steps).toBe(0)
    scope.stop()
  })
})

describe('the data refresh in time', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('re-reads every refresh interval, sooner after a failed read, never after its scope ends', async () => {
    const screen = reactive({ settings: { refreshSeconds: 300 } })
    const dataset = reactive({ allIssues: [] as unknown[], reads: 0, load: () => ((dataset.reads += 1), Promise.resolve()) })
    const scope = effectScope()
    scope.run(() => useRefresh({ screen, dataset } as unknown as Pick<SessionDeps, 'screen' | 'dataset'>))
    await vi.advanceTimersByTimeAsync(299_000)
    expect(dataset.reads).toBe(0)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(dataset.reads).toBe(1)
    // A bad read: the next one comes after RETRY_MS, not the full interval; a failing load does not stop it.
    dataset.allIssues = ['bad']
    dataset.load = () => ((dataset.reads += 1), Promise.reject(new Error('network')))
    await vi.advanceTimersByTimeAsync(300_000)
    expect(dataset.reads).toBe(2)
    await vi.advanceTimersByTimeAsync(RETRY_MS)
    expect(dataset.reads).toBe(3)
    // refresh=0 turns it off.
    screen.settings.refreshSeconds = 0
    await nextTick()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(dataset.reads).toBe(3)
    screen.settings.refreshSeconds = 10
    await nextTick()
    scope.stop()
    await vi.advanceTimersByTimeAsync(600_000)
    expect(dataset.reads).toBe(3)
  })
})
