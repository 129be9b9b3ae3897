import { describe, expect, it } from 'vitest'
import { adoptPageQuery, pagePath } from '../../src/routing/url'

describe('URL helpers', () => {
  it('pagePath: the overview is home, other pages are /page/<id>', () => {
    expect(pagePath('overview')).toBe('/')
    expect(pagePath('economy')).toBe('/page/economy')
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
