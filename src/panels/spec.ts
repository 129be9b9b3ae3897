/**
 * What a kind is handed: one panel of the dashboard definition (data/dashboard.json), and readers of the
 * options it takes. A kind knows no indicator of any town: the ids come from here.
 */
import type { PanelOptions } from '../data/dashboardSchema'
import type { PanelDefinition, PanelScope } from './types'

export interface PanelSpec {
  id: string
  title: string
  /** The kind's name (指标卡, 总量对比…). */
  kind: string
  /** Indicator ids in the order shown. */
  indicators: readonly string[]
  options: PanelOptions
}

/** A panel kind: a pure builder of a panel from its definition. */
export interface PanelKind {
  /** One line for the workbook's guide and the docs: what it draws, which indicators it takes. */
  about: string
  build(spec: PanelSpec): PanelDefinition
}

/** A text option, or the fallback. */
export function textOption(spec: PanelSpec, key: string, fallback: string): string {
  const value = spec.options[key]
  return typeof value === 'string' ? value : fallback
}

/** A text option that may be absent. */
export function maybeText(spec: PanelSpec, key: string): string | undefined {
  const value = spec.options[key]
  return typeof value === 'string' ? value : undefined
}

/** A map option (indicator id -> text), e.g. short labels: {"gdp_id": "地区生产总值"}. */
export function mapOption(spec: PanelSpec, key: string): Readonly<Record<string, string>> {
  const value = spec.options[key]
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {}
}

/** town: whole-town figures (the sector filter leaves them); sector: figures follow the filter (default). */
export function scopeOption(spec: PanelSpec, fallback: PanelScope = 'sector'): PanelScope {
  const value = spec.options.scope
  return value === 'town' || value === 'sector' ? value : fallback
}

/** A whole-number option (checked in src/data/dashboardSchema.ts), or the fallback. */
export function countOption(spec: PanelSpec, key: string, fallback: number): number {
  const value = spec.options[key]
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : fallback
}
