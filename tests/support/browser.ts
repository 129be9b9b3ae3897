/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * The browser of the browser tests: launch the system Chromium through playwright-core, open the app with
 * error/network/CSP/dialog recording, wait for charts, check they drew something, take screenshots.
 * Serving the build is tests/support/server.ts.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs'

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** Elements inside a panel that hold a chart: ECharts marks its containers itself; others use `data-chart`. */
export const CHART_SELECTOR = '[data-chart], [_echarts_instance_]'

declare global {
  interface Window {
    __cspViolations?: string[]
  }
}

export interface Viewport {
  width: number
  height: number
}

export interface LaunchOptions {
  /** Default 1920x1080. */
  viewport?: Viewport
  /** Default 1. */
  deviceScaleFactor?: number
  /** A phone: touch events, mobile viewport. */
  touch?: boolean
}

export interface BrowserSession {
  context: BrowserContext
  /** Closes the browser and removes its temporary profile folder. */
  close(): Promise<void>
}

/** Starts headless Chromium with a fresh throwaway profile. */
export async function launchBrowser(opts: LaunchOptions = {}): Promise<BrowserSession> {
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'e2e-chromium-'))
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      acceptDownloads: true,
      viewport: opts.viewport ?? { width: 1920, height: 1080 },
      deviceScaleFactor: opts.deviceScaleFactor ?? 1,
      ...(opts.touch ? { hasTouch: true, isMobile: true } : {}),
    })
  } catch (err) {
    await fs.rm(profile, { recursive: true, force: true })
    throw err
  }
  return {
    context,
    async close() {
      await context.close()
      await fs.rm(profile, { recursive: true, force: true })
    },
  }
}

export interface AppPage {
  page: Page
  /** `console.error` messages and uncaught page errors ("pageerror: ..."). */
  consoleErrors: string[]
  /** "GET <url> <errorText>" for network failures, "<status> <url>" for HTTP >= 400. */
  failedRequests: string[]
  /** URLs of requests to any other origin than the app server; they are aborted. */
  offsiteRequests: string[]
  /** "<type>: <message>" of each alert/confirm/prompt/beforeunload; all are dismissed. */
  dialogs: string[]
  /** CSP violations seen since the last full page load: "<directive> <blocked URI>". */
  cspViolations(): Promise<string[]>
  /** Every CSP violation of this page, across reloads (recorded in Node, so it outlives the page). */
  cspLog: string[]
}

/**
 * CSP violations of every page opened during the current test. Any violation fails the test (afterEach
 * below), in every browser test file, without each test having to ask.
 */
const cspViolationsThisTest: string[] = []
afterEach(() => {
  const seen = cspViolationsThisTest.splice(0)
  if (seen.length) throw new Error(`Content-Security-Policy violations: ${seen.join('; ')}`)
})

/** Takes (and clears) this test's CSP violations: for a test that provokes them on purpose. */
export function takeCspViolations(): string[] {
  return cspViolationsThisTest.splice(0)
}

/** Fails now (rather than after the test) if the page has seen any CSP violation. */
export function expectNoCspViolations(app: Pick<AppPage, 'cspLog'>): void {
  if (app.cspLog.length) throw new Error(`Content-Security-Policy violations: ${app.cspLog.join('; ')}`)
}

/**
 * Opens `url` in a new page of `context`, with recording set up before the
 * first request, and waits for the `load` event.
 */
export async function openApp(
  context: BrowserContext,
  url: string,
  opts: { viewport?: Viewport } = {},
): Promise<AppPage> {
  const page = await context.newPage()
  if (opts.viewport) await page.setViewportSize(opts.viewport)

  const appOrigin = new URL(url).origin
  const consoleErrors: string[] = []
  const failedRequests: string[] = []
  const offsiteRequests: string[] = []
  const dialogs: string[] = []

  page.on('console', (msg) => {
    if (msg.type() !== 'error') return
    // Chromium's "Failed to load resource" text omits the URL; the location has it.
    const where = msg.location().url
    consoleErrors.push(where ? `${msg.text()} (at ${where})` : msg.text())
  })
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`))
  page.on('requestfailed', (req) => {
    if (offsiteRequests.includes(req.url())) return // we aborted it ourselves
    failedRequests.push(`${req.method()} ${req.url()} ${req.failure()?.errorText ?? ''}`.trim())
  })
  page.on('response', (res) => {
    if (res.status() >= 400) failedRequests.push(`${res.status()} ${res.url()}`)
  })
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => {}) // the page may already be closing
  })

  // The dashboard must work offline: block and record anything not from our server.
  await page.route('**/*', async (route) => {
    const reqUrl = route.request().url()
    let origin: string
    try {
      origin = new URL(reqUrl).origin
    } catch {
      origin = ''
    }
    if (origin === appOrigin) return route.continue()
    offsiteRequests.push(reqUrl)
    return route.abort()
  })

  const cspLog: string[] = []
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    cspLog.push(text)
    cspViolationsThisTest.push(`${text} (${page.url()})`)
  })
  await page.addInitScript(() => {
    window.__cspViolations = []
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const text = `${e.violatedDirective} ${e.blockedURI}`
        window.__cspViolations?.push(text)
        void (window as unknown as { __reportCspViolation?: (t: string) => Promise<void> }).__reportCspViolation?.(text)
      },
      true,
    )
  })

  await page.goto(url, { waitUntil: 'load' })

  return {
    page,
    consoleErrors,
    failedRequests,
    offsiteRequests,
    dialogs,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
    cspLog,
  }
}

export interface WaitForChartsOptions {
  /** Default 30 s. */
  timeout?: number
  /**
   * Minimum number of chart containers (CHART_SELECTOR) that must exist in
   * total, so the wait does not succeed while panels still show a loading
   * state without charts. Default 1; use 0 on pages without charts.
   */
  minCharts?: number
}

/**
 * Waits until at least one panel matches `selector` and every chart container
 * inside the panels holds a canvas or svg of non-zero size. Returns the number
 * of chart containers found.
 */
export async function waitForCharts(
  page: Page,
  selector = '[data-panel-id]',
  opts: WaitForChartsOptions = {},
): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selector, chartSelector, minCharts }) => {
      const panels = Array.from(document.querySelectorAll(selector))
      if (panels.length === 0) return false
      const charts = panels.flatMap((p) => Array.from(p.querySelectorAll(chartSelector)))
      if (charts.length < minCharts) return false
      const drawn = charts.every((chart) =>
        Array.from(chart.querySelectorAll('canvas, svg')).some((el) => {
          const r = el.getBoundingClientRect()
          return r.width > 0 && r.height > 0
        }),
      )
      // In an array: a page of card panels only has 0 charts, which must still end the wait.
      return drawn ? [charts.length] : false
    },
    { selector, chartSelector: CHART_SELECTOR, minCharts: opts.minCharts ?? 1 },
    { timeout: opts.timeout ?? 30_000, polling: 100 },
  )
  return ((await handle.jsonValue()) as number[])[0]
}

/**
 * True if the chart in panel `[data-panel-id="<panelId>"]` drew something:
 * some canvas pixel differs from the canvas's top-left (background) pixel, or
 * its svg holds more than 3 path/text elements. Looks inside the panel's chart
 * containers when it has any, else anywhere in the panel. Throws if the panel
 * does not exist.
 */
export async function chartHasInk(page: Page, panelId: string): Promise<boolean> {
  return page.evaluate(
    ({ panelId, chartSelector }) => {
      const panel = document.querySelector(`[data-panel-id="${CSS.escape(panelId)}"]`)
      if (!panel) throw new Error(`no panel [data-panel-id="${panelId}"]`)
      const charts = Array.from(panel.querySelectorAll(chartSelector))
      const scopes: Element[] = charts.length > 0 ? charts : [panel]
      const find = <T extends Element>(sel: string) => scopes.flatMap((s) => Array.from(s.querySelectorAll<T>(sel)))

      for (const canvas of find<HTMLCanvasElement>('canvas')) {
        if (canvas.width === 0 || canvas.height === 0) continue
        // Copy into a fresh 2d canvas: works whatever context the chart uses.
        const copy = document.createElement('canvas')
        copy.width = canvas.width
        copy.height = canvas.height
        const ctx = copy.getContext('2d')
        if (!ctx) continue
        ctx.drawImage(canvas, 0, 0)
        const px = ctx.getImageData(0, 0, copy.width, copy.height).data
        for (let i = 4; i < px.length; i += 4) {
          if (px[i] !== px[0] || px[i + 1] !== px[1] || px[i + 2] !== px[2] || px[i + 3] !== px[3]) return true
        }
      }
      return find<SVGElement>('svg').some((svg) => svg.querySelectorAll('path, text').length > 3)
    },
    { panelId, chartSelector: CHART_SELECTOR },
  )
}

/** Saves a viewport (or full-page) PNG to test-output/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<string> {
  const dir = path.join(PROJECT_ROOT, 'test-output', 'screenshots')
  await fs.mkdir(dir, { recursive: true })
  const file = path.join(dir, `${name}.png`)
  await page.screenshot({ path: file, fullPage: opts.fullPage ?? false })
  return file
}

/**
 * Launches one browser for the current test file (beforeAll) and closes it
 * (afterAll). Call the returned getter inside tests to get its context.
 */
export function useBrowser(opts: LaunchOptions = {}): () => BrowserContext {
  let session: BrowserSession | undefined
  beforeAll(async () => {
    session = await launchBrowser(opts)
  })
  afterAll(async () => {
    await session?.close()
  })
  return () => {
    if (!session) throw new Error('useBrowser: browser not launched yet (use the getter inside a test or hook)')
    return session.context
  }
}

/** A workbook file dropped on 数据维护 (the page already open): waits for its preview, none refused. */
export async function importOnMaintenancePage(page: Page, file: string): Promise<void> {
  await page.getByRole('link', { name: '数据维护' }).click()
  await page.getByRole('heading', { name: '数据维护' }).waitFor()
  await page.getByText('正在载入表格组件…').waitFor({ state: 'detached', timeout: 30_000 })
  await page.locator('input[type=file]').first().setInputFiles(file)
  await page.getByRole('status').filter({ hasText: '预览：尚未发布' }).waitFor({ timeout: 60_000 })
  if ((await page.locator('.data-refused').count()) > 0) throw new Error(`${file}: the workbook was refused`)
}
