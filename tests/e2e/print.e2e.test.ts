/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Printing as a person does it: Ctrl+P and 导出全部 → 打印 / 导出PDF with its choices, then the PDF as the
 * print dialog makes it (Chromium's PDF output, which fires beforeprint like the dialog). The PDFs are read with poppler (pdfinfo,
 * pdftotext): page count and size, on every sheet the header (title, edition, filter) and 第 n 页 / 共 N 页,
 * no button text, every panel's source in full (no …). The PDFs and PNGs of their pages are kept in
 * test-output/print/ to look at.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, useBrowser, waitForCharts } from '../support/browser'
import { useServer } from '../support/server'
import { PAGES, findPanel } from '../../src/layouts/pages'
import { context } from '../support/panelData'

const appUrl = useServer()
const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const OUT = fileURLToPath(new URL('../../test-output/print/', import.meta.url))

beforeAll(async () => {
  await fs.rm(OUT, { recursive: true, force: true })
  await fs.mkdir(OUT, { recursive: true })
})

/** Button labels of the app: none may reach paper. */
const BUTTONS = ['导出全部', '放映', '浅色主题', '深色主题', '下载', '打印 / 导出PDF']

interface Printed {
  pages: string[]
  size: string
}

/** Prints the page to PDF as the browser's print does (print media, beforeprint) and reads it back. */
async function printPdf(page: Page, name: string): Promise<Printed> {
  const file = path.join(OUT, `${name}.pdf`)
  await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
  const pages = Array.from({ length: count }, (_, index) => execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }))
  execFileSync('pdftoppm', ['-png', '-r', '50', file, path.join(OUT, name)])
  return { pages, size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' }
}

const squash = (text: string) => text.replace(/\s+/g, '')

function expectSheets(printed: Printed, header: string[]): void {
  printed.pages.forEach((text, index) => {
    const flat = squash(text)
    expect(flat, `sheet ${index + 1}`).toContain(squash(`第 ${index + 1} 页 / 共 ${printed.pages.length} 页`))
    for (const part of header) expect(flat, `sheet ${index + 1}: ${part}`).toContain(squash(part))
    for (const label of BUTTONS) expect(text.split('\n').map((line) => line.trim()), `sheet ${index + 1}: button ${label}`).not.toContain(label)
    expect(text, `sheet ${index + 1}: nothing cut with …`).not.toContain('…')
  })
}

/**
 * Headless Chromium has no print dialog (a real window.print() would hold the page "being printed"), so
 * window.print only counts its calls; the PDF is then printed as the dialog would print it.
 */
async function stubPrintDialog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const counted = window as unknown as { printCalls: number }
    counted.printCalls = 0
    window.print = () => {
      counted.printCalls += 1
    }
  })
}

async function printDialogOpened(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { printCalls: number }).printCalls === 1)
}

/** Ctrl+P as a person presses it: the app fetches its print code, then opens the print dialog. */
async function pressCtrlP(page: Page): Promise<void> {
  await stubPrintDialog(page)
  await page.keyboard.press('Control+P')
  await printDialogOpened(page)
  expect(await page.locator('html[data-print="ready"]').count()).toBe(1)
}

/** Makes the choices in 导出全部 and presses 打印 / 导出PDF. */
async function choosePrint(page: Page, choice: { paper: string; per: string; scope: string }): Promise<void> {
  await stubPrintDialog(page)
  await page.getByRole('button', { name: '导出全部', exact: true }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('button', { name: '打印 / 导出PDF' }).waitFor()
  for (const label of [choice.paper, choice.per, choice.scope]) await dialog.getByRole('radio', { name: label, exact: true }).check()
  await dialog.getByRole('button', { name: '打印 / 导出PDF' }).click()
  await printDialogOpened(page)
}

describe('打印 / 导出PDF', () => {
  it("the browser's own print (Ctrl+P): the page on one A4 landscape sheet, header and page number, no buttons", async () => {
    const app = await openApp(browser(), `${appUrl()}#/`)
    await waitForCharts(app.page)
    // Before any Ctrl+P the print code is not fetched: nothing is in flight when a page is left early.
    expect(await app.page.locator('html[data-print]').count()).toBe(0)
    await pressCtrlP(app.page)
    const printed = await printPdf(app.page, 'ctrl-p-overview')
    expect(printed.pages).toHaveLength(1)
    expect(printed.size).toContain('(A4)')
    expect(printed.size).toMatch(/^841\.\d+ x 59\d\.\d+ pts/)
    expectSheets(printed, ['永安镇经济运行看板', '报告期：2022年1-5月', '数据截至：2022年5月', '产业：全部产业', '总览'])
    const ctx = context()
    const text = squash(printed.pages[0])
    for (const placement of PAGES[0].panels) {
      const panel = findPanel(placement.panel)
      if (!panel) continue
      expect(text).toContain(squash(panel.title))
      expect(text, `${panel.title}: source in full`).toContain(squash(panel.source(ctx)).replace(/^来源：/, ''))
    }
    // Every category label of the level charts reaches paper (GDP, 财政收入, 收入: last year's period, derived).
    expect(text.split(squash('2021年1-5月')).length - 1, 'last year\'s period on the three level charts').toBeGreaterThanOrEqual(3)
    // After printing, the screen is the dashboard again: the print view is gone.
    expect(await app.page.locator('.print-root').count()).toBe(0)
    expect(app.consoleErrors).toEqual([])
    await app.page.close()
  })

  it("Ctrl+P on a single-panel page (#/panel/key_projects): that panel on one sheet", async () => {
    const app = await openApp(browser(), `${appUrl()}#/panel/key_projects`)
    await waitForCharts(app.page)
    await pressCtrlP(app.page)
    const printed = await printPdf(app.page, 'ctrl-p-panel')
    expect(printed.pages).toHaveLength(1)
    expectSheets(printed, ['永安镇经济运行看板', '报告期：2022年1-5月', '重点项目投资'])
    await app.page.close()
  })

  it("the browser's menu print before the print code is fetched: the dashboard itself, without buttons or cut sources", async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/projects`)
    await waitForCharts(app.page)
    const file = path.join(OUT, 'menu-print-fallback.pdf')
    await app.page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    const lines = text.split('\n').map((line) => line.trim())
    for (const label of [...BUTTONS, '数据', '导出', '全部']) expect(lines, label).not.toContain(label)
    expect(text).not.toContain('…')
    const ctx = context()
    expect(squash(text)).toContain(squash(findPanel('key_projects')?.source(ctx) ?? '').replace(/^来源：/, ''))
    await app.page.close()
  })

  it('打印 / 导出PDF, all pages one per A4 sheet, under a sector filter: 5 sheets, each with the filter', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/rural?sector=industry`)
    await waitForCharts(app.page)
    await choosePrint(app.page, { paper: 'A4 横向', per: '一页看板', scope: '全部页面' })
    const printed = await printPdf(app.page, 'all-pages-industry')
    expect(printed.pages).toHaveLength(PAGES.length)
    expectSheets(printed, ['永安镇经济运行看板', '报告期：2022年1-5月', '产业：工业'])
    PAGES.forEach((page, index) => expect(squash(printed.pages[index])).toContain(page.title))
    // Town-wide panels say so, as on screen.
    expect(printed.pages[0]).toContain('全镇')
    await app.page.close()
  })

  it('打印 / 导出PDF, one panel per A3 sheet: a sheet per panel of the page, A3 paper, the chart drawn large', async () => {
    const app = await openApp(browser(), `${appUrl()}#/page/projects`)
    await waitForCharts(app.page)
    await choosePrint(app.page, { paper: 'A3 横向', per: '一个面板', scope: '当前页' })
    const printed = await printPdf(app.page, 'projects-a3-panels')
    const panels = PAGES.find((page) => page.id === 'projects')?.panels ?? []
    expect(printed.pages).toHaveLength(panels.length)
    expect(printed.size).toContain('(A3)')
    expectSheets(printed, ['永安镇经济运行看板', '报告期：2022年1-5月'])
    const ctx = context()
    panels.forEach((placement, index) => {
      const panel = findPanel(placement.panel)
      expect(squash(printed.pages[index])).toContain(squash(panel?.title ?? ''))
      // The longest sources of the dashboard (a dozen phrases), in full.
      expect(squash(printed.pages[index])).toContain(squash(panel?.source(ctx) ?? '').replace(/^来源：/, ''))
    })
    await app.page.close()
  })
})

interface SheetFit {
  /** Charts whose bars reach past the last labelled tick of their value axis (or have fewer than two labels). */
  axisFaults: string[]
  charts: number
  /** Each card panel alone on a sheet: the share of the sheet its cards cover. */
  cardCover: { title: string; share: number }[]
}

/**
 * The sheets as the print dialog lays them out (beforeprint, print media), read from the drawn SVG: each
 * value axis's labelled ticks (numeric labels on its grid lines) and each bar's ends; and how much of a
 * sheet a card panel alone covers.
 */
async function measureSheets(page: Page): Promise<SheetFit> {
  await page.emulateMedia({ media: 'print' })
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  const fit = await page.evaluate(() => {
    const axisFaults: string[] = []
    let charts = 0
    const at = (node: Element) => {
      const found = /translate\(([\d.-]+)[ ,]+([\d.-]+)\)/.exec(node.getAttribute('transform') ?? '')
      return { x: Number(found?.[1] ?? NaN), y: Number(found?.[2] ?? NaN) }
    }
    document.querySelectorAll('.print-root .print-sheet').forEach((sheet, sheetIndex) => {
      sheet.querySelectorAll('.print-panel').forEach((panel) => {
        const svg = panel.querySelector('.print-chart svg')
        if (!svg) return
        charts += 1
        const name = `sheet ${sheetIndex + 1} ${panel.querySelector('.print-panel-title')?.textContent ?? ''}`
        const verticals: number[] = []
        const horizontals: number[] = []
        const bars: { x1: number; y1: number; x2: number; y2: number }[] = []
        svg.querySelectorAll('path').forEach((path) => {
          const d = path.getAttribute('d') ?? ''
          const line = /^M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)$/.exec(d)
          if (line && !path.hasAttribute('ecmeta_ssr_type')) {
            if (line[1] === line[3]) verticals.push(Number(line[1]))
            else if (line[2] === line[4]) horizontals.push(Number(line[2]))
          }
          const rect = /^M([\d.-]+) ([\d.-]+)((?:l[\d.-]+ [\d.-]+)+)Z$/.exec(d)
          if (rect && path.getAttribute('ecmeta_ssr_type') === 'chart') {
            let x = Number(rect[1])
            let y = Number(rect[2])
            const xs = [x]
            const ys = [y]
            for (const step of rect[3].matchAll(/l([\d.-]+) ([\d.-]+)/g)) {
              x += Number(step[1])
              y += Number(step[2])
              xs.push(x)
              ys.push(y)
            }
            bars.push({ x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) })
          }
        })
        const numeric = [...svg.querySelectorAll('text')].filter((text) => /^-?[\d,]+(\.\d+)?%?$/.test((text.textContent ?? '').trim()))
        const near = (value: number, lines: number[]) => lines.some((line) => Math.abs(line - value) < 1.5)
        const xTicks = numeric.filter((text) => text.getAttribute('text-anchor') === 'middle' && near(at(text).x, verticals)).map((text) => at(text).x)
        const yTicks = numeric.filter((text) => text.getAttribute('text-anchor') === 'end' && near(at(text).y, horizontals)).map((text) => at(text).y)
        if (bars.length === 0) return
        const horizontalBars = xTicks.length > 0 && verticals.length > 0 && yTicks.length === 0
        const ticks = horizontalBars ? xTicks : yTicks
        if (ticks.length < 2) {
          axisFaults.push(`${name}: ${ticks.length} labelled tick(s) on its value axis`)
          return
        }
        const low = Math.min(...ticks)
        const high = Math.max(...ticks)
        for (const bar of bars) {
          const [from, to] = horizontalBars ? [bar.x1, bar.x2] : [bar.y1, bar.y2]
          if (from < low - 1 || to > high + 1) axisFaults.push(`${name}: a bar (${from.toFixed(0)}–${to.toFixed(0)} px) past its labelled axis (${low.toFixed(0)}–${high.toFixed(0)} px)`)
        }
      })
    })
    const cardCover: { title: string; share: number }[] = []
    document.querySelectorAll('.print-root .print-sheet').forEach((sheet) => {
      const panels = sheet.querySelectorAll('.print-panel')
      const cards = [...sheet.querySelectorAll('.print-card')]
      if (panels.length !== 1 || cards.length === 0) return
      const area = sheet.getBoundingClientRect()
      const boxes = cards.map((card) => card.getBoundingClientRect())
      const union = (Math.max(...boxes.map((box) => box.right)) - Math.min(...boxes.map((box) => box.left))) * (Math.max(...boxes.map((box) => box.bottom)) - Math.min(...boxes.map((box) => box.top)))
      cardCover.push({ title: sheet.querySelector('.print-sheet-title')?.textContent ?? '', share: union / (area.width * area.height) })
    })
    return { axisFaults, charts, cardCover }
  })
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
  await page.emulateMedia({ media: null })
  return fit
}

describe('打印 / 导出PDF: paper that fits', () => {
  for (const paper of ['A4 横向', 'A3 横向'])
    for (const per of ['一页看板', '一个面板'])
      it(`${paper}, ${per}, all pages: every bar inside its labelled axis; a card panel alone covers most of its sheet`, async () => {
        const app = await openApp(browser(), `${appUrl()}#/`)
        await waitForCharts(app.page)
        await choosePrint(app.page, { paper, per, scope: '全部页面' })
        const fit = await measureSheets(app.page)
        expect(fit.charts).toBeGreaterThan(5)
        expect(fit.axisFaults).toEqual([])
        if (per === '一个面板') {
          expect(fit.cardCover.length).toBeGreaterThan(0)
          for (const card of fit.cardCover) expect(card.share, `${card.title}: share of the sheet its cards cover`).toBeGreaterThan(0.5)
        }
        await printPdf(app.page, `fit-${paper.slice(0, 2)}-${per === '一页看板' ? 'pages' : 'panels'}`)
        expect(app.consoleErrors).toEqual([])
        await app.page.close()
      })
})
