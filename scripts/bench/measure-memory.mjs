// @ts-check
/// <reference lib="dom" />
/**
 * Measurement of memory over screen-mode rotations: whether the heap stays flat.
 */
import { newProbedPage, settleAnimations, waitForChartsDrawn } from './browser.mjs'
import { round } from './stats.mjs'

/** @typedef {import('playwright-core').BrowserContext} BrowserContext */
/** @typedef {import('playwright-core').Page} Page */
/** @typedef {import('playwright-core').CDPSession} CDPSession */

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
 * Screen mode (?kiosk&fit=contain&rotate=0: plain scaling, one slide per page, no timed rotation) stepped with PageDown `rotations` times, waiting each
 * time for the next page and all its charts; memory before and after, on the same page.
 * @param {BrowserContext} context @param {string} url @param {number} rotations
 */
export async function measureRotationMemory(context, url, rotations) {
  const { page, cdp } = await newProbedPage(context)
  try {
    await page.goto(`${url}?kiosk&fit=contain&rotate=0`, { waitUntil: 'load' })
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
