/**
 * The show in screen mode: clicker keys (F5, Shift+F5, black screen, help, QR), slide stepping, ?pages,
 * ?rotate per page, ?screen/?distance, the machine's default room, and charts' accessible descriptions.
 */
import { describe, expect, it } from 'vitest'
import { ariaDescription } from '../../src/charts/ariaSummary'
import { reduceInput, startInput, type InputEvent } from '../../src/screen/input'
import { screenKeyAction } from '../../src/screen/keys'
import { stepSlide } from '../../src/screen/pageStep'
import { loadRoomDefaults, ROOM_DEFAULTS_KEY, saveRoomDefaults } from '../../src/screen/roomDefaults'
import { parseMeasure, parsePages, parseRotate, parseScreenQuery, rotateParam } from '../../src/screen/settings'
import { rotationPages, secondsFor } from '../../src/screen/show'

const action = (key: string, mods: { shiftKey?: boolean } = {}) => screenKeyAction({ key, ...mods })
const key = (k: string, mods: { shiftKey?: boolean } = {}): InputEvent => ({ type: 'key', action: action(k, mods), repeat: false, fullscreen: true })

describe('clicker keys', () => {
  it('F5 starts from the beginning, Shift+F5 from this page; . and B black out; ? and H help; Q the QR code', () => {
    expect(action('F5')).toEqual({ type: 'restart', from: 'beginning' })
    expect(action('F5', { shiftKey: true })).toEqual({ type: 'restart', from: 'current' })
    for (const k of ['.', 'b', 'B']) expect(action(k).type).toBe('toggle-black')
    for (const k of ['?', 'h', 'H']) expect(action(k).type).toBe('toggle-help')
    for (const k of ['q', 'Q']) expect(action(k).type).toBe('toggle-qr')
  })

  it('F5 is ours: the browser does not reload', () => {
    const result = reduceInput({ ...startInput(0), gestureUsed: true }, key('F5'), 1)
    expect(result.commands).toEqual([{ type: 'restart', from: 'beginning' }])
    expect(result.preventDefault).toBe(true)
  })

  it('a black screen comes back on any key, which does nothing else', () => {
    let state = { ...startInput(0), gestureUsed: true }
    state = reduceInput(state, key('.'), 1).state
    expect(state.black).toBe(true)
    const back = reduceInput(state, key('PageDown'), 2)
    expect(back.state.black).toBe(false)
    expect(back.commands).toEqual([])
    expect(back.preventDefault).toBe(true)
    expect(reduceInput(back.state, key('PageDown'), 3).commands).toEqual([{ type: 'next' }])
  })
})

describe('slide steps', () => {
  const counts = [1, 3, 2]
  it('steps through a page slides, then to the next page, and wraps', () => {
    const seen = []
    let at = { page: 0, slide: 0 }
    for (let i = 0; i < 7; i++) {
      seen.push(`${at.page}.${at.slide}`)
      at = stepSlide(at, counts, 1)
    }
    expect(seen).toEqual(['0.0', '1.0', '1.1', '1.2', '2.0', '2.1', '0.0'])
  })

  it('going back lands on the previous page last slide; from no page, the first or last', () => {
    expect(stepSlide({ page: 2, slide: 0 }, counts, -1)).toEqual({ page: 1, slide: 2 })
    expect(stepSlide({ page: 1, slide: 1 }, counts, -1)).toEqual({ page: 1, slide: 0 })
    expect(stepSlide({ page: -1, slide: 0 }, counts, 1)).toEqual({ page: 0, slide: 0 })
    expect(stepSlide({ page: -1, slide: 0 }, counts, -1)).toEqual({ page: 2, slide: 1 })
  })
})

describe('what to present, from the URL', () => {
  it('?pages chooses and orders the pages; unknown ids are dropped', () => {
    expect(parsePages('rural,overview,nope,rural', ['overview', 'economy', 'rural'])).toEqual(['rural', 'overview'])
    expect(rotationPages({ pages: ['rural', 'overview'] }).map((p) => p.id)).toEqual(['rural', 'overview'])
    expect(rotationPages({ pages: [] }).length).toBeGreaterThan(2)
  })

  it('?rotate=30 for all, ?rotate=20,rural:45 with a page of its own; written back the same', () => {
    expect(parseRotate('30')).toEqual({ seconds: 30, pageSeconds: {} })
    const parsed = parseRotate('20,rural:45,overview:0')
    expect(parsed).toEqual({ seconds: 20, pageSeconds: { rural: 45, overview: 0 } })
    expect(parseRotate(rotateParam(parsed.seconds, parsed.pageSeconds))).toEqual(parsed)
    expect(secondsFor('rural', { rotateSeconds: 20, pageSeconds: { rural: 45 } })).toBe(45)
    expect(secondsFor('economy', { rotateSeconds: 20, pageSeconds: { rural: 45 } })).toBe(20)
  })

  it('?screen and ?distance within sense; ?slide is 1-based; ?fit asks for plain scaling', () => {
    expect(parseMeasure('86', 10, 2000)).toBe(86)
    expect(parseMeasure('abc', 10, 2000)).toBeUndefined()
    expect(parseMeasure('-4', 0.5, 100)).toBeUndefined()
    const s = parseScreenQuery({ kiosk: null, screen: '86', distance: '6', slide: '2', qr: null }, ['overview'])
    expect(s).toMatchObject({ diagonalInches: 86, distanceM: 6, slide: 1, qr: true, plainFit: false })
    expect(parseScreenQuery({ kiosk: null, fit: 'contain' }).plainFit).toBe(true)
  })
})

describe("the machine's default room", () => {
  it('is kept under the dashboard key and read back; a broken entry is no default', () => {
    const data = new Map<string, string>()
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) }
    saveRoomDefaults(storage, { diagonalInches: 86, distanceM: 6 })
    expect([...data.keys()]).toEqual(['经济运行看板:screen-room'])
    expect(loadRoomDefaults(storage)).toEqual({ diagonalInches: 86, distanceM: 6 })
    data.set(ROOM_DEFAULTS_KEY, '{bad')
    expect(loadRoomDefaults(storage)).toEqual({})
  })
})

describe("a chart's accessible description", () => {
  it('names the title, the key figure and the figures of each series with their categories', () => {
    const text = ariaDescription(
      { yAxis: { type: 'category', data: ['新材料', '电商'] }, series: [{ type: 'bar', name: '总投资', data: [12.5, { value: 3 }] }] },
      '重点项目',
      '亿元',
      '共 2 个项目',
    )
    expect(text).toBe('重点项目。共 2 个项目。单位亿元。总投资：新材料 12.5，电商 3')
  })
})
