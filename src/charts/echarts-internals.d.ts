// The one ECharts internal the app touches (src/charts/richTooltipFont.ts); ECharts ships no types at this path.
declare module 'echarts/lib/component/tooltip/TooltipRichContent.js' {
  export default class TooltipRichContent {
    el?: { style: Record<string, unknown> }
    setContent(content: unknown, markupStyleCreator: unknown, tooltipModel: { get(path: string[]): unknown }, borderColor: unknown, arrowPosition: unknown): void
  }
}
