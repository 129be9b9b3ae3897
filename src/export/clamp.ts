/**
 * Browser canvas limits. Chromium silently gives a blank canvas beyond 32,767 px a side or 268,435,456 px
 * in area (echarts #16350), so a larger request is reduced to the largest ratio that fits. Pure.
 */
export const MAX_CANVAS_SIDE = 32_767
export const MAX_CANVAS_AREA = 268_435_456

export interface ClampedSize {
  /** The ratio used: the requested one, or the largest below it that fits (two decimals). */
  ratio: number
  /** Pixel size of the canvas at that ratio. */
  width: number
  height: number
  /** True when the requested ratio did not fit. */
  reduced: boolean
}

/** Pixel size of a CSS size at a ratio (canvas sizes are whole pixels, cut down as a canvas does). */
export function pixelSize(css: number, ratio: number): number {
  return Math.max(1, Math.floor(css * ratio + 1e-9))
}

function fits(cssWidth: number, cssHeight: number, ratio: number): boolean {
  const w = pixelSize(cssWidth, ratio)
  const h = pixelSize(cssHeight, ratio)
  return w <= MAX_CANVAS_SIDE && h <= MAX_CANVAS_SIDE && w * h <= MAX_CANVAS_AREA
}

/** The requested ratio for an image of this CSS size, or the largest ratio (to 0.01) that fits. */
export function clampRatio(cssWidth: number, cssHeight: number, requested: number): ClampedSize {
  let ratio = requested
  if (!fits(cssWidth, cssHeight, ratio)) {
    const limit = Math.min(MAX_CANVAS_SIDE / cssWidth, MAX_CANVAS_SIDE / cssHeight, Math.sqrt(MAX_CANVAS_AREA / (cssWidth * cssHeight)))
    ratio = Math.floor(Math.min(limit, requested) * 100) / 100
    while (ratio > 0.01 && !fits(cssWidth, cssHeight, ratio)) ratio = Math.round((ratio - 0.01) * 100) / 100
    ratio = Math.max(ratio, 0.01)
  }
  return { ratio, width: pixelSize(cssWidth, ratio), height: pixelSize(cssHeight, ratio), reduced: ratio !== requested }
}
