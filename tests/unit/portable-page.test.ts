// @vitest-environment jsdom
/**
 * The portable page's text: what the build writes and 保存为新看板文件 writes again. Parsed by an HTML
 * parser, its parts read back exactly, so a page written from them equals the original, and one with new
 * data differs only inside the data blocks; markup in the data cannot leave its block.
 */
import { describe, expect, it } from 'vitest'
import { escapeForScript, lazyBlockText, newestEditionName, portableFileName, portablePage, type PortableParts } from '../../src/portable/page'
import { readPageParts } from '../../src/portable/pristine'
import { dataOfPortablePage } from '../../src/portable/importPage'
import { embeddedDataTexts, isPortablePage } from '../../src/data/embedded'
import { folderTexts } from '../support/fixtures'

const MARKUP = '</script><script>alert(1)</script><!-- x'

function parts(overrides: Partial<PortableParts> = {}): PortableParts {
  return {
    csp: "default-src 'none'; script-src 'sha256-abc='",
    favicon: 'data:image/svg+xml;base64,PHN2Zz4=',
    legacyCheck: "(function () { var a = '<b>' })()",
    style: 'body { color: red } /* a > b */',
    app: 'const s = "\\x3C/script>"; export {}\n',
    data: Object.fromEntries(
      ['meta.json', 'editions.json', 'sectors.json', 'indicators.json', 'values.json', 'projects.json', 'honours.json'].map((name) => [
        name,
        escapeForScript(JSON.stringify({ name, text: MARKUP }, null, 2)),
      ]),
    ),
    lazy: {
      exceljs: lazyBlockText('window.ExcelJS = { note: "</script>" }\r\n'),
    },
    ...overrides,
  }
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('portable page', () => {
  it('escapes < in JSON so markup stays inside its block and parses back to the same value', () => {
    const json = JSON.stringify({ name: MARKUP })
    const escaped = escapeForScript(json)
    expect(escaped).not.toContain('<')
    expect(JSON.parse(escaped)).toEqual({ name: MARKUP })
    expect(escapeForScript('{\r\n"a": 1\r}')).toBe('{\n"a": 1\n}')
  })

  it('reads back through an HTML parser into exactly the parts it was written from', () => {
    const html = portablePage(parts())
    const doc = parse(html)
    expect(isPortablePage(doc)).toBe(true)
    expect(readPageParts(doc)).toEqual(parts())
    expect(portablePage(readPageParts(doc)!)).toBe(html)
    const texts = embeddedDataTexts(doc)!
    expect(JSON.parse(texts['projects.json'])).toEqual({
      name: 'projects.json',
      text: MARKUP,
    })
    // The lazy script's text comes back exactly, a CR and a "</script>" in it included.
    expect(JSON.parse((doc.getElementById('yongan-lazy:exceljs') as HTMLScriptElement).text)).toBe('window.ExcelJS = { note: "</script>" }\r\n')
  })

  it('a page with new data differs from the old only inside its data blocks, and a third generation too', () => {
    const first = portablePage(parts())
    const blank = (html: string) => html.replace(/(id="yongan-data:[^"]+">)[\s\S]*?(<\/script>)/g, '$1$2')
    const secondParts = {
      ...readPageParts(parse(first))!,
      data: {
        ...parts().data,
        'values.json': escapeForScript('{"values": [1]}'),
      },
    }
    const second = portablePage(secondParts)
    const third = portablePage({
      ...readPageParts(parse(second))!,
      data: {
        ...secondParts.data,
        'values.json': escapeForScript('{"values": [2]}'),
      },
    })
    expect(second).not.toBe(first)
    expect(blank(second)).toBe(blank(first))
    expect(blank(third)).toBe(blank(second))
    expect(readPageParts(parse(third))!.data['values.json']).toBe('{"values": [2]}')
  })

  it('takes over the data of an older file only when it passes the data checks, as a workbook must', () => {
    const texts = folderTexts('tests/fixtures/small')
    const good = portablePage(parts({ data: Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, escapeForScript(text)])) }))
    expect(dataOfPortablePage(good, '旧.html')).toEqual(Object.fromEntries(Object.entries(texts).map(([name, text]) => [name, text.replace(/\r\n?/g, '\n')])))
    const broken = good.replace(/("value": )10130000/, '$1"1013万"')
    expect(broken).not.toBe(good)
    expect(() => dataOfPortablePage(broken, '旧.html')).toThrow('“旧.html”中的数据有误，未取用（共 1 处问题）：data/values.json: values[2].value: 应为数字，实际为 "1013万"')
    // Fake data (not the schema's): refused likewise.
    expect(() => dataOfPortablePage(portablePage(parts()), 'x.html')).toThrow(/“x\.html”中的数据有误，未取用（共 \d+ 处问题）.*；另有 \d+ 处$/)
  })

  it('keeps the public address exactly through a new generation, and adds none to a file that had none', () => {
    const address = 'http://10.1.2.3/看板/?a=1&b="2"<x>'
    const withAddress = portablePage(parts({ publicUrl: address }))
    const doc = parse(withAddress)
    expect(doc.querySelector<HTMLMetaElement>('meta[name="dashboard-public-url"]')?.content).toBe(address)
    expect(readPageParts(doc)!.publicUrl).toBe(address)
    expect(portablePage(readPageParts(doc)!)).toBe(withAddress)
    const none = portablePage(parts({ publicUrl: '' }))
    expect(parse(none).querySelector<HTMLMetaElement>('meta[name="dashboard-public-url"]')?.content).toBe('')
    expect(portablePage(readPageParts(parse(none))!)).toBe(none)
    // A file made before the line existed: its next generation stays without it.
    const older = portablePage(parts())
    expect(older).not.toContain('dashboard-public-url')
    expect(portablePage(readPageParts(parse(older))!)).toBe(older)
    expect(() => portablePage(parts({ publicUrl: 'http://a/\nb' }))).toThrow(/line break/)
  })

  it('refuses text the parser would change or that would end its element', () => {
    expect(() => portablePage(parts({ app: 'a\rb' }))).toThrow(/carriage return/)
    expect(() => portablePage(parts({ style: 'x</style>' }))).toThrow(/<\/style/)
    expect(() => portablePage(parts({ legacyCheck: 'x</SCRIPT>' }))).toThrow(/<\/script/)
    expect(() => portablePage(parts({ csp: 'a"b' }))).toThrow(/must not contain/)
  })

  it('is not taken for a portable page when it is another page, and says so', () => {
    expect(isPortablePage(parse('<!doctype html><p>x</p>'))).toBe(false)
    expect(embeddedDataTexts(parse('<!doctype html><p>x</p>'))).toBeUndefined()
    expect(() => dataOfPortablePage('<!doctype html><p>x</p>', '别的.html')).toThrow('“别的.html”不是离线版看板文件')
    const withoutValues = portablePage(parts()).replace(/<script type="application\/json" id="yongan-data:values.json">[\s\S]*?<\/script>\n/, '')
    expect(() => dataOfPortablePage(withoutValues, 'old.html')).toThrow('“old.html”中缺少数据：values.json')
  })

  it('names the file after the newest edition', () => {
    const editions = JSON.stringify({
      editions: [
        { name: '2022年1-6月', asOf: '2022-06' },
        { name: '2022年1-5月', asOf: '2022-05' },
      ],
    })
    expect(portableFileName(newestEditionName(editions), '永安镇')).toBe('永安镇经济运行看板-2022年1-6月.html')
    expect(portableFileName('2023年1-6月', '青禾镇')).toBe('青禾镇经济运行看板-2023年1-6月.html')
    expect(portableFileName('2022/06: 月报', '永安镇')).toBe('永安镇经济运行看板-2022-06-月报.html')
    expect(portableFileName(newestEditionName('not json'))).toBe('经济运行看板.html')
  })
})
