// @ts-check
/**
 * The machine the benchmark ran on, and the table of its results (terminal and Markdown).
 */
import os from 'node:os'
import { AIM_JS_GZIP } from '../check-size.mjs'
import { deckRows } from './measure-deck.mjs'
import { editionsRows } from './measure-editions.mjs'
import { workbookRows } from './measure-workbook.mjs'
import { portableRows } from './measure-portable.mjs'
import { bytes, mb, ms, round, signed } from './stats.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/** @param {BrowserContext} context */
export async function machine(context) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  const version = await cdp.send('Browser.getVersion')
  await page.close()
  const cpus = os.cpus()
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    // Other work on the machine slows every timing: the 1-minute load average when the run started.
    loadAverage: { start: round(os.loadavg()[0], 2) },
    browser: version.product,
    userAgent: version.userAgent,
  }
}

/** Columns a string takes in a terminal: CJK characters take two. */
const displayWidth = (/** @type {string} */ text) =>
  [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0)

/** @param {string[][]} rows */
export function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))))
  const pad = (/** @type {string} */ cell, /** @type {number} */ w) => cell + ' '.repeat(Math.max(0, w - displayWidth(cell)))
  const line = (/** @type {string[]} */ r) => r.map((cell, c) => pad(cell, widths[c])).join('  ').trimEnd()
  console.log(line(rows[0]))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows.slice(1)) console.log(line(r))
}

/** @param {string[][]} rows @param {string} date */
export function markdownTable(rows, date) {
  const cell = (/** @type {string} */ text) => text.replace(/\|/g, '\\|')
  const lines = rows.map((r) => `| ${r.map(cell).join(' | ')} |`)
  lines.splice(1, 0, `|${rows[0].map(() => ' --- ').join('|')}|`)
  return `<!-- npm run bench, ${date} -->\n${lines.join('\n')}\n`
}

/** @param {any} results */
export function tableRows(results) {
  const ok = (/** @type {boolean} */ b) => (b ? 'yes' : 'NO')
  /** @type {string[][]} */
  const rows = [['Measure', 'Result', 'Target', 'Met']]
  const s = results.sizes
  if (s) {
    rows.push(['First-load JS (gzip / raw)', `${bytes(s.js.gzip)} / ${bytes(s.js.raw)}`, `≤ ${bytes(s.budgetJsGzip)}, aim ${bytes(AIM_JS_GZIP)}`, ok(s.withinBudget)])
    rows.push(['First-load CSS (gzip / raw)', `${bytes(s.css.gzip)} / ${bytes(s.css.raw)}`, '', ''])
    rows.push(['Yardstick JS (gzip / raw)', `${bytes(s.yardstick.js.gzip)} / ${bytes(s.yardstick.js.raw)}`, '', ''])
    rows.push(['JS fetched before charts drawn', `${s.loadedJs.files.length} files, ${bytes(s.loadedJs.raw)}`, 'same files as counted', ok(s.networkMatchesFiles)])
  }
  for (const load of results.load ?? []) {
    const speed = load.cpuThrottle > 1 ? `CPU ${load.cpuThrottle}x slower` : 'normal CPU'
    rows.push([`Overview charts drawn, ${speed}`, ms(load.overview.chartsDrawnMs), '', ''])
    rows.push([`Yardstick (one chart) drawn, ${speed}`, ms(load.yardstick.chartsDrawnMs), '', ''])
    rows.push([`Overview / yardstick, ${speed}`, load.ratio === null ? '—' : `${load.ratio}x`, `≤ ${load.target}x`, load.ratio === null ? '' : ok(load.ratio <= load.target)])
    rows.push([`Overview FCP, ${speed}`, ms(load.overview.fcpMs), '', ''])
    rows.push([`Overview LCP, ${speed}`, ms(load.overview.lcpMs), '', ''])
  }
  const f = results.filter
  if (f?.skipped) rows.push(['Sector filter applied', `skipped: ${f.skipped}`, '< 50 ms', ''])
  else if (f) rows.push([`Sector filter applied (${f.sectorName}, ${f.panelsChanged}/${f.panels} panels)`, ms(f.appliedMs), `< ${f.target} ms`, f.appliedMs ? ok(f.appliedMs.median < f.target) : ''])
  const sl = results.slides
  if (sl?.skipped) rows.push(['Screen slide change', `skipped: ${sl.skipped}`, '', ''])
  else if (sl) {
    rows.push([`Screen slide change at ${sl.viewport}: key → next slide drawn, fading in`, ms(sl.drawnMs), '', ''])
    rows.push([`Screen slide change at ${sl.viewport}: key → cross-fade done (${sl.changes} changes)`, ms(sl.changeMs), `< ${sl.target} ms`, sl.changeMs ? ok(sl.changeMs.median < sl.target) : ''])
    rows.push(['Frames with no slide fully shown during changes', String(sl.blankFrames), '0', ok(sl.blankFrames === 0)])
    rows.push(['Screen slides per cycle at 1920x1080, defaults', String(sl.slidesPerCycle), '≤ 8', ok(sl.slidesPerCycle <= 8)])
  }
  const m = results.memory
  if (m?.skipped) rows.push(['Memory over rotations', `skipped: ${m.skipped}`, '', ''])
  else if (m) {
    const n = m.rotations
    rows.push([`JS heap after GC: load → ${n} rotations`, `${mb(m.before.jsHeapBytes)} → ${mb(m.after.jsHeapBytes)} (${signed(m.growth.jsHeapBytes, mb)})`, '< +3 MB', ok(m.growth.jsHeapBytes < m.targets.jsHeapGrowthBytes)])
    rows.push([`DOM nodes: load → ${n} rotations`, `${m.before.domNodes} → ${m.after.domNodes}`, 'flat', ok(m.growth.domNodes <= 0)])
    rows.push([`Event listeners: load → ${n} rotations`, `${m.before.jsEventListeners} → ${m.after.jsEventListeners}`, 'flat', ok(m.growth.jsEventListeners <= 0)])
    rows.push([`ECharts instances: load → ${n} rotations`, `${m.before.echartsInstances} → ${m.after.echartsInstances}`, 'flat', ok(m.growth.echartsInstances <= 0)])
    rows.push(['JS heap on the way (after GC)', m.trajectory.map((/** @type {any} */ p) => `${p.rotations}: ${mb(p.jsHeapBytes)}`).join(', '), 'levels off', ''])
    const kinds = m.growth.heapSnapshotBytesByKind
    rows.push(['Heap growth by kind (snapshot)', Object.keys(kinds).map((k) => `${k} ${signed(kinds[k], mb)}`).join(', '), 'objects flat', ok(kinds.objects < 256 * 1024)])
    rows.push([`Rotation (${m.pages.length} pages, ${m.seconds} s in all)`, `${m.perRotationMs} ms per page`, '', ''])
  }
  const e = results.export
  if (e?.skipped) rows.push(['Export', `skipped: ${e.skipped}`, '', ''])
  else if (e) {
    rows.push([`Export one panel, PNG 4x (${e.png.panel}, ${e.png.width}×${e.png.height})`, ms(e.png.ms), `< ${e.png.target} ms`, e.png.ms ? ok(e.png.ms.median < e.png.target) : ''])
    rows.push([`Export all panels, ZIP of 2x PNGs (${e.zip.files ?? '?'} files, ${bytes(e.zip.bytes)})`, ms(e.zip.ms), '', ''])
  }
  const mc = results.machine
  rows.push(...editionsRows(results.editions, ok))
  rows.push(...deckRows(results.deck))
  rows.push(...workbookRows(results.workbook))
  rows.push(...portableRows(results.portable, ms, bytes))
  rows.push(['Machine', `${mc.cpu}, ${mc.cores} cores, ${(mc.memoryBytes / 1024 ** 3).toFixed(1)} GB, load average ${mc.loadAverage.start} → ${results.loadAverageEnd}`, '', ''])
  rows.push(['Browser', mc.browser, '', ''])
  return rows
}
