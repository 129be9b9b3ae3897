/**
 * The deck fits, as LibreOffice Impress draws it: the whole deck exported from the small fixture (long
 * project tables, four honours) and from the multi-edition fixture, converted to PDF, and every word's box
 * read with pdftotext -bbox. No word leaves its slide; no two words' boxes overlap (a table row over the
 * footer, a card value over its label); nothing above a slide's footer reaches into it; every table row
 * has one cell per grid column (a:tr / a:tc / a:gridCol). Slides rendered to PNGs in test-output/deck-fit/.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { openApp, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { deckToPdf, exportDeck, pdfWords, type PdfPage, type PdfWord } from './deckFiles'
import { openPptx, slides } from '../support/pptx'

const smallUrl = useServer()
const multiUrl = useServer({ dataDir: 'tests/fixtures/multi' })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const OUT = fileURLToPath(new URL('../../test-output/deck-fit/', import.meta.url))

beforeAll(async () => {
  await fs.rm(OUT, { recursive: true, force: true })
  await fs.mkdir(OUT, { recursive: true })
})

/** Points two boxes may share sideways (anti-aliasing). */
const SLACK = 1
/** A word's box is its font's full line height: lines set tight share up to a fifth of it without touching ink. */
const LINE_SHARE = 0.3

function overlap(a: PdfWord, b: PdfWord): boolean {
  const across = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
  const down = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin)
  return across > SLACK && down > LINE_SHARE * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)
}

/** What does not fit on one slide, in words a reader can find. */
function faults(page: PdfPage, index: number, title: string): string[] {
  const where = `slide ${index + 1} ${title}`
  const out: string[] = []
  for (const word of page.words)
    if (word.xMin < -SLACK || word.yMin < -SLACK || word.xMax > page.width + SLACK || word.yMax > page.height + SLACK) out.push(`${where}: “${word.text}” outside the slide`)
  for (const [i, a] of page.words.entries())
    for (const b of page.words.slice(i + 1)) if (overlap(a, b)) out.push(`${where}: “${a.text}” overlaps “${b.text}”`)
  // The footer starts with 来源 (the source line, or a table slide's pointer to it): nothing above it reaches in.
  const footer = page.words.find((word) => word.text.startsWith('来源'))
  if (footer)
    for (const word of page.words)
      if (word.yMin < footer.yMin - SLACK && word.yMax > footer.yMin + LINE_SHARE * (footer.yMax - footer.yMin)) out.push(`${where}: “${word.text}” crosses the footer`)
  return out
}

/** Tables whose rows do not have one cell per grid column, from the slide XML. */
function ragged(xmlBySlide: { name: string; xml: string }[]): string[] {
  const out: string[] = []
  for (const { name, xml } of xmlBySlide)
    for (const table of xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)) {
      const grid = [...table[1].matchAll(/<a:gridCol\b/g)].length
      for (const [index, row] of [...table[1].matchAll(/<a:tr\b[^>]*>([\s\S]*?)<\/a:tr>/g)].entries()) {
        const cells = [...row[1].matchAll(/<a:tc\b/g)].length
        if (cells !== grid) out.push(`${name} row ${index + 1}: ${cells} a:tc for ${grid} a:gridCol`)
      }
    }
  return out
}

async function checkDeck(url: string, keep: string): Promise<void> {
  const app = await openApp(browser(), `${url}#/page/economy`)
  await waitForCharts(app.page)
  const saved = await exportDeck(app.page, '演示文稿（PPTX，全部页面）', OUT, keep)
  const pkg = openPptx(saved.bytes)
  const deck = slides(pkg)
  const xml = deck.map((slide) => ({ name: slide.name, xml: pkg.text(slide.name) }))
  expect(xml.some(({ xml: text }) => text.includes('<a:tbl>')), 'the deck has tables').toBe(true)
  expect(ragged(xml)).toEqual([])

  const pdf = deckToPdf(OUT, keep)
  const pages = pdfWords(pdf)
  expect(pages).toHaveLength(deck.length)
  expect(pages.reduce((sum, page) => sum + page.words.length, 0)).toBeGreaterThan(500)
  expect(pages.flatMap((page, index) => faults(page, index, deck[index].paragraphs[0] ?? ''))).toEqual([])
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(OUT, keep.replace(/\.pptx$/, ''))], { timeout: 120_000 })
  expect(app.consoleErrors).toEqual([])
  await app.page.close()
}

describe('演示文稿 in LibreOffice Impress', () => {
  it('small fixture: long project tables continue on the next slide, cards stack, nothing overlaps or leaves a slide', async () => {
    await checkDeck(smallUrl(), 'deck-small.pptx')
  })

  it('multi-edition fixture: the same', async () => {
    await checkDeck(multiUrl(), 'deck-multi.pptx')
  })
})
