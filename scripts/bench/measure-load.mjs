// @ts-check
/// <reference lib="dom" />
/**
 * Measurements of bytes and speed: first-load sizes, cold loads of the overview against the yardstick,
 * and the sector filter's reaction time.
 */
import { BUDGET_JS_GZIP, measureFirstLoad } from '../check-size.mjs'
import { inPage, newProbedPage, settleAnimations, waitForChartsDrawn, withTimeout } from './browser.mjs'
import { round, spread } from './stats.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */

/**
 * First-load bytes from the files (check-size.mjs), cross-checked against a real load: the JS the
 * browser fetched before every overview chart was drawn.
 * @param {string} dist @param {string} yardDist @param {BrowserContext} context @param {string} url
 * @param {number} expectCharts
 */
export async function measureSizes(dist, yardDist, context, url, expectCharts) {
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
export async function loadOnce(context, url, expectCharts, throttle) {
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
export async function countCharts(context, url) {
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
export async function measureLoad(context, app, yardstick, runs, throttle) {
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
export async function measureFilter(context, url, charts, runs) {
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
