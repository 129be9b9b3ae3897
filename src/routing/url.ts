/**
 * What the URL says and how to write it: pure helpers over a route or a Location, for stores and
 * components alike. The route table itself (src/router.ts) imports the page components, so nothing that
 * a component imports may import it; these helpers import no component. The view state itself is read
 * and written in src/routing/view.ts.
 */

/** The URL path of a dashboard page: the overview is home. */
export function pagePath(pageId: string): string {
  return pageId === 'overview' ? '/' : `/page/${pageId}`
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
