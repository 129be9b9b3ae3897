/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * A town's data without a dashboard definition (tests/fixtures/second-town has no dashboard.json): the
 * dashboard lays itself out, and every indicator's name and value reaches the screen (visible page text or
 * a chart's accessible description), screen mode, the deck's slide text and the printed PDF's text. A
 * growth shown beside its level is found as the level's name with 同比 and the rate on the same card.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Indicator } from '../../src/data/schema'
import { formatGrowth, formatIndicator } from '../../src/format/number'
import { openApp, useBrowser } from '../support/browser'
import { fixtureDataset } from '../support/fixtures'
import { openPptx, slides } from '../support/pptx'
import { useServer } from '../support/server'

const FIXTURE = 'tests/fixtures/second-town'
const appUrl = useServer({ dataDir: FIXTURE })
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const dataset = fixtureDataset('second-town')
const squash = (text: string) => text.replace(/\s+/g, '')

/** What must be found for each indicator of the newest edition: its name and value, or its level's card. */
function expectations(): { id: string; texts: string[] }[] {
  const byId = new Map(dataset.indicators.map((item) => [item.id, item]))
  return dataset.indicators.map((item: Indicator) => {
    const level = item.measure === 'growth' && item.of !== null ? byId.get(item.of) : undefined
    if (level && level.edition.id === item.edition.id) return { id: item.id, texts: [level.name, `同比${formatGrowth(item.value)}`] }
    return { id: item.id, texts: [item.name, item.measure === 'growth' ? formatGrowth(item.value).replace(/^\+/, '') : formatIndicator(item)] }
  })
}

/** Indicators whose texts are not all in `text` (each text squashed). */
function missingIn(text: string): string[] {
  const flat = squash(text)
  return expectations()
    .filter((want) => !want.texts.every((part) => flat.includes(squash(part))))
    .map((want) => `${want.id}: ${want.texts.join(' ')}`)
}

/** The visible text of the dashboard (innerText leaves hidden elements out) and the charts' descriptions. */
function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('#panels')
    const charts = [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label') ?? '')
    return `${main?.innerText ?? ''}\n${charts.join('\n')}`
  })
}

describe('a data folder without dashboard.json', () => {
  it('lays out pages by topic; every indicator name and value is on some page', async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    await app.page.waitForSelector('[data-page-id]')
    const links = await app.page.locator('nav.app-nav a').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''))
    expect(links.length).toBeGreaterThan(2)
    let text = ''
    for (const href of links) {
      await app.page.goto(`${appUrl()}${href}`)
      await app.page.waitForSelector('[data-page-id]')
      await app.page.waitForTimeout(800)
      text += await shownText(app.page)
    }
    expect(missingIn(text)).toEqual([])
    await app.page.close()
  })

  it('screen mode steps through every page and slide, and shows them all', async () => {
    const app = await openApp(browser(), `${appUrl()}?kiosk&rotate=0&refresh=0#/`)
    await app.page.waitForSelector('[data-page-id]')
    let text = ''
    const seen = new Set<string>()
    for (let step = 0; step < 40; step++) {
      await app.page.waitForTimeout(700)
      const where = await app.page.evaluate(() => {
        const main = document.querySelector<HTMLElement>('[data-page-id]')
        return `${main?.dataset.pageId}/${main?.dataset.slide}`
      })
      if (seen.has(where)) break
      seen.add(where)
      text += await shownText(app.page)
      await app.page.keyboard.press('PageDown')
    }
    expect(seen.size).toBeGreaterThan(2)
    expect(missingIn(text)).toEqual([])
    await app.page.close()
  })

  it("the deck's slides and the printed PDF carry every indicator", async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    await app.page.waitForSelector('[data-page-id]')
    await app.page.getByRole('button', { name: '导出全部', exact: true }).click()
    const go = app.page.getByRole('dialog').getByRole('button', { name: '演示文稿（PPTX，全部页面）' })
    const [download] = await Promise.all([app.page.waitForEvent('download', { timeout: 120_000 }), go.click()])
    const bytes = await fs.readFile(await (download as Download).path())
    const deck = slides(openPptx(bytes))
    const deckText = deck.map((slide) => [...slide.paragraphs, ...slide.tables.flat(2)].join('\n')).join('\n')
    expect(missingIn(deckText)).toEqual([])

    await app.page.keyboard.press('Escape')
    // Headless Chromium has no print dialog: window.print only counts, the PDF is printed as the dialog would.
    await app.page.evaluate(() => {
      const counted = window as unknown as { printCalls: number }
      counted.printCalls = 0
      window.print = () => {
        counted.printCalls += 1
      }
    })
    await app.page.getByRole('button', { name: '导出全部', exact: true }).click()
    const dialog = app.page.getByRole('dialog')
    await dialog.getByRole('button', { name: '打印 / 导出PDF' }).waitFor()
    for (const label of ['A4 横向', '一页看板', '全部页面']) await dialog.getByRole('radio', { name: label, exact: true }).check()
    await dialog.getByRole('button', { name: '打印 / 导出PDF' }).click()
    await app.page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1)
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'auto-print-'))
    try {
      const file = path.join(dir, 'all.pdf')
      await app.page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
      // -raw keeps the text in drawing order, so a value wrapped onto a second line stays whole.
      const printed = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
      expect(missingIn(printed)).toEqual([])
    } finally {
      await fs.rm(dir, { recursive: true, force: true })
    }
    await app.page.close()
  })
})
