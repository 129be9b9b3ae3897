/**
 * Where the screen-mode stage sits in the window and how large its text is. The stage is laid out at its
 * real pixel size (never a CSS transform, which would stretch the chart canvases into a blurry bitmap);
 * only text and spacing scale, through --scale. Pure.
 *
 * - contain (default): the 16:9 design box, as large as fits, centred (letterboxed).
 * - width: fills the window's width; the height follows the design ratio as far as the window allows.
 * - height: fills the window's height; the width follows the design ratio as far as the window allows.
 * - stretch: fills the whole window (e.g. a 5760x1080 LED wall); panels widen, text keeps its size.
 * In every mode the text scale is the largest (to 0.01) at which the 1920x1080 design fits the stage, so
 * nothing is clipped and nothing scrolls.
 */
import { DESIGN_SIZE, roundScale, type Size } from '../charts/designScreen'
import type { FitMode } from './settings'

export type { Size }

export interface Stage extends Size {
  left: number
  top: number
  /** Text and spacing scale: 1 at the design size. */
  scale: number
}

/** Text never shrinks to nothing in a tiny or hidden window. */
const MIN_SCALE = 0.1

export function fitStage(viewport: Size, mode: FitMode, design: Size = DESIGN_SIZE): Stage {
  const vw = Math.max(0, viewport.width)
  const vh = Math.max(0, viewport.height)
  const sx = vw / design.width
  const sy = vh / design.height
  const uniform = Math.min(sx, sy)
  const width = mode === 'width' || mode === 'stretch' ? vw : Math.min(vw, design.width * (mode === 'height' ? sy : uniform))
  const height = mode === 'height' || mode === 'stretch' ? vh : Math.min(vh, design.height * (mode === 'width' ? sx : uniform))
  // Whole pixels: a fractional stage would leave sub-pixel seams and can tip the page into a scrollbar.
  const w = Math.floor(width)
  const h = Math.floor(height)
  return {
    width: w,
    height: h,
    left: Math.floor((vw - w) / 2),
    top: Math.floor((vh - h) / 2),
    scale: Math.max(MIN_SCALE, roundScale(Math.min(w / design.width, h / design.height))),
  }
}
