/// <reference lib="dom" />
// (The functions passed to page.evaluate run in the browser and use DOM types.)
/**
 * Measurements the screen-mode browser tests share: which page is on screen, the layout (scrollbars,
 * panels inside the window and apart, canvases at their real pixel size), where a bar is drawn and
 * where its tooltip appears, and CDP counters for the long-run test.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { expect } from 'vitest'
import { PAGES, findPanel } from '../../src/layouts/pages'

declare global {
  interface Window {
    /** A canvas's pixels (RGBA), whatever context the chart draws with. */
    __screenPixels?: (canvas: HTMLCanvasElement) => Uint8ClampedArray
    /** The pixels kept by snapshotCanvas. */
    __canvasBefore?: Uint8ClampedArray
  }
}

/** Defines window.__screenPixels in the page, once. */
function installPixelReader(page: Page): Promise<void> {
  return page.evaluate(() => {
    window.__screenPixels ??= (canvas) => {
      const copy = document.createElement('canvas')
      copy.width = canvas.width
      copy.height = canvas.height
      const ctx = copy.getContext('2d')!
      ctx.drawImage(canvas, 0, 0)
      return ctx.getImageData(0, 0, copy.width, copy.height).data
    }
  })
}

/** Panel ids a page shows, in its order (DashboardPage skips ids the registry lacks). */
export function panelIds(pageIndex: number): string[] {
  return (PAGES[pageIndex]?.panels ?? []).map((p) => p.panel).filter((id) => findPanel(id) !== undefined)
}

/** Which slide is on screen: "page/slide". */
export function slidePosition(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector<HTMLElement>('[data-page-id]')
    return `${main?.dataset.pageId}/${main?.dataset.slide}`
  })
}

/** `<base>?<query>#<path>`: parameters typed before the hash, as people do. */
export function screenUrl(base: string, query: string, pageIndex = 0): string {
  const id = PAGES[pageIndex]?.id ?? 'overview'
  return `${base}?${query}#${id === 'overview' ? '/' : `/page/${id}`}`
}

export function currentPageId(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.querySelector<HTMLElement>('[data-page-id]')?.dataset.pageId)
}

export async function waitForPage(page: Page, pageIndex: number, timeout = 10_000): Promise<void> {
  const id = PAGES[pageIndex]?.id
  await page.waitForFunction((want) => document.querySelector<HTMLElement>('[data-page-id]')?.dataset.pageId === want, id, {
    timeout,
    polling: 50,
  })
}

export interface ScreenLayout {
  viewport: { width: number; height: number }
  scroll: { x: number; y: number }
  panels: { id: string; left: number; top: number; right: number; bottom: number; overflowX: number; overflowY: number }[]
  /** Header content wider than the header (clipped). */
  headerOverflow: number
  /** Canvases whose backing store is not their on-screen size times devicePixelRatio: "WxH vs wxh*dpr". */
  blurryCanvases: string[]
  canvases: number
}

export function measureScreen(page: Page): Promise<ScreenLayout> {
  return page.evaluate(() => {
    const root = document.documentElement
    const dpr = window.devicePixelRatio
    const canvases = Array.from(document.querySelectorAll<HTMLCanvasElement>('[data-panel-id] canvas')).filter((c) => {
      const r = c.getBoundingClientRect()
      return r.width > 0 && r.height > 0
    })
    const header = document.querySelector<HTMLElement>('.screen-header')
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      scroll: { x: root.scrollWidth - root.clientWidth, y: root.scrollHeight - root.clientHeight },
      panels: Array.from(document.querySelectorAll<HTMLElement>('[data-panel-id]')).map((el) => {
        const r = el.getBoundingClientRect()
        return {
          id: el.dataset.panelId ?? '',
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
          overflowX: el.scrollWidth - el.clientWidth,
          overflowY: el.scrollHeight - el.clientHeight,
        }
      }),
      headerOverflow: header ? header.scrollWidth - header.clientWidth : -1,
      blurryCanvases: canvases
        .filter((c) => {
          const r = c.getBoundingClientRect()
          return Math.abs(c.width - r.width * dpr) > 1 || Math.abs(c.height - r.height * dpr) > 1
        })
        .map((c) => {
          const r = c.getBoundingClientRect()
          return `${c.width}x${c.height} vs ${r.width}x${r.height}*${dpr}`
        }),
      canvases: canvases.length,
    }
  })
}

/** Waits until every chart canvas has its real pixel size (charts resize 100 ms after a layout change). */
export async function waitForCrispCanvases(page: Page, timeout = 5_000): Promise<void> {
  await page
    .waitForFunction(
      () =>
        Array.from(document.querySelectorAll<HTMLCanvasElement>('[data-panel-id] canvas')).every((c) => {
          const r = c.getBoundingClientRect()
          const dpr = window.devicePixelRatio
          return r.width === 0 || (Math.abs(c.width - r.width * dpr) <= 1 && Math.abs(c.height - r.height * dpr) <= 1)
        }),
      undefined,
      { timeout, polling: 100 },
    )
    .catch(() => {}) // the assertion on measureScreen says what is wrong
}

/** Waits until the charts stop changing (their entry animation has ended), so pixels can be compared. */
export async function waitForStillCharts(page: Page, timeout = 5_000): Promise<void> {
  await installPixelReader(page)
  const fingerprint = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLCanvasElement>('[data-panel-id] canvas'))
        .map((canvas) => {
          if (canvas.width === 0 || canvas.height === 0) return 0
          const px = window.__screenPixels!(canvas)
          let sum = 0
          for (let i = 0; i < px.length; i += 28) sum = (sum * 31 + px[i] + px[i + 1] * 3 + px[i + 2] * 7) % 1_000_000_007
          return sum
        })
        .join(','),
    )
  const end = Date.now() + timeout
  let last = await fingerprint()
  while (Date.now() < end) {
    await page.waitForTimeout(200)
    const next = await fingerprint()
    if (next === last) return
    last = next
  }
}

/** No scrollbar, header not clipped, every panel inside the window, apart from the others, not clipped, crisp. */
export function expectFitted(layout: ScreenLayout, label: string): void {
  const { viewport } = layout
  expect(layout.scroll, `${label}: scrollbars`).toEqual({ x: 0, y: 0 })
  expect(layout.headerOverflow, `${label}: header clipped`).toBeLessThanOrEqual(0)
  expect(layout.panels.length, `${label}: panels`).toBeGreaterThan(0)
  for (const p of layout.panels) {
    expect(p.left >= -0.5 && p.top >= -0.5 && p.right <= viewport.width + 0.5 && p.bottom <= viewport.height + 0.5, `${label}: ${p.id} outside the window ${JSON.stringify(p)}`).toBe(true)
    expect(p.overflowX <= 1 && p.overflowY <= 1, `${label}: ${p.id} content clipped ${JSON.stringify(p)}`).toBe(true)
  }
  for (const [i, a] of layout.panels.entries()) {
    for (const b of layout.panels.slice(i + 1)) {
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
      expect(w <= 0.5 || h <= 0.5, `${label}: ${a.id} overlaps ${b.id}`).toBe(true)
    }
  }
  expect(layout.blurryCanvases, `${label}: canvases not at real pixel size`).toEqual([])
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Page coordinates (CSS px) of the pixels of colour `hex` in the panel's chart canvas. */
export async function findColour(page: Page, panelId: string, hex: string): Promise<Box | null> {
  await installPixelReader(page)
  return page.evaluate(
    ({ panelId, hex }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-panel-id="${panelId}"] canvas`)
      if (!canvas) return null
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
      const px = window.__screenPixels!(canvas)
      let box: Box | null = null
      for (let y = 0; y < canvas.height; y++) {
        for (let x = 0; x < canvas.width; x++) {
          const i = (y * canvas.width + x) * 4
          if (Math.abs(px[i] - r) > 2 || Math.abs(px[i + 1] - g) > 2 || Math.abs(px[i + 2] - b) > 2 || px[i + 3] < 250) continue
          box = box ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + 1), bottom: Math.max(box.bottom, y + 1) } : { left: x, top: y, right: x + 1, bottom: y + 1 }
        }
      }
      if (!box) return null
      const rect = canvas.getBoundingClientRect()
      const sx = rect.width / canvas.width
      const sy = rect.height / canvas.height
      return { left: rect.left + box.left * sx, top: rect.top + box.top * sy, right: rect.left + box.right * sx, bottom: rect.top + box.bottom * sy }
    },
    { panelId, hex },
  )
}

/** Keeps the panel's canvas pixels (in the page) for a later diff. */
export async function snapshotCanvas(page: Page, panelId: string): Promise<void> {
  await installPixelReader(page)
  await page.evaluate((panelId) => {
    window.__canvasBefore = window.__screenPixels!(document.querySelector<HTMLCanvasElement>(`[data-panel-id="${panelId}"] canvas`)!)
  }, panelId)
}

/**
 * Page coordinates of the tooltip drawn since the snapshot: changed pixels outside the hovered bar, or
 * inside it but dark (the tooltip's panel-coloured box over the bar; the bar itself only brightens).
 */
export async function tooltipBox(page: Page, panelId: string, bar: Box): Promise<Box | null> {
  await installPixelReader(page)
  return page.evaluate(
    ({ panelId, bar }) => {
      const before = window.__canvasBefore!
      const canvas = document.querySelector<HTMLCanvasElement>(`[data-panel-id="${panelId}"] canvas`)!
      const now = window.__screenPixels!(canvas)
      const rect = canvas.getBoundingClientRect()
      const scale = canvas.width / rect.width
      // The bar and its anti-aliased edge.
      const b = {
        left: (bar.left - rect.left) * scale - 2,
        right: (bar.right - rect.left) * scale + 2,
        top: (bar.top - rect.top) * scale - 2,
        bottom: (bar.bottom - rect.top) * scale + 2,
      }
      let box: { left: number; top: number; right: number; bottom: number } | null = null
      let count = 0
      for (let y = 0; y < canvas.height; y++) {
        for (let x = 0; x < canvas.width; x++) {
          const i = (y * canvas.width + x) * 4
          if (now[i] === before[i] && now[i + 1] === before[i + 1] && now[i + 2] === before[i + 2] && now[i + 3] === before[i + 3]) continue
          const onBar = x >= b.left && x <= b.right && y >= b.top && y <= b.bottom
          if (onBar && now[i + 2] > 150) continue
          count++
          box = box ? { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x + 1), bottom: Math.max(box.bottom, y + 1) } : { left: x, top: y, right: x + 1, bottom: y + 1 }
        }
      }
      if (!box || count < 50) return null
      return { left: rect.left + box.left / scale, top: rect.top + box.top / scale, right: rect.left + box.right / scale, bottom: rect.top + box.bottom / scale }
    },
    { panelId, bar },
  )
}

/** Distance in CSS px from a point to a box (0 inside). */
export function distanceTo(box: Box, x: number, y: number): number {
  const dx = Math.max(box.left - x, 0, x - box.right)
  const dy = Math.max(box.top - y, 0, y - box.bottom)
  return Math.hypot(dx, dy)
}

export interface Counts {
  nodes: number
  jsEventListeners: number
  documents: number
  /** Chart containers in the DOM (elements with _echarts_instance_). */
  chartsInDom: number
  /** Live ECharts instances in the JS heap (Runtime.queryObjects on the ECharts prototype). */
  chartsInHeap: number
  /** Live canvas elements in the heap, attached or not. */
  canvasesInHeap: number
  /** Live ResizeObservers (one per chart). */
  observersInHeap: number
  heapUsedBytes: number
  /** From a heap snapshot: what scripts allocate (objects, closures, arrays, strings), without compiled code. */
  scriptObjectBytes: number
  /** From the same snapshot: compiled code, which grows as hot functions are optimised. */
  codeBytes: number
}

/** Heap-snapshot node types that are script data rather than code or the browser's own buffers. */
const SCRIPT_TYPES = new Set(['object', 'closure', 'array', 'string', 'concatenated string', 'sliced string', 'number', 'regexp', 'symbol', 'bigint'])

/** CDP access to the counters of the long-run test. */
export class Probe {
  private constructor(
    private readonly cdp: CDPSession,
    private readonly page: Page,
    private readonly echartsProto: string,
    private readonly canvasProto: string,
    private readonly observerProto: string,
  ) {}

  static async attach(context: BrowserContext, page: Page): Promise<Probe> {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Runtime.enable')
    const group = 'screen-probe'
    const prototype = async (name: string) => (await cdp.send('Runtime.evaluate', { expression: `${name}.prototype`, objectGroup: group })).result.objectId!
    const echarts = await Probe.findEChartsPrototype(cdp, group)
    return new Probe(cdp, page, echarts, await prototype('HTMLCanvasElement'), await prototype('ResizeObserver'))
  }

  /**
   * ECharts keeps its instances out of reach of the page; zrender's DOM listeners on a chart lead to
   * them: listener closure -> zrender DOM proxy -> its Handler -> the ECharts instance that listens there.
   */
  static async findEChartsPrototype(cdp: CDPSession, group: string): Promise<string> {
    // The walk holds the chart, its listeners and closures: in a group of its own, released after, or the
    // probe itself would keep that chart alive and count it.
    const search = 'screen-probe-search'
    try {
      return await Probe.walkToPrototype(cdp, search, group)
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: search })
    }
  }

  private static async walkToPrototype(cdp: CDPSession, search: string, group: string): Promise<string> {
    const root = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("[_echarts_instance_] > div")', objectGroup: search })
    if (!root.result.objectId) throw new Error('no chart on the page')
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: root.result.objectId })
    for (const listener of listeners) {
      if (!listener.handler?.objectId) continue
      const fn = await cdp.send('Runtime.getProperties', { objectId: listener.handler.objectId })
      const scopes = fn.internalProperties?.find((p) => p.name === '[[Scopes]]')?.value?.objectId
      if (!scopes) continue
      const list = await cdp.send('Runtime.getProperties', { objectId: scopes, ownProperties: true })
      for (const scope of list.result) {
        if (!scope.value?.objectId || !scope.value.description?.startsWith('Closure')) continue
        const vars = await cdp.send('Runtime.getProperties', { objectId: scope.value.objectId, ownProperties: true })
        for (const v of vars.result) {
          if (v.value?.type !== 'object' || !v.value.objectId) continue
          const found = await cdp.send('Runtime.callFunctionOn', {
            objectId: v.value.objectId,
            objectGroup: group,
            functionDeclaration: `function () {
              const contexts = (o) => Object.values((o && o._$handlers) || {}).flat().map((e) => e && e.ctx).filter(Boolean)
              for (const handler of contexts(this))
                for (const ctx of contexts(handler))
                  if (typeof ctx.getZr === 'function' && typeof ctx.getOption === 'function') return Object.getPrototypeOf(ctx)
              return null
            }`,
          })
          if (found.result.objectId) return found.result.objectId
        }
      }
    }
    throw new Error('ECharts prototype not found through the chart listeners')
  }

  private async countObjects(prototypeObjectId: string): Promise<number> {
    const { objects } = await this.cdp.send('Runtime.queryObjects', { prototypeObjectId, objectGroup: 'screen-probe-count' })
    const n = await this.cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId!, functionDeclaration: 'function () { return this.length }', returnByValue: true })
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'screen-probe-count' })
    return n.result.value as number
  }

  async counts(): Promise<Counts> {
    // Several times: objects freed by one collection release more (detached DOM, closures), and V8 drops
    // the compiled code of functions that have not run for a few collections, which is not a leak.
    for (let i = 0; i < 6; i++) await this.cdp.send('HeapProfiler.collectGarbage')
    const dom = await this.cdp.send('Memory.getDOMCounters')
    const heap = await this.cdp.send('Runtime.getHeapUsage')
    return {
      nodes: dom.nodes,
      jsEventListeners: dom.jsEventListeners,
      documents: dom.documents,
      chartsInDom: await this.page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length),
      chartsInHeap: await this.countObjects(this.echartsProto),
      canvasesInHeap: await this.countObjects(this.canvasProto),
      observersInHeap: await this.countObjects(this.observerProto),
      heapUsedBytes: heap.usedSize,
      ...(await this.snapshotSizes()),
    }
  }

  private async snapshotSizes(): Promise<{ scriptObjectBytes: number; codeBytes: number }> {
    const chunks: string[] = []
    const onChunk = (event: { chunk: string }) => chunks.push(event.chunk)
    this.cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
    try {
      await this.cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
    } finally {
      this.cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
    }
    const snapshot = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] }
    const fields = snapshot.snapshot.meta.node_fields
    const typeNames = snapshot.snapshot.meta.node_types[0]
    const typeAt = fields.indexOf('type')
    const sizeAt = fields.indexOf('self_size')
    let scriptObjectBytes = 0
    let codeBytes = 0
    for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
      const type = typeNames[snapshot.nodes[i + typeAt]]
      if (SCRIPT_TYPES.has(type)) scriptObjectBytes += snapshot.nodes[i + sizeAt]
      else if (type === 'code') codeBytes += snapshot.nodes[i + sizeAt]
    }
    return { scriptObjectBytes, codeBytes }
  }
}
