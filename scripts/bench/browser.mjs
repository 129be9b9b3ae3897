// @ts-check
/// <reference lib="dom" />
/**
 * The benchmark's browser: headless Chromium launched as the browser tests launch it, and the in-page
 * probe (window.__bench) every measured page gets before its own scripts.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */

/** Panels and the elements inside them that hold a chart (ChartView's container, or any marked chart). */
const PANEL = '[data-panel-id]'
export const CHART_HOST = '.chart-view, [_echarts_instance_], [data-chart]'

/** Headless Chromium with a fresh throwaway profile, launched as the browser tests launch it. */
export async function launchBrowser() {
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
export async function newProbedPage(context, opts = {}) {
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  if ((opts.throttle ?? 1) > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: opts.throttle ?? 1 })
  await page.addInitScript(installProbe, { panel: PANEL, chartHost: CHART_HOST, expectCharts: opts.expectCharts ?? 0 })
  return { page, cdp }
}

/** @param {Page} page @param {number} [min] */
export async function waitForChartsDrawn(page, min = 1, timeout = 60_000) {
  const handle = await page.waitForFunction((m) => window.__bench?.chartsDrawn(m), min, { timeout, polling: 'raf' })
  await handle.dispose()
}

/**
 * @template T
 * @param {Promise<T>} promise @param {number} timeout @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, timeout, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer
  const expire = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeout} ms waiting for ${what}`)), timeout)
  })
  return /** @type {Promise<T>} */ (Promise.race([promise, expire]).finally(() => clearTimeout(timer)))
}

/** @param {Page} page @param {string} expr @param {unknown} [arg] */
export const inPage = (page, expr, arg) => page.evaluate(/** @type {any} */ (expr), arg)

/**
 * Waits until nothing on the page changed for 300 ms (chart animations are over); returns what each
 * panel shows then (window.__bench.signature).
 * @param {Page} page
 * @returns {Promise<string[]>}
 */
export function settleAnimations(page) {
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
