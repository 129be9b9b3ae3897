/**
 * The route table. Hash routing (#/page/economy): one build serves from any path of any static server,
 * with no rewrite rules, and a reload of any URL works. Only main.ts imports this module (it imports the
 * page components); the URL helpers stores and components need are in src/routing/url.ts.
 */
import { createRouter, createWebHashHistory } from 'vue-router'
import { adoptPageQuery } from './routing/url'
import DashboardPage from './views/DashboardPage.vue'

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
    { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundPage.vue') },
  ],
})
