// @ts-check
/**
 * Ten years of monthly editions against one: the same data shape from scripts/many-editions.mjs (fictional
 * figures) with 1 and 240 editions, served from the same build. Per case: the overview's time to charts
 * (cold loads, median), the data bytes fetched at start and on screen mode's first refresh of unchanged
 * files (the server's body bytes: a 304 has none), and the JS heap after load (after GC).
 */
import fs from 'node:fs'
import { startServer } from '../serve.mjs'
import { writeManyEditions } from '../many-editions.mjs'
import { countCharts, loadOnce } from './measure-load.mjs'
import { bytes, mb, ms, round, spread } from './stats.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * @param {BrowserContext} context @param {string} dist @param {number} count @param {number} runs
 */
async function measureCase(context, dist, count, runs) {
  const dataDir = writeManyEditions(count)
  const files = fs.readdirSync(dataDir).filter((name) => name.endsWith('.json')).length
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
    // Nothing kept from the timed loads: the start fetches every file whole.
    await cdp.send('Network.enable')
    await cdp.send('Network.clearBrowserCache')
    const from = server.answered.length
    const reads = () => server.answered.slice(from).filter((answer) => answer.url.includes('/data/'))
    await page.goto(`${server.url}?kiosk&rotate=0&refresh=2#/`)
    const deadline = Date.now() + 60_000
    while (reads().length < 2 * files && Date.now() < deadline) await page.waitForTimeout(200)
    const sum = (/** @type {{ bytes: number }[]} */ list) => list.reduce((n, answer) => n + answer.bytes, 0)
    const start = reads().slice(0, files)
    const refresh = reads().slice(files, 2 * files)
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize
    await page.close()
    return {
      editions: count,
      dataFiles: files,
      chartsDrawnMs: spread(drawn),
      startBytes: sum(start),
      refreshBytes: refresh.length === files ? sum(refresh) : null,
      refreshStatuses: refresh.map((answer) => answer.status),
      jsHeapBytes: heap,
    }
  } finally {
    await server.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** @param {BrowserContext} context @param {string} dist @param {number} runs */
export async function measureEditions(context, dist, runs) {
  const one = await measureCase(context, dist, 1, runs)
  const many = await measureCase(context, dist, 240, runs)
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
    [`Data fetched at start, ${one.editions} → ${many.editions} editions`, `${bytes(one.startBytes)} → ${bytes(many.startBytes)}`, '', ''],
    [`Data fetched on an unchanged refresh, ${many.editions} editions`, many.refreshBytes === null ? '—' : `${bytes(many.refreshBytes)} (${many.refreshStatuses.join(', ')})`, 'bodies: 0 B', many.refreshBytes === null ? '' : ok(many.refreshBytes === 0)],
    [`JS heap after load (GC), ${one.editions} → ${many.editions} editions`, `${mb(one.jsHeapBytes)} → ${mb(many.jsHeapBytes)}`, '', ''],
  ]
}
