import { describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { formatDate, formatStamp, formatTime } from '../../src/screen/clock'
import { DESIGN_SIZE } from '../../src/charts/designScreen'
import { fitStage, type Size } from '../../src/screen/fit'
import { screenKeyAction } from '../../src/screen/keys'
import { stepIndex } from '../../src/screen/pageStep'
import { Countdown, rotationRuns, type RotationState } from '../../src/screen/rotation'
import { keepScreenAwake } from '../../src/screen/wakeLock'
import { DEFAULT_REFRESH_SECONDS, DEFAULT_ROTATE_SECONDS, FIT_MODES, parseFit, parseKiosk, parseScreenQuery, parseSeconds } from '../../src/screen/settings'

describe('screen settings from the URL', () => {
  it('turns screen mode on for ?kiosk in any spelling but an explicit no', () => {
    expect(parseKiosk(null)).toBe(true) // ?kiosk
    expect(parseKiosk('')).toBe(true)
    expect(parseKiosk('1')).toBe(true)
    expect(parseKiosk('true')).toBe(true)
    for (const off of ['0', 'false', 'OFF', 'no']) expect(parseKiosk(off)).toBe(false)
    expect(parseKiosk(undefined)).toBe(false)
  })

  it('defaults to 30 s rotation, 300 s refresh and contain fit; 0 turns a timer off', () => {
    expect(parseScreenQuery({ kiosk: null })).toMatchObject({ active: true, fit: 'contain', plainFit: false, rotateSeconds: 30, refreshSeconds: 300 })
    expect(DEFAULT_ROTATE_SECONDS).toBe(30)
    expect(DEFAULT_REFRESH_SECONDS).toBe(300)
    expect(parseScreenQuery({ kiosk: null, rotate: '0', refresh: '0', fit: 'stretch' })).toMatchObject({
      active: true,
      fit: 'stretch',
      plainFit: true,
      rotateSeconds: 0,
      refreshSeconds: 0,
    })
    expect(parseScreenQuery({}).active).toBe(false)
  })

  it('ignores ?refresh= in the portable page, whose data is in the file; rotation still applies', () => {
    expect(parseScreenQuery({ kiosk: null, rotate: '20', refresh: '60' }, [], true)).toMatchObject({ active: true, fit: 'contain', rotateSeconds: 20, refreshSeconds: 0 })
    expect(parseScreenQuery({ kiosk: null, refresh: '60' }, [], false).refreshSeconds).toBe(60)
  })

  it('takes whole seconds from 1 s to a day and ignores nonsense', () => {
    expect(parseSeconds('2', 30)).toBe(2)
    expect(parseSeconds('2.6', 30)).toBe(3)
    expect(parseSeconds('0.2', 30)).toBe(1)
    expect(parseSeconds('9999999', 30)).toBe(86_400)
    expect(parseSeconds('-5', 30)).toBe(30)
    expect(parseSeconds('abc', 30)).toBe(30)
    expect(parseSeconds('', 30)).toBe(30)
    expect(parseSeconds(null, 30)).toBe(30)
    expect(parseSeconds(['5', '7'], 30)).toBe(5)
  })

  it('knows the four fit modes and falls back to contain', () => {
    for (const mode of FIT_MODES) expect(parseFit(mode)).toBe(mode)
    expect(parseFit('WIDTH')).toBe('width')
    expect(parseFit('cover')).toBe('contain')
    expect(parseFit(undefined)).toBe('contain')
  })
})

describe('fitting the stage to a screen', () => {
  const screens: Size[] = [
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
    { width: 5760, height: 1080 },
    { width: 1024, height: 768 },
    { width: 1080, height: 1920 },
  ]

  it('is the design itself at 1920x1080 and twice it at 4K', () => {
    expect(fitStage({ width: 1920, height: 1080 }, 'contain')).toEqual({ width: 1920, height: 1080, left: 0, top: 0, scale: 1 })
    expect(fitStage({ width: 3840, height: 2160 }, 'contain')).toEqual({ width: 3840, height: 2160, left: 0, top: 0, scale: 2 })
  })

  it('contain letterboxes a wide wall with the whole design in the middle', () => {
    expect(fitStage({ width: 5760, height: 1080 }, 'contain')).toEqual({ width: 1920, height: 1080, left: 1920, top: 0, scale: 1 })
  })

  it('width and stretch fill a wide wall; text keeps the size at which the design height fits', () => {
    for (const mode of ['width', 'stretch'] as const) {
      expect(fitStage({ width: 5760, height: 1080 }, mode)).toEqual({ width: 5760, height: 1080, left: 0, top: 0, scale: 1 })
    }
    expect(fitStage({ width: 5760, height: 1080 }, 'height')).toEqual({ width: 1920, height: 1080, left: 1920, top: 0, scale: 1 })
  })

  it('height and stretch fill a 4:3 projector; contain and width letterbox it', () => {
    const box = { width: 1024, height: 768 }
    expect(fitStage(box, 'height')).toMatchObject({ width: 1024, height: 768, top: 0 })
    expect(fitStage(box, 'stretch')).toMatchObject({ width: 1024, height: 768, top: 0 })
    for (const mode of ['contain', 'width'] as const) expect(fitStage(box, mode)).toMatchObject({ width: 1024, height: 576, top: 96 })
  })

  it('never leaves the window and never sets text larger than the design fits, in every mode', () => {
    for (const screen of screens) {
      for (const mode of FIT_MODES) {
        const s = fitStage(screen, mode)
        expect(Number.isInteger(s.width) && Number.isInteger(s.height) && Number.isInteger(s.left) && Number.isInteger(s.top)).toBe(true)
        expect(s.left).toBeGreaterThanOrEqual(0)
        expect(s.top).toBeGreaterThanOrEqual(0)
        expect(s.left + s.width).toBeLessThanOrEqual(screen.width)
        expect(s.top + s.height).toBeLessThanOrEqual(screen.height)
        expect(DESIGN_SIZE.width * s.scale).toBeLessThanOrEqual(s.width + 1e-9)
        expect(DESIGN_SIZE.height * s.scale).toBeLessThanOrEqual(s.height + 1e-9)
      }
    }
  })

  it('scales 1366x768 text to its share of the design', () => {
    const s = fitStage({ width: 1366, height: 768 }, 'contain')
    expect(s.width).toBe(1365) // 1366/1920 * 1080 > 768: the height limits
    expect(s.height).toBe(768)
    expect(s.scale).toBe(0.71) // 1365 / 1920 = 0.7109…, rounded down: the design still fits
  })

  it('keeps a usable scale in a zero-size window', () => {
    expect(fitStage({ width: 0, height: 0 }, 'contain').scale).toBeGreaterThan(0)
  })
})

describe('screen keys', () => {
  const action = (key: string, mods: { ctrlKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => screenKeyAction({ key, ...mods }).type

  it('steps with clicker and arrow keys', () => {
    for (const key of ['PageDown', 'ArrowRight', 'ArrowDown']) expect(action(key)).toBe('next')
    for (const key of ['PageUp', 'ArrowLeft', 'ArrowUp']) expect(action(key)).toBe('previous')
  })

  it('pauses with Space, zooms with 1-9, returns with 0, Backspace or Esc, F for fullscreen', () => {
    expect(action(' ')).toBe('toggle-pause')
    expect(screenKeyAction({ key: '1' })).toEqual({ type: 'focus', index: 0 })
    expect(screenKeyAction({ key: '9' })).toEqual({ type: 'focus', index: 8 })
    for (const key of ['0', 'Backspace', 'Escape']) expect(action(key)).toBe('unfocus')
    expect(action('f')).toBe('toggle-fullscreen')
    expect(action('F')).toBe('toggle-fullscreen')
  })

  it('treats other keys and browser shortcuts as activity, not commands', () => {
    for (const key of ['a', 'Enter', 'Tab', 'Shift', 'F2']) expect(action(key)).toBe('activity')
    expect(action('ArrowLeft', { altKey: true })).toBe('activity')
    expect(action('r', { ctrlKey: true })).toBe('activity')
    expect(action('1', { metaKey: true })).toBe('activity')
  })
})

describe('rotation', () => {
  it('steps through the pages in order and wraps', () => {
    expect([0, 1, 2, 3, 4].map((i) => stepIndex(i, 5, 1))).toEqual([1, 2, 3, 4, 0])
    expect([0, 1, 2, 3, 4].map((i) => stepIndex(i, 5, -1))).toEqual([4, 0, 1, 2, 3])
  })

  it('goes to the first (or last) page from a page outside the list', () => {
    expect(stepIndex(-1, 5, 1)).toBe(0)
    expect(stepIndex(-1, 5, -1)).toBe(4)
    expect(stepIndex(0, 1, 1)).toBe(0)
    expect(stepIndex(0, 0, 1)).toBe(-1)
  })

  it('runs only with an interval, on one of several pages, with nothing holding it', () => {
    const base: RotationState = { rotateSeconds: 30, pageCount: 5, onPage: true, paused: false, held: false, focused: false, hidden: false }
    expect(rotationRuns(base)).toBe(true)
    expect(rotationRuns({ ...base, rotateSeconds: 0 })).toBe(false)
    expect(rotationRuns({ ...base, pageCount: 1 })).toBe(false)
    expect(rotationRuns({ ...base, onPage: false })).toBe(false) // #/panel/gdp?kiosk stays on its panel
    for (const hold of ['paused', 'held', 'focused', 'hidden'] as const) expect(rotationRuns({ ...base, [hold]: true })).toBe(false)
  })

  it('counts down, holds its place and resumes from it', () => {
    const c = new Countdown(30_000)
    c.restart(1_000, true)
    expect(c.remaining(11_000)).toBe(20_000)
    c.hold(11_000)
    expect(c.running).toBe(false)
    expect(c.elapsed(50_000)).toBe(10_000) // no time passes while held
    c.run(50_000)
    c.run(55_000) // already running: no effect
    expect(c.remaining(60_000)).toBe(10_000)
    expect(c.remaining(90_000)).toBe(0) // never negative
    c.restart(90_000, false)
    expect(c.elapsed(99_000)).toBe(0)
  })
})

describe('clock', () => {
  const at = new Date(2022, 5, 1, 9, 5, 7).getTime() // 1 June 2022, a Wednesday

  it('shows the time and the date with the weekday', () => {
    expect(formatTime(at)).toBe('09:05:07')
    expect(formatDate(at)).toBe('2022年6月1日 星期三')
  })

  it('gives the last good read with its date and time, as 3月2日 14:05', () => {
    expect(formatStamp(at)).toBe('6月1日 09:05')
  })
})

describe('the screen wake lock', () => {
  /** A Screen Wake Lock whose requests wait until the test grants or refuses them. */
  function fakeWakeLock() {
    const granted: { released: boolean; release(): Promise<void> }[] = []
    const waiting: { grant(): void; refuse(): void }[] = []
    const request = vi.fn(
      () =>
        new Promise<WakeLockSentinel>((resolve, reject) => {
          waiting.push({
            grant: () => {
              const sentinel = {
                released: false,
                release: async () => {
                  sentinel.released = true
                },
              }
              granted.push(sentinel)
              resolve(sentinel as unknown as WakeLockSentinel)
            },
            refuse: () => reject(new DOMException('page hidden', 'NotAllowedError')),
          })
        }),
    )
    return { granted, waiting, request }
  }

  it('asks once while a request is in flight, and holds no lock once screen mode ends', async () => {
    const lock = fakeWakeLock()
    const scope = effectScope()
    const acquire = scope.run(() => keepScreenAwake(lock, () => false))!
    // Screen mode starts, and the page is shown again before the browser answered.
    const first = acquire()
    const second = acquire()
    expect(lock.request).toHaveBeenCalledTimes(1)
    lock.waiting[0].grant()
    await Promise.all([first, second])
    await acquire()
    expect(lock.request).toHaveBeenCalledTimes(1)
    expect(lock.granted.map((sentinel) => sentinel.released)).toEqual([false])
    scope.stop()
    expect(lock.granted.map((sentinel) => sentinel.released)).toEqual([true])
  })

  it('asks again when the request in flight was refused while the page was hidden', async () => {
    const lock = fakeWakeLock()
    const scope = effectScope()
    const acquire = scope.run(() => keepScreenAwake(lock, () => false))!
    const first = acquire()
    const again = acquire()
    lock.waiting[0].refuse()
    await Promise.all([first, again])
    expect(lock.request).toHaveBeenCalledTimes(2)
    lock.waiting[1].grant()
    await vi.waitFor(() => expect(lock.granted).toHaveLength(1))
    scope.stop()
    expect(lock.granted[0].released).toBe(true)
  })

  it('releases a lock granted only after screen mode ended, and asks for none while the page is hidden', async () => {
    const lock = fakeWakeLock()
    const scope = effectScope()
    let hidden = false
    const acquire = scope.run(() => keepScreenAwake(lock, () => hidden))!
    const pending = acquire()
    scope.stop()
    lock.waiting[0].grant()
    await pending
    await vi.waitFor(() => expect(lock.granted[0].released).toBe(true))

    hidden = true
    await effectScope().run(() => keepScreenAwake(lock, () => hidden))!()
    expect(lock.request).toHaveBeenCalledTimes(1)
  })
})
