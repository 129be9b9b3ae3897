/**
 * Hash routing (#/page/economy): one build serves from any path of any static server, with no rewrite
 * rules, and a reload of any URL works.
 */
import { createRouter, createWebHashHistory, type RouteLocationNormalizedLoaded } from 'vue-router'
import DashboardPage from './views/DashboardPage.vue'
// Static: DashboardPage shows it for an unknown page id, so it is in the first load anyway.
import NotFoundPage from './views/NotFoundPage.vue'

// The hash history reads the address once, when it is created: a query typed before the hash (/?kiosk)
// must be in the hash by then, or the first navigation writes the address back without it.
if (typeof window !== 'undefined') adoptPageQuery(window.location, window.history)

export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: DashboardPage, props: { pageId: 'overview' } },
    { path: '/page/:pageId', name: 'page', component: DashboardPage, props: true },
    { path: '/panel/:panelId', name: 'panel', component: () => import('./views/SinglePanelPage.vue'), props: true },
    { path: '/data', name: 'data', component: () => import('./views/DataMaintenancePage.vue') },
    { path: '/:pathMatch(.*)*', name: 'not-found', component: NotFoundPage },
  ],
})

/** The URL path of a dashboard page: the overview is home. */
export function pagePath(pageId: string): string {
  return pageId === 'overview' ? '/' : `/page/${pageId}`
}

/** The first value of a query parameter, or undefined. */
export function queryValue(route: RouteLocationNormalizedLoaded, key: string): string | undefined {
  const value = route.query[key]
  const first = Array.isArray(value) ? value[0] : value
  return first ?? undefined
}

/**
 * People type parameters into the page's own query string (`/?theme=light#/`); move them into the
 * route's query, which is the one source of truth, and clean the address bar.
 */
export function adoptPageQuery(location: Location, history: History): string | undefined {
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
