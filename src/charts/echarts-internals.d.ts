// The ECharts internals the app imports by path (richTooltipFont.ts, echarts.ts); ECharts ships no types at these paths.
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
