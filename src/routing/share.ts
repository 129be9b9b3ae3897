/**
 * The address of the current view for someone else's screen (a phone at the table): the same page and
 * filter (and edition, theme), without what only the meeting-room screen needs (screen mode, slide,
 * rotation, room size, QR). Its base is the deployment's public address when one is configured
 * (`<meta name="dashboard-public-url">` in index.html or the portable file), else the page's own, except
 * from a file: a file:/// address is useless on a phone, so there is none to share. Pure.
 */
import { SCREEN_KEYS } from '../screen/settings'

/** Query parameters that describe the meeting-room screen, not the view. */
const SCREEN_ONLY: ReadonlySet<string> = new Set(SCREEN_KEYS)

/** `#/page/economy?sector=industry` from a route's path and query. */
export function viewHash(path: string, query: Record<string, unknown>): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (SCREEN_ONLY.has(key)) continue
    const values = Array.isArray(value) ? value : [value]
    for (const v of values) params.append(key, v === null || v === undefined ? '' : String(v))
  }
  const text = params.toString().replace(/=(?=&|$)/g, '')
  return `#${path}${text ? `?${text}` : ''}`
}

/** Where the page was opened: `location`. */
export type OwnAddress = Pick<Location, 'protocol' | 'origin' | 'pathname'>

/**
 * The base of a shared address: the public one when configured, else the page's own (origin + path);
 * undefined for a page opened from a file with none configured (the QR code and 复制链接 are not shown).
 */
export function shareBase(own: OwnAddress, publicBase: string | undefined): string | undefined {
  const configured = publicBase?.trim()
  if (configured) return configured.replace(/#.*$/, '')
  return own.protocol === 'file:' ? undefined : `${own.origin}${own.pathname}`
}

/** The view's full address: `base` (from shareBase) and its hash. */
export function shareUrl(base: string, path: string, query: Record<string, unknown>): string {
  return `${base}${viewHash(path, query)}`
}

/** True when the address only works on this machine (127.0.0.1, localhost, ::1). */
export function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
    return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host) || host === '0.0.0.0'
  } catch {
    return false
  }
}

/** The public address set for this deployment in index.html, if any. */
export function configuredPublicUrl(doc: Pick<Document, 'querySelector'>): string | undefined {
  return doc.querySelector<HTMLMetaElement>('meta[name="dashboard-public-url"]')?.content.trim() || undefined
}
