/**
 * ECharts' tooltip (and the axis pointer it brings, about 13 KB gzip), registered when someone first points
 * at a chart (loadPart in ./echarts.ts): the overview draws without it.
 */
import { use } from 'echarts/core'
import { install as TooltipComponent } from 'echarts/lib/component/tooltip/install.js'
import SeriesModel from 'echarts/lib/model/Series.js'
import { defaultSeriesFormatTooltip } from 'echarts/lib/component/tooltip/seriesFormatTooltip.js'
import { scaleRichTooltipText } from './richTooltipFont'

export function install(): void {
  // A series' tooltip text is written by code that comes with the tooltip: the first load's ECharts has a
  // stand-in (vite.config.ts lazySeriesTooltipText) until this puts ECharts' own method back.
  SeriesModel.prototype.formatTooltip = function formatTooltip(this: SeriesModel, dataIndex: number, multipleSeries?: boolean) {
    return defaultSeriesFormatTooltip({ series: this, dataIndex, multipleSeries })
  }
  use([TooltipComponent])
  scaleRichTooltipText()
}
