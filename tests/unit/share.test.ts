/** The address of the current view for phones: same page and filter, nothing of the meeting-room screen. */
import { describe, expect, it } from 'vitest'
import { isLoopback, shareUrl, viewHash } from '../../src/routing/share'

describe('the shared address', () => {
  it('keeps page, filter and theme; drops screen mode, slide, rotation, room and QR', () => {
    const query = { kiosk: null, slide: '2', sector: 'industry,e_commerce', theme: 'light', rotate: '30', screen: '86', distance: '6', qr: null }
    expect(viewHash('/page/economy', query)).toBe('#/page/economy?sector=industry%2Ce_commerce&theme=light')
    expect(viewHash('/', { kiosk: null })).toBe('#/')
  })

  it('uses the configured public address, else the page own', () => {
    expect(shareUrl('http://127.0.0.1:4173/', 'http://10.1.2.3/dashboard/', '/', { sector: 'industry' })).toBe('http://10.1.2.3/dashboard/#/?sector=industry')
    expect(shareUrl('http://10.0.0.5/dash/', undefined, '/page/rural', {})).toBe('http://10.0.0.5/dash/#/page/rural')
    expect(shareUrl('http://10.0.0.5/dash/', '  ', '/', {})).toBe('http://10.0.0.5/dash/#/')
  })

  it('knows a loopback address', () => {
    expect(isLoopback('http://127.0.0.1:4173/#/')).toBe(true)
    expect(isLoopback('http://localhost/')).toBe(true)
    expect(isLoopback('http://[::1]:80/')).toBe(true)
    expect(isLoopback('http://10.1.2.3/dashboard/')).toBe(false)
    expect(isLoopback('not a url')).toBe(false)
  })
})
