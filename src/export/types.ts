/**
 * What the export menu hands to the lazily loaded exporter: a snapshot of what is on screen at the click
 * (data, filter, theme, text scale) and the user's choices. Types only, so the menu stays in the first
 * load without pulling the exporter in.
 */
import type { ThemeName } from '../charts/themes'
import type { DataFiles } from '../data/schema'
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

export interface ExportState {
  /** The last good value of each data file, as the panels show it. */
  values: Partial<DataFiles>
  /** The edition shown (报告期); the newest when absent. */
  edition?: string
  /** Chosen sector ids (for names) and the same with sub-sectors (for the panels' context). */
  chosen: readonly string[]
  expanded: ReadonlySet<string>
  theme: ThemeName
  scale: number
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
