/**
 * What the export menu hands to the lazily loaded exporter: a snapshot of what is on screen at the click
 * (data, filter, theme, text scale) and the user's choices. Types only, so the menu stays in the first
 * load without pulling the exporter in.
 */
import type { PanelView } from '../panels/context'
import type { PanelTarget } from './targets'

type ExportFormat = 'png' | 'jpeg' | 'svg'
export type ExportRatio = 1 | 2 | 4
/** screen: the theme on screen; white: the light theme on white, for print. */
export type ExportBackground = 'screen' | 'white'

export interface ExportChoice {
  format: ExportFormat
  ratio: ExportRatio
  background: ExportBackground
}

/** The view at the click (the one snapshot every output builds its panel contexts from), and the panels on screen. */
export interface ExportState extends PanelView {
  /** The panels on screen, by id: an export takes a panel's on-screen chart size from its element. */
  targets: ReadonlyMap<string, PanelTarget>
}

export interface ExportedFile {
  name: string
  blob: Blob
  /** Pixel size (SVG: its width and height attributes). */
  width: number
  height: number
  /** The ratio used; below the requested one when the canvas limits reduced it. */
  ratio: number
  reduced: boolean
}
