/**
 * The view state of the URL: one pure function reads the page, sectors, edition, theme and screen
 * settings, one writes them back. A link someone bookmarks must come back exactly as it was; old links
 * (?period=) keep working; a mistyped value falls back to the default instead of breaking the screen.
 */
import { describe, expect, it } from 'vitest'
import type { LocationQuery } from 'vue-router'
import { readView, writeView, type ViewLocation, type ViewState } from '../../src/routing/view'
import { DEFAULT_REFRESH_SECONDS, DEFAULT_ROTATE_SECONDS, type ScreenSettings } from '../../src/screen/settings'
import { viewHash } from '../../src/routing/share'

const PAGE_IDS = ['overview', 'economy', 'rural', 'projects']
const at = (path: string, query: LocationQuery = {}): ViewLocation => ({ path, query })
const read = (path: string, query: LocationQuery = {}) => readView(at(path, query), PAGE_IDS)

/** Written to the URL and read back, from any starting location. */
function roundTrip(view: ViewState, from: ViewLocation = at('/')): ViewState {
  return readView(writeView(view, from), PAGE_IDS)
}

describe('reading the view from the URL', () => {
  it('gives the defaults for a bare address: overview, all sectors, newest edition, dark, not in screen mode', () => {
    expect(read('/')).toEqual({
      page: 'overview',
      panel: undefined,
      sectors: [],
      edition: undefined,
      theme: 'dark',
      screen: {
        active: false,
        fit: 'contain',
        plainFit: false,
        diagonalInches: undefined,
        distanceM: undefined,
        pages: [],
        slide: 0,
        pageSeconds: {},
        qr: false,
        wholePages: false,
        rotateSeconds: DEFAULT_ROTATE_SECONDS,
        refreshSeconds: DEFAULT_REFRESH_SECONDS,
      },
    })
  })

  it('reads every field of a full address', () => {
    const view = read('/page/economy', {
      sector: 'industry,e_commerce',
      edition: '2022-04',
      theme: 'light',
      kiosk: null,
      fit: 'width',
      screen: '86',
      distance: '6',
      pages: 'economy,rural',
      slide: '2',
      rotate: '20,rural:45',
      refresh: '60',
      qr: null,
      whole: null,
    })
    expect(view).toEqual({
      page: 'economy',
      panel: undefined,
      sectors: ['industry', 'e_commerce'],
      edition: '2022-04',
      theme: 'light',
      screen: {
        active: true,
        fit: 'width',
        plainFit: true,
        diagonalInches: 86,
        distanceM: 6,
        pages: ['economy', 'rural'],
        slide: 1,
        pageSeconds: { rural: 45 },
        qr: true,
        wholePages: true,
        rotateSeconds: 20,
        refreshSeconds: 60,
      },
    })
  })

  it('knows the page or the single panel from the path, and neither elsewhere', () => {
    expect(read('/page/rural')).toMatchObject({ page: 'rural', panel: undefined })
    expect(read('/panel/gdp')).toMatchObject({ page: undefined, panel: 'gdp' })
    expect(read('/data')).toMatchObject({ page: undefined, panel: undefined })
  })

  it('accepts ?period= as the old name of ?edition=; ?edition= wins when both are given', () => {
    expect(read('/', { period: '2022-04' }).edition).toBe('2022-04')
    expect(read('/', { period: '2022-04', edition: '2021' }).edition).toBe('2021')
    // Written back under its one name.
    expect(writeView(read('/', { period: '2022-04' }), at('/', { period: '2022-04' })).query).toEqual({ edition: '2022-04' })
  })

  it('ignores bad values and keeps the defaults', () => {
    const view = read('/', {
      theme: 'purple',
      edition: '',
      sector: ',,industry,,industry',
      kiosk: 'off',
      fit: 'sideways',
      screen: '5',
      distance: 'far',
      pages: 'nowhere,economy',
      slide: '-3',
      rotate: 'soon',
      refresh: '-1',
    })
    expect(view).toMatchObject({ theme: 'dark', edition: undefined, sectors: ['industry'] })
    expect(view.screen).toMatchObject({
      active: false,
      fit: 'contain',
      diagonalInches: undefined,
      distanceM: undefined,
      pages: ['economy'],
      slide: 0,
      rotateSeconds: DEFAULT_ROTATE_SECONDS,
      refreshSeconds: DEFAULT_REFRESH_SECONDS,
    })
  })

  it('reads the first of repeated parameters, and joins repeated ?sector=', () => {
    expect(read('/', { theme: ['light', 'dark'], edition: ['2021', '2022-05'] })).toMatchObject({ theme: 'light', edition: '2021' })
    expect(read('/', { sector: ['industry', 'agriculture'] }).sectors).toEqual(['industry', 'agriculture'])
  })
})

describe('writing the view to the URL', () => {
  it('leaves defaults out: a bare view is a bare address, other parameters kept', () => {
    expect(writeView(read('/'), at('/', { lang: 'zh' }))).toEqual({ path: '/', query: { lang: 'zh' } })
  })

  it('round-trips every field, each on its own and all together', () => {
    const base = read('/')
    type Change = Partial<Omit<ViewState, 'screen'>> & { screen?: Partial<ScreenSettings> }
    const changes: Change[] = [
      { page: 'economy' },
      { page: undefined, panel: 'gdp' },
      { sectors: ['industry', 'e_commerce'] },
      { edition: '2022-04' },
      { theme: 'light' },
      { screen: { active: true } },
      { screen: { fit: 'stretch', plainFit: true } },
      { screen: { diagonalInches: 98, distanceM: 7.5 } },
      { screen: { pages: ['rural', 'economy'] } },
      { screen: { slide: 3 } },
      { screen: { rotateSeconds: 0 } },
      { screen: { pageSeconds: { rural: 45, economy: 0 } } },
      { screen: { refreshSeconds: 0 } },
      { screen: { qr: true } },
      { screen: { wholePages: true } },
    ]
    const apply = (view: ViewState, change: Change): ViewState => ({ ...view, ...change, screen: { ...view.screen, ...change.screen } })
    for (const change of changes) {
      const view = apply(base, change)
      expect(roundTrip(view), JSON.stringify(change)).toEqual(view)
    }
    const all = changes.reduce(apply, base)
    expect(all).toMatchObject({ panel: 'gdp', theme: 'light', screen: { active: true, plainFit: true, slide: 3, qr: true, wholePages: true, refreshSeconds: 0 } })
    expect(roundTrip(all)).toEqual(all)
    // Plain fit at its default mode is still plain fit.
    expect(roundTrip(apply(base, { screen: { plainFit: true } })).screen).toMatchObject({ plainFit: true, fit: 'contain' })
  })

  it('keeps the current path off the dashboard pages (数据维护) and moves to the page or panel of the view', () => {
    const onData = read('/data')
    expect(writeView({ ...onData, theme: 'light' }, at('/data')).path).toBe('/data')
    expect(writeView({ ...onData, page: 'rural' }, at('/data')).path).toBe('/page/rural')
    expect(writeView({ ...onData, page: 'overview' }, at('/data')).path).toBe('/')
    expect(writeView({ ...onData, panel: 'gdp' }, at('/data')).path).toBe('/panel/gdp')
  })

  it('replaces every key the view owns and no other', () => {
    const from = at('/page/economy', { sector: 'industry', period: '2021', theme: 'light', kiosk: null, slide: '3', utm: 'x' })
    const view = { ...readView(from, PAGE_IDS), sectors: [], theme: 'dark' as const, screen: { ...readView(from, PAGE_IDS).screen, slide: 0 } }
    expect(writeView(view, from)).toEqual({ path: '/page/economy', query: { edition: '2021', kiosk: null, utm: 'x' } })
  })

  it('writes what the shared address (QR, 复制链接) keeps: the view without the screen settings', () => {
    const written = writeView({ ...read('/'), page: 'rural', sectors: ['industry'], edition: '2022-04', screen: { ...read('/').screen, active: true, qr: true, slide: 1 } }, at('/'))
    expect(viewHash(written.path, written.query)).toBe('#/page/rural?sector=industry&edition=2022-04')
  })
})
