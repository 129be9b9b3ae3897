/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * A deck as a person gets it (导出全部 → a 演示文稿 button, the download saved), and the same deck as
 * LibreOffice Impress draws it: converted to PDF, each word with its box from pdftotext -bbox.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Download, Page } from 'playwright-core'

export const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((file) => existsSync(file))

/** Clicks 导出全部 → `button`, records the status line's texts (window.deckStatus), saves the file as `keep` in `outDir`. */
export async function exportDeck(page: Page, button: string, outDir: string, keep: string): Promise<{ name: string; bytes: Buffer; ms: number }> {
  await page.getByRole('button', { name: '导出全部', exact: true }).click()
  const go = page.getByRole('dialog').getByRole('button', { name: button })
  await go.waitFor()
  // Every text the status line shows while the deck is built (the progress indicator).
  await page.evaluate(() => {
    const seen: string[] = []
    ;(window as unknown as { deckStatus: string[] }).deckStatus = seen
    const status = document.querySelector('.app-header .export-status')
    if (status) new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true })
  })
  const start = Date.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), go.click()])
  const bytes = await fs.readFile(await (download as Download).path())
  const ms = Date.now() - start
  await fs.writeFile(path.join(outDir, keep), bytes)
  return { name: download.suggestedFilename(), bytes, ms }
}

/** `pptx` (a file in `outDir`) converted to PDF by LibreOffice; returns the PDF's path. */
export function deckToPdf(outDir: string, pptx: string): string {
  if (!SOFFICE) throw new Error('LibreOffice (soffice) not installed: .ci/run installs libreoffice-impress')
  execFileSync(SOFFICE, ['--headless', '--convert-to', 'pdf', '--outdir', outDir, path.join(outDir, pptx)], { timeout: 180_000, stdio: 'ignore', env: { ...process.env, HOME: outDir } })
  return path.join(outDir, pptx.replace(/\.pptx$/, '.pdf'))
}

export interface PdfWord {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
}

export interface PdfPage {
  width: number
  height: number
  words: PdfWord[]
}

const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')

/** Every page of the PDF with its size and words in points, from pdftotext -bbox. */
export function pdfWords(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map((word) => ({
      text: unescape(word[5]),
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
    })),
  }))
}
