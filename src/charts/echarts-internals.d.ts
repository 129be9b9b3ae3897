// The ECharts internals the app imports by path (richTooltipFont.ts, echarts.ts, tooltip.ts); ECharts ships no types at these paths.
declare module 'echarts/lib/component/tooltip/TooltipRichContent.js' {
  export default class TooltipRichContent {
    el?: { style: Record<string, unknown> }
    setContent(content: unknown, markupStyleCreator: unknown, tooltipModel: { get(path: string[]): unknown }, borderColor: unknown, arrowPosition: unknown): void
  }
}

declare module 'echarts/lib/renderer/installCanvasRenderer.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}

// Chart and component modules by their own paths (echarts.ts, tooltip.ts), each an install function for use().
declare module 'echarts/lib/chart/bar/install.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/component/aria/install.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/component/graphic/install.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/component/grid/installSimple.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/component/legend/installLegendPlain.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/component/tooltip/install.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/chart/line/install.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}
declare module 'echarts/lib/component/marker/installMarkLine.js' {
  import type { use } from 'echarts/core'
  export const install: Exclude<Parameters<typeof use>[0], readonly unknown[]>
}

// The series tooltip text, put back when the tooltip loads (tooltip.ts; vite.config.ts lazySeriesTooltipText).
declare module 'echarts/lib/model/Series.js' {
  export default class SeriesModel {
    formatTooltip(dataIndex: number, multipleSeries?: boolean, dataType?: string): unknown
  }
}
declare module 'echarts/lib/component/tooltip/seriesFormatTooltip.js' {
  import type SeriesModel from 'echarts/lib/model/Series.js'
  export function defaultSeriesFormatTooltip(opt: { series: SeriesModel; dataIndex: number; multipleSeries?: boolean }): unknown
}
