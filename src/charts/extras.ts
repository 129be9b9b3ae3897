/**
 * ECharts' legend and graphic (notes under a plot, the exported card grid), the line chart (趋势), the
 * marked line (增速对比's target growth) and
 * the thinning of time axes to the width drawn (./timeAxis.ts), registered before the first chart that has one is drawn (loadPart in ./echarts.ts), and by the exports:
 * the overview's charts have none of them.
 */
import { use } from 'echarts/core'
import { install as GraphicComponent } from 'echarts/lib/component/graphic/install.js'
import { install as LegendPlainComponent } from 'echarts/lib/component/legend/installLegendPlain.js'
import { install as LineChart } from 'echarts/lib/chart/line/install.js'
import { install as MarkLineComponent } from 'echarts/lib/component/marker/installMarkLine.js'
import { registerWidthFit } from './widthFit'
import { fitTimeAxes } from './timeAxis'

export function install(): void {
  use([GraphicComponent, LegendPlainComponent, LineChart, MarkLineComponent])
  registerWidthFit(fitTimeAxes)
}
