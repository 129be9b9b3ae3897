/**
 * The boxes of every text a chart drew (axis labels, value labels, legend, notes), read from the live
 * ECharts instance through CDP (zrender's drawn elements, not a guess), and the faults a reader sees:
 * a box past the chart's edge, two boxes overlapping.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { Probe } from './screen'

interface LabelBox {
  text: string
  x: number
  y: number
  width: number
  height: number
}

export interface ChartLabels {
  panel: string
  width: number
  height: number
  boxes: LabelBox[]
}

/** The drawn texts of each chart of the panels on screen, one box per text element (all its lines). */
export async function chartLabels(context: BrowserContext, page: Page): Promise<ChartLabels[]> {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('Runtime.enable')
    const proto = await Probe.findEChartsPrototype(cdp, 'label-boxes')
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto, objectGroup: 'label-boxes' })
    const result = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        return this.filter((chart) => !chart.isDisposed() && chart.getDom().isConnected && chart.getDom().closest('[data-panel-id]')).map((chart) => {
          const texts = new Set()
          for (const el of chart.getZr().storage.getDisplayList(true)) {
            if (!el.style || typeof el.style.text !== 'string' || el.style.text.trim() === '' || el.invisible) continue
            texts.add(el.parent && el.parent.type === 'text' ? el.parent : el)
          }
          const boxes = [...texts].map((text) => {
            const r = text.getBoundingRect().clone()
            const m = text.getComputedTransform()
            if (m) r.applyTransform(m)
            const words = text.style && typeof text.style.text === 'string' ? text.style.text : ''
            return { text: words.replace(/\\n/g, ' '), x: r.x, y: r.y, width: r.width, height: r.height }
          })
          return { panel: chart.getDom().closest('[data-panel-id]').dataset.panelId, width: chart.getWidth(), height: chart.getHeight(), boxes }
        })
      }`,
    })
    return result.result.value as ChartLabels[]
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'label-boxes' }).catch(() => undefined)
    await cdp.detach().catch(() => undefined)
  }
}

/** Texts drawn (partly) past the chart's edges, by more than `slack` px. */
export function outsideChart(chart: ChartLabels, slack = 1): string[] {
  return chart.boxes.filter((b) => b.x < -slack || b.y < -slack || b.x + b.width > chart.width + slack || b.y + b.height > chart.height + slack).map((b) => b.text)
}

/** Pairs of texts whose boxes overlap by more than `slack` px each way. */
export function overlappingLabels(chart: ChartLabels, slack = 0.5): string[] {
  const pairs: string[] = []
  const { boxes } = chart
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]
      const b = boxes[j]
      const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
      const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
      if (x > slack && y > slack) pairs.push(`「${a.text}」×「${b.text}」`)
    }
  return pairs
}
