// @ts-check
/**
 * `npm run bench`: how fast the overview is on screen, how fast it reacts, and whether memory stays flat.
 *
 * Builds the production app (into bench/out/dist, or DIST_DIR), serves it with scripts/serve.mjs on a free
 * port, drives the system Chromium through playwright-core, prints a table and writes bench/results.json.
 * Every measurement is its own function (scripts/bench/measure-*.mjs); one that needs a feature the build lacks (the sector
 * filter, screen mode, export) is reported as skipped. Timings are medians with their spread over several
 * runs; nothing here fails on time (the byte budget is checked by scripts/check-size.mjs in `npm test`).
 *
 * The yardstick is a page with one tree-shaken ECharts bar chart, built here in bench/out/yardstick with
 * the project's node_modules and measured exactly like the overview: the "1.3x" target is overview time
 * over yardstick time on the same machine, in the same run.
 *
 * Options: --runs N (load runs per speed, default 5), --rotations N (default 1000), --no-build (serve what
 * is already in the output folder), --only a,b (sizes, load, filter, memory, slides, export, editions, deck, workbook, portable), --out FILE.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { startServer } from './serve.mjs'
import { launchBrowser } from './bench/browser.mjs'
import { OUT, ROOT, buildApp, buildYardstick } from './bench/build.mjs'
import { measureDeck } from './bench/measure-deck.mjs'
import { measureEditions } from './bench/measure-editions.mjs'
import { measureExport } from './bench/measure-export.mjs'
import { measureWorkbook } from './bench/measure-workbook.mjs'
import { countCharts, loadOnce, measureFilter, measureLoad, measureSizes } from './bench/measure-load.mjs'
import { measureRotationMemory } from './bench/measure-memory.mjs'
import { measureSlideChanges } from './bench/measure-slides.mjs'
import { buildPortable, measurePortable, portableFile } from './bench/measure-portable.mjs'
import { machine, markdownTable, printTable, tableRows } from './bench/report.mjs'
import { round, spread } from './bench/stats.mjs'

async function main() {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      rotations: { type: 'string', default: '1000' },
      'no-build': { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string', default: path.join(ROOT, 'bench', 'results.json') },
    },
  })
  const runs = Math.max(1, Number(values.runs))
  const rotations = Math.max(1, Number(values.rotations))
  const only = values.only ? new Set(values.only.split(',')) : null
  const want = (/** @type {string} */ name) => !only || only.has(name)
  const dist = path.resolve(ROOT, process.env.DIST_DIR || path.join(OUT, 'dist'))

  if (!values['no-build']) {
    console.log(`building the app into ${path.relative(ROOT, dist) || dist} ...`)
    buildApp(dist)
  }
  const portable = want('portable') ? await (values['no-build'] ? portableFile(path.join(ROOT, 'dist-portable')) : buildPortable(ROOT)) : null
  console.log('building the yardstick (one ECharts bar chart) ...')
  const yardDist = await buildYardstick()

  const appServer = await startServer({ root: dist })
  const yardServer = await startServer({ root: yardDist })
  const browser = await launchBrowser()
  const started = Date.now()
  /** @type {Record<string, any>} */
  const results = { date: new Date().toISOString() }
  try {
    const { context } = browser
    results.machine = await machine(context)
    const charts = await countCharts(context, appServer.url)
    const yard = { url: yardServer.url, charts: 1 }
    const app = { url: appServer.url, charts }
    results.overviewCharts = charts
    console.log(`overview: ${charts} charts; ${results.machine.browser}; ${results.machine.cpu} x${results.machine.cores}`)

    const steps = /** @type {const} */ ([
      ['sizes', () => measureSizes(dist, yardDist, context, app.url, charts)],
      ['load', async () => [await measureLoad(context, app, yard, runs, 1), await measureLoad(context, app, yard, runs, 4)]],
      ['filter', () => measureFilter(context, app.url, charts, Math.max(7, runs))],
      ['memory', () => measureRotationMemory(context, app.url, rotations)],
      ['slides', () => measureSlideChanges(context, app.url, Math.max(16, runs * 4))],
      ['export', () => measureExport(context, app.url, charts, runs)],
      ['editions', () => measureEditions(context, dist, runs)],
      ['deck', () => measureDeck(context, app.url, dist, Math.min(3, runs), spread)],
      ['workbook', () => measureWorkbook(context, app.url, Math.min(3, runs), spread)],
      ['portable', () => measurePortable({ context, loadOnce, spread, servedUrl: app.url, file: /** @type {string} */ (portable), charts, runs })],
    ])
    for (const [name, run] of steps) {
      if (!want(name)) continue
      const t = Date.now()
      process.stdout.write(`measuring ${name} ... `)
      try {
        results[name] = await run()
      } catch (err) {
        results[name] = { skipped: `error: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}` }
      }
      console.log(`${((Date.now() - t) / 1000).toFixed(1)} s`)
    }
  } finally {
    await browser.close()
    await appServer.close()
    await yardServer.close()
  }
  results.benchSeconds = round((Date.now() - started) / 1000, 1)
  results.loadAverageEnd = round(os.loadavg()[0], 2)

  console.log('')
  const rows = tableRows(results)
  printTable(rows)
  await fs.mkdir(path.dirname(values.out), { recursive: true })
  await fs.writeFile(values.out, JSON.stringify(results, null, 2) + '\n')
  // The same table as Markdown: bench/results.md is the one document that holds the figures.
  const markdown = values.out.replace(/\.json$/, '') + '.md'
  await fs.writeFile(markdown, markdownTable(rows, results.date))
  console.log(`\nwritten: ${path.relative(ROOT, values.out)}, ${path.relative(ROOT, markdown)} (${results.benchSeconds} s)`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
