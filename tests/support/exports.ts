/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Exporting as a person does it: the 导出 dialog's choices, the download captured and read back (pixels
 * decoded in the browser, SVG parsed, canvas texts recorded). Image sizes: tests/support/images.ts. Files
 * to look at are kept in test-output/exports/.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Download, Page } from 'playwright-core'

export const OUT = fileURLToPath(new URL('../../test-output/exports/', import.meta.url))

/** The 导出 dialog's choices (no background: the screen theme's). */
export interface Choice {
  format: 'PNG' | 'JPEG' | 'SVG'
  ratio: 1 | 2 | 4
  background?: 'screen' | 'white'
}

export interface Saved {
  name: string
  bytes: Buffer
  ms: number
}

export function dialog(page: Page) {
  return page.getByRole('dialog')
}

/** Runs `click` and returns the file it downloads, saved under test-output/exports/<keep> when given. */
export async function captureDownload(page: Page, click: () => Promise<void>, keep?: string): Promise<Saved> {
  const start = Date.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()])
  const ms = Date.now() - start
  const bytes = await fs.readFile(await (download as Download).path())
  const name = download.suggestedFilename()
  if (keep) await fs.writeFile(path.join(OUT, keep), bytes)
  return { name, bytes, ms }
}

export async function choose(page: Page, choice: Choice): Promise<void> {
  const d = dialog(page)
  await d.getByRole('radio', { name: choice.format, exact: true }).check()
  await d.getByRole('radio', { name: new RegExp(`^${choice.ratio}x`) }).check()
  await d.getByRole('radio', { name: choice.background === 'white' ? '白色（打印）' : '屏幕主题' }).check()
}

/** Opens a panel's 导出 dialog, makes the choice and downloads. */
export async function exportPanel(page: Page, panelId: string, choice: Choice, keep?: string): Promise<Saved> {
  await page.locator(`[data-panel-id="${panelId}"] .export-toggle`).click()
  await choose(page, choice)
  return captureDownload(page, () => dialog(page).getByRole('button', { name: '下载' }).click(), keep)
}

/** The chart area of a panel on screen, in whole CSS px (what the export renders at 1x). */
export async function chartArea(page: Page, panelId: string): Promise<{ width: number; height: number }> {
  return page.locator(`[data-panel-id="${panelId}"] .panel-body`).evaluate((el) => {
    const rect = el.getBoundingClientRect()
    return { width: Math.round(rect.width), height: Math.round(rect.height) }
  })
}

export interface Pixels {
  width: number
  height: number
  /** Distinct colours on a 64x64 grid of samples. */
  colours: number
  /** [r, g, b] at the four corners. */
  corners: number[][]
}

/** Decodes the image in the browser (an <img> from a data URL, drawn to a canvas) and samples it. */
export function decode(page: Page, bytes: Buffer, mime: string): Promise<Pixels> {
  return page.evaluate(
    async ({ b64, mime }) => {
      const img = new Image()
      img.src = `data:${mime};base64,${b64}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = img.naturalWidth
      canvas.height = img.naturalHeight
      const ctx = canvas.getContext('2d')!
      ctx.drawImage(img, 0, 0)
      const at = (x: number, y: number) => Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3))
      const seen = new Set<string>()
      for (let i = 0; i < 64; i += 1)
        for (let j = 0; j < 64; j += 1) seen.add(at(Math.floor(((i + 0.5) * canvas.width) / 64), Math.floor(((j + 0.5) * canvas.height) / 64)).join(','))
      const w = canvas.width - 1
      const h = canvas.height - 1
      const result = { width: canvas.width, height: canvas.height, colours: seen.size, corners: [at(0, 0), at(w, 0), at(0, h), at(w, h)] }
      canvas.width = 0
      return result
    },
    { b64: bytes.toString('base64'), mime },
  )
}

/** What an SVG says, parsed in the browser. */
export function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml')
    const root = doc.documentElement
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      root: root.nodeName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent ?? ''),
      shapes: doc.getElementsByTagName('path').length + doc.getElementsByTagName('rect').length,
    }
  }, text)
}


/**
 * For page.addInitScript: records every text the page draws on a canvas (ECharts' labels, the export's
 * annotation bands), from the first frame on; read back with drawnTexts.
 */
export function recordCanvasText(): void {
  const texts: string[] = []
  ;(window as unknown as { __drawnTexts: string[] }).__drawnTexts = texts
  const fillText = CanvasRenderingContext2D.prototype.fillText
  CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
    texts.push(String(text))
    return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth)
  }
}

/** The texts drawn on canvases so far (recordCanvasText). */
export function drawnTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __drawnTexts?: string[] }).__drawnTexts ?? [])
}
