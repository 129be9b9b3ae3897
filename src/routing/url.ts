/**
 * What the URL says and how to write it: pure helpers over a route or a Location, for stores and
 * components alike. The route table itself (src/router.ts) imports the page components, so nothing that
 * a component imports may import it; these helpers import no component.
 */
import type { RouteLocationNormalizedLoaded } from 'vue-router'

/** The URL path of a dashboard page: the overview is home. */
export function pagePath(pageId: string): string {
  return pageId === 'overview' ? '/' : `/page/${pageId}`
}

/** The first value of a query parameter, or undefined. */
export function queryValue(route: Pick<RouteLocationNormalizedLoaded, 'query'>, key: string): string | undefined {
  const value = route.query[key]
  const first = Array.isArray(value) ? value[0] : value
  return first ?? undefined
}

/** The dashboard page a route shows: its :pageId, or the pageId a fixed route (home) passes as a prop. */
export function routePageId(route: Pick<RouteLocationNormalizedLoaded, 'params' | 'matched'>): string | undefined {
  const param = route.params.pageId
  if (typeof param === 'string') return param
  const props = route.matched[route.matched.length - 1]?.props.default
  if (props && typeof props === 'object' && 'pageId' in props) return String(props.pageId)
  return undefined
}

/**
 * People type parameters into the page's own query string (`/?theme=light#/`); move them into the
 * route's query, which is the one source of truth, and clean the address bar.
 */
export function adoptPageQuery(location: Pick<Location, 'search' | 'hash' | 'pathname'>, history: Pick<History, 'state' | 'replaceState'>): string | undefined {
  if (!location.search) return undefined
  const params = new URLSearchParams(location.search)
  const hash = location.hash.replace(/^#/, '') || '/'
  const [path, hashQuery = ''] = hash.split('?')
  const merged = new URLSearchParams(hashQuery)
  params.forEach((value, key) => {
    if (!merged.has(key)) merged.set(key, value)
  })
  const query = merged.toString().replace(/=(?=&|$)/g, '')
  const target = `${path}${query ? `?${query}` : ''}`
  history.replaceState(history.state, '', `${location.pathname}#${target}`)
  return target
}
