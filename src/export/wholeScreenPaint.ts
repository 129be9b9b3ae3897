/**
 * Painting the page for 导出整屏. The page is redrawn, not captured: boxes and text from the laid-out DOM
 * at their on-screen positions, and each chart from an off-screen render of its panel's option at that
 * position. Nothing on screen changes. Controls are left out: buttons and form fields, dialogs and
 * status lines, and the elements the caller names (the header with its filter chrome).
 */
import type { ChartOption } from '../charts/echarts'
import { drawChart } from './render'

/** Controls and transient lines, by what they are (element and role), never by a CSS class. */
const CONTROLS = 'button, input, select, textarea, [role="dialog"], [role="status"], [data-export-skip]'

export interface Box {
  left: number
  top: number
  width: number
  height: number
}

function visible(colour: string): boolean {
  return colour !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(colour)
}

/** A rounded rectangle path (CanvasRenderingContext2D.roundRect is newer than Chromium 87). */
function roundedPath(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, radius: number): void {
  const r = Math.max(0, Math.min(radius, w / 2, h / 2))
  ctx.beginPath()
  ctx.moveTo(x + r, y)
  ctx.arcTo(x + w, y, x + w, y + h, r)
  ctx.arcTo(x + w, y + h, x, y + h, r)
  ctx.arcTo(x, y + h, x, y, r)
  ctx.arcTo(x, y, x + w, y, r)
  ctx.closePath()
}

/** Background and borders of one element (rounded when all four borders match). */
function paintBox(ctx: CanvasRenderingContext2D, el: Element, box: Box): void {
  const s = getComputedStyle(el)
  const radius = parseFloat(s.borderTopLeftRadius) || 0
  if (visible(s.backgroundColor)) {
    ctx.fillStyle = s.backgroundColor
    roundedPath(ctx, box.left, box.top, box.width, box.height, radius)
    ctx.fill()
  }
  const sides = (['Top', 'Right', 'Bottom', 'Left'] as const).map((side) => ({
    side,
    width: s.getPropertyValue(`border-${side.toLowerCase()}-style`) === 'none' ? 0 : parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0,
    colour: s.getPropertyValue(`border-${side.toLowerCase()}-color`),
  }))
  const drawn = sides.filter((side) => side.width > 0 && visible(side.colour))
  if (drawn.length === 4 && drawn.every((side) => side.width === drawn[0].width && side.colour === drawn[0].colour)) {
    const w = drawn[0].width
    ctx.strokeStyle = drawn[0].colour
    ctx.lineWidth = w
    roundedPath(ctx, box.left + w / 2, box.top + w / 2, box.width - w, box.height - w, radius - w / 2)
    ctx.stroke()
    return
  }
  for (const { side, width, colour } of drawn) {
    ctx.fillStyle = colour
    if (side === 'Top') ctx.fillRect(box.left, box.top, box.width, width)
    if (side === 'Bottom') ctx.fillRect(box.left, box.top + box.height - width, box.width, width)
    if (side === 'Left') ctx.fillRect(box.left, box.top, width, box.height)
    if (side === 'Right') ctx.fillRect(box.left + box.width - width, box.top, width, box.height)
  }
}

/** The lines a text node occupies on screen: each line's text and its box. */
function textLines(node: Text): { text: string; rect: DOMRect }[] {
  const range = document.createRange()
  range.selectNodeContents(node)
  const rects = range.getClientRects()
  if (rects.length === 0) return []
  const text = node.data
  if (rects.length === 1) return [{ text: text.replace(/\s+/g, ' ').trim(), rect: rects[0] }]
  // Wrapped: group the characters by the line they sit on.
  const lines: { text: string; rect: DOMRect }[] = []
  for (let i = 0; i < text.length; ) {
    const size = text.codePointAt(i)! > 0xffff ? 2 : 1
    range.setStart(node, i)
    range.setEnd(node, i + size)
    const rect = range.getBoundingClientRect()
    const last = lines[lines.length - 1]
    if (rect.width > 0 && last && Math.abs(last.rect.top - rect.top) < 1) last.text += text.slice(i, i + size)
    else if (rect.width > 0) lines.push({ text: text.slice(i, i + size), rect })
    i += size
  }
  return lines.map((line) => ({ text: line.text.replace(/\s+/g, ' ').trim(), rect: line.rect }))
}

/** `text` cut to `maxWidth` with … at a character boundary, as text-overflow: ellipsis shows it. */
export function ellipsize(text: string, maxWidth: number, width: (text: string) => number): string {
  if (width(text) <= maxWidth) return text
  const chars = [...text]
  let low = 0
  let high = chars.length
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (width(`${chars.slice(0, mid).join('').trimEnd()}…`) <= maxWidth) low = mid
    else high = mid - 1
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`
}

function paintText(ctx: CanvasRenderingContext2D, node: Text, origin: Box): void {
  const parent = node.parentElement
  if (!parent || !node.data.trim()) return
  const s = getComputedStyle(parent)
  if (s.visibility === 'hidden') return
  ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`
  // Chromium 99+; older browsers draw the (few) letter-spaced titles without the extra spacing.
  if ('letterSpacing' in ctx) ctx.letterSpacing = s.letterSpacing === 'normal' ? '0px' : s.letterSpacing
  ctx.fillStyle = s.color
  ctx.textBaseline = 'alphabetic'
  // Text cut off on screen (text-overflow: ellipsis) is cut off the same way here.
  const clip = parent.getBoundingClientRect()
  ctx.save()
  ctx.beginPath()
  ctx.rect(clip.left - origin.left, clip.top - origin.top, clip.width, clip.height)
  ctx.clip()
  // One line cut with … on screen: the same … here, never a character cut in half by the clip.
  const cut = s.textOverflow === 'ellipsis' && parent.scrollWidth > parent.clientWidth
  for (const line of textLines(node)) {
    const { rect } = line
    const text = cut ? ellipsize(line.text, clip.right - (parseFloat(s.paddingRight) || 0) - rect.left, (t) => ctx.measureText(t).width) : line.text
    if (!text) continue
    const metrics = ctx.measureText(text)
    const size = parseFloat(s.fontSize)
    const ascent = metrics.fontBoundingBoxAscent ?? size * 0.88
    const content = ascent + (metrics.fontBoundingBoxDescent ?? size * 0.12)
    ctx.fillText(text, rect.left - origin.left, rect.top - origin.top + (rect.height - content) / 2 + ascent)
  }
  ctx.restore()
}

export interface ScreenChart {
  /** The on-screen element the chart occupies. */
  element: Element
  option: ChartOption
}

export interface ScreenPaint {
  root: Element
  /** The part of the page drawn, in page CSS px, and where its top lands in the image (CSS px). */
  box: Box
  at: number
  ratio: number
  /** The panels' options for the chart areas on screen, and their ECharts theme. */
  charts: readonly ScreenChart[]
  theme: Parameters<typeof drawChart>[2]
  /** Elements left out with all they hold. */
  leaveOut: readonly Element[]
}

/** Draws the page's `box` onto `ctx`, already cleared, at `ratio` device px per CSS px. */
export function paintScreen(ctx: CanvasRenderingContext2D, paint: ScreenPaint): void {
  const { root, box, at, ratio, charts, theme } = paint
  const chartElements = charts.map((chart) => chart.element)
  const outside = [...paint.leaveOut, ...chartElements]
  const skipped = (el: Element) => el.closest(CONTROLS) !== null || outside.some((out) => out.contains(el))
  ctx.setTransform(ratio, 0, 0, ratio, 0, at * ratio)
  const elements = [root, ...Array.from(root.querySelectorAll('*'))].filter((el) => !skipped(el))
  for (const el of elements) {
    const rect = el.getBoundingClientRect()
    if (rect.width > 0 && rect.height > 0) paintBox(ctx, el, { left: rect.left - box.left, top: rect.top - box.top, width: rect.width, height: rect.height })
  }
  for (const { element, option } of charts) {
    const rect = element.getBoundingClientRect()
    const size = { width: Math.round(rect.width), height: Math.round(rect.height) }
    if (size.width === 0 || size.height === 0) continue
    ctx.setTransform(1, 0, 0, 1, 0, 0)
    drawChart(ctx, option, theme, size, ratio, Math.round((rect.left - box.left) * ratio), Math.round((rect.top - box.top + at) * ratio))
    ctx.setTransform(ratio, 0, 0, ratio, 0, at * ratio)
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement && !skipped(node.parentElement)) paintText(ctx, node as Text, box)
  }
}
