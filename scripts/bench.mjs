// @ts-check
/// <reference lib="dom" />
/**
 * `npm run bench`: how fast the overview is on screen, how fast it reacts, and whether memory stays flat.
 *
 * Builds the production app (into bench/out/dist, or DIST_DIR), serves it with scripts/serve.mjs on a free
 * port, drives the system Chromium through playwright-core, prints a table and writes bench/results.json.
 * Every measurement is its own function below; one that needs a feature the build lacks (the sector
 * filter, screen mode, export) is reported as skipped. Timings are medians with their spread over several
 * runs; nothing here fails on time (the byte budget is checked by scripts/check-size.mjs in `npm test`).
 *
 * The yardstick is a page with one tree-shaken ECharts bar chart, built here in bench/out/yardstick with
 * the project's node_modules and measured exactly like the overview: the "1.3x" target is overview time
 * over yardstick time on the same machine, in the same run.
 *
 * Options: --runs N (load runs per speed, default 5), --rotations N (default 1000), --no-build (serve what
 * is already in the output folder), --only a,b (sizes, load, filter, memory, export, portable), --out FILE.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { startServer } from './serve.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs'
import { BUDGET_JS_GZIP, measureFirstLoad } from './check-size.mjs'
import { buildPortable, measurePortable, portableFile, portableRows } from './bench-portable.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const OUT = path.join(ROOT, 'bench', 'out')

/** Panels and the elements inside them that hold a chart (ChartView's container, or any marked chart). */
const PANEL = '[data-panel-id]'
const CHART_HOST = '.chart-view, [_echarts_instance_], [data-chart]'

// ---------------------------------------------------------------------------------------------------
// Statistics and formatting

/**
 * @typedef {object} Spread
 * @property {number} n
 * @property {number} median
 * @property {number} min
 * @property {number} max
 * @property {number} q1
 * @property {number} q3
 */

/** @param {number[]} values @returns {Spread | null} */
export function spread(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const at = (/** @type {number} */ p) => {
    const i = (v.length - 1) * p
    const lo = Math.floor(i)
    return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo)
  }
  const r = (/** @type {number} */ x) => round(x, 1)
  return { n: v.length, median: r(at(0.5)), min: r(v[0]), max: r(v[v.length - 1]), q1: r(at(0.25)), q3: r(at(0.75)) }
}

const round = (/** @type {number} */ x, digits = 0) => Number(x.toFixed(digits))
const ms = (/** @type {Spread | null | undefined} */ s) =>
  s ? `${round(s.median)} ms (${round(s.min)}–${round(s.max)}, n=${s.n})` : '—'
const bytes = (/** @type {number} */ n) => n.toLocaleString('en-US') + ' B'
const mb = (/** @type {number} */ n) => (n / 1024 / 1024).toFixed(2) + ' MB'
const signed = (/** @type {number} */ n, /** @type {(n: number) => string} */ f) => (n > 0 ? '+' : n < 0 ? '−' : '±') + f(Math.abs(n))

// ---------------------------------------------------------------------------------------------------
// Builds

/**
 * Production build of the app into `outDir` (the vite.config.ts plugins copy data/ beside it).
 * @param {string} outDir
 */
function buildApp(outDir) {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js')
  const run = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  })
  if (run.status !== 0) throw new Error(`vite build failed (exit ${String(run.status)})`)
}

/**
 * The yardstick: one tree-shaken ECharts bar chart (echarts/core + BarChart + GridComponent + canvas),
 * about the size of one overview panel's chart, its data inline. Built with the project's node_modules
 * (the folder sits inside the project, so `echarts` resolves there).
 */
async function buildYardstick() {
  const src = path.join(OUT, 'yardstick')
  const dist = path.join(OUT, 'yardstick-dist')
  await fs.rm(src, { recursive: true, force: true })
  await fs.mkdir(src, { recursive: true })
  await fs.writeFile(
    path.join(src, 'index.html'),
    `<!doctype html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>ECharts 单图基准</title></head>
<body style="margin:0;background:#0b1a2e">
<section data-panel-id="yardstick"><div id="chart" style="width:620px;height:420px"></div></section>
<script type="module" src="./main.js"></script>
</body></html>
`,
  )
  await fs.writeFile(
    path.join(src, 'main.js'),
    `import { use, init } from 'echarts/core'
import { BarChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, GridComponent, CanvasRenderer])
init(document.getElementById('chart')).setOption({
  xAxis: { type: 'category', data: ['2021年1-5月', '2022年1-5月'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: [10.66, 11.39] }],
})
`,
  )
  const { build } = await import('vite')
  await build({
    root: src,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: dist, emptyOutDir: true, target: 'chrome87', modulePreload: { polyfill: false } },
  })
  return dist
}

// ---------------------------------------------------------------------------------------------------
// Browser

/** Headless Chromium with a fresh throwaway profile, launched as the browser tests launch it. */
async function launchBrowser() {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1920, height: 1080 },
    deviceScaleFactor: 1,
  })
  return {
    context,
    async close() {
      await context.close()
      await fs.rm(profile, { recursive: true, force: true })
    },
  }
}

/**
 * Runs in every measured page before its own scripts: records FCP and LCP, and, when `expectCharts` is
 * given, polls in requestAnimationFrame from navigation start until that many chart hosts each hold a
 * canvas with a pixel that differs from its top-left (background) pixel. Also offers the in-page
 * helpers the other measurements use (window.__bench).
 * @param {{ panel: string, chartHost: string, expectCharts: number }} arg
 */
function installProbe({ panel, chartHost, expectCharts }) {
  /** @type {Record<string, any>} */
  const bench = { fcp: null, lcp: null, drawnAt: null }
  Reflect.set(window, '__bench', bench)

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    const entries = list.getEntries()
    bench.lcp = entries[entries.length - 1].startTime
  }).observe({ type: 'largest-contentful-paint', buffered: true })

  // Canvases are read through a small copy: reading a whole chart canvas every frame would slow the page
  // being measured. Scaling averages pixels, so any drawn text, axis or bar still shows in the copy.
  const probe = document.createElement('canvas')
  probe.width = 128
  probe.height = 96
  const probeCtx = probe.getContext('2d', { willReadFrequently: true })

  /** @param {HTMLCanvasElement} canvas */
  function inked(canvas) {
    if (canvas.width === 0 || canvas.height === 0 || !probeCtx) return false
    probeCtx.clearRect(0, 0, probe.width, probe.height)
    probeCtx.drawImage(canvas, 0, 0, probe.width, probe.height)
    const px = probeCtx.getImageData(0, 0, probe.width, probe.height).data
    for (let i = 4; i < px.length; i += 4) {
      if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2] || px[i + 3] !== px[3]) return true
    }
    return false
  }

  /** Chart hosts inside panels that take up space (a chart hidden by v-show cannot be drawn). */
  function chartHosts() {
    const hosts = new Set()
    for (const p of document.querySelectorAll(panel)) for (const h of p.querySelectorAll(chartHost)) hosts.add(h)
    return [...hosts].filter((h) => h instanceof HTMLElement && h.offsetWidth > 0 && h.offsetHeight > 0)
  }

  /** Hosts once seen drawn; a canvas that drew stays drawn, so it is not read again. */
  const drawnHosts = new WeakSet()
  /** @param {Element} host */
  function hostDrawn(host) {
    if (drawnHosts.has(host)) return true
    if (![...host.querySelectorAll('canvas')].some(inked)) return false
    drawnHosts.add(host)
    return true
  }

  /** Every visible chart host drawn, and at least `min` of them. */
  bench.chartsDrawn = (min = 1) => {
    const hosts = chartHosts()
    return hosts.length >= min && hosts.every(hostDrawn)
  }
  bench.countCharts = () => chartHosts().length

  /** What a viewer sees of a panel: its text plus a sample of its visible canvases' pixels. */
  bench.signature = (/** @type {Element} */ p) => {
    let hash = 0
    for (const canvas of p.querySelectorAll('canvas')) {
      if (!(canvas instanceof HTMLCanvasElement) || canvas.offsetWidth === 0 || canvas.width === 0) continue
      const ctx = canvas.getContext('2d')
      if (!ctx) continue
      const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data
      for (let i = 0; i < px.length; i += 4 * 7) hash = (Math.imul(hash, 31) + px[i] + (px[i + 1] << 8) + (px[i + 2] << 16)) | 0
    }
    const text = p instanceof HTMLElement ? p.innerText : (p.textContent ?? '')
    return `${text}#${hash}`
  }
  bench.signatures = () => [...document.querySelectorAll(panel)].map((p) => bench.signature(p))

  bench.frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))

  if (expectCharts > 0) {
    bench.done = new Promise((resolve) => {
      const tick = () => {
        if (bench.chartsDrawn(expectCharts)) {
          bench.drawnAt = performance.now()
          resolve(bench.drawnAt)
        } else {
          requestAnimationFrame(tick)
        }
      }
      requestAnimationFrame(tick)
    })
  }
}

/**
 * A new page with the probe installed, its CDP session, the HTTP cache off (every load is a cold load)
 * and the CPU slowed `throttle` times.
 * @param {BrowserContext} context
 * @param {{ expectCharts?: number, throttle?: number }} [opts]
 */
async function newProbedPage(context, opts = {}) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  if ((opts.throttle ?? 1) > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.throttle ?? 1 })
  await page.addInitScript(installProbe, { panel: PANEL, chartHost: CHART_HOST, expectCharts: opts.expectCharts ?? 0 })
  return { page, cdp }
}

/** @param {Page} page @param {number} [min] */
async function waitForChartsDrawn(page, min = 1, timeout = 60_000) {
  const handle = await page.waitForFunction((m) => window.__bench?.chartsDrawn(m), min, { timeout, polling: 'raf' })
  await handle.dispose()
}

/**
 * @template T
 * @param {Promise<T>} promise @param {number} timeout @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, timeout, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  const expire = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}`)), timeout)
  })
  return /** @type {Promise<T>} */ (Promise.race([promise, expire]).finally(() => clearTimeout(timer)))
}

/** @param {Page} page @param {string} expr @param {unknown} [arg] */
const inPage = (page, expr, arg) => page.evaluate(/** @type {any} */ (expr), arg)

// ---------------------------------------------------------------------------------------------------
// Measurements

/**
 * First-load bytes from the files (check-size.mjs), cross-checked against a real load: the JS the
 * browser fetched before every overview chart was drawn.
 * @param {string} dist @param {string} yardDist @param {BrowserContext} context @param {string} url
 * @param {number} expectCharts
 */
async function measureSizes(dist, yardDist, context, url, expectCharts) {
  const { js, css } = measureFirstLoad(dist)
  const yard = measureFirstLoad(yardDist)
  const { page } = await newProbedPage(context, { expectCharts })
  await page.goto(url, { waitUntil: 'domcontentloaded' })
  await withTimeout(inPage(page, 'window.__bench.done'), 120_000, 'charts drawn')
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => /** @type {PerformanceResourceTiming} */ (e))
      .filter((e) => /\.m?js(\?|$)/.test(new URL(e.name).pathname) && e.responseEnd <= (window.__bench.drawnAt ?? Infinity))
      .map((e) => ({ file: new URL(e.name).pathname.replace(/^\//, ''), bytes: e.decodedBodySize })),
  )
  await page.close()
  const counted = js.files.map((f) => f.file).sort()
  const fetched = loaded.map((f) => f.file).sort()
  return {
    js: { raw: js.raw, gzip: js.gzip, files: js.files },
    css: { raw: css.raw, gzip: css.gzip, files: css.files },
    budgetJsGzip: BUDGET_JS_GZIP,
    withinBudget: js.gzip <= BUDGET_JS_GZIP,
    loadedJs: { files: fetched, raw: loaded.reduce((n, f) => n + f.bytes, 0) },
    networkMatchesFiles: JSON.stringify(counted) === JSON.stringify(fetched),
    yardstick: { js: { raw: yard.js.raw, gzip: yard.js.gzip } },
  }
}

/**
 * One cold load of `url`: ms from navigation start until every chart is drawn, FCP and LCP.
 * @param {BrowserContext} context @param {string} url @param {number} expectCharts @param {number} throttle
 */
async function loadOnce(context, url, expectCharts, throttle) {
  const { page } = await newProbedPage(context, { expectCharts, throttle })
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 })
    const drawn = /** @type {number} */ (await withTimeout(inPage(page, 'window.__bench.done'), 120_000, 'charts drawn'))
    // Paint entries arrive a few frames after the frame they time.
    await page.waitForFunction(() => window.__bench.fcp !== null, null, { timeout: 5000 }).catch(() => {})
    await inPage(page, 'window.__bench.frame()')
    const { fcp, lcp } = /** @type {{ fcp: number | null, lcp: number | null }} */ (
      await inPage(page, '({ fcp: window.__bench.fcp, lcp: window.__bench.lcp })')
    )
    return { drawn, fcp, lcp }
  } finally {
    await page.close()
  }
}

/**
 * Number of charts a fully loaded page shows (the "every chart drawn" condition of the timed runs).
 * @param {BrowserContext} context @param {string} url
 */
async function countCharts(context, url) {
  const { page } = await newProbedPage(context)
  await page.goto(url, { waitUntil: 'load' })
  await waitForChartsDrawn(page)
  // Panels render once the data is read; give late ones (sized by a ResizeObserver) their frames.
  let count = 0
  for (let stable = 0; stable < 10; ) {
    await inPage(page, 'window.__bench.frame()')
    const now = /** @type {number} */ (await inPage(page, 'window.__bench.countCharts()'))
    stable = now === count ? stable + 1 : 0
    count = now
  }
  await page.close()
  return count
}

/**
 * Overview and yardstick load times, `runs` cold loads each, alternating so drift hits both alike.
 * @param {BrowserContext} context
 * @param {{ url: string, charts: number }} app @param {{ url: string, charts: number }} yardstick
 * @param {number} runs @param {number} throttle
 */
async function measureLoad(context, app, yardstick, runs, throttle) {
  /** @type {Record<'app' | 'yardstick', { drawn: number[], fcp: number[], lcp: number[] }>} */
  const raw = { app: { drawn: [], fcp: [], lcp: [] }, yardstick: { drawn: [], fcp: [], lcp: [] } }
  // One unmeasured load of each first: the server's file cache and Chromium's process pool warm up.
  await loadOnce(context, app.url, app.charts, throttle)
  await loadOnce(context, yardstick.url, yardstick.charts, throttle)
  for (let i = 0; i < runs; i++) {
    for (const [name, target] of /** @type {const} */ ([['app', app], ['yardstick', yardstick]])) {
      const r = await loadOnce(context, target.url, target.charts, throttle)
      raw[name].drawn.push(r.drawn)
      if (r.fcp !== null) raw[name].fcp.push(r.fcp)
      if (r.lcp !== null) raw[name].lcp.push(r.lcp)
    }
  }
  const summary = (/** @type {{ drawn: number[], fcp: number[], lcp: number[] }} */ r) => ({
    chartsDrawnMs: spread(r.drawn),
    fcpMs: spread(r.fcp),
    lcpMs: spread(r.lcp),
    runsMs: r.drawn.map((x) => round(x, 1)),
  })
  const appSummary = summary(raw.app)
  const yardSummary = summary(raw.yardstick)
  const ratio =
    appSummary.chartsDrawnMs && yardSummary.chartsDrawnMs
      ? round(appSummary.chartsDrawnMs.median / yardSummary.chartsDrawnMs.median, 2)
      : null
  return { cpuThrottle: throttle, overview: appSummary, yardstick: yardSummary, ratio, target: 1.3 }
}

/**
 * Sector filter: click the first sector button of the 产业 group and time until every panel that the
 * filter changes shows the change (its text or chart pixels differ), checked right after the click's
 * tasks and then every frame. Which panels change is learnt first, from one untimed click.
 * @param {BrowserContext} context @param {string} url @param {number} charts @param {number} runs
 */
async function measureFilter(context, url, charts, runs) {
  const { page } = await newProbedPage(context)
  try {
    await page.goto(url, { waitUntil: 'load' })
    await waitForChartsDrawn(page, charts)
    const group = page.locator('[role="group"][aria-label="产业"]')
    if ((await group.count()) === 0) return { skipped: 'no 产业 filter group in this build' }
    const sectorButton = group.locator('button[data-sector]').first()
    const sector = await sectorButton.getAttribute('data-sector')
    const sectorName = (await sectorButton.innerText()).trim()

    const settle = () => settleAnimations(page)
    const toggle = (/** @type {boolean} */ on) =>
      page.evaluate(
        ({ on, sector }) => {
          const group = document.querySelector('[role="group"][aria-label="产业"]')
          const button = on
            ? group?.querySelector(`button[data-sector="${CSS.escape(sector)}"]`)
            : [...(group?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === '全部')
          if (!(button instanceof HTMLElement)) throw new Error('filter button not found')
          button.click()
        },
        { on, sector: sector ?? '' },
      )

    const before = await settle()
    await toggle(true)
    const after = await settle()
    const affected = before.map((sig, i) => (sig !== after[i] ? i : -1)).filter((i) => i >= 0)
    await toggle(false)
    await settle()

    /** @type {number[]} */
    const times = []
    for (let i = 0; i < runs; i++) {
      const baseline = await settle()
      const t = /** @type {number} */ (
        await page.evaluate(
          ({ sector, affected, baseline }) =>
            new Promise((resolve) => {
              const panels = [...document.querySelectorAll('[data-panel-id]')]
              const pending = new Set(affected)
              const button = document.querySelector(`[role="group"][aria-label="产业"] button[data-sector="${CSS.escape(sector)}"]`)
              const check = () => {
                for (const i of [...pending]) if (window.__bench.signature(panels[i]) !== baseline[i]) pending.delete(i)
                if (pending.size === 0) resolve(performance.now() - t0)
                else requestAnimationFrame(check)
              }
              const t0 = performance.now()
              if (button instanceof HTMLElement) button.click()
              setTimeout(check, 0)
            }),
          { sector: sector ?? '', affected, baseline },
        )
      )
      times.push(t)
      await settle()
      await toggle(false)
    }
    return {
      sector,
      sectorName,
      panels: before.length,
      panelsChanged: affected.length,
      appliedMs: spread(times),
      runsMs: times.map((x) => round(x, 1)),
      target: 50,
    }
  } finally {
    await page.close()
  }
}

/** @param {CDPSession} cdp */
async function heapAfterGc(cdp) {
  // Several passes: one GC can leave garbage that only the next one frees (weak maps, finalizers).
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  return (await cdp.send('Runtime.getHeapUsage')).usedSize
}

/**
 * Bytes of a heap snapshot by kind: compiled code, strings, JS objects (objects, arrays, closures...)
 * and native (DOM and browser objects held by the page). Tells a leak (objects growing) from V8
 * optimising more functions as it runs (code growing).
 * @param {CDPSession} cdp
 * @returns {Promise<Record<string, number>>}
 */
async function heapByKind(cdp) {
  /** @type {string[]} */
  const chunks = []
  const onChunk = (/** @type {{ chunk: string }} */ e) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  const snapshot = JSON.parse(chunks.join(''))
  const fields = snapshot.snapshot.meta.node_fields
  /** @type {string[]} */
  const types = snapshot.snapshot.meta.node_types[0]
  const typeAt = fields.indexOf('type')
  const sizeAt = fields.indexOf('self_size')
  /** @type {Record<string, string>} */
  const kindOf = { code: 'code', string: 'strings', 'concatenated string': 'strings', 'sliced string': 'strings', native: 'native' }
  /** @type {Record<string, number>} */
  const bytes = { code: 0, strings: 0, objects: 0, native: 0 }
  const nodes = snapshot.nodes
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = kindOf[types[nodes[i + typeAt]]] ?? 'objects'
    bytes[kind] += nodes[i + sizeAt]
  }
  return bytes
}

/**
 * JS heap after forced GC, DOM nodes, JS event listeners (CDP Memory.getDOMCounters) and ECharts
 * instances (elements carrying _echarts_instance_).
 * @param {Page} page @param {CDPSession} cdp
 */
async function memorySnapshot(page, cdp) {
  const jsHeapBytes = await heapAfterGc(cdp)
  const dom = await cdp.send('Memory.getDOMCounters')
  const echartsInstances = await page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length)
  return { jsHeapBytes, domNodes: dom.nodes, jsEventListeners: dom.jsEventListeners, documents: dom.documents, echartsInstances }
}

/**
 * Screen mode (?kiosk&rotate=0: no timed rotation) stepped with PageDown `rotations` times, waiting each
 * time for the next page and all its charts; memory before and after, on the same page.
 * @param {BrowserContext} context @param {string} url @param {number} rotations
 */
async function measureRotationMemory(context, url, rotations) {
  const { page, cdp } = await newProbedPage(context)
  try {
    await page.goto(`${url}?kiosk&rotate=0`, { waitUntil: 'load' })
    await waitForChartsDrawn(page)
    const pageId = () => page.evaluate(() => document.querySelector('[data-page-id]')?.getAttribute('data-page-id') ?? null)
    const start = await pageId()
    if (start === null) return { skipped: 'no [data-page-id] in screen mode' }

    /** PageDown, then wait for a different page whose charts are all drawn; returns its id. */
    const step = async (/** @type {string | null} */ from) => {
      await page.keyboard.press('PageDown')
      const handle = await page.waitForFunction(
        (from) => {
          const id = document.querySelector('[data-page-id]')?.getAttribute('data-page-id') ?? null
          return id !== null && id !== from && window.__bench.chartsDrawn(0) ? id : null
        },
        from,
        { timeout: 30_000, polling: 'raf' },
      )
      const id = /** @type {string} */ (await handle.jsonValue())
      // Handles keep their value alive in the page: a thousand of them would show up as heap growth.
      await handle.dispose()
      return id
    }

    // Learn the cycle (with one page, PageDown cannot change the page: nothing to rotate).
    /** @type {string[]} */
    const cycle = [start]
    for (let id = start; cycle.length <= 50; ) {
      try {
        id = await step(id)
      } catch {
        return { skipped: 'PageDown does not change the page in screen mode' }
      }
      if (id === start) break
      cycle.push(id)
    }
    await settleAnimations(page)
    const before = await memorySnapshot(page, cdp)
    const beforeKinds = await heapByKind(cdp)

    // A few GC'd heap readings on the way show whether growth levels off (compiled code, caches) or
    // keeps climbing (a leak). Readings are taken on the start page, so they compare like with like.
    const every = Math.max(1, Math.round(rotations / 4 / cycle.length)) * cycle.length
    /** @type {{ rotations: number, jsHeapBytes: number }[]} */
    const trajectory = [{ rotations: 0, jsHeapBytes: before.jsHeapBytes }]
    let stepping = 0
    let current = start
    let done = 0
    while (done < rotations || current !== start) {
      const t = Date.now()
      current = await step(current)
      stepping += Date.now() - t
      done++
      if (done % every === 0 && done < rotations) trajectory.push({ rotations: done, jsHeapBytes: await heapAfterGc(cdp) })
    }
    await settleAnimations(page)
    const after = await memorySnapshot(page, cdp)
    const afterKinds = await heapByKind(cdp)
    trajectory.push({ rotations: done, jsHeapBytes: after.jsHeapBytes })
    return {
      pages: cycle,
      rotations: done,
      seconds: round(stepping / 1000, 1),
      perRotationMs: round(stepping / done, 1),
      before,
      after,
      trajectory,
      growth: {
        jsHeapBytes: after.jsHeapBytes - before.jsHeapBytes,
        domNodes: after.domNodes - before.domNodes,
        jsEventListeners: after.jsEventListeners - before.jsEventListeners,
        echartsInstances: after.echartsInstances - before.echartsInstances,
        heapSnapshotBytesByKind: Object.fromEntries(
          Object.keys(afterKinds).map((kind) => [kind, afterKinds[kind] - (beforeKinds[kind] ?? 0)]),
        ),
      },
      targets: { jsHeapGrowthBytes: 3 * 1024 * 1024, flat: ['domNodes', 'jsEventListeners', 'echartsInstances'] },
    }
  } finally {
    await page.close()
  }
}

/**
 * Waits until nothing on the page changed for 300 ms (chart animations are over); returns what each
 * panel shows then (window.__bench.signature).
 * @param {Page} page
 * @returns {Promise<string[]>}
 */
function settleAnimations(page) {
  return page.evaluate(async () => {
    let last = window.__bench.signatures().join('\n')
    let since = performance.now()
    for (;;) {
      const t = await window.__bench.frame()
      const now = window.__bench.signatures().join('\n')
      if (now !== last) {
        last = now
        since = t
      } else if (t - since > 300) return window.__bench.signatures()
    }
  })
}

/** Width and height of a PNG, from its IHDR chunk. @param {Buffer} png */
export const pngSize = (png) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) })

/** Number of entries of a ZIP, from its end-of-central-directory record. @param {Buffer} zip */
export function zipEntries(zip) {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return zip.readUInt16LE(i + 10)
  }
  return null
}

/**
 * Export through the UI (the 导出 menus), timed from the click on the dialog's download button to the
 * browser's download event: one chart panel as a 4x PNG (the exporter chunk is loaded by an untimed
 * first export), then every panel as a ZIP of 2x PNGs (the default size).
 * @param {BrowserContext} context @param {string} url @param {number} charts @param {number} runs
 */
async function measureExport(context, url, charts, runs) {
  const { page } = await newProbedPage(context)
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'bench-export-'))
  try {
    await page.goto(url, { waitUntil: 'load' })
    await waitForChartsDrawn(page, charts)
    const panelId = await page.evaluate(
      (host) => [...document.querySelectorAll('[data-panel-id]')].find((p) => p.querySelector(host) && p.querySelector('.export-toggle'))?.getAttribute('data-panel-id'),
      CHART_HOST,
    )
    if (!panelId) return { skipped: 'no 导出 menu on a chart panel in this build' }
    const dialog = page.getByRole('dialog')

    /** Opens a menu, sets the choice, clicks `button`; returns ms to the download and the file. */
    const exportOnce = async (/** @type {import('playwright-core').Locator} */ toggle, /** @type {string} */ ratio, /** @type {string} */ button) => {
      await toggle.click()
      await dialog.getByRole('radio', { name: 'PNG', exact: true }).check()
      await dialog.getByRole('radio', { name: new RegExp(`^${ratio}`) }).check()
      const go = dialog.getByRole('button', { name: button })
      const download = page.waitForEvent('download', { timeout: 120_000 })
      const t0 = performance.now()
      await go.evaluate((el) => /** @type {HTMLElement} */ (el).click())
      const file = await download
      const elapsed = performance.now() - t0
      const saved = path.join(folder, `${Date.now()}-${file.suggestedFilename()}`)
      await file.saveAs(saved)
      // The next export starts once this one is over (the button is disabled while busy).
      await page.waitForFunction((el) => el instanceof HTMLButtonElement && !el.disabled, await toggle.elementHandle())
      return { elapsed, name: file.suggestedFilename(), body: await fs.readFile(saved) }
    }

    const panelToggle = page.locator(`[data-panel-id="${panelId}"] .export-toggle`)
    await exportOnce(panelToggle, '4x', '下载') // loads the exporter chunk
    /** @type {number[]} */
    const pngTimes = []
    let png = { width: 0, height: 0 }
    let pngBytes = 0
    for (let i = 0; i < runs; i++) {
      const r = await exportOnce(panelToggle, '4x', '下载')
      pngTimes.push(r.elapsed)
      png = pngSize(r.body)
      pngBytes = r.body.length
    }

    const allToggle = page.getByRole('button', { name: '导出全部', exact: true })
    /** @type {number[]} */
    const zipTimes = []
    let zip = { files: /** @type {number | null} */ (null), bytes: 0 }
    for (let i = 0; i < Math.min(3, runs); i++) {
      const r = await exportOnce(allToggle, '2x', '全部面板（ZIP）')
      zipTimes.push(r.elapsed)
      zip = { files: zipEntries(r.body), bytes: r.body.length }
    }
    return {
      png: { panel: panelId, ratio: 4, ms: spread(pngTimes), runsMs: pngTimes.map((x) => round(x, 1)), ...png, bytes: pngBytes, target: 300 },
      zip: { ratio: 2, format: 'png', ms: spread(zipTimes), runsMs: zipTimes.map((x) => round(x, 1)), ...zip },
    }
  } finally {
    await page.close()
    await fs.rm(folder, { recursive: true, force: true })
  }
}

// ---------------------------------------------------------------------------------------------------
// Machine

/** @param {BrowserContext} context */
async function machine(context) {
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

// ---------------------------------------------------------------------------------------------------
// Report

/** Columns a string takes in a terminal: CJK characters take two. */
const displayWidth = (/** @type {string} */ text) =>
  [...text].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0)

/** @param {string[][]} rows */
function printTable(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))))
  const pad = (/** @type {string} */ cell, /** @type {number} */ w) => cell + ' '.repeat(Math.max(0, w - displayWidth(cell)))
  const line = (/** @type {string[]} */ r) => r.map((cell, c) => pad(cell, widths[c])).join('  ').trimEnd()
  console.log(line(rows[0]))
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const r of rows.slice(1)) console.log(line(r))
}

/** @param {string[][]} rows @param {string} date */
function markdownTable(rows, date) {
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
    rows.push(['First-load JS (gzip / raw)', `${bytes(s.js.gzip)} / ${bytes(s.js.raw)}`, `≤ ${bytes(s.budgetJsGzip)}, aim 225,000 B`, ok(s.withinBudget)])
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
  rows.push(...portableRows(results.portable, ms, bytes))
  const mc = results.machine
  rows.push(['Machine', `${mc.cpu}, ${mc.cores} cores, ${(mc.memoryBytes / 1024 ** 3).toFixed(1)} GB, load average ${mc.loadAverage.start} → ${results.loadAverageEnd}`, '', ''])
  rows.push(['Browser', mc.browser, '', ''])
  return rows
}

// ---------------------------------------------------------------------------------------------------

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
      ['export', () => measureExport(context, app.url, charts, runs)],
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
  // The same table as Markdown, for the README's 性能 / Performance section.
  const markdown = values.out.replace(/\.json$/, '') + '.md'
  await fs.writeFile(markdown, markdownTable(rows, results.date))
  console.log(`\nwritten: ${path.relative(ROOT, values.out)}, ${path.relative(ROOT, markdown)} (${results.benchSeconds} s)`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main()
