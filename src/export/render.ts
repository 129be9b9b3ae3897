/**
 * Off-screen rendering: a short-lived ECharts instance on a detached element (canvas) or in SSR mode (SVG),
 * from the same option the panel shows, at the export size; disposed right after. On-screen charts are
 * never touched. The figure (annotation bands + chart) is composed onto one canvas or one SVG document.
 */
import { use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { init, type ChartOption } from '../charts/echarts'
import { atWidth, withoutTooltip } from '../charts/widthFit'
// Legends and notes: the on-screen charts load them when first drawn; an export draws them at once.
import { install as installExtras } from '../charts/extras'
import { echartsThemeName, FONT_FAMILY, THEME_COLOURS, type ThemeName } from '../charts/themes'
import type { AnnotationLayout, LineStyle } from './annotation'
import { pixelSize } from './clamp'
import { escapeXml, plainSvg } from './svg'

/** What one exported figure shows. */
export interface Figure {
  layout: AnnotationLayout
  /** Theme of the chart and the bands' text. */
  theme: ThemeName
  background: string
  /** The chart, or undefined with `emptyText` shown in its place. */
  option: ChartOption | undefined
  emptyText: string
}

/**
 * Exports are still images: no entry animation, so the first frame is the final one, and no tooltip; time
 * axes thinned to the width drawn.
 */
function still(option: ChartOption, width: number): ChartOption {
  return { ...withoutTooltip(atWidth(option, width)), animation: false }
}

/** The 所选产业暂无数据 line, as large as on screen. */
const emptySize = (layout: AnnotationLayout) => Math.round(18 * layout.scale)

function cssFont(style: LineStyle): string {
  return `${style.bold ? 'bold ' : ''}${style.size}px ${FONT_FAMILY}`
}

function lineColour(theme: ThemeName, style: LineStyle): string {
  const c = THEME_COLOURS[theme]
  return style.colour === 'accent' ? c.palette[0] : c[style.colour]
}

let measurer: CanvasRenderingContext2D | null = null
/** Text width in CSS px in the export font, at the 1x size whatever the export ratio. */
export function textWidth(text: string, size: number, bold: boolean): number {
  measurer ??= document.createElement('canvas').getContext('2d')
  if (!measurer) return [...text].length * size
  measurer.font = cssFont({ size, bold, colour: 'text' })
  return measurer.measureText(text).width
}

export function measureText(text: string, style: LineStyle): number {
  return textWidth(text, style.size, style.bold)
}

/**
 * Draws the option at `width` x `height` CSS px and `ratio` device pixels per CSS px onto `target` with its
 * top-left corner at device pixel (x, y).
 */
export function drawChart(target: CanvasRenderingContext2D, option: ChartOption, theme: ThemeName, size: { width: number; height: number }, ratio: number, x: number, y: number): void {
  installExtras()
  const host = document.createElement('div')
  const chart = init(host, echartsThemeName(theme), { renderer: 'canvas', devicePixelRatio: ratio, width: size.width, height: size.height })
  try {
    chart.setOption(still(option, size.width), { notMerge: true })
    target.drawImage(chart.renderToCanvas({ pixelRatio: ratio }), x, y)
  } finally {
    chart.dispose()
  }
}

let svgRegistered = false
/** The chart as an SVG document string. */
export function chartSvg(option: ChartOption, theme: ThemeName, width: number, height: number): string {
  if (!svgRegistered) {
    use(SVGRenderer)
    svgRegistered = true
  }
  installExtras()
  const chart = init(null, echartsThemeName(theme), { renderer: 'svg', ssr: true, width, height })
  try {
    chart.setOption(still(option, width), { notMerge: true })
    return plainSvg(chart.renderToSVGString())
  } finally {
    chart.dispose()
  }
}

/** A character drawn in a colour of its own, e.g. a sector's dot before its name. */
export const DOT = '●'

/**
 * The bands' rules and lines onto `ctx` (already scaled to CSS px). `dotColour(rest)` colours a DOT by
 * the text after it (a sector's dot, by the sector's name); other text takes the line's colour.
 */
export function paintAnnotation(ctx: CanvasRenderingContext2D, layout: AnnotationLayout, theme: ThemeName, dotColour?: (rest: string) => string | undefined): void {
  ctx.strokeStyle = THEME_COLOURS[theme].split
  ctx.lineWidth = 1
  for (const y of layout.rules) {
    ctx.beginPath()
    ctx.moveTo(0, y)
    ctx.lineTo(layout.width, y)
    ctx.stroke()
  }
  ctx.textBaseline = 'middle'
  for (const line of layout.lines) {
    ctx.font = cssFont(line.style)
    const colour = lineColour(theme, line.style)
    const parts = dotColour ? line.text.split(DOT) : [line.text]
    let x = line.x
    parts.forEach((part, index) => {
      if (index > 0) {
        ctx.fillStyle = dotColour?.(part) ?? colour
        ctx.fillText(DOT, x, line.y)
        x += ctx.measureText(DOT).width
      }
      ctx.fillStyle = colour
      ctx.fillText(part, x, line.y)
      x += ctx.measureText(part).width
    })
  }
}

export function canvasBlob(canvas: HTMLCanvasElement, type: 'image/png' | 'image/jpeg'): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('图片编码失败'))), type, 0.92))
}

/**
 * A canvas of `size` CSS px at `ratio` device px a px, its background painted, handed to `paint`. The
 * (possibly very large) bitmap is freed as soon as `paint` is done (or its promise settles) rather than at
 * the next garbage collection.
 */
export function onCanvas<T>(size: { width: number; height: number }, ratio: number, background: string, paint: (ctx: CanvasRenderingContext2D, canvas: HTMLCanvasElement) => T): T {
  const canvas = document.createElement('canvas')
  canvas.width = pixelSize(size.width, ratio)
  canvas.height = pixelSize(size.height, ratio)
  const free = () => {
    canvas.width = 0
    canvas.height = 0
  }
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('浏览器无法创建画布')
  let result: T
  try {
    ctx.fillStyle = background
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    result = paint(ctx, canvas)
  } catch (error) {
    free()
    throw error
  }
  if (result instanceof Promise) return result.finally(free) as T
  free()
  return result
}

/** The figure as a PNG or JPEG: background always painted (a JPEG has no transparency: it would be black). */
export function figureImage(figure: Figure, ratio: number, type: 'image/png' | 'image/jpeg'): Promise<Blob> {
  const { layout, theme } = figure
  return onCanvas(layout, ratio, figure.background, (ctx, canvas) => {
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
    paintAnnotation(ctx, layout, theme)
    if (figure.option) {
      ctx.setTransform(1, 0, 0, 1, 0, 0)
      drawChart(ctx, figure.option, theme, { width: layout.width, height: layout.chartHeight }, ratio, 0, Math.floor(layout.top * ratio))
    } else {
      ctx.textAlign = 'center'
      ctx.font = cssFont({ size: emptySize(layout), bold: false, colour: 'subtext' })
      ctx.fillStyle = THEME_COLOURS[theme].subtext
      ctx.fillText(figure.emptyText, layout.width / 2, layout.top + layout.chartHeight / 2)
    }
    return canvasBlob(canvas, type)
  })
}

/** The figure as one SVG document: the bands as <text>, the chart as a nested <svg>. */
export function figureSvg(figure: Figure, ratio: number): string {
  const { layout, theme } = figure
  const c = THEME_COLOURS[theme]
  const attr = (value: string | number) => `"${escapeXml(String(value))}"`
  const texts = layout.lines.map(
    (line) =>
      `<text x=${attr(line.x)} y=${attr(line.y)} dominant-baseline="central" font-size=${attr(line.style.size)}${line.style.bold ? ' font-weight="bold"' : ''} fill=${attr(lineColour(theme, line.style))}>${escapeXml(line.text)}</text>`,
  )
  const rules = layout.rules.map((y) => `<line x1="0" x2=${attr(layout.width)} y1=${attr(y)} y2=${attr(y)} stroke=${attr(c.split)} stroke-width="1"/>`)
  const chart = figure.option
    ? `<g transform="translate(0 ${layout.top})">${chartSvg(figure.option, theme, layout.width, layout.chartHeight)}</g>`
    : `<text x=${attr(layout.width / 2)} y=${attr(layout.top + layout.chartHeight / 2)} text-anchor="middle" dominant-baseline="central" font-size=${attr(emptySize(layout))} fill=${attr(c.subtext)}>${escapeXml(figure.emptyText)}</text>`
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width=${attr(pixelSize(layout.width, ratio))} height=${attr(pixelSize(layout.height, ratio))} viewBox=${attr(`0 0 ${layout.width} ${layout.height}`)} font-family=${attr(FONT_FAMILY)}>`,
    `<rect width="100%" height="100%" fill=${attr(figure.background)}/>`,
    ...rules,
    ...texts,
    chart,
    '</svg>',
  ].join('\n')
  const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml')
  if (parsed.getElementsByTagName('parsererror').length > 0) throw new Error('SVG 生成失败：图表内容不是有效的 XML')
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`
}
