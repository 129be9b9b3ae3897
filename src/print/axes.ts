/**
 * Value axes that cover their data on paper. A chart printed small (a page of panels on A4) has room for
 * few tick labels; ECharts then hides the ones that collide, the last among them, and a 104.2% bar runs
 * past an axis whose last label reads 80%. Here each value axis gets as many ticks as its labels have room
 * for at the chart's printed size, a round step, and a last tick at or beyond the data's highest value,
 * always labelled. Pure: works on the option, before it is drawn.
 */
import type { ChartOption } from '../charts/echarts'
import { textEm } from '../format/text'

type Axis = Record<string, unknown>
type Series = Record<string, unknown>

/** Share of the chart's side the plot takes at most (the rest: category labels, value labels, margins). */
const PLOT_SHARE = 0.6
/** Space between two tick labels, in em of their size. */
const LABEL_GAP_EM = 1.5

const list = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value])

function numberOf(item: unknown): number | undefined {
  const value = item !== null && typeof item === 'object' && !Array.isArray(item) ? (item as { value?: unknown }).value : item
  const number = Array.isArray(value) ? Number(value[value.length - 1]) : Number(value)
  return value === null || value === undefined || value === '' || !Number.isFinite(number) ? undefined : number
}

/** Lowest and highest value the series on axis `index` of `dimension` reach, stacks summed. */
function extent(series: readonly Series[], dimension: 'x' | 'y', index: number): [number, number] | undefined {
  const stacks = new Map<string, { up: number[]; down: number[] }>()
  let low = 0
  let high = 0
  let any = false
  series.forEach((one, seriesIndex) => {
    if (Number(one[`${dimension}AxisIndex`] ?? 0) !== index || !['bar', 'line', 'scatter'].includes(String(one.type))) return
    const key = typeof one.stack === 'string' ? one.stack : `#${seriesIndex}`
    const sums = stacks.get(key) ?? { up: [], down: [] }
    stacks.set(key, sums)
    list(one.data as unknown[]).forEach((item, at) => {
      const value = numberOf(item)
      if (value === undefined) return
      any = true
      if (value >= 0) sums.up[at] = (sums.up[at] ?? 0) + value
      else sums.down[at] = (sums.down[at] ?? 0) + value
    })
  })
  for (const { up, down } of stacks.values()) {
    for (const value of up) if (value !== undefined) high = Math.max(high, value)
    for (const value of down) if (value !== undefined) low = Math.min(low, value)
  }
  return any ? [low, high] : undefined
}

/** The smallest of 1, 2, 2.5, 5 × 10^k at least `raw`. */
export function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  return (([1, 2, 2.5, 5, 10].find((step) => step * power >= raw * (1 - 1e-9)) ?? 10) * power)
}

function labelText(axis: Axis, value: number): string {
  const formatter = (axis.axisLabel as { formatter?: unknown } | undefined)?.formatter
  if (typeof formatter === 'string') return formatter.replace('{value}', String(value))
  if (typeof formatter === 'function') return String((formatter as (value: number, index: number) => unknown)(value, 0))
  return String(value)
}

/**
 * Ticks for an axis `length` px long over [low, high]: as many steps as labels of `fontPx` fit (2 to 5),
 * a round step, the ends on whole steps.
 */
function axisTicks(low: number, high: number, length: number, labelEm: (value: number) => number, fontPx: number, horizontal: boolean): { min: number; max: number; interval: number } {
  const span = Math.max(high - low, Number.EPSILON)
  for (let steps = 5; steps >= 2; steps -= 1) {
    const interval = niceStep(span / steps)
    const min = Math.floor(low / interval) * interval
    const max = Math.ceil(high / interval) * interval
    const count = Math.round((max - min) / interval)
    const widest = Math.max(labelEm(min), labelEm(max))
    const need = (horizontal ? widest : 1) * fontPx + LABEL_GAP_EM * fontPx
    if (count <= 1 || length / count >= need || steps === 2) return { min, max, interval }
  }
  const interval = niceStep(span / 2)
  return { min: Math.floor(low / interval) * interval, max: Math.ceil(high / interval) * interval, interval }
}

function fitAxis(axis: Axis, series: readonly Series[], dimension: 'x' | 'y', index: number, side: number): Axis {
  if (axis.type !== 'value' || axis.interval !== undefined || axis.max !== undefined || axis.show === false) return axis
  const range = extent(series, dimension, index)
  if (!range) return axis
  const label = (axis.axisLabel ?? {}) as { fontSize?: unknown; show?: unknown }
  if (label.show === false) return axis
  const fontPx = Number(label.fontSize ?? 12)
  const ticks = axisTicks(range[0], range[1], side * PLOT_SHARE, (value) => textEm(labelText(axis, value)), fontPx, dimension === 'x')
  return { ...axis, ...ticks, axisLabel: { ...label, showMaxLabel: true, showMinLabel: true, hideOverlap: false } }
}

/** `option` with every value axis fitted to a chart `width` x `height` px (see the module's note). */
export function fitValueAxes(option: ChartOption, width: number, height: number): ChartOption {
  const series = list(option.series as Series | Series[] | undefined)
  const fitted: Record<string, unknown> = { ...option }
  for (const [key, side] of [['xAxis', width], ['yAxis', height]] as const) {
    const axes = option[key] as Axis | Axis[] | undefined
    if (axes === undefined) continue
    const each = list(axes).map((axis, index) => fitAxis(axis, series, key === 'xAxis' ? 'x' : 'y', index, side))
    fitted[key] = Array.isArray(axes) ? each : each[0]
  }
  return fitted as ChartOption
}
