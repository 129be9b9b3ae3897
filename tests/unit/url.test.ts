import { describe, expect, it } from 'vitest'
import { adoptPageQuery, pagePath, queryValue, routePageId } from '../../src/routing/url'

describe('URL helpers', () => {
  it('pagePath: the overview is home, other pages are /page/<id>', () => {
    expect(pagePath('overview')).toBe('/')
    expect(pagePath('economy')).toBe('/page/economy')
  })

  it('queryValue: the first value of a parameter, undefined when absent or valueless', () => {
    expect(queryValue({ query: { theme: 'light' } }, 'theme')).toBe('light')
    expect(queryValue({ query: { theme: ['light', 'dark'] } }, 'theme')).toBe('light')
    expect(queryValue({ query: { kiosk: null } }, 'kiosk')).toBeUndefined()
    expect(queryValue({ query: {} }, 'theme')).toBeUndefined()
  })

  it('routePageId: the :pageId param, or the pageId a fixed route passes as a prop', () => {
    expect(routePageId({ params: { pageId: 'economy' }, matched: [] })).toBe('economy')
    const home = { props: { default: { pageId: 'overview' } } } as unknown as Parameters<typeof routePageId>[0]['matched'][number]
    expect(routePageId({ params: {}, matched: [home] })).toBe('overview')
    expect(routePageId({ params: {}, matched: [] })).toBeUndefined()
  })

  it('adoptPageQuery: moves a query typed before the hash into the route, the hash winning a clash', () => {
    const writes: string[] = []
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => void writes.push(url) }
    expect(adoptPageQuery({ search: '?kiosk&theme=light', hash: '#/page/economy?theme=dark', pathname: '/board/' }, history)).toBe(
      '/page/economy?theme=dark&kiosk',
    )
    expect(writes).toEqual(['/board/#/page/economy?theme=dark&kiosk'])
    expect(adoptPageQuery({ search: '?rotate=30', hash: '', pathname: '/' }, history)).toBe('/?rotate=30')
    expect(adoptPageQuery({ search: '', hash: '#/', pathname: '/' }, history)).toBeUndefined()
    expect(writes).toHaveLength(2)
  })
})
