/**
 * Screen-mode settings from the URL query, the one source of truth for what can be bookmarked:
 * ?kiosk (screen mode), ?fit=contain|width|height|stretch (plain scaling of the design; without it the
 * screen is laid out for the room), ?screen=inches and ?distance=metres (the legibility rule), ?pages=a,b
 * (which pages rotate, in order), ?slide=N, ?rotate=N or ?rotate=N,page:N (seconds, 0 = off; per page),
 * ?refresh=N seconds (0 = off), ?qr (show the QR code of the view) and ?whole (whole-page slides: each page
 * one slide as designed, its text allowed below the rule). Pure: the query in, settings out.
 */
import type { LocationQuery } from 'vue-router'

export type FitMode = 'contain' | 'width' | 'height' | 'stretch'
export const FIT_MODES: readonly FitMode[] = ['contain', 'width', 'height', 'stretch']

export interface ScreenSettings {
  /** Screen mode is on (?kiosk). */
  active: boolean
  fit: FitMode
  /** ?fit= was given: plain scaling of the 1920x1080 design instead of the room layout. */
  plainFit: boolean
  /** Screen diagonal (inches) and farthest seat (m), when the URL gives them. */
  diagonalInches: number | undefined
  distanceM: number | undefined
  /** Page ids of the rotation, in order; empty = every page. */
  pages: string[]
  /** The slide of the page on screen, 0-based (?slide= is 1-based). */
  slide: number
  /** Seconds per slide for a page, where the URL sets one (?rotate=30,rural:45). */
  pageSeconds: Record<string, number>
  /** Show the QR code of the view (?qr). */
  qr: boolean
  /** Whole-page slides (?whole): each page one slide as designed, instead of slides grouped for the rule. */
  wholePages: boolean
  /** Seconds per page; 0 = no rotation. */
  rotateSeconds: number
  /** Seconds between data re-reads; 0 = no refresh. */
  refreshSeconds: number
}

export const DEFAULT_ROTATE_SECONDS = 30
export const DEFAULT_REFRESH_SECONDS = 300
/** One day: a longer interval is surely a typo, and timers beyond 2^31 ms misfire at once. */
const MAX_SECONDS = 86_400

type QueryValue = LocationQuery[string] | undefined

function first(value: QueryValue): string | null | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** `?kiosk`, `?kiosk=1` and `?kiosk=true` turn screen mode on; `?kiosk=0|false|off|no` and no kiosk leave it off. */
export function parseKiosk(value: QueryValue): boolean {
  const v = first(value)
  if (v === undefined) return false
  return !['0', 'false', 'off', 'no'].includes((v ?? '').trim().toLowerCase())
}

export function parseFit(value: QueryValue): FitMode {
  const v = (first(value) ?? '').trim().toLowerCase()
  return (FIT_MODES as readonly string[]).includes(v) ? (v as FitMode) : 'contain'
}

/** A whole number of seconds from 1 to a day, 0 (off), or the fallback for a missing or malformed value. */
export function parseSeconds(value: QueryValue, fallback: number): number {
  const v = (first(value) ?? '').trim()
  if (v === '') return fallback
  const n = Number(v)
  if (!Number.isFinite(n) || n < 0) return fallback
  if (n === 0) return 0
  return Math.min(MAX_SECONDS, Math.max(1, Math.round(n)))
}

/** A number within [min, max], or undefined for a missing or malformed one. */
export function parseMeasure(value: QueryValue, min: number, max: number): number | undefined {
  const v = (first(value) ?? '').trim()
  const n = v === '' ? NaN : Number(v)
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined
}

/** `overview,rural`: known page ids, each once, in the order given. */
export function parsePages(value: QueryValue, known: readonly string[]): string[] {
  const ids = (first(value) ?? '').split(',').map((id) => id.trim())
  return [...new Set(ids.filter((id) => known.includes(id)))]
}

/** `?rotate=30` for every page, `?rotate=30,rural:45` with one page's own time. */
export function parseRotate(value: QueryValue): { seconds: number; pageSeconds: Record<string, number> } {
  const parts = (first(value) ?? '').split(',').map((part) => part.trim())
  const pageSeconds: Record<string, number> = {}
  let seconds = DEFAULT_ROTATE_SECONDS
  for (const part of parts) {
    const [id, time] = part.includes(':') ? part.split(':') : [undefined, part]
    if (id === undefined) seconds = parseSeconds(time, seconds)
    else if (id) pageSeconds[id] = parseSeconds(time, DEFAULT_ROTATE_SECONDS)
  }
  return { seconds, pageSeconds }
}

/** `rotate=` text for a default and per-page times: the inverse of parseRotate. */
export function rotateParam(seconds: number, pageSeconds: Record<string, number>): string {
  return [String(seconds), ...Object.entries(pageSeconds).map(([id, s]) => `${id}:${s}`)].join(',')
}

/** The query keys of screen mode (the view writes them all through screenQuery). */
export const SCREEN_KEYS = ['kiosk', 'fit', 'screen', 'distance', 'pages', 'slide', 'rotate', 'refresh', 'qr', 'whole'] as const

/** The query of these settings, defaults left out: the inverse of parseScreenQuery (valueless keys are null). */
export function screenQuery(settings: ScreenSettings): LocationQuery {
  const query: LocationQuery = {}
  if (settings.active) query.kiosk = null
  if (settings.plainFit) query.fit = settings.fit
  if (settings.diagonalInches !== undefined) query.screen = String(settings.diagonalInches)
  if (settings.distanceM !== undefined) query.distance = String(settings.distanceM)
  if (settings.pages.length) query.pages = settings.pages.join(',')
  if (settings.slide > 0) query.slide = String(settings.slide + 1)
  if (settings.rotateSeconds !== DEFAULT_ROTATE_SECONDS || Object.keys(settings.pageSeconds).length) query.rotate = rotateParam(settings.rotateSeconds, settings.pageSeconds)
  if (settings.refreshSeconds !== DEFAULT_REFRESH_SECONDS) query.refresh = String(settings.refreshSeconds)
  if (settings.qr) query.qr = null
  if (settings.wholePages) query.whole = null
  return query
}

/** `dataInPage`: the portable page holds its data, there is nothing newer to read: ?refresh= is ignored. */
export function parseScreenQuery(query: LocationQuery, pageIds: readonly string[] = [], dataInPage = false): ScreenSettings {
  const rotate = parseRotate(query.rotate)
  const slide = parseMeasure(query.slide, 1, 1000)
  return {
    active: parseKiosk(query.kiosk),
    fit: parseFit(query.fit),
    plainFit: first(query.fit) !== undefined,
    diagonalInches: parseMeasure(query.screen, 10, 2000),
    distanceM: parseMeasure(query.distance, 0.5, 100),
    pages: parsePages(query.pages, pageIds),
    slide: slide === undefined ? 0 : Math.floor(slide) - 1,
    pageSeconds: rotate.pageSeconds,
    qr: query.qr !== undefined,
    wholePages: parseKiosk(query.whole),
    rotateSeconds: rotate.seconds,
    refreshSeconds: dataInPage ? 0 : parseSeconds(query.refresh, DEFAULT_REFRESH_SECONDS),
  }
}
