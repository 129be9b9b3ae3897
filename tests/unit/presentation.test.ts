// @vitest-environment jsdom
/**
 * The text scale the whole dashboard is drawn at, from the window size: a window dragged a few pixels
 * rebuilds no chart (every option and its entry animation depend on the scale), a burst of resize events
 * is one update per frame, and the stores leave no listener behind once disposed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { computed, createApp } from 'vue'
import { createPinia } from 'pinia'
import { router } from '../../src/router'
import { usePresentationStore } from '../../src/stores/usePresentationStore'
import { useScreenStore } from '../../src/stores/useScreenStore'

function resizeTo(width: number, height: number): void {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true })
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true })
  window.dispatchEvent(new Event('resize'))
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

function createStores() {
  const app = createApp({ render: () => null }).use(router).use(createPinia())
  return app.runWithContext(() => ({ presentation: usePresentationStore(), screen: useScreenStore() }))
}

let stores: ReturnType<typeof createStores> | undefined

beforeEach(async () => {
  resizeTo(1920, 1080)
  await router.replace({ path: '/', query: {} })
})

afterEach(() => {
  stores?.presentation.$dispose()
  stores?.screen.$dispose()
  stores = undefined
  vi.restoreAllMocks()
})

for (const mode of ['window', 'screen mode'] as const) {
  describe(`the text scale (${mode})`, () => {
    it('stays put through resizes of a few pixels, and follows a real change once per frame', async () => {
      // Plain scaling of the design (?fit=); the room layout is tested below.
      if (mode === 'screen mode') await router.replace({ query: { kiosk: null, fit: 'contain' } })
      stores = createStores()
      const { presentation, screen } = stores
      // Screen mode starts once its code (room layout, session) has loaded.
      await vi.waitFor(() => expect(screen.active).toBe(mode === 'screen mode'))
      // What a panel builds its chart option from: rebuilt only when the scale really changes.
      let builds = 0
      const option = computed(() => {
        builds += 1
        return { fontSize: 16 * presentation.scale }
      })
      expect(option.value.fontSize).toBe(16)

      for (let px = 1; px <= 10; px += 1) {
        resizeTo(1920 + px, 1080 + px)
        await nextFrame()
        expect(option.value.fontSize).toBe(16)
      }
      expect(screen.viewport).toEqual({ width: 1930, height: 1090 })
      expect(builds).toBe(1)

      // A burst of events (a drag, a switch to fullscreen): nothing until the frame, then the last size.
      resizeTo(2600, 1500)
      resizeTo(3200, 1800)
      resizeTo(3840, 2160)
      expect(option.value.fontSize).toBe(16)
      await nextFrame()
      expect(presentation.scale).toBe(2)
      expect(option.value.fontSize).toBe(32)
      expect(builds).toBe(2)
    })
  })
}

describe('the text scale (screen mode laid out for the room)', () => {
  it('meets the legibility rule: 2.5 at 1920x1080 from 4 m (35 px figures), 5 at 3840x2160; ?distance and ?screen change it', async () => {
    await router.replace({ query: { kiosk: null } })
    stores = createStores()
    const { presentation, screen } = stores
    expect(screen.starting).toBe(true)
    await vi.waitFor(() => expect(screen.active).toBe(true))
    expect(screen.layout?.minPx).toBe(35)
    expect(presentation.scale).toBe(2.5)
    expect(screen.stage).toMatchObject({ left: 0, top: 0, width: 1920, height: 1080 })
    resizeTo(3840, 2160)
    await nextFrame()
    expect(presentation.scale).toBe(5)
    await router.replace({ query: { kiosk: null, screen: '86', distance: '6' } })
    expect(screen.layout?.minPx).toBe(Math.ceil((2 * 6000 * Math.tan((16 / 60 / 2) * (Math.PI / 180))) / ((86 * 25.4) / Math.hypot(3840, 2160)) / 0.72))
  })
})

describe('the presentation and screen stores', () => {
  it('remove their window and document listeners when disposed', async () => {
    const added: [EventTarget, string, unknown][] = []
    const removed: [EventTarget, string, unknown][] = []
    for (const target of [window, document] as EventTarget[]) {
      const add = target.addEventListener.bind(target)
      const remove = target.removeEventListener.bind(target)
      vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
        added.push([target, type, listener])
        add(type, listener, options)
      })
      vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
        removed.push([target, type, listener])
        remove(type, listener, options)
      })
    }
    stores = createStores()
    const { presentation, screen } = stores
    const watched = added.filter(([, type]) => type === 'resize' || type === 'visibilitychange')
    // One resize listener for both stores, and the page's visibility.
    expect(watched.map(([target, type]) => `${target === window ? 'window' : 'document'} ${type}`).sort()).toEqual(['document visibilitychange', 'window resize'])

    presentation.$dispose()
    screen.$dispose()
    stores = undefined
    for (const listener of watched) expect(removed).toContainEqual(listener)

    resizeTo(3840, 2160)
    await nextFrame()
    expect(screen.viewport).toEqual({ width: 1920, height: 1080 })
  })
})
