/**
 * Caps on how wide a piece of data text (a project or sector name) may draw: axis labels, legend items and
 * tooltip lines beyond the cap wrap onto another line (never cut with an ellipsis), so a very long name
 * cannot squeeze the plot away and every word stays readable. Every category label is drawn (interval 0,
 * no overlap hiding): a reader must not guess which bar is which. The caps are in design pixels and scale
 * with the screen. A panel's own width or overflow setting wins. A name longer than the data's limit
 * (NAME_LIMIT, a warning in check:data) is cut with … where the label is the name itself; the tooltip and
 * the 数据 table show it whole. Pure.
 */
import type { ChartOption } from './echarts'
import { cutText, NAME_LIMIT } from '../format/text'
import { wrapLabel } from './textWidth'

/**
 * Widest axis label or legend item at the 1920x1080 design size: nine characters, so a long project name
 * takes two lines rather than the plot's room on a narrow panel (a portrait totem at the legibility rule).
 */
const DATA_TEXT_MAX_PX = 140
/** Widest tooltip line at the design size. */
const TOOLTIP_LINE_MAX_PX = 640

type Loose = Record<string, unknown>

function each<T>(value: T | T[] | undefined, change: (item: T) => T): T | T[] | undefined {
  if (value === undefined) return undefined
  return Array.isArray(value) ? value.map(change) : change(value)
}

function capped(style: unknown, width: number): Loose {
  return { width, overflow: 'break', ...(style as Loose | undefined) }
}

/** The name as a label: cut with … past NAME_LIMIT characters. */
const shownName = (name: unknown) => cutText(String(name), NAME_LIMIT)

/**
 * Every category label drawn, wrapped by words within the cap (（推算） whole on its own line, no line
 * starting with a closing bracket); ECharts' own break stays as the last resort.
 */
function everyLabel(style: unknown, width: number, fontSize: number): Loose {
  const given = style as Loose | undefined
  const size = typeof given?.fontSize === 'number' ? given.fontSize : fontSize
  // The panel's own width wins over the cap, for the wrapping as for ECharts.
  const lineWidth = typeof given?.width === 'number' ? given.width : width
  const wrap = given?.formatter === undefined ? { formatter: (value: string) => wrapLabel(shownName(value), lineWidth / size) } : {}
  return { ...capped(style, width), interval: 0, hideOverlap: false, ...wrap }
}

export function withDataTextCaps(option: ChartOption, scale: number): ChartOption {
  const width = Math.round(DATA_TEXT_MAX_PX * scale)
  const tooltipWidth = Math.round(TOOLTIP_LINE_MAX_PX * scale)
  const out: Loose = { ...option }
  // Value ticks may thin out (their scale stays readable); they must never overlap.
  const textSize = (option.textStyle as Loose | undefined)?.fontSize
  const fontSize = typeof textSize === 'number' ? textSize : Math.round(12 * scale)
  const capAxis = (axis: Loose): Loose =>
    axis.type === 'category' ? { ...axis, axisLabel: everyLabel(axis.axisLabel, width, fontSize) } : { ...axis, axisLabel: { hideOverlap: true, ...(axis.axisLabel as Loose | undefined) } }
  if (option.legend !== undefined) out.legend = each(option.legend as Loose | Loose[], (legend) => ({ formatter: shownName, ...legend, textStyle: capped(legend.textStyle, width) }))
  if (option.xAxis !== undefined) out.xAxis = each(option.xAxis as Loose | Loose[], capAxis)
  if (option.yAxis !== undefined) out.yAxis = each(option.yAxis as Loose | Loose[], capAxis)
  // ECharts keeps at least a quarter of the plot when labels need room, and draws labels off the chart
  // beyond that: on a narrow panel at a large text size the labels must win (a shorter bar is still read).
  if (option.grid !== undefined)
    out.grid = each(option.grid as Loose | Loose[], (grid) => (grid.outerBoundsMode === 'same' ? { outerBoundsClampWidth: '8%', ...grid } : grid))
  if (option.tooltip !== undefined)
    out.tooltip = each(option.tooltip as Loose | Loose[], (tooltip) => ({ ...tooltip, textStyle: capped(tooltip.textStyle, tooltipWidth) }))
  return out as ChartOption
}
