/**
 * Checks that span the data files: unique ids, known sectors and editions, values that fit their
 * indicator, periods that can be read in their edition. References are checked only against a file that
 * passed its own schema whole: an item of a broken file is already reported, and the items pointing at it
 * are not wrong themselves. Pure.
 */
import type { DataIssue } from './issue'
import { asOfParts, isPeriodText, PERIOD_FORMS } from './period'
import { DECLARE_HINT, UnitTable } from './units'
import {
  type DeclaredUnit,
  MAX_GROWTH,
  MAX_LEVEL,
  type DataFileName,
  type Edition,
  type HonourRow,
  type IndicatorDefinition,
  type IndicatorValue,
  type ProjectRow,
  type Sector,
} from './schema'

/** An item of a list file with its index in the file, so messages name the right path. */
export interface Entry<T> {
  index: number
  item: T
}

/** Items named by a check that spans files; the index set lets the rest of the file be kept. */
export interface CrossResult {
  issues: DataIssue[]
  bad: Set<number>
}

export type ListName = Exclude<DataFileName, 'meta.json' | 'dashboard.json'>

export interface CrossParts {
  editions?: readonly Entry<Edition>[]
  units?: readonly Entry<DeclaredUnit>[]
  sectors?: readonly Entry<Sector>[]
  indicators?: readonly Entry<IndicatorDefinition>[]
  values?: readonly Entry<IndicatorValue>[]
  projects?: readonly Entry<ProjectRow>[]
  honours?: readonly Entry<HonourRow>[]
}

/** Which list files passed their own schema whole (references into the others are not checked). */
export type Whole = Partial<Record<'editions' | 'units' | 'sectors' | 'indicators', boolean>>

const LIST_NAMES: ListName[] = ['editions.json', 'units.json', 'sectors.json', 'indicators.json', 'values.json', 'projects.json', 'honours.json']

type Flag = (name: ListName, index: number, issue: Omit<DataIssue, 'file'>) => void

/** Items whose key repeats an earlier item's: named by `field`, with the earlier item's place. */
function duplicates<T extends { id?: string; indicator?: string; edition?: string }>(
  name: ListName,
  list: string,
  entries: readonly Entry<T>[],
  field: 'id' | 'indicator',
  expected: string,
  flag: Flag,
): void {
  const first = new Map<string, number>()
  for (const { index, item } of entries) {
    const key = `${item[field] ?? ''}|${item.edition ?? ''}`
    const seen = first.get(key)
    if (seen === undefined) first.set(key, index)
    else flag(name, index, { path: `${list}[${index}].${field}`, expected, got: `${JSON.stringify(item[field])}（与 ${list}[${seen}] 重复）` })
  }
}

function valueRange(measure: IndicatorDefinition['measure'], family: string | undefined): [number, number, string] {
  if (measure === 'share') return [0, 100, '0 到 100 之间的占比']
  if (measure === 'growth') return [-100, MAX_GROWTH, `-100 到 ${MAX_GROWTH} 之间的增幅`]
  // A difference of rates (高0.8个百分点) may be below zero.
  if (family === 'point') return [-MAX_GROWTH, MAX_GROWTH, `-${MAX_GROWTH} 到 ${MAX_GROWTH} 之间的百分点数`]
  return [0, MAX_LEVEL, `0 到 ${MAX_LEVEL} 之间的数值`]
}

/** The unit table of the declared units that passed their own schema (problems reported on units.json). */
function declaredTable(parts: Pick<CrossParts, 'units'>): UnitTable {
  return new UnitTable((parts.units ?? []).map(({ item }) => item))
}

export function crossCheck(parts: CrossParts, whole: Whole = { editions: true, sectors: true, indicators: true }): Record<ListName, CrossResult> {
  const out = Object.fromEntries(LIST_NAMES.map((name) => [name, { issues: [], bad: new Set() }])) as unknown as Record<ListName, CrossResult>
  const flag: Flag = (name, index, issue) => {
    out[name].bad.add(index)
    out[name].issues.push({ file: `data/${name}`, ...issue })
  }
  const sectorIds = new Set((parts.sectors ?? []).map(({ item }) => item.id))
  const checkSectors = parts.sectors !== undefined && whole.sectors === true
  const editions = new Map((parts.editions ?? []).map(({ item }) => [item.id, item]))
  const checkEditions = parts.editions !== undefined && whole.editions === true
  // The first of a repeated id is the one kept (the repeat is reported), so values are checked against it.
  const definitions = new Map<string, IndicatorDefinition>()
  for (const { item } of parts.indicators ?? []) if (!definitions.has(item.id)) definitions.set(item.id, item)
  const checkIndicators = parts.indicators !== undefined && whole.indicators === true

  const sector = (name: ListName, list: string, index: number, id: string | null, field = 'sector') => {
    if (id !== null && checkSectors && !sectorIds.has(id))
      flag(name, index, {
        path: `${list}[${index}].${field}`,
        expected: `已在 data/sectors.json 中定义的产业（${[...sectorIds].join('、')}）或 null`,
        got: JSON.stringify(id),
      })
  }
  /** The edition exists, and the period can be read in it (its year given to 6月23日). */
  const dated = (name: ListName, list: string, index: number, item: { edition: string; period: string }, extra: string[] = []) => {
    const edition = editions.get(item.edition)
    if (!edition) {
      if (checkEditions)
        flag(name, index, {
          path: `${list}[${index}].edition`,
          expected: `已在 data/editions.json 中定义的报告期（${[...editions.keys()].join('、')}）`,
          got: JSON.stringify(item.edition),
        })
      return
    }
    const year = asOfParts(edition.asOf).year
    for (const field of ['period', ...extra]) {
      const text = (item as unknown as Record<string, string | null>)[field]
      if (text !== null && !isPeriodText(text, year))
        flag(name, index, { path: `${list}[${index}].${field}`, expected: `期间，写法如 ${PERIOD_FORMS}`, got: JSON.stringify(text) })
    }
  }

  if (parts.editions) duplicates('editions.json', 'editions', parts.editions, 'id', '唯一的标识', flag)
  const units = declaredTable(parts)
  if (parts.units) {
    const seen = new Map<string, number>()
    for (const { index, item } of parts.units) {
      const first = seen.get(item.name)
      if (first !== undefined) flag('units.json', index, { path: `units[${index}].name`, expected: '唯一的单位名', got: `${JSON.stringify(item.name)}（与 units[${first}] 重复）` })
      else seen.set(item.name, index)
    }
    for (const problem of units.problems) {
      const item = parts.units[problem.index]
      flag('units.json', item.index, {
        path: `units[${item.index}].${problem.field}`,
        expected: problem.expected,
        got: JSON.stringify(item.item[problem.field] ?? null),
      })
    }
  }
  // Units are checked against the declared ones only when units.json is whole: a broken declaration is
  // reported there, not again at every indicator using it.
  const checkUnits = parts.units === undefined || whole.units !== false
  if (parts.sectors) {
    duplicates('sectors.json', 'sectors', parts.sectors, 'id', '唯一的标识', flag)
    for (const { index, item } of parts.sectors)
      if (item.parent === item.id)
        flag('sectors.json', index, { path: `sectors[${index}].parent`, expected: '另一个产业的编号或 null', got: JSON.stringify(item.parent) })
      else sector('sectors.json', 'sectors', index, item.parent, 'parent')
  }
  if (parts.indicators) {
    duplicates('indicators.json', 'indicators', parts.indicators, 'id', '唯一的标识', flag)
    for (const { index, item } of parts.indicators) {
      sector('indicators.json', 'indicators', index, item.sector)
      if (checkIndicators && item.of !== null && !definitions.has(item.of))
        flag('indicators.json', index, { path: `indicators[${index}].of`, expected: '本文件中已有指标的 id', got: JSON.stringify(item.of) })
      if (checkUnits && !units.has(item.unit))
        flag('indicators.json', index, { path: `indicators[${index}].unit`, expected: DECLARE_HINT, got: `未知单位 ${JSON.stringify(item.unit)}` })
      if (checkIndicators && item.partOf !== undefined) {
        const whole = definitions.get(item.partOf)
        if (!whole || item.partOf === item.id)
          flag('indicators.json', index, { path: `indicators[${index}].partOf`, expected: '本文件中另一个指标的 id（本指标是它的“其中”一项）', got: JSON.stringify(item.partOf) })
        else if (whole.measure !== item.measure || (units.has(item.unit) && units.has(whole.unit) && units.get(item.unit)?.family !== units.get(whole.unit)?.family))
          flag('indicators.json', index, {
            path: `indicators[${index}].partOf`,
            expected: `与整体“${whole.name}”同类型、同类单位的指标（整体为 ${whole.unit}）`,
            got: `${JSON.stringify(item.partOf)}（本指标单位 ${item.unit}）`,
          })
      }
    }
  }
  if (parts.values) {
    duplicates('values.json', 'values', parts.values, 'indicator', '同一报告期内唯一的指标（每个指标每个报告期一个值）', flag)
    for (const { index, item } of parts.values) {
      dated('values.json', 'values', index, item)
      const definition = definitions.get(item.indicator)
      if (!definition) {
        if (checkIndicators)
          flag('values.json', index, {
            path: `values[${index}].indicator`,
            expected: '已在 data/indicators.json 中定义的指标编号',
            got: JSON.stringify(item.indicator),
          })
        continue
      }
      const [min, max, expected] = valueRange(definition.measure, units.get(definition.unit)?.family)
      for (const field of ['value', 'target'] as const) {
        const value = item[field]
        if (value !== null && (value < min || value > max)) flag('values.json', index, { path: `values[${index}].${field}`, expected, got: String(value) })
      }
    }
  }
  if (parts.projects) {
    duplicates('projects.json', 'projects', parts.projects, 'id', '同一报告期内唯一的标识', flag)
    for (const { index, item } of parts.projects) {
      sector('projects.json', 'projects', index, item.sector)
      dated('projects.json', 'projects', index, item, ['expectedOpening'])
      if (item.totalInvestment !== null && item.completedInvestment !== null && item.completedInvestment > item.totalInvestment)
        flag('projects.json', index, {
          path: `projects[${index}].completedInvestment`,
          expected: `不大于总投资 ${item.totalInvestment} 元`,
          got: String(item.completedInvestment),
        })
    }
  }
  if (parts.honours) {
    duplicates('honours.json', 'honours', parts.honours, 'id', '同一报告期内唯一的标识', flag)
    for (const { index, item } of parts.honours) dated('honours.json', 'honours', index, item)
  }
  return out
}
