/**
 * What an exported image says about itself, and where: title, headline figure, unit, period and sector
 * filter in a band above the chart; source and export time in a band below. Texts and layout are pure
 * (text widths come from a measure function), so canvas and SVG exports place the same lines.
 */
import type { PanelScope } from '../panels/types'

export interface AnnotationInput {
  title: string
  unit: string
  scope: PanelScope
  period: string
  headline?: string
  source: string
  /** Names of the chosen sectors; empty when all sectors are shown. */
  sectorNames: readonly string[]
  appTitle: string
  exportedAt: Date
}

type LineRole = 'title' | 'headline' | 'meta' | 'source' | 'footer'

export interface AnnotationTexts {
  above: { role: LineRole; text: string }[]
  below: { role: LineRole; text: string }[]
}

/** Between the parts of one line; a line wraps here first. */
const SEPARATOR = '　'

const pad2 = (n: number) => String(n).padStart(2, '0')

/** 2022-06-01 09:05, local time. */
export function formatStamp(date: Date): string {
  return `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())} ${pad2(date.getHours())}:${pad2(date.getMinutes())}`
}

/** The sector filter in words; a town-wide panel says its figures are not the sector's. */
export function filterText(sectorNames: readonly string[], scope: PanelScope): string {
  if (sectorNames.length === 0) return '产业：全部'
  const names = `产业：${sectorNames.join('、')}`
  return scope === 'town' ? `${names}（本图为全镇数据，报道未按产业拆分）` : names
}

export function annotationTexts(input: AnnotationInput): AnnotationTexts {
  const meta = [input.unit ? `单位：${input.unit}` : '', `期间：${input.period}`, filterText(input.sectorNames, input.scope)]
  return {
    above: [
      { role: 'title', text: input.title },
      ...(input.headline ? [{ role: 'headline' as const, text: input.headline }] : []),
      { role: 'meta', text: meta.filter(Boolean).join(SEPARATOR) },
    ],
    below: [
      { role: 'source', text: input.source },
      { role: 'footer', text: `${input.appTitle}${SEPARATOR}导出时间：${formatStamp(input.exportedAt)}` },
    ],
  }
}

export interface LineStyle {
  /** CSS px at the image's 1x size. */
  size: number
  bold: boolean
  colour: 'text' | 'subtext' | 'accent'
}

/** Sizes at the 1920x1080 design; multiplied by the screen's text scale like the charts' own text. */
const STYLES: Record<LineRole, Omit<LineStyle, 'size'> & { px: number }> = {
  title: { px: 22, bold: true, colour: 'text' },
  headline: { px: 18, bold: true, colour: 'accent' },
  meta: { px: 15, bold: false, colour: 'subtext' },
  source: { px: 14, bold: false, colour: 'subtext' },
  footer: { px: 14, bold: false, colour: 'subtext' },
}

const LINE_HEIGHT = 1.45

export type Measure = (text: string, style: LineStyle) => number

/** Characters that may not begin a line (Chinese line-breaking rules). */
const NO_LINE_START = /^[，。、；：！？）》」』”’,.;:!?)\]%]/

/** Greedy wrap, one character at a time (Chinese has no spaces), keeping closing punctuation on its line. */
export function wrapText(text: string, maxWidth: number, style: LineStyle, measure: Measure): string[] {
  const lines: string[] = []
  let line = ''
  for (const char of text) {
    if (line !== '' && measure(line + char, style) > maxWidth && !NO_LINE_START.test(char)) {
      // Break between the parts of a line (单位…　期间…　产业…) rather than inside one, when there is one.
      const part = line.lastIndexOf(SEPARATOR)
      if (part > 0) {
        lines.push(line.slice(0, part))
        line = line.slice(part + SEPARATOR.length) + char
      } else {
        lines.push(line.trimEnd())
        line = char === ' ' ? '' : char
      }
    } else {
      line += char
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line)
  return lines
}

/**
 * Lines a part of the bands may take: a 600-character source (or a 5,000-character title from the data)
 * is cut with … rather than wrapped into an image thousands of pixels high.
 */
const MAX_LINES: Record<LineRole, number> = { title: 2, headline: 2, meta: 2, source: 2, footer: 2 }

/** wrapText, at most `maxLines` lines; the last one kept ends in … when text was cut. */
function wrapAtMost(text: string, maxWidth: number, style: LineStyle, measure: Measure, maxLines: number): string[] {
  const lines = wrapText(text, maxWidth, style, measure)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = [...kept[maxLines - 1]]
  while (last.length > 0 && measure(`${last.join('')}…`, style) > maxWidth) last = last.slice(0, -1)
  kept[maxLines - 1] = `${last.join('')}…`
  return kept
}

interface PlacedLine {
  text: string
  style: LineStyle
  x: number
  /** Vertical centre of the line, CSS px from the image's top. */
  y: number
}

export interface AnnotationLayout {
  width: number
  /** The screen's text scale the bands were laid out at. */
  scale: number
  /** Height of the band above the chart; the chart starts here. */
  top: number
  chartHeight: number
  /** Height of the band below the chart. */
  bottom: number
  /** Whole image height: top + chartHeight + bottom. */
  height: number
  lines: PlacedLine[]
  /** Thin rules between the bands and the chart, CSS px from the top. */
  rules: number[]
}

/**
 * Places the lines for an image `width` CSS px wide with a chart `chartHeight` px high. Band heights are
 * whole CSS px, so the image is exactly (top + chart + bottom) x ratio pixels high.
 */
export function layoutAnnotation(texts: AnnotationTexts, width: number, chartHeight: number, scale: number, measure: Measure): AnnotationLayout {
  const padX = Math.round(16 * scale)
  const padY = Math.round(12 * scale)
  const gap = Math.round(8 * scale)
  const lines: PlacedLine[] = []
  const place = (items: AnnotationTexts['above'], start: number): number => {
    let y = start
    for (const item of items) {
      const { px, ...rest } = STYLES[item.role]
      const style: LineStyle = { ...rest, size: Math.round(px * scale) }
      const step = style.size * LINE_HEIGHT
      for (const text of wrapAtMost(item.text, width - 2 * padX, style, measure, MAX_LINES[item.role])) {
        lines.push({ text, style, x: padX, y: y + step / 2 })
        y += step
      }
    }
    return y
  }
  const top = Math.ceil(place(texts.above, padY) + gap)
  const chartEnd = top + chartHeight
  const bottom = Math.ceil(place(texts.below, chartEnd + gap) + padY) - chartEnd
  return { width, scale, top, chartHeight, bottom, height: top + chartHeight + bottom, lines, rules: [top - gap / 2, chartEnd + gap / 2] }
}
