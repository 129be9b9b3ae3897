import { describe, expect, it } from 'vitest'
import { deckEdition } from '../../src/export/edition'
import { deckPanels, describeDeck, formatDate, type DeckRequest } from '../../src/deck/describe'
import { cellText, derivedNotes, panelFilterLabel, sectorsLabel } from '../../src/deck/labels'
import { footerLayout, MAX_TABLE_ROWS } from '../../src/deck/panelSlides'
import { SLIDE, type Box, type DeckSlide } from '../../src/deck/types'
import { PAGES, findPanel, PANELS } from '../../src/layouts/pages'
import { cardsOf, context } from '../support/panelData'
import { fixtureFiles } from '../support/fixtures'
import type { DataFiles } from '../../src/data/schema'

const files = fixtureFiles('small')

const NOW = new Date(2026, 10, 29, 9, 30)

function request(overrides: Partial<DeckRequest> = {}): DeckRequest {
  return { values: files, chosen: [], expanded: new Set(), pages: PAGES, background: 'white', theme: 'dark', scale: 1, now: NOW, ...overrides }
}

function industry(): Pick<DeckRequest, 'chosen' | 'expanded'> {
  return { chosen: ['industry'], expanded: context(['industry']).sectors }
}

const inside = (box: Box) => box.x >= 0 && box.y >= 0 && box.x + box.w <= SLIDE.width + 1e-6 && box.y + box.h <= SLIDE.height + 1e-6
const textOf = (slide: DeckSlide) => slide.texts.map((text) => text.text).join('\n')

describe('deck edition', () => {
  it('names the edition on screen: the pinned one, else the newest', () => {
    expect(deckEdition(files, undefined)).toMatchObject({ label: '2022年1-5月', asOf: '2022年5月' })
    const multi = fixtureFiles('multi')
    expect(deckEdition(multi, undefined)).toMatchObject({ label: '2022年1-5月', asOf: '2022年5月' })
    expect(deckEdition(multi, '2021')).toMatchObject({ label: '2021年', asOf: '2021年12月', title: '永安镇经济运行年报（虚构测试数据）2021年' })
    expect(deckEdition({}, undefined)).toBeUndefined()
  })

  it('covers the pinned edition: 报告期 on the cover and in the file name', () => {
    const deck = describeDeck(request({ values: fixtureFiles('multi'), edition: '2022-03' }))
    expect(textOf(deck.slides[0])).toContain('报告期：2022年1-3月')
    expect(deck.fileName).toContain('2022年1-3月')
  })
})

describe('deck labels', () => {
  it('says 全部产业 without a filter, the names with one, and marks town-wide panels 全镇', () => {
    expect(sectorsLabel([])).toBe('全部产业')
    expect(sectorsLabel(['工业', '电子商务'])).toBe('工业、电子商务')
    expect(panelFilterLabel([], 'town')).toBe('产业：全部产业')
    expect(panelFilterLabel(['工业'], 'sector')).toBe('产业：工业')
    expect(panelFilterLabel(['工业'], 'town')).toBe('全镇数据（报道未按产业拆分）；所选产业：工业')
  })

  it('turns derived table rows into 推算 notes with their formula, and marks derived cells', () => {
    const table = { columns: ['期间', '值', '说明'], rows: [[{ text: '2022年' }, { text: '11.39亿元' }, { text: '报道数据' }], [{ text: '2021年' }, { text: '10.66亿元', derived: true }, { text: '推算：11.39 ÷ 1.068' }]] }
    expect(derivedNotes(table)).toEqual(['2021年：10.66亿元（推算：11.39 ÷ 1.068）'])
    expect(cellText({ text: '10.66亿元', derived: true })).toBe('10.66亿元（推算）')
    expect(cellText({ text: '26个（推算）', derived: true })).toBe('26个（推算）')
  })
})

describe('describeDeck', () => {
  const deck = describeDeck(request())
  const panelSlides = deck.slides.filter((slide) => slide.kind === 'chart' || slide.kind === 'cards')

  it('has a cover, each panel once in page order, table slides after their panel, and sources last', () => {
    expect(deck.slides[0]).toMatchObject({ kind: 'cover', title: '永安镇经济运行看板' })
    expect(textOf(deck.slides[0])).toContain('报告期：2022年1-5月\n数据截至：2022年5月\n产业：全部产业\n范围：全部页面\n导出日期：2026年11月29日')
    const order = [...new Set(PAGES.flatMap((page) => page.panels.map((placement) => placement.panel)))]
    expect(panelSlides.map((slide) => slide.panelId)).toEqual(order)
    expect(order).toHaveLength(PANELS.length)
    deck.slides.forEach((slide, index) => {
      if (slide.kind === 'table') expect(deck.slides[index - 1].panelId).toBe(slide.panelId)
    })
    const firstSource = deck.slides.findIndex((slide) => slide.kind === 'sources')
    expect(deck.slides.slice(firstSource).every((slide) => slide.kind === 'sources')).toBe(true)
    expect(deck.failed).toEqual([])
  })

  it('gives chart panels an image and their table, card panels native text of their cards', () => {
    const ctx = context([], 'light')
    for (const slide of panelSlides) {
      const panel = findPanel(slide.panelId ?? '')
      if (!panel) throw new Error(slide.panelId)
      if (panel.kind === 'cards') {
        expect(slide.image).toBeUndefined()
        for (const card of cardsOf(panel, ctx)) expect(textOf(slide)).toContain(card.value)
        continue
      }
      expect(slide.image?.theme).toBe('light')
      expect(slide.image?.background).toBe('#ffffff')
      const rows = [slide, ...deck.slides.filter((other) => other.kind === 'table' && other.panelId === panel.id)].flatMap((one) => one.table?.rows ?? [])
      expect(rows.map((row) => row[0].text)).toEqual(panel.buildTable(ctx).rows.slice(0, MAX_TABLE_ROWS).map((row) => cellText(row[0])))
    }
  })

  it('splits a long table over numbered table slides, each ending above its footer, every row one cell per column', () => {
    const tables = deck.slides.filter((slide) => slide.kind === 'table' && slide.panelId === 'key_projects')
    const rows = findPanel('key_projects')?.buildTable(context()).rows.length ?? 0
    expect(tables.length).toBeGreaterThan(1)
    expect(tables.flatMap((slide) => slide.table?.rows ?? [])).toHaveLength(Math.min(rows, MAX_TABLE_ROWS))
    expect(tables.map((slide) => slide.title)).toEqual(tables.map((_, index) => `重点项目投资（数据 ${index + 1}/${tables.length}）`))
    for (const slide of deck.slides) {
      const table = slide.table
      if (!table) continue
      const footer = slide.texts.find((text) => text.role === 'source')
      expect(table.y + table.h, slide.title).toBeLessThanOrEqual(footer?.y ?? SLIDE.height)
      expect(table.rowH, slide.title).toHaveLength(table.rows.length + 1)
      for (const row of table.rows) expect(row, slide.title).toHaveLength(table.columns.length)
    }
  })

  it('sizes columns to their content: a short figure such as 未公布 never wraps, long names do', () => {
    const first = deck.slides.find((slide) => slide.kind === 'table' && slide.panelId === 'key_projects')?.table
    if (!first) throw new Error('no key_projects table slide')
    const column = first.columns.indexOf('总投资')
    // 未公布 at 11 pt is 3 em = 0.46 in, plus the cell's margins.
    expect(first.columnW[column]).toBeGreaterThan(0.58)
    const nameColumn = first.columnW[0]
    expect(first.rowH.some((height) => height > Math.min(...first.rowH) * 1.5), 'some long row wraps').toBe(true)
    expect(nameColumn).toBeLessThan(first.w / 2)
  })

  it('stacks each card’s label, value and note without overlap, a long value shrunk to fit its card', () => {
    for (const slide of deck.slides.filter((one) => one.kind === 'cards')) {
      const boxes = slide.texts.filter((text) => text.role.startsWith('card'))
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1)) {
          const apart = a.x + a.w <= b.x + 1e-6 || b.x + b.w <= a.x + 1e-6 || a.y + a.h <= b.y + 1e-6 || b.y + b.h <= a.y + 1e-6
          expect(apart, `${slide.title}: ${a.text} / ${b.text}`).toBe(true)
        }
    }
  })

  it('puts source, period and 推算 notes on the panel slide and in its notes', () => {
    const ctx = context([], 'light')
    const gdp = deck.slides.find((slide) => slide.panelId === 'gdp' && slide.kind === 'chart') as DeckSlide
    const panel = findPanel('gdp')
    expect(textOf(gdp)).toContain(panel?.source(ctx))
    expect(textOf(gdp)).toContain('期间：2022年1-5月')
    expect(textOf(gdp)).toMatch(/推算说明：2021年1-5月（推算）：10\.66亿元（推算/)
    expect(gdp.notes).toContain(panel?.source(ctx))
    expect(gdp.notes).toContain('推算：')
  })

  it('keeps every box on the slide, the footer below the body, whatever the source length', () => {
    for (const slide of deck.slides) {
      for (const box of [...slide.texts, ...(slide.image ? [slide.image] : []), ...(slide.table ? [slide.table] : [])]) expect(inside(box), `${slide.title}`).toBe(true)
      const footer = slide.texts.find((text) => text.role === 'source')
      if (footer && slide.image) expect(slide.image.y + slide.image.h).toBeLessThanOrEqual(footer.y)
      if (slide.table) expect(slide.table.columnW.reduce((sum, w) => sum + w, 0)).toBeCloseTo(slide.table.w, 1)
    }
    const long = footerLayout('来源：'.padEnd(700, '字'))
    const short = footerLayout('来源：《报道》“一句”')
    expect(long.size).toBeLessThan(short.size)
    expect(long.footer.h).toBeGreaterThan(short.footer.h)
    expect(long.body.h).toBeLessThan(short.body.h)
  })

  it('lists every panel on the closing slides without repeating the report title', () => {
    const closing = deck.slides.filter((slide) => slide.kind === 'sources').map(textOf).join('\n')
    for (const panel of PANELS) expect(closing).toContain(`${panel.title}：“`)
    expect(closing.split('砥砺前行走在前 主动作为开新局')).toHaveLength(2)
  })

  it('names the file like the image exports: town, title, edition, filter', () => {
    expect(deck.fileName).toBe('永安镇-演示文稿-2022年1-5月.pptx')
    const economy = PAGES.filter((page) => page.id === 'economy')
    expect(describeDeck(request({ pages: economy, ...industry() })).fileName).toBe('永安镇-演示文稿-经济运行-2022年1-5月-工业.pptx')
  })

  it('under a sector filter: the cover, each panel and town-wide panels say so; empty panels are left out and the cover names them', () => {
    const filtered = describeDeck(request({ ...industry() }))
    expect(textOf(filtered.slides[0])).toContain('产业：工业')
    const gdp = filtered.slides.find((slide) => slide.panelId === 'gdp') as DeckSlide
    expect(textOf(gdp)).toContain('全镇数据（报道未按产业拆分）；所选产业：工业')
    const agriculture = describeDeck(request({ chosen: ['agriculture'], expanded: context(['agriculture']).sectors }))
    // Panels with nothing for the filter get no slide (src/panels/collapse.ts); the cover names them.
    expect(agriculture.slides.filter((slide) => slide.texts.some((text) => text.role === 'empty'))).toEqual([])
    const leftOut = PANELS.filter((panel) => panel.isEmpty?.(context(['agriculture'])))
    expect(leftOut.length).toBeGreaterThan(0)
    for (const panel of leftOut) {
      expect(agriculture.slides.some((slide) => slide.panelId === panel.id), panel.id).toBe(false)
      expect(textOf(agriculture.slides[0])).toContain(panel.title)
    }
    expect(textOf(agriculture.slides[0])).toContain('所选产业暂无数据，未显示：')
  })

  it('uses the screen theme for chart images when asked, and covers one page when asked', () => {
    const overview = describeDeck(request({ pages: [PAGES[0]], background: 'screen' }))
    expect(overview.slides.filter((slide) => slide.kind === 'chart' || slide.kind === 'cards').map((slide) => slide.panelId)).toEqual(PAGES[0].panels.map((p) => p.panel))
    expect(overview.slides.find((slide) => slide.image)?.image).toMatchObject({ theme: 'dark' })
    expect(textOf(overview.slides[0])).toContain('范围：“总览”页')
  })

  it('lists panels whose data is missing as failed and still builds the rest; no meta.json is an error', () => {
    const values: Partial<DataFiles> = { meta: files.meta, editions: files.editions, sectors: files.sectors, indicators: files.indicators, values: files.values }
    const partial = describeDeck(request({ values }))
    expect(partial.failed).toEqual(expect.arrayContaining(['重点项目投资：数据尚未读取或有误']))
    expect(partial.slides.some((slide) => slide.panelId === 'gdp')).toBe(true)
    expect(() => describeDeck(request({ values: {} }))).toThrow('data/meta.json 或 data/editions.json 尚未读取或有误')
  })

  it('takes each panel once even when pages repeat it, and dates the cover', () => {
    expect(deckPanels([PAGES[1], PAGES[1]]).map((panel) => panel.id)).toEqual(PAGES[1].panels.map((p) => p.panel))
    expect(formatDate(new Date(2022, 5, 3))).toBe('2022年6月3日')
  })
})
