/**
 * Charts keep their shape at any text size: the rules every chart kind calls with the room its chart has
 * (the chart's px size, and the smallest text scale allowed there: the legibility rule's in screen mode).
 * - The plot keeps at least half the chart's height: the text around it (labels, axis names, legend, note)
 *   shrinks toward the rule until it does; a chart that cannot fit even at the rule is too dense, and
 *   screen mode shows it as its table (said so in its note).
 * - A value axis shows at least three ticks, spaced so none touches the next.
 * - Category labels wrap to the room of their category before they collide.
 * Pure: unit-tested in tests/unit/chart-shape.test.ts.
 */
import type { ChartOption } from './echarts'

/** The chart's room on screen, where it is known (measured by the panel's frame). */
export interface ChartRoom {
  /** The chart's size, px. */
  width: number
  height: number
  /** The smallest text scale allowed (the legibility rule's in screen mode). */
  floorScale: number
}

/** Share of the chart's height the plot keeps at least. */
const MIN_PLOT_SHARE = 0.5
/** Value ticks drawn at least (0 and two more). */
export const MIN_TICKS = 3

export interface FittedScale {
  scale: number
  /** False when even at the floor the text leaves the plot less than its share: too dense to draw. */
  fits: boolean
}

/** True when text `outsidePx` high leaves the plot at least MIN_PLOT_SHARE of the chart's height. */
export function plotKeepsShare(room: ChartRoom, outsidePx: number): boolean {
  // A margin of 3% of the chart for what ECharts adds around its labels that the estimates leave out.
  return room.height - outsidePx >= room.height * (MIN_PLOT_SHARE + 0.03)
}

/**
 * The largest text scale at most `scale` (not below the room's floor) at which `fitsAt(s)` holds (the
 * chart's shape rules at text scale s; looser as s shrinks). Without a room: `scale`, fitting.
 */
export function fitTextScale(scale: number, room: ChartRoom | undefined, fitsAt: (s: number, room: ChartRoom) => boolean): FittedScale {
  if (!room) return { scale, fits: true }
  const floor = Math.min(scale, room.floorScale)
  if (fitsAt(scale, room)) return { scale, fits: true }
  if (!fitsAt(floor, room)) return { scale: floor, fits: false }
  let low = floor
  let high = scale
  while (high - low > 0.005) {
    const mid = (low + high) / 2
    if (fitsAt(mid, room)) low = mid
    else high = mid
  }
  return { scale: Math.floor(low * 100) / 100, fits: true }
}

const NICE = [1, 2, 2.5, 3, 4, 5]

/**
 * Ticks of a value axis from 0 to at least `max` on a plot `plotPx` long, at least `spacingPx` apart (1.8
 * font heights on a vertical axis, the widest tick label and a gap on a horizontal one): of the nice
 * intervals (1, 2, 2.5, 3, 4, 5 x 10^n) the plot has room for, the one whose last tick is nearest above `max`,
 * and at least MIN_TICKS ticks (0 included). `min` below 0 (falls) is covered the same way.
 */
export function valueTicks(max: number, plotPx: number, spacingPx: number, min = 0): { min: number; max: number; interval: number } {
  const low = Math.min(0, min)
  const high = Math.max(0, max)
  const span = high - low || 1
  // Intervals the plot has room for (at least MIN_TICKS - 1 of them).
  const most = Math.max(MIN_TICKS - 1, Math.floor(plotPx / spacingPx))
  const candidates: number[] = []
  const start = Math.floor(Math.log10(span / most)) - 1
  for (let exp = start; exp <= start + 4; exp++) for (const step of NICE) candidates.push(step * 10 ** exp)
  // Of the intervals the plot has room for, the one whose axis ends nearest above the data (a nice max
  // just above the highest value, not a third of the plot empty); of equals, the finest.
  let found: { min: number; max: number; interval: number } | undefined
  for (const interval of candidates) {
    const below = Math.ceil(-low / interval - 1e-9)
    const above = Math.ceil(high / interval - 1e-9)
    if (below + above > most) continue
    // At least MIN_TICKS ticks: a short span gets a finer interval above.
    const count = Math.max(MIN_TICKS - 1, below + above)
    const ticks = { min: -below * interval, max: (count - below) * interval, interval }
    if (!found || ticks.max - ticks.min < (found.max - found.min) * (1 - 1e-9)) found = ticks
  }
  if (found) return found
  const interval = span / (MIN_TICKS - 1)
  return { min: low, max: low + interval * (MIN_TICKS - 1), interval }
}

/** Options of charts too dense for their room (drawn as a table in screen mode). */
const tooDense = new WeakSet<object>()

/** Marks `option` as too dense for its room: screen mode shows the panel's table instead. */
export function markTooDense<T extends ChartOption>(option: T): T {
  tooDense.add(option)
  return option
}

export function isTooDense(option: ChartOption): boolean {
  return tooDense.has(option)
}

/** Carries the mark from an option to the option derived from it. */
export function keepDenseMark<T extends ChartOption>(from: ChartOption, to: T): T {
  if (tooDense.has(from)) tooDense.add(to)
  return to
}

/** A category label shortened: without its bracketed notes (破百（释义：100万元以上） -> 破百); the tooltip and table keep it whole. */
export function shortLabel(label: string): string {
  const short = label.replace(/（[^（）]*）/g, '').trim()
  return short || label
}

/**
 * Horizontal bars: the text scale at which every category label, wrapped to a share of the chart's width
 * (three tenths, or nine twentieths when that is what fits), fits its bar's band, and the plot (the chart
 * less `outside(s)` px of text above and below) keeps its share of the chart's height. Whole labels are
 * preferred, wrapped, at any scale down to the room's floor (the rule: still legible); only when whole
 * ones cannot fit even there are they shortened (shortLabel: the tooltip and table keep them whole).
 * `lines(s, widthPx, short)` counts a label's lines at text scale s wrapped to widthPx; `labelPx(s)` is the
 * labels' font size. Each label's lines fit its band, so no line (a note such as （推算）) stands beside
 * another bar; the width is then narrowed as long as no label takes another line (the plot keeps the rest).
 */
export function fitHorizontalBars(
  scale: number,
  room: ChartRoom | undefined,
  count: number,
  outside: (s: number) => number,
  labelPx: (s: number) => number,
  lines: (s: number, widthPx: number, short: boolean) => number,
): FittedScale & { labelWidth?: number; short?: boolean } {
  type Found = FittedScale & { labelWidth?: number; short?: boolean }
  // The labels' width narrowed while no label takes another line: the plot keeps the rest.
  const narrowest = (s: number, width: number, short: boolean) => {
    const target = lines(s, width, short)
    const step = Math.max(1, labelPx(s) / 4)
    let w = width
    while (w - step >= labelPx(s) * 3 && lines(s, w - step, short) <= target) w -= step
    return Math.floor(w)
  }
  let best: Found | undefined
  for (const short of [false, true]) {
    let shrunk: Found | undefined
    for (const share of [0.3, 0.45]) {
      const widthAt = (s: number, r: ChartRoom) => Math.floor(Math.min(r.width * share, 160 * s))
      const fitted = fitTextScale(scale, room, (s, r) => {
        const plot = r.height - outside(s)
        const band = plot / Math.max(1, count)
        return plotKeepsShare(r, outside(s)) && band >= lines(s, widthAt(s, r), short) * labelPx(s) * 1.2
      })
      const found: Found = room ? { ...fitted, labelWidth: narrowest(fitted.scale, widthAt(fitted.scale, room), short), short } : fitted
      if (found.fits && found.scale >= scale) return found
      if (found.fits && (!shrunk || found.scale > shrunk.scale)) shrunk = found
      if (!best || (found.fits && (!best.fits || found.scale > best.scale))) best = found
    }
    if (shrunk) return shrunk
  }
  return best as Found
}
