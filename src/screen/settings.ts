/**
 * Screen-mode settings from the URL query, the one source of truth for what can be bookmarked:
 * ?kiosk (screen mode), ?fit=contain|width|height|stretch, ?rotate=N and ?refresh=N seconds (0 = off).
 * Pure: the query in, settings out.
 */
import type { LocationQuery } from 'vue-router'

export type FitMode = 'contain' | 'width' | 'height' | 'stretch'
export const FIT_MODES: readonly FitMode[] = ['contain', 'width', 'height', 'stretch']

export interface ScreenSettings {
  /** Screen mode is on (?kiosk). */
  active: boolean
  fit: FitMode
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

/** `dataInPage`: the portable page holds its data, there is nothing newer to read: ?refresh= is ignored. */
export function parseScreenQuery(query: LocationQuery, dataInPage = false): ScreenSettings {
  return {
    active: parseKiosk(query.kiosk),
    fit: parseFit(query.fit),
    rotateSeconds: parseSeconds(query.rotate, DEFAULT_ROTATE_SECONDS),
    refreshSeconds: dataInPage ? 0 : parseSeconds(query.refresh, DEFAULT_REFRESH_SECONDS),
  }
}
