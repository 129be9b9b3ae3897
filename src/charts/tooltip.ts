/**
 * ECharts' tooltip (and the axis pointer it brings, about 13 KB gzip), registered when someone first points
 * at a chart (loadPart in ./echarts.ts): the overview draws without it.
 */
import { use } from 'echarts/core'
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js'
import { scaleRichTooltipText } from './richTooltipFont'

export function install(): void {
  use([TooltipComponent])
  scaleRichTooltipText()
}
