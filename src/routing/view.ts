/**
 * The view state: what the URL says is on screen (page or single panel, sector filter, edition, theme,
 * screen-mode settings), read by one pure function and written back by its inverse, as Grafana's kiosk
 * mode is a pure function of the query. Stores read `readView` and write with `writeView`; nothing else
 * parses or writes these query keys. Values the URL gets wrong are ignored (defaults), never an error.
 */
import type { LocationQuery, LocationQueryValue } from 'vue-router'
import type { ThemeName } from '../charts/themes'
import { parseScreenQuery, screenQuery, SCREEN_KEYS, type ScreenSettings } from '../screen/settings'
import { rawSectorParam, SECTOR_KEY, serialiseSectors } from './sectorQuery'
import { pagePath } from './url'

/** The URL key of the edition (报告期): ?edition=2022-05, as the code and editions.json name it. */
const EDITION_KEY = 'edition'
/** Older links say ?period=2022-05: still read (the canonical key wins), rewritten as ?edition= on the next write. */
const EDITION_ALIASES = ['period'] as const
const THEME_KEY = 'theme'

export interface ViewState {
  /** The dashboard page on screen ('overview' at home); undefined off the dashboard pages. */
  page: string | undefined
  /** The panel of a single-panel page (#/panel/<id>). */
  panel: string | undefined
  /** Sector ids as the URL gives them, each once; the filter keeps those the data knows. */
  sectors: string[]
  /** The pinned edition id; undefined shows the newest (and follows new data). */
  edition: string | undefined
  theme: ThemeName
  screen: ScreenSettings
}

/** Where the view is read from and written to: a route's path and query. */
export interface ViewLocation {
  path: string
  query: LocationQuery
}

function first(value: LocationQueryValue | LocationQueryValue[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value
  return one ?? undefined
}

function segment(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `dark` unless the URL says `light` (dark is the screen's default). */
function parseTheme(value: string | undefined): ThemeName {
  return value === 'light' ? 'light' : 'dark'
}

function parseEdition(query: LocationQuery): string | undefined {
  for (const key of [EDITION_KEY, ...EDITION_ALIASES]) {
    const value = first(query[key])?.trim()
    if (value) return value
  }
  return undefined
}

/** The view a location shows; `pageIds` are the pages ?pages= may name. */
export function readView(location: ViewLocation, pageIds: readonly string[]): ViewState {
  const { path, query } = location
  const pageMatch = /^\/page\/([^/]+)\/?$/.exec(path)
  const panelMatch = /^\/panel\/([^/]+)\/?$/.exec(path)
  return {
    page: path === '/' || path === '' ? 'overview' : pageMatch ? segment(pageMatch[1]) : undefined,
    panel: panelMatch ? segment(panelMatch[1]) : undefined,
    sectors: [...new Set(rawSectorParam(query[SECTOR_KEY]).split(',').map((id) => id.trim()).filter((id) => id !== ''))],
    edition: parseEdition(query),
    theme: parseTheme(first(query[THEME_KEY])),
    screen: parseScreenQuery(query, pageIds),
  }
}

/** Every query key the view owns (aliases included): a write replaces them all and keeps any other key. */
const VIEW_KEYS = [SECTOR_KEY, EDITION_KEY, ...EDITION_ALIASES, THEME_KEY, ...SCREEN_KEYS]

/**
 * The location that shows `view`, from the current one: the path of its page or panel (the current path
 * elsewhere, such as 数据维护), the view's keys written with defaults left out, other keys kept.
 */
export function writeView(view: ViewState, current: ViewLocation): ViewLocation {
  const query: LocationQuery = { ...current.query }
  for (const key of VIEW_KEYS) delete query[key]
  const sectors = serialiseSectors(view.sectors)
  if (sectors !== undefined) query[SECTOR_KEY] = sectors
  if (view.edition !== undefined) query[EDITION_KEY] = view.edition
  if (view.theme !== 'dark') query[THEME_KEY] = view.theme
  Object.assign(query, screenQuery(view.screen))
  const path = view.page !== undefined ? pagePath(view.page) : view.panel !== undefined ? `/panel/${encodeURIComponent(view.panel)}` : current.path
  return { path, query }
}
