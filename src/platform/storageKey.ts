/**
 * Keys of what the dashboard keeps in the browser (localStorage, sessionStorage), prefixed with its name:
 * every page opened from a local file shares one storage (file:// is one origin), so a bare key could
 * meet another local page's.
 */
import { DASHBOARD_NAME } from './marks'

export const storageKey = (name: string): string => `${DASHBOARD_NAME}:${name}`
