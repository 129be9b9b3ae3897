/// <reference lib="dom" />
/**
 * The shape of the charts on screen, read from the live ECharts instances through CDP (not guessed from
 * the option): each chart's plot rectangles as its own layout placed them (grid coordinate systems), the
 * height of its panel, and the boxes of every text it drew and of every bar, so a test can say whether a
 * plot keeps half its panel, how many value ticks are drawn and whether two labels (or a label and a bar)
 * overlap.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { Probe } from './screen'

interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface ChartShape {
  panel: string
  /** The chart's own size, px. */
  width: number
  height: number
  /** The panel's (its section's) height, px. */
  panelHeight: number
  /** The plots (grid rectangles) of the chart's layout. */
  plots: Box[]
  /** Texts drawn on value axes' ticks, per value axis. */
  valueTicks: string[][]
  /** Pairs of drawn texts whose boxes overlap: "a | b". */
  overlaps: string[]
  /** Drawn texts over a bar they are not inside of: "text | bar". */
  overBars: string[]
}

/** Boxes overlap by more than `slack` px both ways. */
function overlap(a: Box, b: Box, slack = 1): boolean {
  return a.x + slack < b.x + b.width && b.x + slack < a.x + a.width && a.y + slack < b.y + b.height && b.y + slack < a.y + a.height
}

export class ChartShapes {
  private proto: string | undefined

  private constructor(
    private readonly cdp: CDPSession,
    private readonly page: Page,
  ) {}

  static async attach(context: BrowserContext, page: Page): Promise<ChartShapes> {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Runtime.enable')
    return new ChartShapes(cdp, page)
  }

  /** The charts on screen now (none on a slide of cards). */
  async measure(): Promise<ChartShape[]> {
    if (!this.proto) {
      if ((await this.page.locator('[_echarts_instance_]').count()) === 0) return []
      this.proto = await Probe.findEChartsPrototype(this.cdp, 'shape-probe')
    }
    const { objects } = await this.cdp.send('Runtime.queryObjects', { prototypeObjectId: this.proto, objectGroup: 'shape-texts' })
    const result = await this.cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId!,
      returnByValue: true,
      functionDeclaration: `function () {
        const overlap = ${overlap.toString()}
        const visible = (el) => {
          for (let e = el; e; e = e.parent) if (e.invisible || e.ignore || (e.style && e.style.opacity === 0)) return false
          return true
        }
        const boxOf = (el) => {
          const r = el.getBoundingRect().clone()
          r.applyTransform(el.getComputedTransform())
          return { x: r.x, y: r.y, width: r.width, height: r.height }
        }
        return this.filter((chart) => !chart.isDisposed() && chart.getDom().isConnected && chart.getDom().closest('[data-panel-id]') && chart.getDom().offsetHeight > 0).map((chart) => {
          const section = chart.getDom().closest('[data-panel-id]')
          const model = chart.getModel()
          const plots = []
          model.eachComponent('grid', (grid) => {
            const rect = grid.coordinateSystem && grid.coordinateSystem.getRect()
            if (rect) plots.push({ x: rect.x, y: rect.y, width: rect.width, height: rect.height })
          })
          const list = chart.getZr().storage.getDisplayList(true).filter(visible)
          const texts = list.filter((el) => el.style && typeof el.style.text === 'string' && el.style.text.trim() !== '').map((el) => ({ text: el.style.text, box: boxOf(el) }))
          const bars = []
          model.eachSeriesByType('bar', (series) => {
            const data = series.getData()
            data.each((index) => {
              const el = data.getItemGraphicEl(index)
              if (el && visible(el) && el.shape && Math.abs(el.shape.width) > 0 && Math.abs(el.shape.height) > 0) bars.push(boxOf(el))
            })
          })
          // Value axes: the tick texts drawn along each.
          const valueTicks = []
          model.eachComponent('xAxis', (axis) => axis.get('type') === 'value' && valueTicks.push(axis))
          model.eachComponent('yAxis', (axis) => axis.get('type') === 'value' && valueTicks.push(axis))
          const tickTexts = valueTicks.map((axisModel) => {
            const axis = axisModel.axis
            const labels = axis.getViewLabels().map((l) => l.formattedLabel)
            return labels.filter((label) => texts.some((t) => t.text === label))
          })
          const overlaps = []
          for (let i = 0; i < texts.length; i++)
            for (let j = i + 1; j < texts.length; j++)
              if (overlap(texts[i].box, texts[j].box)) overlaps.push(texts[i].text + ' | ' + texts[j].text)
          const inside = (a, b) => a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1
          const overBars = []
          for (const t of texts) for (const b of bars) if (overlap(t.box, b, 1) && !inside(t.box, b)) overBars.push(t.text + ' | bar ' + Math.round(b.x) + ',' + Math.round(b.y) + ' ' + Math.round(b.width) + 'x' + Math.round(b.height))
          return { panel: section.dataset.panelId, width: chart.getWidth(), height: chart.getHeight(), panelHeight: section.getBoundingClientRect().height, plots, valueTicks: tickTexts, overlaps, overBars }
        })
      }`,
    })
    await this.cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'shape-texts' })
    return result.result.value as ChartShape[]
  }
}
