// @ts-check
/**
 * Ten years of monthly editions against one: the same data shape from scripts/many-editions.mjs (fictional
 * figures) with 1 and 240 editions, served from the same build, in the split form (values.json the index,
 * values/<year>.json; BENCH_DATA_FORM=single for the single-file form). Per case: the overview's time to
 * charts (cold loads, median), the data files and bytes fetched at start and on screen mode's first
 * refresh of unchanged files (the server's body bytes: a 304 has none), and the JS heap after load (GC).
 */
import fs from 'node:fs'
import { startServer } from '../serve.mjs'
import { writeManyEditions } from '../many-editions.mjs'
import { countCharts, loadOnce } from './measure-load.mjs'
import { bytes, mb, ms, round, spread } from './stats.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * @param {BrowserContext} context @param {string} dist @param {number} count @param {number} runs
 * @param {'split' | 'single'} form the data folder's form (the split form is what the import writes)
 */
async function measureCase(context, dist, count, runs, form) {
  const dataDir = writeManyEditions(count, undefined, { form })
  const server = await startServer({ root: dist, dataDir })
  try {
    const charts = await countCharts(context, server.url)
    await loadOnce(context, server.url, charts, 1)
    /** @type {number[]} */
    const drawn = []
    for (let i = 0; i < runs; i++) drawn.push((await loadOnce(context, server.url, charts, 1)).drawn)

    // A page with the browser's cache (as on the meeting-room PC): the start, then the first refresh.
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    // Nothing kept from the timed loads: the start fetches every file it reads whole.
    await cdp.send('Network.enable')
    await cdp.send('Network.clearBrowserCache')
    const from = server.answered.length
    const reads = () => server.answered.slice(from).filter((answer) => answer.url.includes('/data/'))
    /** Waits until no data file has been asked for during `quietMs`. */
    const quiet = async (/** @type {number} */ quietMs) => {
      let count = -1
      const deadline = Date.now() + 60_000
      while (reads().length !== count && Date.now() < deadline) {
        count = reads().length
        await page.waitForTimeout(quietMs)
      }
    }
    await page.goto(`${server.url}?kiosk&rotate=0&refresh=6#/`)
    await quiet(2_000)
    const start = reads()
    // The first refresh (6 s after the start's last read ended): what it asks for, until quiet again.
    const deadline = Date.now() + 30_000
    while (reads().length === start.length && Date.now() < deadline) await page.waitForTimeout(200)
    await page.waitForTimeout(1_500)
    const refresh = reads().slice(start.length)
    const sum = (/** @type {{ bytes: number }[]} */ list) => list.reduce((n, answer) => n + answer.bytes, 0)
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize
    await page.close()
    return {
      editions: count,
      form,
      startFiles: start.length,
      chartsDrawnMs: spread(drawn),
      startBytes: sum(start),
      refreshBytes: refresh.length ? sum(refresh) : null,
      refreshFiles: refresh.length,
      refreshStatuses: refresh.map((answer) => answer.status),
      jsHeapBytes: heap,
    }
  } finally {
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * @param {BrowserContext} context @param {string} dist @param {number} runs
 * @param {'split' | 'single'} [form] BENCH_DATA_FORM=single measures the single-file form (a build before the split form)
 */
export async function measureEditions(context, dist, runs, form = process.env.BENCH_DATA_FORM === 'single' ? 'single' : 'split') {
  const one = await measureCase(context, dist, 1, runs, form)
  const many = await measureCase(context, dist, 240, runs, form)
  const ratio = one.chartsDrawnMs && many.chartsDrawnMs ? round(many.chartsDrawnMs.median / one.chartsDrawnMs.median, 2) : null
  return { one, many, ratio, target: 1.3 }
}

/**
 * The rows of the results table.
 * @param {any} e results.editions
 * @param {(b: boolean) => string} ok
 * @returns {string[][]}
 */
export function editionsRows(e, ok) {
  if (!e) return []
  if (e.skipped) return [['240 editions', `skipped: ${e.skipped}`, '', '']]
  const { one, many } = e
  return [
    [`Overview charts drawn, ${one.editions} → ${many.editions} editions`, `${ms(one.chartsDrawnMs)} → ${ms(many.chartsDrawnMs)}`, '', ''],
    [`Overview, ${many.editions} / ${one.editions} edition(s)`, e.ratio === null ? '—' : `${e.ratio}x`, `≤ ${e.target}x`, e.ratio === null ? '' : ok(e.ratio <= e.target)],
    [`Data fetched at start, ${one.editions} → ${many.editions} editions (${many.form ?? 'single'} form)`, `${bytes(one.startBytes)} → ${bytes(many.startBytes)} (${one.startFiles ?? '?'} → ${many.startFiles ?? '?'} files)`, '', ''],
    [`Data asked on an unchanged refresh, ${many.editions} editions`, many.refreshBytes === null ? '—' : `${many.refreshFiles} file(s), ${bytes(many.refreshBytes)} (${many.refreshStatuses.join(', ')})`, 'the index alone: a 304, 0 B', many.refreshBytes === null ? '' : ok(many.refreshBytes === 0 && many.refreshFiles === 1)],
    [`JS heap after load (GC), ${one.editions} → ${many.editions} editions`, `${mb(one.jsHeapBytes)} → ${mb(many.jsHeapBytes)}`, '', ''],
  ]
}
