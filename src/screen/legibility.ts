/**
 * The legibility rule of the meeting room: the smallest font size (CSS px) at which text can be read from
 * the farthest seat. ISO 9241-303 asks for characters at least 16 arcminutes tall at the viewing
 * distance; a Chinese character fills about 0.88 of its font size, a digit about 0.72. From the screen's
 * diagonal (inches), the distance (m) and the CSS viewport (which fills the screen in screen mode) follows
 * the physical size of a CSS pixel, and from it the font sizes. Pure.
 */
import type { Size } from './fit'

const MIN_ARCMINUTES = 16
/** Height of a Chinese character and of a digit, as fractions of the font size (Noto Sans CJK, YaHei). */
const CJK_GLYPH_EM = 0.88
const DIGIT_GLYPH_EM = 0.72
const DEFAULT_DIAGONAL_INCHES = 65
const DEFAULT_DISTANCE_M = 4

export interface Room {
  /** Screen diagonal in inches (the visible picture). */
  diagonalInches: number
  /** The farthest seat, in metres from the screen. */
  distanceM: number
}

export interface LegibleSizes {
  /** Smallest font size for Chinese text, CSS px (whole). */
  chinesePx: number
  /** Smallest font size for figures (digits), CSS px (whole). */
  digitPx: number
  /** Millimetres per CSS pixel on this screen. */
  mmPerPx: number
}

/** 16:9, the shape the default diagonal is given for. */
const WIDE = 16 / 9

/**
 * The diagonal assumed when none is given: 65 inches for a screen of 16:9 or narrower (a TV, a projector,
 * a portrait totem); a wider screen is taken as a wall of such screens side by side, as tall as one of
 * them, so its diagonal grows with its width (5760x1080: about 174 inches).
 */
export function defaultDiagonalInches(viewport: Size): number {
  const aspect = Math.max(1, viewport.width) / Math.max(1, viewport.height)
  if (aspect <= WIDE) return DEFAULT_DIAGONAL_INCHES
  return Math.round(((DEFAULT_DIAGONAL_INCHES * Math.hypot(aspect, 1)) / Math.hypot(WIDE, 1)) * 10) / 10
}

/** Height in mm that subtends `arcminutes` at `distanceM`. */
export function heightForAngle(distanceM: number, arcminutes = MIN_ARCMINUTES): number {
  const radians = (arcminutes / 60) * (Math.PI / 180)
  return 2 * distanceM * 1000 * Math.tan(radians / 2)
}

/** The smallest readable font sizes on a screen of `room.diagonalInches` showing `viewport`, from `room.distanceM`. */
export function legibleSizes(room: Room, viewport: Size): LegibleSizes {
  const diagonalPx = Math.hypot(Math.max(1, viewport.width), Math.max(1, viewport.height))
  const mmPerPx = (room.diagonalInches * 25.4) / diagonalPx
  const glyphPx = heightForAngle(room.distanceM) / mmPerPx
  return {
    chinesePx: Math.ceil(glyphPx / CJK_GLYPH_EM),
    digitPx: Math.ceil(glyphPx / DIGIT_GLYPH_EM),
    mmPerPx,
  }
}

/** The smallest font size any text that must be read may have: figures are in nearly every label. */
export function readablePx(sizes: Pick<LegibleSizes, 'chinesePx' | 'digitPx'>): number {
  return Math.max(sizes.chinesePx, sizes.digitPx)
}

/** The room from what the URL says (either may be missing): defaults for what it does not. */
export function resolveRoom(given: { diagonalInches?: number; distanceM?: number }, viewport: Size): Room {
  return { diagonalInches: given.diagonalInches ?? defaultDiagonalInches(viewport), distanceM: given.distanceM ?? DEFAULT_DISTANCE_M }
}
