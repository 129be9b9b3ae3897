/**
 * ECharts' legend and graphic (notes under a plot, the exported card grid), registered before the first
 * chart that has one is drawn (loadPart in ./echarts.ts), and by the exports: the overview's charts have
 * neither.
 */
import { use } from 'echarts/core'
import { install as GraphicComponent } from 'echarts/lib/component/graphic/install.js'
import { install as LegendPlainComponent } from 'echarts/lib/component/legend/installLegendPlain.js'

export function install(): void {
  use([GraphicComponent, LegendPlainComponent])
}
