/**
 * The context a panel is built from, out of the data files read so far and the view at one moment: the
 * one builder for the panel on screen (PanelFrame), screen mode's card sizes, the exports, the deck and
 * print, so all of them show the same thing. Pure.
 */
import type { ThemeName } from '../charts/themes'
import { keepDenseMark, type ChartRoom } from '../charts/shape'
import type { DataFileName, DataFiles, Dataset } from '../data/schema'
import { resolveEdition } from '../data/resolve'
import type { ChartOption } from '../charts/echarts'
import { ariaDescription } from '../charts/ariaSummary'
import { withDataTextCaps } from '../charts/textCaps'
import type { PanelContext, PanelDefinition } from './types'

/** The dataset key of a data file: 'sectors.json' -> 'sectors'. */
function keyOf(name: DataFileName): keyof DataFiles {
  return name.replace('.json', '') as keyof DataFiles
}

/** True when every file in `reads` has a good value (files never read good leave the panel without data). */
export function filesLoaded(values: Partial<DataFiles>, reads: readonly DataFileName[]): boolean {
  return reads.every((name) => values[keyOf(name)] !== undefined)
}

/**
 * What is on screen at one moment, as every panel context is built from it: the data read so far and
 * the view (filter, edition, theme, text scale). The frame reads it live; an export, the deck and print
 * take it at the click (src/stores/panelView.ts builds it from the stores).
 */
export interface PanelView {
  /** The last good value of each data file, as the panels show it. */
  values: Partial<DataFiles>
  /** The edition shown (报告期 id); the newest when absent. */
  edition?: string
  /** Chosen sector ids (for names) and the same with sub-sectors (the panels' filter); empty = all. */
  chosen: readonly string[]
  expanded: ReadonlySet<string>
  theme: ThemeName
  scale: number
}

/** How one output draws the view: its own theme or text scale (print: light; the deck: scale 1). */
export interface ContextLook {
  theme?: ThemeName
  scale?: number
  /** The sector list could not be read at all: the panel draws unfiltered, without reading sectors.json. */
  withoutSectors?: boolean
  /** The chart's room on screen (its size and the smallest text scale allowed), where measured. */
  room?: ChartRoom
}

const NO_SECTORS: ReadonlySet<string> = new Set()

/**
 * The one builder of a panel's context: the view's data, filter, edition, theme and scale (with the
 * output's `look`); undefined while a file the panel reads has no good value.
 */
export function contextFor(panel: Pick<PanelDefinition, 'reads'>, view: PanelView, look: ContextLook = {}): PanelContext | undefined {
  const reads = look.withoutSectors ? panel.reads.filter((name) => name !== 'sectors.json') : panel.reads
  if (!filesLoaded(view.values, reads)) return undefined
  const ctx = panelContext(view.values, look.withoutSectors ? NO_SECTORS : view.expanded, look.theme ?? view.theme, look.scale ?? view.scale, view.edition)
  return ctx && look.room ? { ...ctx, room: look.room } : ctx
}

/**
 * The context of the current data, sector filter (chosen sectors with their sub-sectors), theme and text
 * scale, as the edition `editionId` shows it (the newest when absent or unknown); undefined until meta.json
 * and editions.json, which every panel's period and source line name, have been read.
 */
function panelContext(values: Partial<DataFiles>, sectors: ReadonlySet<string>, theme: ThemeName, scale: number, editionId?: string): PanelContext | undefined {
  const { meta, editions } = values
  if (!meta || !editions) return undefined
  return { dataset: resolvedOnce(values, meta, editions, editionId), sectors, theme, scale }
}

/** The dataset of one read as one edition shows it, resolved once for every panel (100,000 projects). */
const resolved = new WeakMap<Partial<DataFiles>, Map<string, Dataset>>()

function resolvedOnce(values: Partial<DataFiles>, meta: DataFiles['meta'], editions: DataFiles['editions'], editionId: string | undefined): Dataset {
  let byEdition = resolved.get(values)
  if (!byEdition) resolved.set(values, (byEdition = new Map()))
  const key = editionId ?? ''
  let dataset = byEdition.get(key)
  if (!dataset) byEdition.set(key, (dataset = resolveEdition({ ...values, meta, editions }, editionId)))
  return dataset
}

/**
 * A panel's chart option as drawn, on screen and in exports: its builder's option with every category
 * label drawn (wrapped, never hidden or cut), and an accessible description with the key figures.
 */
export function buildPanelOption(panel: PanelDefinition, ctx: PanelContext, headline?: string): ChartOption {
  const built = panel.buildOption(ctx)
  const option = withDataTextCaps(built, ctx.scale)
  const aria = { enabled: true, label: { description: ariaDescription(option, panel.title, panel.unit, headline) } }
  return keepDenseMark(built, { ...option, aria })
}
