/**
 * The context a panel is built from, out of the data files read so far: one function for the panel on
 * screen (PanelFrame) and its export, so both show the same thing. Pure.
 */
import type { ThemeName } from '../charts/themes'
import type { DataFileName, Dataset } from '../data/schema'
import type { ChartOption } from '../charts/echarts'
import { ariaDescription } from '../charts/ariaSummary'
import { withDataTextCaps } from '../charts/textCaps'
import type { PanelContext, PanelDefinition } from './types'

/** The dataset key of a data file: 'sectors.json' -> 'sectors'. */
function keyOf(name: DataFileName): keyof Dataset {
  return name.replace('.json', '') as keyof Dataset
}

/** True when every file in `reads` has a good value (files never read good leave the panel without data). */
export function filesLoaded(values: Partial<Dataset>, reads: readonly DataFileName[]): boolean {
  return reads.every((name) => values[keyOf(name)] !== undefined)
}

/**
 * The context of the current data, sector filter (chosen sectors with their sub-sectors), theme and text
 * scale; undefined until meta.json, which every panel's source line names, has been read.
 */
export function panelContext(values: Partial<Dataset>, sectors: ReadonlySet<string>, theme: ThemeName, scale: number): PanelContext | undefined {
  if (!values.meta) return undefined
  return {
    dataset: { meta: values.meta, sectors: values.sectors ?? [], indicators: values.indicators ?? [], projects: values.projects ?? [] },
    sectors,
    theme,
    scale,
  }
}

/**
 * A panel's chart option as drawn, on screen and in exports: its builder's option with every category
 * label drawn (wrapped, never hidden or cut), and an accessible description with the key figures.
 */
export function buildPanelOption(panel: PanelDefinition, ctx: PanelContext, headline?: string): ChartOption {
  const option = withDataTextCaps(panel.buildOption(ctx), ctx.scale)
  const aria = { enabled: true, label: { description: ariaDescription(option, panel.title, panel.unit, headline) } }
  return { ...option, aria }
}
