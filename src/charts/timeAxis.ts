/**
 * Time axes drawn as time: which period labels of a category axis are shown so that no two overlap, at
 * 12 months, 24 months, 20 years or 240 points, on a narrow panel or a wall. The labels kept are evenly
 * spaced at a step a reader counts in (every 3 months, every year, every 5 years), anchored at the last
 * point (the edition shown is always labelled), and a label repeats its year only where the year changes
 * (2021年1-12月, 2022年1-3月, 1-6月, 1-9月). Widths come from the one character-width table (textEm), which
 * never falls short of the drawn text. Pure.
 *
 * A panel marks such an axis with `timeLabels: 'month' | 'year'`; the option is fitted to the width it is
 * drawn at (fitTimeAxes) by the one chart component and by the off-screen renderer of the exports, the
 * deck and print, since only they know that width.
 */
import { textEm } from '../format/text'
import type { ChartOption } from './echarts'

/** Steps a reader counts in: months (a quarter, half a year, a year…) and years (five, ten…). */
const STEPS = {
  month: [1, 2, 3, 4, 6, 12, 24, 36, 60, 120, 240, 480, 960],
  year: [1, 2, 5, 10, 20, 50, 100, 200],
} as const

export type TimeUnit = keyof typeof STEPS

/** Room between two neighbouring labels, in em of their font. */
const GAP_EM = 0.6

export interface ThinnedLabels {
  /** Every how many points a label is shown. */
  step: number
  /** Per label: shown or not. */
  shown: boolean[]
  /** Per label: the text drawn ('' where not shown). */
  texts: string[]
}

const YEAR_PREFIX = /^(\d{4}年)(.+)$/s

/** The label as drawn after `previous` (the label drawn before it): its year only where the year changes. */
function drawnText(label: string, previous: string | undefined): string {
  const match = YEAR_PREFIX.exec(label)
  if (!match || previous === undefined) return label
  return previous.startsWith(match[1]) ? match[2] : label
}

/** The labels one step shows, and their texts, from the last label back. */
function labelsAt(labels: readonly string[], step: number): { index: number; text: string }[] {
  const indices: number[] = []
  for (let index = labels.length - 1; index >= 0; index -= step) indices.unshift(index)
  let previous: string | undefined
  return indices.map((index) => {
    const text = drawnText(labels[index], previous)
    previous = labels[index]
    return { index, text }
  })
}

/**
 * Which of `labels` to show on a category axis `axisPx` wide, in text of `fontPx`: the smallest step of
 * `unit` at which no two shown labels overlap (with a gap of GAP_EM), counted back from the last label.
 * `measure(text)` is the text's width in px of that font (by default the character-width table), for a
 * label as the axis formats it (a 推算 mark on a second line is narrower). `boundaryGap`: points at the
 * middle of their band (bars; a line's default) rather than on the band edges.
 */
export function thinLabels(
  labels: readonly string[],
  axisPx: number,
  fontPx: number,
  unit: TimeUnit = 'month',
  options: { boundaryGap?: boolean; measure?: (text: string) => number } = {},
): ThinnedLabels {
  const count = labels.length
  const measure = options.measure ?? ((text: string) => textEm(text) * fontPx)
  const spacing = options.boundaryGap === false ? axisPx / Math.max(1, count - 1) : axisPx / Math.max(1, count)
  const gap = GAP_EM * fontPx
  const fits = (drawn: { index: number; text: string }[]) =>
    drawn.every((label, i) => {
      const next = drawn[i + 1]
      return !next || (next.index - label.index) * spacing >= (measure(label.text) + measure(next.text)) / 2 + gap
    })
  const steps = [...STEPS[unit].filter((step) => step < count), Math.max(1, count)]
  const step = steps.find((candidate) => fits(labelsAt(labels, candidate))) ?? Math.max(1, count)
  const drawn = labelsAt(labels, step)
  const shown = labels.map(() => false)
  const texts = labels.map(() => '')
  for (const label of drawn) {
    shown[label.index] = true
    texts[label.index] = label.text
  }
  return { step, shown, texts }
}

type Loose = Record<string, unknown>

function list(value: unknown): Loose[] {
  return value === undefined ? [] : ((Array.isArray(value) ? value : [value]) as Loose[])
}

/** A grid side in px: a number, or a percentage of the chart's width. */
function sidePx(value: unknown, width: number): number {
  if (typeof value === 'number') return value
  if (typeof value === 'string' && value.endsWith('%')) return (parseFloat(value) / 100) * width
  if (typeof value === 'string' && value !== '') return parseFloat(value) || 0
  return 0
}

/** Room the value axis' labels may take when the grid is shrunk to hold them: five characters of their font. */
const VALUE_LABEL_EM = 5

/** The plot's width for axes of `grid` in a chart `width` px wide. */
function plotWidth(grid: Loose | undefined, option: ChartOption, width: number): number {
  const left = sidePx(grid?.left ?? '10%', width)
  const right = sidePx(grid?.right ?? '10%', width)
  let plot = width - left - right
  if (grid?.outerBoundsMode === 'same' || grid?.containLabel === true) {
    // ECharts shrinks the plot to hold the value axes' labels inside the grid's box.
    for (const axis of list(option.yAxis)) {
      if (axis.type === 'category') continue
      const size = (axis.axisLabel as Loose | undefined)?.fontSize
      plot -= VALUE_LABEL_EM * (typeof size === 'number' ? size : 12)
    }
  }
  return Math.max(1, plot)
}

function axisFontPx(axis: Loose, option: ChartOption): number {
  const size = (axis.axisLabel as Loose | undefined)?.fontSize ?? (option.textStyle as Loose | undefined)?.fontSize
  return typeof size === 'number' ? size : 12
}

/**
 * The option as drawn `width` px wide: each category x axis marked `timeLabels` shows the labels
 * thinLabels keeps (its ticks with them), each with its year only where the year changes. Other options
 * are returned as they are.
 */
export function fitTimeAxes(option: ChartOption, width: number): ChartOption {
  const axes = list(option.xAxis)
  if (!axes.some((axis) => axis.timeLabels !== undefined)) return option
  const grids = list(option.grid)
  const fitted = axes.map((axis) => {
    const unit = axis.timeLabels
    if (unit !== 'month' && unit !== 'year') return axis
    const labels = ((axis.data as unknown[] | undefined) ?? []).map((item) => String(item !== null && typeof item === 'object' ? (item as Loose).value : item))
    const label = (axis.axisLabel as Loose | undefined) ?? {}
    const fontPx = axisFontPx(axis, option)
    const format = typeof label.formatter === 'function' ? (label.formatter as (value: string, index: number) => string) : undefined
    const measure = (text: string) => textEm(format ? format(text, 0) : text) * fontPx
    const grid = grids[typeof axis.gridIndex === 'number' ? axis.gridIndex : 0]
    const thinned = thinLabels(labels, plotWidth(grid, option, width), fontPx, unit, { boundaryGap: axis.boundaryGap !== false, measure })
    const interval = (index: number) => thinned.shown[index] === true
    return {
      ...axis,
      axisLabel: { ...label, interval, hideOverlap: false, formatter: (_value: string, index: number) => (format ? format(thinned.texts[index] ?? '', index) : (thinned.texts[index] ?? '')) },
      axisTick: { ...(axis.axisTick as Loose | undefined), alignWithLabel: true, interval },
    }
  })
  return { ...option, xAxis: Array.isArray(option.xAxis) ? fitted : fitted[0] } as ChartOption
}
