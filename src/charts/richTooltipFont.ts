/**
 * ECharts draws a richText tooltip whose content comes from a formatter (every panel's tooltip) at its
 * built-in 12px: TooltipRichContent takes only the colour from tooltip.textStyle. On a 3840x2160 screen
 * that is about a third the size of the text around it. This gives the drawn text the tooltip's own fontSize (already
 * scaled for the screen by the option builders) and fontFamily, with a line height to match, before
 * ECharts measures the box and places it at the pointer. ECharts is pinned (package.json); the browser
 * test of screen mode checks the tooltip's size and place at every screen size.
 */
// The declaration must reach every program that compiles this file (the tests' tsconfig too).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./echarts-internals.d.ts" />
import TooltipRichContent from 'echarts/lib/component/tooltip/TooltipRichContent.js'

const LINE_HEIGHT = 1.45

let patched = false
export function scaleRichTooltipText(): void {
  if (patched) return
  patched = true
  const setContent = TooltipRichContent.prototype.setContent
  TooltipRichContent.prototype.setContent = function (this: TooltipRichContent, ...args: Parameters<typeof setContent>) {
    setContent.apply(this, args)
    const model = args[2]
    const fontSize = model.get(['textStyle', 'fontSize'])
    const style = this.el?.style
    if (!style || typeof fontSize !== 'number') return
    style.fontSize = fontSize
    style.lineHeight = Math.round(fontSize * LINE_HEIGHT)
    const fontFamily = model.get(['textStyle', 'fontFamily'])
    if (typeof fontFamily === 'string') style.fontFamily = fontFamily
  }
}
