/** The address of the current view for phones: same page and filter, nothing of the meeting-room screen. */
import { describe, expect, it } from 'vitest'
import { isLoopback, shareBase, shareUrl, viewHash } from '../../src/routing/share'

describe('the shared address', () => {
  it('keeps page, filter and theme; drops screen mode, slide, rotation, room and QR', () => {
    const query = { kiosk: null, slide: '2', sector: 'industry,e_commerce', theme: 'light', rotate: '30', screen: '86', distance: '6', qr: null }
    expect(viewHash('/page/economy', query)).toBe('#/page/economy?sector=industry%2Ce_commerce&theme=light')
    expect(viewHash('/', { kiosk: null })).toBe('#/')
  })

  const served = (href: string) => {
    const url = new URL(href)
    return { protocol: url.protocol, origin: url.origin, pathname: url.pathname }
  }
  const fromFile = served('file:///D:/%E4%BC%9A%E8%AE%AE/%E7%9C%8B%E6%9D%BF.html')

  it('uses the configured public address, else the page own', () => {
    const viaPublic = shareBase(served('http://127.0.0.1:4173/?kiosk'), 'http://10.1.2.3/dashboard/')
    expect(shareUrl(viaPublic!, '/', { sector: 'industry' })).toBe('http://10.1.2.3/dashboard/#/?sector=industry')
    expect(shareUrl(shareBase(served('http://10.0.0.5/dash/?kiosk#/x'), undefined)!, '/page/rural', {})).toBe('http://10.0.0.5/dash/#/page/rural')
    expect(shareBase(served('http://10.0.0.5/dash/'), '  ')).toBe('http://10.0.0.5/dash/')
    expect(shareBase(served('http://10.0.0.5/dash/'), 'http://10.1.2.3/d/#/old')).toBe('http://10.1.2.3/d/')
  })

  it('has nothing to share from a file unless a public address is configured', () => {
    expect(shareBase(fromFile, undefined)).toBeUndefined()
    expect(shareBase(fromFile, ' ')).toBeUndefined()
    expect(shareUrl(shareBase(fromFile, 'http://10.1.2.3/dashboard/')!, '/page/economy', { kiosk: null, sector: 'industry' })).toBe(
      'http://10.1.2.3/dashboard/#/page/economy?sector=industry',
    )
  })

  it('knows a loopback address', () => {
    expect(isLoopback('http://127.0.0.1:4173/#/')).toBe(true)
    expect(isLoopback('http://localhost/')).toBe(true)
    expect(isLoopback('http://[::1]:80/')).toBe(true)
    expect(isLoopback('http://10.1.2.3/dashboard/')).toBe(false)
    expect(isLoopback('not a url')).toBe(false)
  })
})
