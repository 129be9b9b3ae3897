/**
 * The data files as workbook rows: ids kept, sectors and statuses by their Chinese names, figures in the
 * unit of their row (exactly: 1139000000 元 is 11.39 亿元). A growth that qualifies the level just before
 * it (same edition, period and source) is written in that row's 同比增长(%) column. Pure.
 */
import { MEASURE_NAMES, SECTOR_BASIS_NAMES, STATUS_BASIS_NAMES, type DataFiles, type IndicatorDefinition, type IndicatorValue } from '../data/schema'
import { BUILT_IN_UNITS, UnitTable } from '../data/units'
import { toUnit } from '../format/decimal'
import { dashboardRows } from './dashboardSheets'
import { BUILT_IN_MARK, LOWER_BOUND_MARK, META_ROWS, STATUS_NAMES, TOPIC_NAMES, type DataSheetKey } from './layout'

export type OutCell = string | number | null
export type BookRows = Record<DataSheetKey, OutCell[][]>

/** The one growth indicator that qualifies each level indicator (none where two or more would). */
export function growthOfLevel(indicators: readonly IndicatorDefinition[]): Map<string, IndicatorDefinition> {
  const found = new Map<string, IndicatorDefinition | null>()
  for (const item of indicators)
    if (item.measure === 'growth' && item.of !== null) found.set(item.of, found.has(item.of) ? null : item)
  const levels = new Set(indicators.filter((item) => item.measure === 'level').map((item) => item.id))
  return new Map([...found].filter((entry): entry is [string, IndicatorDefinition] => entry[1] !== null && levels.has(entry[0])))
}

/** The growth value that can share its level's row: the next value, of the level's growth, same edition, period and source. */
function foldable(level: IndicatorValue, next: IndicatorValue | undefined, growth: IndicatorDefinition | undefined): boolean {
  return (
    next !== undefined &&
    growth !== undefined &&
    next.indicator === growth.id &&
    next.edition === level.edition &&
    next.period === level.period &&
    next.source === level.source &&
    !next.lowerBound &&
    next.target === null &&
    next.completion === undefined &&
    next.rank === undefined &&
    next.estimate === level.estimate
  )
}

export function toBookRows(files: DataFiles): BookRows {
  // By name, as a clerk reads it; by id where two sectors share a name, so the import finds the right one.
  const shared = new Set(files.sectors.filter((sector, index) => files.sectors.findIndex((other) => other.name === sector.name) !== index).map((sector) => sector.name))
  const sectorName = new Map(files.sectors.map((sector) => [sector.id, shared.has(sector.name) ? sector.id : sector.name]))
  const named = (id: string | null) => (id === null ? null : (sectorName.get(id) ?? id))
  const definitions = new Map(files.indicators.map((item) => [item.id, item]))
  const growthOf = growthOfLevel(files.indicators)
  const units = new UnitTable(files.units)

  const values: OutCell[][] = []
  for (let index = 0; index < files.values.length; index += 1) {
    const item = files.values[index]
    const definition = definitions.get(item.indicator)
    const unit = definition?.unit ?? '%'
    const factor = units.get(unit)?.factor ?? 1
    const next = files.values[index + 1]
    const folded = foldable(item, next, growthOf.get(item.indicator))
    if (folded) index += 1
    values.push([
      item.indicator,
      definition?.name ?? null,
      item.edition,
      item.period,
      toUnit(item.value, factor),
      unit,
      folded ? next.value : null,
      item.lowerBound ? LOWER_BOUND_MARK : null,
      item.target === null ? null : toUnit(item.target, factor),
      item.completion ?? null,
      item.estimate ?? null,
      item.rank ?? null,
      item.source,
    ])
  }

  return {
    editions: files.editions.map((item) => [item.id, item.name, item.asOf, item.title, item.source, item.estimate ?? null]),
    indicators: files.indicators.map((item) => [
      item.id,
      item.name,
      item.unit,
      named(item.sector),
      item.sectorBasis === null ? null : SECTOR_BASIS_NAMES[item.sectorBasis],
      TOPIC_NAMES[item.topic],
      MEASURE_NAMES[item.measure],
      item.of,
      item.partOf ?? null,
    ]),
    values,
    projects: files.projects.map((item) => {
      const factor = BUILT_IN_UNITS.get(item.investmentUnit ?? '元')?.factor ?? 1
      const amount = (yuan: number | null) => (yuan === null ? null : toUnit(yuan, factor))
      return [
        item.id,
        item.name,
        named(item.sector),
        item.sectorBasis === null ? null : SECTOR_BASIS_NAMES[item.sectorBasis],
        amount(item.totalInvestment),
        amount(item.completedInvestment),
        item.investmentUnit,
        STATUS_NAMES[item.status],
        STATUS_BASIS_NAMES[item.statusBasis],
        item.statusText,
        item.expectedOpening,
        item.edition,
        item.period,
        item.source,
      ]
    }),
    sectors: files.sectors.map((item) => [item.id, item.name, item.colour, named(item.parent)]),
    units: unitRows(files.units),
    honours: files.honours.map((item) => [item.id, item.name, item.holder, item.edition, item.period, item.source]),
    ...dashboardRows(files.dashboard),
    meta: (Object.keys(META_ROWS) as (keyof typeof META_ROWS)[]).map((key) => [META_ROWS[key], files.meta[key]]),
  }
}

/**
 * The 单位 sheet: every built-in unit (marked 内置, so the drop-downs of the other sheets list them), then
 * the declared ones as the data declares them.
 */
function unitRows(declared: DataFiles['units']): OutCell[][] {
  const builtIn = [...BUILT_IN_UNITS.values()].map((unit): OutCell[] => [
    unit.name,
    unit.base === unit.name ? null : unit.base,
    unit.base === unit.name ? null : unit.factor,
    BUILT_IN_MARK,
  ])
  return [...builtIn, ...declared.map((unit): OutCell[] => [unit.name, unit.base ?? null, unit.factor ?? null, null])]
}

/** A workbook with headers only (the 基本信息 labels kept), for a fresh start. */
export function blankBookRows(): BookRows {
  return {
    editions: [],
    indicators: [],
    values: [],
    projects: [],
    sectors: [],
    units: unitRows([]),
    honours: [],
    pages: [],
    panels: [],
    meta: Object.values(META_ROWS).map((label) => [label, null]),
  }
}
