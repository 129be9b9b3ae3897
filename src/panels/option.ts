/**
 * The ECharts option pieces every panel builder shares: the base option (aria, plain-text tooltips,
 * scaled text), tooltips, notes and legends, sized for the room. Pure.
 */
import type { ChartOption } from '../charts/echarts'
import { FONT_FAMILY, THEME_COLOURS, type ThemeColours } from '../charts/themes'
import { DESIGN_MIN_FONT_PX } from '../charts/designScreen'
import type { PanelContext } from './types'
import { textEm } from '../format/text'

/** Smallest text on screen at the 1920x1080 design size; the text scale takes it to the room's rule. */
const MIN_FONT_PX = DESIGN_MIN_FONT_PX

export function fontPx(ctx: PanelContext, designPx: number): number {
  return Math.round(Math.max(MIN_FONT_PX, designPx) * ctx.scale)
}

export function colours(ctx: PanelContext): ThemeColours {
  return THEME_COLOURS[ctx.theme]
}

/** The option every panel starts from: accessible, plain-text tooltips (no HTML), scaled text. */
export function baseOption(ctx: PanelContext, title: string): ChartOption {
  const c = colours(ctx)
  return {
    aria: { enabled: true, label: { description: title } },
    textStyle: { fontFamily: FONT_FAMILY, fontSize: fontPx(ctx, 16), color: c.text },
    // richText tooltips are drawn text, not HTML: data can never become markup, and no inline styles
    // are needed under the Content-Security-Policy.
    tooltip: {
      renderMode: 'richText',
      confine: true,
      textStyle: { fontSize: fontPx(ctx, 16), color: c.text },
      backgroundColor: c.panel,
      borderColor: c.axis,
    },
    animationDuration: 600,
  }
}

/** Tooltip text of a data item: `lines[dataIndex]` joined by line breaks (plain text, richText mode). */
export function itemTooltip(ctx: PanelContext, title: string, lines: (index: number, seriesIndex: number) => string[]): ChartOption['tooltip'] {
  return {
    ...(baseOption(ctx, title).tooltip as object),
    trigger: 'item',
    formatter: (params: unknown) => {
      const p = params as { dataIndex: number; seriesIndex?: number }
      return lines(p.dataIndex, p.seriesIndex ?? 0).join('\n')
    },
  }
}

const NOTE_CHARS = 22

/** Characters a line of a note holds: NOTE_CHARS (any panel is that wide), or the chart's measured width. */
function noteChars(ctx: PanelContext): number {
  return ctx.room ? Math.max(NOTE_CHARS, Math.floor((ctx.room.width * 0.95) / fontPx(ctx, 15))) : NOTE_CHARS
}

/** Room under the plot for a note of noteGraphic: its lines (it wraps at noteChars) and the tick labels' gap. */
export function noteRoom(ctx: PanelContext, text: string): number {
  const lines = Math.max(1, Math.ceil(textEm(text) / noteChars(ctx)))
  return fontPx(ctx, 36) + (lines - 1) * Math.ceil(fontPx(ctx, 15) * 1.35)
}

/** A note drawn under the plot, e.g. how a total was computed; kept inside the chart so exports carry it. */
export function noteGraphic(ctx: PanelContext, text: string): ChartOption['graphic'] {
  return {
    elements: [
      {
        type: 'text',
        left: 'center',
        bottom: fontPx(ctx, 2),
        // At most NOTE_CHARS characters a line (any panel is that wide): a long note wraps, never runs off the chart.
        style: { text, fill: colours(ctx).subtext, fontSize: fontPx(ctx, 15), fontFamily: FONT_FAMILY, width: fontPx(ctx, 15) * noteChars(ctx), overflow: 'break', align: 'center' },
      },
    ],
  } as unknown as ChartOption['graphic']
}

/** A legend of series names at the top of the plot, sized for the room. */
export function topLegend(ctx: PanelContext, names: string[], align: 'center' | 'right' = 'center'): ChartOption['legend'] {
  return {
    top: 0,
    ...(align === 'center' ? { left: 'center' } : { right: fontPx(ctx, 8) }),
    itemWidth: fontPx(ctx, 22),
    itemHeight: fontPx(ctx, 14),
    textStyle: { fontSize: fontPx(ctx, 15), color: colours(ctx).text },
    data: names,
  }
}
