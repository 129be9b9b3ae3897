/**
 * What a panel is: a definition and pure builders. Builders get everything through the context and never
 * touch Vue, the store or the DOM, so they are unit-tested with the real data and nothing mounted.
 */
import type { ChartOption } from '../charts/echarts'
import type { ThemeName } from '../charts/themes'
import type { DataFileName, Dataset } from '../data/schema'
import type { FigureCard } from './cards'

export interface PanelContext {
  dataset: Dataset
  /** The chosen sectors with their sub-sectors; empty means all. */
  sectors: ReadonlySet<string>
  theme: ThemeName
  /** Text scale: 1 at the 1920x1080 design size. */
  scale: number
}

export interface TableCell {
  text: string
  /** Marks a computed (derived) figure. */
  derived?: boolean
}

export interface PanelTable {
  columns: string[]
  rows: TableCell[][]
}

/** town: whole-town figures the report does not split by sector; sector: items tagged with sectors. */
export type PanelScope = 'town' | 'sector'

export interface PanelDefinition {
  id: string
  /** Chinese title, also the section's accessible name. */
  title: string
  /** Display unit of the chart, e.g. 亿元, 个, %. */
  unit: string
  scope: PanelScope
  /** Data files the panel reads; a problem in one of them shows an error card instead of the chart. */
  reads: DataFileName[]
  /** Indicator ids the panel shows (the registry test checks every indicator is shown somewhere). */
  indicators: string[]
  /** True when the panel shows every project. */
  showsProjects?: boolean
  /** The period label, e.g. 2022年1-5月. */
  period(ctx: PanelContext): string
  /** One line naming where the figures come from. */
  source(ctx: PanelContext): string
  /** A short key figure shown in the panel header, e.g. "11.39亿元 同比 +6.8% ↑". */
  headline?(ctx: PanelContext): string
  /** True when nothing in the panel belongs to the chosen sectors. */
  isEmpty?(ctx: PanelContext): boolean
  /** chart: an ECharts option; cards: the panel renders figure cards (buildOption still serves export). */
  kind?: 'chart' | 'cards'
  /** For kind cards: the figure cards shown on screen. */
  buildCards?(ctx: PanelContext): FigureCard[]
  buildOption(ctx: PanelContext): ChartOption
  buildTable(ctx: PanelContext): PanelTable
}
