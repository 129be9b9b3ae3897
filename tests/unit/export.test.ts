import { describe, expect, it } from 'vitest'
import { annotationTexts, filterText, layoutAnnotation, wrapText, type LineStyle } from '../../src/export/annotation'
import { clampRatio, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from '../../src/export/clamp'
import type { ChartOption } from '../../src/charts/echarts'
import { fitCardGrid, type TextWidth } from '../../src/export/cardGrid'
import { designChartSize } from '../../src/export/designSize'
import { exportFileName, MAX_NAME_BYTES, MAX_NAME_CHARS, safeFileName, uniqueNames } from '../../src/export/fileName'
import { utf8WithBom, zipStore } from '../../src/export/zip'
import { readZip, zipInfo } from '../support/zip'
import type { PageDefinition } from '../../src/layouts/pages'

const bytes = (text: string) => new TextEncoder().encode(text).length
const chars = (text: string) => [...text].length

describe('export file names', () => {
  const parts = { town: '永安镇', title: '地区生产总值', period: '2022年1-5月', sectors: [] as string[] }

  it('reads 永安镇-<title>-<period>.<ext>, with the chosen sectors when filtered', () => {
    expect(exportFileName(parts, 'png')).toBe('永安镇-地区生产总值-2022年1-5月.png')
    expect(exportFileName({ ...parts, sectors: ['工业'] }, 'svg')).toBe('永安镇-地区生产总值-2022年1-5月-工业.svg')
    expect(exportFileName({ ...parts, sectors: ['工业', '电子商务'] }, 'jpg')).toBe('永安镇-地区生产总值-2022年1-5月-工业、电子商务.jpg')
  })

  it('removes path separators and climbing: ../ cannot leave the download folder', () => {
    const name = exportFileName({ ...parts, title: '../../etc/passwd', period: '..\\..\\x' }, 'png')
    expect(name).not.toMatch(/[/\\]/)
    expect(name).toBe('永安镇-....etcpasswd-....x.png')
    expect(safeFileName(['../secret'], 'png')).toBe('secret.png')
    expect(safeFileName(['.hidden. . '], 'png')).toBe('hidden.png')
  })

  it('removes what Windows rejects (:, <>"|?*) and control characters', () => {
    expect(exportFileName({ ...parts, title: '比例: 1<2>"3"|4?5*', period: '2022\u0000年\u001f\u007f\u0085' }, 'png')).toBe('永安镇-比例 12345-2022年.png')
    expect(safeFileName(['a\tb\nc'], 'png')).toBe('a b c.png')
    expect(safeFileName(['CON'], 'png')).toBe('_CON.png')
    expect(safeFileName(['', '   ', '...'], 'png')).toBe('export.png')
  })

  it('cuts a very long name to 100 characters and 240 UTF-8 bytes, on a character boundary, keeping the extension', () => {
    const chinese = exportFileName({ ...parts, title: '很长的标题'.repeat(40) }, 'png')
    expect(chars(chinese)).toBeLessThanOrEqual(MAX_NAME_CHARS)
    expect(bytes(chinese)).toBeLessThanOrEqual(MAX_NAME_BYTES)
    expect(chinese.endsWith('.png')).toBe(true)
    expect(chinese.startsWith('永安镇-很长的标题很长的标题')).toBe(true)
    // 3 bytes a character: the byte limit bites first (79 characters + '.png' = 241 bytes is one too many).
    expect(bytes(chinese)).toBeGreaterThan(MAX_NAME_BYTES - 3)

    const latin = safeFileName(['x'.repeat(300)], 'jpg')
    expect(latin).toBe(`${'x'.repeat(96)}.jpg`)

    // Characters outside the BMP (4 bytes, 2 UTF-16 units) are never split.
    const emoji = safeFileName(['😀'.repeat(80)], 'svg')
    expect(emoji).toBe(`${'😀'.repeat(59)}.svg`)
    expect(bytes(emoji)).toBeLessThanOrEqual(MAX_NAME_BYTES)

    // A cut that ends in a dot or space does not leave it at the end.
    expect(safeFileName([`${'a'.repeat(95)} ....`], 'png')).toBe(`${'a'.repeat(95)}.png`)
  })

  it('makes names unique within a ZIP without breaking the limits', () => {
    const long = safeFileName(['长'.repeat(200)], 'png')
    const names = uniqueNames(['a.png', 'a.png', 'b.png', 'a.png', long, long])
    expect(names.slice(0, 4)).toEqual(['a.png', 'a-2.png', 'b.png', 'a-3.png'])
    expect(names[5]).not.toBe(names[4])
    expect(names[5].endsWith('-2.png')).toBe(true)
    expect(bytes(names[5])).toBeLessThanOrEqual(MAX_NAME_BYTES)
  })
})

describe('canvas size clamp', () => {
  it('keeps a request that fits', () => {
    expect(clampRatio(620, 400, 4)).toEqual({ ratio: 4, width: 2480, height: 1600, reduced: false })
    expect(clampRatio(1920, 1080, 4)).toEqual({ ratio: 4, width: 7680, height: 4320, reduced: false })
  })

  it('reduces a side beyond 32,767 px to the largest ratio that fits', () => {
    const result = clampRatio(9000, 300, 4)
    expect(result.reduced).toBe(true)
    expect(result.ratio).toBe(3.64)
    expect(result.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
    // 0.01 more would not fit.
    expect(Math.floor(9000 * (result.ratio + 0.01))).toBeGreaterThan(MAX_CANVAS_SIDE)
    expect(clampRatio(300, 9000, 4).ratio).toBe(3.64)
  })

  it('reduces an area beyond 268,435,456 px', () => {
    const result = clampRatio(5760, 3240, 4) // 23040 x 12960 = 298.6 M px
    expect(result.reduced).toBe(true)
    expect(result.width * result.height).toBeLessThanOrEqual(MAX_CANVAS_AREA)
    expect(result.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
    expect(Math.floor(5760 * (result.ratio + 0.01)) * Math.floor(3240 * (result.ratio + 0.01))).toBeGreaterThan(MAX_CANVAS_AREA)
    expect(result.ratio).toBe(3.79)
  })

  it('goes below 1 when even 1x does not fit', () => {
    const result = clampRatio(40_000, 100, 1)
    expect(result).toMatchObject({ reduced: true, ratio: 0.81 })
    expect(result.width).toBeLessThanOrEqual(MAX_CANVAS_SIDE)
  })
})

describe('ZIP writer (fflate, stored)', () => {
  it('writes entries that read back with UTF-8 names, made on Unix with mode 0644 (so Info-ZIP unzip keeps the names)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
    const when = new Date(2022, 5, 1, 9, 30, 12)
    const zip = zipStore(
      [
        { name: '永安镇-地区生产总值-2022年1-5月.png', data: png },
        { name: 'b.svg', data: svg },
        { name: 'empty.txt', data: new Uint8Array() },
      ],
      when,
    )
    const entries = readZip(zip)
    expect(entries.map((entry) => entry.name)).toEqual(['永安镇-地区生产总值-2022年1-5月.png', 'b.svg', 'empty.txt'])
    expect(entries[0].data).toEqual(png)
    expect(entries[1].data).toEqual(svg)
    expect(entries[2].data.length).toBe(0)
    // The Chinese name read back whole carries the UTF-8 flag; Info-ZIP sees every entry made on Unix, a
    // regular 0644 file, stored, at the time given.
    expect(zipInfo(zip)).toEqual(
      entries.map((entry) => ({ name: entry.name, mode: '-rw-r--r--', system: 'unx', method: 'stor', modified: '20220601.093012' })),
    )
  })

  it('refuses two entries of the same name rather than drop one', () => {
    expect(() => zipStore([{ name: 'a.png', data: new Uint8Array() }, { name: 'a.png', data: new Uint8Array() }])).toThrow('a.png')
  })

  it('writes an empty archive as just the end record', () => {
    const zip = zipStore([])
    expect(zip.length).toBe(22)
    expect(readZip(zip)).toEqual([])
  })

  it('writes text files as UTF-8 with a byte-order mark and Windows line ends', () => {
    const bytes = utf8WithBom('说明\n第二行')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.subarray(3))).toBe('说明\r\n第二行')
  })
})

describe('annotation bands', () => {
  const style: LineStyle = { size: 10, bold: false, colour: 'text' }
  /** Every character 10 px wide. */
  const measure = (text: string) => [...text].length * 10

  it('wraps Chinese text by characters and keeps closing punctuation on its line', () => {
    expect(wrapText('一二三四五六七', 30, style, measure)).toEqual(['一二三', '四五六', '七'])
    expect(wrapText('一二三，四五', 30, style, measure)).toEqual(['一二三，', '四五'])
    expect(wrapText('', 30, style, measure)).toEqual([''])
    // Between the parts of a line first.
    expect(wrapText('单位：亿元　期间：2022年', 100, style, measure)).toEqual(['单位：亿元', '期间：2022年'])
  })

  it('says which sectors the image covers, and when a panel is town-wide', () => {
    expect(filterText([], 'sector')).toBe('产业：全部')
    expect(filterText(['工业', '电子商务'], 'sector')).toBe('产业：工业、电子商务')
    expect(filterText(['工业'], 'town')).toContain('全镇数据')
  })

  it('puts title, unit, period and filter above; source and export time below; whole-pixel bands', () => {
    const texts = annotationTexts({
      title: '地区生产总值',
      unit: '亿元',
      scope: 'town',
      period: '2022年1-5月',
      headline: '11.39亿元 同比 +6.8% ↑',
      source: '来源：《报道》“1-5月份，完成地区生产总值11.39亿元”',
      sectorNames: ['工业'],
      appTitle: '永安镇经济运行看板',
      exportedAt: new Date(2022, 5, 1, 9, 5),
    })
    expect(texts.above.map((line) => line.text)).toEqual([
      '地区生产总值',
      '11.39亿元 同比 +6.8% ↑',
      '单位：亿元　期间：2022年1-5月　产业：工业（本图为全镇数据，报道未按产业拆分）',
    ])
    expect(texts.below[1].text).toBe('永安镇经济运行看板　导出时间：2022-06-01 09:05')

    const layout = layoutAnnotation(texts, 300, 200, 1, measure)
    expect(Number.isInteger(layout.top)).toBe(true)
    expect(Number.isInteger(layout.bottom)).toBe(true)
    expect(layout.height).toBe(layout.top + 200 + layout.bottom)
    const above = layout.lines.filter((line) => line.y < layout.top)
    const below = layout.lines.filter((line) => line.y > layout.top + 200)
    expect(above.length + below.length).toBe(layout.lines.length)
    // Nothing wider than the image less its margins.
    for (const line of layout.lines) expect(line.x + measure(line.text)).toBeLessThanOrEqual(300 - line.x + 10)
    // Wider images need fewer lines.
    expect(layoutAnnotation(texts, 1200, 200, 1, measure).lines.length).toBeLessThan(layout.lines.length)
  })

  it('cuts a 600-character source (and a very long title) to two lines ending in …, not an image thousands of px high', () => {
    const input = {
      title: '地区生产总值',
      unit: '亿元',
      scope: 'town' as const,
      period: '2022年1-5月',
      sectorNames: [],
      appTitle: '永安镇经济运行看板',
      exportedAt: new Date(2022, 5, 1, 9, 5),
    }
    const short = layoutAnnotation(annotationTexts({ ...input, source: '来源：' + '原'.repeat(40) }), 300, 200, 1, measure)
    const long = layoutAnnotation(annotationTexts({ ...input, title: '题'.repeat(5000), source: '来源：' + '原'.repeat(600) }), 300, 200, 1, measure)
    const sourceLines = long.lines.filter((line) => /^(来源|原)/.test(line.text))
    expect(sourceLines.map((line) => [...line.text].length)).toEqual([26, 26])
    expect(sourceLines[1].text.endsWith('…')).toBe(true)
    expect(long.lines.filter((line) => line.text.startsWith('题'))).toHaveLength(2)
    for (const line of long.lines) expect(measure(line.text)).toBeLessThanOrEqual(300 - 2 * 16)
    // As high as a source that needs two lines anyway, plus the title's second line.
    expect(long.height - short.height).toBeLessThanOrEqual(Math.ceil(22 * 1.45) + 1)
  })
})

describe('figure cards at the export size', () => {
  const group = (label: string) => ({
    type: 'group',
    left: '2%',
    top: '6%',
    children: [
      { type: 'text', style: { text: label, fontSize: 16 } },
      { type: 'text', top: 24, style: { text: '11.39亿元', fontSize: 30, fontWeight: 'bold' } },
      { type: 'text', top: 64, style: { text: '同比 +6.8% ↑', fontSize: 16 } },
    ],
  })
  const option = { graphic: { elements: ['地区生产总值', '财政收入', '固定资产投资', '人均收入', '四上企业'].map(group) } } as unknown as ChartOption
  const width: TextWidth = (text, size) => [...text].length * size
  const placed = (result: ChartOption) => (result.graphic as { elements: { left: number; top: number; children: unknown[] }[] }).elements

  it('puts the cards on one row when the strip is wide, without overlap', () => {
    const cards = placed(fitCardGrid(option, { width: 1800, height: 130 }, 1, width))
    expect(new Set(cards.map((card) => card.top)).size).toBe(1)
    const lefts = cards.map((card) => card.left)
    for (let i = 1; i < lefts.length; i += 1) expect(lefts[i] - lefts[i - 1]).toBeGreaterThanOrEqual(10 * 30)
    expect(cards[0].children).toHaveLength(3)
  })

  it('wraps to more rows when the area is narrow', () => {
    const cards = placed(fitCardGrid(option, { width: 700, height: 400 }, 1, width))
    const rows = [...new Set(cards.map((card) => card.top))]
    expect(rows.length).toBeGreaterThan(1)
    expect(rows[1] - rows[0]).toBeGreaterThanOrEqual(64 + 16)
  })

  it('leaves an option without card groups alone', () => {
    const plain = { series: [] } as unknown as ChartOption
    expect(fitCardGrid(plain, { width: 100, height: 100 }, 1, width)).toBe(plain)
  })
})

describe('design size of a panel not on screen', () => {
  it('follows the panel placement on the 1920x1080 grid and the text scale', () => {
    const pages: PageDefinition[] = [{ id: 'p', title: 'P', rows: 12, panels: [{ panel: 'headline', x: 0, w: 24, y: 0, h: 6 }, { panel: 'gdp', x: 0, w: 8, y: 6, h: 6 }] }]
    const wide = designChartSize('headline', 1, pages)
    const third = designChartSize('gdp', 1, pages)
    expect(wide.width).toBeGreaterThan(1800)
    expect(wide.width).toBeLessThan(1900)
    expect(third.width).toBeLessThan(wide.width / 2.9)
    expect(third.height).toBe(wide.height)
    expect(Math.abs(designChartSize('gdp', 2, pages).width - third.width * 2)).toBeLessThanOrEqual(1)
    expect(designChartSize('nowhere', 1, pages)).toEqual({ width: 900, height: 420 })
  })
})
