/**
 * The one place ECharts modules are registered: only the charts and components the panels use, so the
 * first load stays small. The SVG renderer is registered on demand by the export code.
 * Every module here costs first-load bytes (scripts/check-size.mjs): no pie chart while no panel draws one
 * (about 7 KB gzip), and the plain legend only (a `legend.type: 'scroll'` needs LegendScrollComponent).
 */
import { use, init, type ComposeOption } from 'echarts/core'
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import {
  AriaComponent,
  GraphicComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  type AriaComponentOption,
  type GraphicComponentOption,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
// The renderer by its own module, not the 'echarts/renderers' barrel: the barrel also names the SVG renderer,
// which the first-load chunk (vite.config.ts) would then take in, though only the exports use it.
import { install as CanvasRenderer } from 'echarts/lib/renderer/installCanvasRenderer.js'
import { registerThemes } from './themes'
import { scaleRichTooltipText } from './richTooltipFont'

use([BarChart, AriaComponent, GraphicComponent, GridComponent, LegendPlainComponent, TooltipComponent, CanvasRenderer])
registerThemes()
scaleRichTooltipText()

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | AriaComponentOption
  | GraphicComponentOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>

export { init }
export type { ECharts } from 'echarts/core'
