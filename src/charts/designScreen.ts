/**
 * The big screen the dashboard is designed for: layout, text sizes and export sizes are set at 1920x1080
 * and scale from there. Pure.
 */

/** A width and a height, in CSS pixels. */
export interface Size {
  width: number
  height: number
}

export const DESIGN_SIZE: Readonly<Size> = { width: 1920, height: 1080 }

/**
 * A text scale to 0.01, rounded down so a design that fits at the exact scale still fits. Every chart
 * option is rebuilt (and its animation replayed) when the scale changes: a window dragged a few pixels
 * must not change it.
 */
export function roundScale(scale: number): number {
  // The epsilon keeps 0.29 (28.999… after * 100) at 0.29.
  return Math.floor(scale * 100 + 1e-9) / 100
}

/** Smallest text at the design size, px: every font size is this or more, times the text scale. */
export const DESIGN_MIN_FONT_PX = 14
