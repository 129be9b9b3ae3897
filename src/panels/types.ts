/**
 * What a panel is: a definition and pure builders. Builders get everything through the context and never
 * touch Vue, the store or the DOM, so they are unit-tested with the real data and nothing mounted.
 */
import type { ChartOption } from '../charts/echarts'
import type { ThemeName } from '../charts/themes'
import type { ChartRoom } from '../charts/shape'
import type { DataFileName, Dataset } from '../data/schema'
import type { FigureCard } from './cards'

export interface PanelContext {
  dataset: Dataset
  /** The chosen sectors with their sub-sectors; empty means all. */
  sectors: ReadonlySet<string>
  theme: ThemeName
  /** Text scale: 1 at the 1920x1080 design size. */
  scale: number
  /** The chart's room on screen, where measured: the shape rules (src/charts/shape.ts) fit the chart to it. */
  room?: ChartRoom
}

export interface TableCell {
  text: string
  /** Marks a computed (derived) figure. */
  derived?: boolean
  /** A growth's direction: the table colours a rise and a fall as the growth cards do. */
  trend?: 'up' | 'down' | 'flat'
}

export interface PanelTable {
  columns: string[]
  rows: TableCell[][]
  /** How many of the last rows are sums (合计) of the rows above: not counted as rows, always listed. */
  sums?: number
}

/** town: whole-town figures the report does not split by sector; sector: items tagged with sectors. */
export type PanelScope = 'town' | 'sector'

/** What every panel has, chart or cards. `Id` is the panel's literal id, so the registry can list its ids. */
interface PanelBase<Id extends string> {
  id: Id
  /** Chinese title, also the section's accessible name. */
  title: string
  /** Display unit of the chart, e.g. 亿元, 个, %. */
  unit: string
  scope: PanelScope
  /** Data files the panel reads; a problem in one of them shows an error card instead of the chart. */
  reads: DataFileName[]
  /**
   * Indicator ids the panel shows: a problem in one of them marks this panel (and only the panels that show
   * it); the registry test checks every indicator of the data is shown on a panel that lists it.
   */
  indicators: readonly string[]
  /** The period label, e.g. 2022年1-5月. */
  period(ctx: PanelContext): string
  /** One line naming where the figures come from. */
  source(ctx: PanelContext): string
  /** A short key figure shown in the panel header, e.g. "11.39亿元 同比 +6.8% ↑". */
  headline?(ctx: PanelContext): string
  /** True when nothing in the panel belongs to the chosen sectors. */
  isEmpty?(ctx: PanelContext): boolean
  /**
   * The report's leading figures (option `headline: true` of the definition; the automatic dashboard's
   * 主要指标): screen mode opens on them alone, the 要点 slide.
   */
  leading?: boolean
  /**
   * The name of its kind while that kind's code is still to load (src/panels/registry.ts loadKinds): the
   * frame shows the loading state; every builder throws until the dashboard is built again with the code.
   */
  pending?: string
  /** The ECharts option: the chart on screen, and the picture of the panel in exports. */
  buildOption(ctx: PanelContext): ChartOption
  buildTable(ctx: PanelContext): PanelTable
}

/** A panel drawn as an ECharts chart. */
export interface ChartPanel<Id extends string = string> extends PanelBase<Id> {
  kind: 'chart'
  /** A table kind: the screen shows its data table (DOM text); the chart drawing serves exports and print. */
  tableOnScreen?: true
}

/** A panel shown as figure cards on screen; its buildOption draws the same cards for exports. */
export interface CardPanel<Id extends string = string> extends PanelBase<Id> {
  kind: 'cards'
  buildCards(ctx: PanelContext): FigureCard[]
}

export type PanelDefinition<Id extends string = string> = ChartPanel<Id> | CardPanel<Id>

/** A panel's place on a page (src/layouts/pages.ts holds the pages shown). */
export interface PanelPlacement {
  panel: string
  /** Column (0-23) and width in columns. */
  x: number
  w: number
  /** Row and height in rows of the page's row grid. */
  y: number
  h: number
}

export interface PageDefinition {
  id: string
  title: string
  /** Rows of the page grid; placements use these rows. */
  rows: number
  panels: PanelPlacement[]
}
