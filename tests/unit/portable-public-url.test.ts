/** `npm run build:portable -- --public-url <address>`: the address phones open, checked before the build. */
import { describe, expect, it } from 'vitest'
import { checkedPublicUrl } from '../../scripts/portable/plugin'

describe('the portable build’s public address', () => {
  it('is empty when not given, the address as typed when it is http(s)', () => {
    expect(checkedPublicUrl(undefined)).toBe('')
    expect(checkedPublicUrl('  ')).toBe('')
    expect(checkedPublicUrl(' http://10.1.2.3/dashboard/ ')).toBe('http://10.1.2.3/dashboard/')
    expect(checkedPublicUrl('https://kanban.example.gov.cn/yongan/?theme=light')).toBe('https://kanban.example.gov.cn/yongan/?theme=light')
  })

  it('refuses what a phone cannot open, saying what it expected and what it got', () => {
    for (const bad of ['file:///D:/看板.html', '10.1.2.3/dashboard', 'http://a/"b', 'javascript:alert(1)'])
      expect(() => checkedPublicUrl(bad)).toThrow(`应为手机能打开的 http:// 或 https:// 地址（如 http://10.1.2.3/dashboard/），实际为“${bad}”`)
  })
})
