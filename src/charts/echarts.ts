/**
 * The one place ECharts modules are registered: only the charts and components the panels use, so the
 * first load stays small. What the overview's first view does not draw loads when a chart first needs it
 * (loadPart): the tooltip at the first pointer over a chart, the legend and graphic for a chart that has
 * one; the SVG renderer with the exports.
 * Every module here costs first-load bytes (scripts/check-size.mjs): no pie chart while no panel draws one
 * (about 7 KB gzip), and the plain legend only (a `legend.type: 'scroll'` needs LegendScrollComponent).
 * Each module by its own path, not the 'echarts/charts' or 'echarts/components' barrels: a barrel names
 * every module, and the first-load chunk (vite.config.ts) takes in whatever the entry names, lazy or not.
 */
import { use, init, type ComposeOption } from 'echarts/core'
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts'
import type {
  AriaComponentOption,
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components'
import { install as BarChart } from 'echarts/lib/chart/bar/install.js'
// The grid without the axis pointer, which comes with the tooltip.
import { install as GridComponent } from 'echarts/lib/component/grid/installSimple.js'
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js'
import { registerThemes } from './themes'

use([BarChart, GridComponent, CanvasRenderer])
registerThemes()

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | AriaComponentOption
  | GraphicComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

/** ECharts modules registered on first use: the tooltip (with its axis pointer), the legend and graphic. */
export type LazyPart = 'tooltip' | 'extras'

const PART_MODULES: Record<LazyPart, () => Promise<{ install(): void } | undefined>> = {
  tooltip: () => import('./tooltip'),
  extras: () => import('./extras'),
}
const installed = new Set<LazyPart>()
const loading = new Map<LazyPart, Promise<void>>()

/** Registers `part` once; a failed load is tried again at the next call. */
export function loadPart(part: LazyPart): Promise<void> {
  let load = loading.get(part)
  if (!load) {
    load = PART_MODULES[part]().then(
      (module) => {
        // undefined while a failed chunk load reloads the page (src/platform/chunkReload.ts).
        if (!module) return
        module.install()
        installed.add(part)
      },
      (error: unknown) => {
        loading.delete(part)
        throw error
      },
    )
    loading.set(part, load)
  }
  return load
}

/**
 * The parts registered now. ECharts fixes an instance's processors when it is created: an instance
 * created before a part was registered cannot use it and must be created anew.
 */
export function installedParts(): ReadonlySet<LazyPart> {
  return new Set(installed)
}

/** The lazy parts `option` draws with. */
export function partsOf(option: ChartOption): LazyPart[] {
  const parts: LazyPart[] = []
  if (option.tooltip) parts.push('tooltip')
  // A line (the trend), a marked line (a target growth) and a time axis to thin come with the extras: the
  // overview's bars draw without them.
  const lines = [option.series ?? []].flat().some((series) => (series as { type?: string }).type === 'line' || (series as { markLine?: unknown }).markLine !== undefined)
  const timeAxes = [option.xAxis ?? []].flat().some((axis) => (axis as { timeLabels?: unknown }).timeLabels !== undefined)
  if (option.legend || option.graphic || lines || timeAxes) parts.push('extras')
  return parts
}

export { init }
export type { ECharts } from 'echarts/core'
