/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * 导出演示文稿 as a person does it: 导出全部 → 演示文稿, the .pptx downloaded, unzipped and read: slide
 * count and order, titles, a 2x picture on each chart slide, native text on card slides, native tables
 * with the panel's figures, speaker notes; every XML part parses, has a content type, and every internal
 * relationship target exists. With LibreOffice (soffice) on the machine the deck is also converted to
 * PDF (page count checked) and rendered to PNGs in test-output/deck/ to look at. A second export under a
 * sector filter says the filter. Prints the time the deck took.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { deckToPdf, exportDeck, SOFFICE } from './deckFiles'
import { openApp, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { PAGES, findPanel } from '../../src/layouts/pages'
import { cardsOf, context } from '../support/panelData'
import { panelsInPageOrder } from '../support/deckContent'
import { openPptx, partsWithoutContentType, relationships, slides, type PptxPackage } from '../support/pptx'
import { pngSize } from '../support/images'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const OUT = fileURLToPath(new URL('../../test-output/deck/', import.meta.url))

beforeAll(async () => {
  await fs.rm(OUT, { recursive: true, force: true })
  await fs.mkdir(OUT, { recursive: true })
})

/** XML parts the browser's XML parser rejects, with its message. */
async function unparsableParts(page: Page, pkg: PptxPackage): Promise<string[]> {
  const xml = [...pkg.parts.keys()].filter((name) => /\.(xml|rels)$/.test(name)).map((name) => ({ name, text: pkg.text(name) }))
  expect(xml.length).toBeGreaterThan(20)
  return page.evaluate((parts) => {
    const parser = new DOMParser()
    return parts.flatMap(({ name, text }) => {
      const error = parser.parseFromString(text, 'application/xml').getElementsByTagName('parsererror')[0]
      return error ? [`${name}: ${error.textContent}`] : []
    })
  }, xml)
}

const squash = (text: string) => text.replace(/\s+/g, '')

describe('导出演示文稿', () => {
  it('all pages: cover, each panel once in page order, tables, sources; a valid package with notes', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/economy`)
    await waitForCharts(app.page)
    const saved = await exportDeck(app.page, '演示文稿（PPTX，全部页面）', OUT, 'deck-all.pptx')
    console.log(`[deck timing] 演示文稿 (all pages, ${saved.bytes.length} B): ${saved.ms} ms from click to download`)
    expect(saved.name).toBe('永安镇-演示文稿-2022年1-5月.pptx')
    await app.page.locator('.app-header .export-status', { hasText: '已导出演示文稿' }).waitFor()
    const progress = await app.page.evaluate(() => (window as unknown as { deckStatus: string[] }).deckStatus)
    expect(progress.filter((text) => /^正在生成演示文稿（\d+\/\d+ 页）…$/.test(text)).length).toBeGreaterThan(5)

    const pkg = openPptx(saved.bytes)
    expect(await unparsableParts(app.page, pkg)).toEqual([])
    expect(partsWithoutContentType(pkg)).toEqual([])
    const broken = relationships(pkg).filter((rel) => !rel.external && !pkg.parts.has(rel.target))
    expect(broken).toEqual([])

    const deck = slides(pkg)
    const panels = panelsInPageOrder()
    const titles = deck.map((slide) => slide.paragraphs[0])
    // Cover first, sources last, and between them each panel's slide (then its table slides) in page order.
    expect(titles[0]).toBe('永安镇经济运行看板')
    const cover = squash(deck[0].paragraphs.join('|'))
    for (const line of ['报告期：2022年1-5月', '数据截至：2022年5月', '产业：全部产业', '导出日期：']) expect(cover).toContain(line)
    const tableSlides = titles.filter((title) => /（数据( \d+\/\d+)?）$/.test(title))
    const sourceSlides = titles.filter((title) => title.startsWith('资料来源'))
    expect(sourceSlides.length).toBeGreaterThan(0)
    expect(titles.slice(-sourceSlides.length)).toEqual(sourceSlides)
    expect(deck.length).toBe(1 + panels.length + tableSlides.length + sourceSlides.length)
    const panelTitles = titles.filter((title, index) => index > 0 && !tableSlides.includes(title) && !sourceSlides.includes(title))
    expect(panelTitles).toEqual(panels.map((panel) => panel.title))

    const ctx = context()
    for (const panel of panels) {
      const index = titles.indexOf(panel.title)
      const slide = deck[index]
      const text = squash(slide.paragraphs.join('|'))
      // The source line and period as text, and in the speaker notes.
      expect(text).toContain(squash(panel.source(ctx)).slice(0, 40))
      expect(text).toContain(squash(panel.period(ctx)))
      expect(squash(slide.notes)).toContain(squash(panel.source(ctx)))
      if (panel.kind === 'cards') {
        expect(slide.pictures, `${panel.title}: card slide has no picture`).toEqual([])
        for (const card of cardsOf(panel, ctx)) expect(text, `${panel.title}: card ${card.label}`).toContain(squash(card.value))
        continue
      }
      // A chart slide: one picture, a PNG at 2x of its box (at least 1,000 px wide), and the headline as text.
      expect(slide.pictures, `${panel.title}: picture`).toHaveLength(1)
      const png = pkg.parts.get(slide.pictures[0])
      expect(png, `${panel.title}: picture part`).toBeDefined()
      expect(pngSize(png as Uint8Array).width).toBeGreaterThanOrEqual(1000)
      const headline = panel.headline?.(ctx)
      if (headline) expect(text).toContain(squash(headline))
      // The panel's table as a native table: on its slide or the next ones, every figure of it.
      const table = panel.buildTable(ctx)
      const cells = deck
        .slice(index, index + 1 + tableSlides.filter((title) => title.startsWith(`${panel.title}（数据`)).length)
        .flatMap((one) => one.tables.flat(2))
        .map(squash)
      expect(cells.length, `${panel.title}: native table`).toBeGreaterThan(0)
      for (const column of table.columns) expect(cells).toContain(squash(column))
      for (const row of table.rows.slice(0, 65)) for (const cell of row) if (cell.text) expect(cells.some((text) => text.startsWith(squash(cell.text))), `${panel.title}: ${cell.text}`).toBe(true)
    }
    // Every derived figure says so: the 推算 notes are on the slides that carry derived figures.
    expect(deck.filter((slide) => slide.paragraphs.some((p) => p.startsWith('推算说明'))).length).toBeGreaterThan(3)
    // Closing slides name the report and every panel's source.
    const closing = squash(deck.slice(-sourceSlides.length).flatMap((slide) => slide.paragraphs).join('|'))
    expect(closing).toContain('砥砺前行走在前主动作为开新局')
    for (const panel of panels) expect(closing).toContain(`${panel.title}：`)
    // Fonts: 微软雅黑 (Microsoft YaHei) named, nothing embedded.
    expect(pkg.text('ppt/slides/slide2.xml')).toContain('typeface="Microsoft YaHei"')
    expect([...pkg.parts.keys()].filter((name) => /fonts\//.test(name))).toEqual([])
    expect(app.consoleErrors).toEqual([])
    expect(app.offsiteRequests).toEqual([])

    if (!SOFFICE) {
      console.log('[deck] soffice not found: LibreOffice conversion skipped')
      return
    }
    const pdf = deckToPdf(OUT, 'deck-all.pptx')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(deck.length)
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, 'slide')], { timeout: 120_000 })
    await app.page.close()
  })

  it('current page under a sector filter: the filter on the cover, in the name, on town-wide panels', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/economy?sector=industry`)
    await waitForCharts(app.page)
    const saved = await exportDeck(app.page, '演示文稿（PPTX，当前页）', OUT, 'deck-economy-industry.pptx')
    expect(saved.name).toBe('永安镇-演示文稿-经济运行-2022年1-5月-工业.pptx')
    const deck = slides(openPptx(saved.bytes))
    const cover = squash(deck[0].paragraphs.join('|'))
    expect(cover).toContain('产业：工业')
    expect(cover).toContain('范围：“经济运行”页')
    const economy = PAGES.find((page) => page.id === 'economy')?.panels.map((placement) => findPanel(placement.panel)?.title) ?? []
    const titles = deck.map((slide) => slide.paragraphs[0]).filter((title) => !/（数据|^资料来源|^永安镇经济运行看板$/.test(title))
    // A panel with nothing for 工业 has no slide: the cover names it (issue 25.5).
    const leftOut = /所选产业暂无数据，未显示：([^|]+)/.exec(cover)?.[1].split('、') ?? []
    expect(titles).toEqual(economy.filter((title) => !leftOut.includes(title ?? '')))
    expect(titles.length).toBeGreaterThan(0)
    const gdp = deck.find((slide) => slide.paragraphs[0] === '地区生产总值')
    expect(squash(gdp?.paragraphs.join('|') ?? '')).toContain('全镇数据（报道未按产业拆分）；所选产业：工业')
    expect(squash(gdp?.notes ?? '')).toContain('所选产业：工业')
    const enterprises = deck.find((slide) => slide.paragraphs[0] === findPanel('enterprises')?.title)
    expect(enterprises?.paragraphs.join('|')).toContain('工业')
    await app.page.close()
  })
})
