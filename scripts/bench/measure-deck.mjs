// @ts-check
/// <reference lib="dom" />
/**
 * The deck's part of `npm run bench`: 导出全部 → 演示文稿（PPTX，全部页面） through the UI, from the click to
 * the browser's download event (every panel described, every chart rendered at 2x, the .pptx written), the
 * first time (the deck code and pptxgenjs fetched) and then warm; and the gzip size of what a deck fetches.
 * Its own file so bench.mjs needs only a hook (a step and a few table rows).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { ms } from './stats.mjs'

/** Chunks a deck fetches on demand (pptxgenjs's bundle and the deck code), by file-name prefix. */
const DECK_CHUNKS = /^(pptxgen\.bundle|exportDeck|describe|menuExtras)-[\w-]+\.js$/

/** @param {string} dist */
async function deckChunkSizes(dist) {
  const folder = path.join(dist, 'assets')
  const files = (await fs.readdir(folder)).filter((name) => DECK_CHUNKS.test(name)).sort()
  const sizes = await Promise.all(files.map(async (name) => {
    const body = await fs.readFile(path.join(folder, name))
    return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }
  }))
  return { files: sizes, raw: sizes.reduce((sum, f) => sum + f.raw, 0), gzip: sizes.reduce((sum, f) => sum + f.gzip, 0) }
}

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} url
 * @param {string} dist
 * @param {number} runs
 * @param {(values: number[]) => any} spread
 */
export async function measureDeck(context, url, dist, runs, spread) {
  const page = await context.newPage()
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForSelector('[_echarts_instance_] canvas', { timeout: 60_000 })
    const toggle = page.getByRole('button', { name: '导出全部', exact: true })
    if ((await toggle.count()) === 0) return { skipped: 'no 导出全部 button in this build' }
    const once = async () => {
      await toggle.click()
      const go = page.getByRole('dialog').getByRole('button', { name: '演示文稿（PPTX，全部页面）' })
      await go.waitFor({ timeout: 30_000 })
      const download = page.waitForEvent('download', { timeout: 180_000 })
      const t0 = performance.now()
      await go.click()
      const file = await download
      const elapsed = performance.now() - t0
      const saved = await file.path()
      const bytes = saved ? (await fs.stat(saved)).size : 0
      // The status line says the deck is done before the next one starts.
      await page.locator('.app-header .export-status', { hasText: '已导出演示文稿' }).waitFor()
      const slides = Number(/（(\d+) 张幻灯片）/.exec((await page.locator('.app-header .export-status').textContent()) ?? '')?.[1])
      return { elapsed, bytes, slides }
    }
    const first = await once()
    /** @type {number[]} */
    const times = []
    let last = first
    for (let i = 0; i < runs; i++) {
      last = await once()
      times.push(last.elapsed)
    }
    return { firstMs: Math.round(first.elapsed), ms: spread(times), slides: last.slides, bytes: last.bytes, chunks: await deckChunkSizes(dist) }
  } finally {
    await page.close()
  }
}

/**
 * The deck's rows of the results table.
 * @param {any} deck
 * @returns {string[][]}
 */
export function deckRows(deck) {
  if (!deck) return []
  if (deck.skipped) return [['Deck (PPTX, all panels)', `skipped: ${deck.skipped}`, '', '']]
  const times = ms(deck.ms)
  return [
    [`Deck, all panels (${deck.slides} slides, ${deck.bytes.toLocaleString('en-US')} B)`, `${times}; first ${deck.firstMs.toLocaleString('en-US')} ms`, '', ''],
    ['Deck code fetched on demand (gzip / raw)', `${deck.chunks.gzip.toLocaleString('en-US')} B / ${deck.chunks.raw.toLocaleString('en-US')} B`, 'not in first load', ''],
  ]
}
