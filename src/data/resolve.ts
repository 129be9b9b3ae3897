/**
 * The dataset as one edition (报告期) shows it: every indicator with its value in that edition, or the
 * latest earlier value, carried forward and marked so (never silently); projects and honours the same
 * way. Panels read this; the series over editions (months so far, previous year, whole years) are in
 * `history`. Pure.
 */
import { asOfParts, parsePeriod, type Period } from './period'
import type { DataFiles, Edition, HonourRow, IndicatorDefinition, IndicatorValue, Meta, ProjectRow, Sector } from './schema'
import { UnitTable, type Unit } from './units'

interface Dated {
  /** The edition the figure was reported in. */
  edition: Edition
  period: Period
  /** Reported in an earlier edition than the one shown: the screen names its period. */
  carried: boolean
}

/** An indicator with its value as shown: what every panel draws. */
export interface Indicator extends Omit<IndicatorDefinition, 'unit'>, Omit<IndicatorValue, 'indicator' | 'edition' | 'period'>, Dated {
  /** The family of `value`'s unit (yuan, percent, mu, person, 个 …): value is in its base unit. */
  unit: Unit
  /** The unit the report writes it in (亿元, 家, 万亩). */
  displayUnit: string
  /** How many base units one displayUnit is (1e8 for 亿元, 1e4 for 万亩): shown = value / unitFactor. */
  unitFactor: number
  /** 预计, 初步 or 快报: the value's own mark, else its edition's; absent for final figures. */
  estimate?: IndicatorValue['estimate']
}

export interface Project extends Omit<ProjectRow, 'edition' | 'period' | 'expectedOpening'>, Dated {
  expectedOpening: Period | null
}

export interface Honour extends Omit<HonourRow, 'edition' | 'period'>, Dated {}

export interface Dataset {
  meta: Meta
  sectors: Sector[]
  /** The edition shown. */
  edition: Edition
  /** Every edition, newest first. */
  editions: Edition[]
  indicators: Indicator[]
  projects: Project[]
  honours: Honour[]
  /** Every value of every edition up to the one shown, oldest edition first (not carried). */
  history: Indicator[]
  /** Names of the indicators defined but not reported in any edition up to the one shown, by id. */
  unreported?: ReadonlyMap<string, string>
  /** Every indicator as defined, reported or not (a panel still knows what an unreadable figure was). */
  definitions?: readonly IndicatorDefinition[]
}

/** Editions newest first: by as-of date, then by their order in the file (later is newer). */
export function editionsNewestFirst(editions: readonly Edition[]): Edition[] {
  return editions
    .map((edition, index) => ({ edition, index }))
    .sort((a, b) => (a.edition.asOf === b.edition.asOf ? b.index - a.index : a.edition.asOf < b.edition.asOf ? 1 : -1))
    .map(({ edition }) => edition)
}

/** The edition `id` names, or the newest when it names none. */
export function chooseEdition(editions: readonly Edition[], id: string | undefined): Edition | undefined {
  const sorted = editionsNewestFirst(editions)
  return sorted.find((edition) => edition.id === id) ?? sorted[0]
}

/** Periods read so far, per edition and text: a file of 100,000 values has a handful of periods. */
const periods = new WeakMap<Edition, Map<string, Period>>()

/** A period read in its edition (one shared object per edition and text); checked when the file was read. */
function periodIn(edition: Edition, text: string): Period {
  let known = periods.get(edition)
  if (!known) periods.set(edition, (known = new Map()))
  const cached = known.get(text)
  if (cached) return cached
  const period = parsePeriod(text, asOfParts(edition.asOf).year)
  if (!period) throw new Error(`无法识别的期间：${text}`)
  known.set(text, period)
  return period
}

/**
 * For each key, the row of the newest edition up to `chosen` (rows of later editions are not shown).
 * `rank` maps an edition id to its age: 0 is the newest.
 */
function latestRows<T extends { edition: string }>(rows: readonly T[], keyOf: (row: T) => string, rank: Map<string, number>, chosen: number): Map<string, T> {
  const best = new Map<string, T>()
  for (const row of rows) {
    const age = rank.get(row.edition)
    if (age === undefined || age < chosen) continue
    const key = keyOf(row)
    const held = best.get(key)
    if (!held || age < (rank.get(held.edition) ?? Infinity)) best.set(key, row)
  }
  return best
}

function indicatorOf(definition: IndicatorDefinition, row: IndicatorValue, edition: Edition, carried: boolean, units: UnitTable): Indicator {
  const spec = units.get(definition.unit)
  const indicator: Indicator = {
    id: definition.id,
    name: definition.name,
    unit: spec?.family ?? definition.unit,
    displayUnit: definition.unit,
    unitFactor: spec?.factor ?? 1,
    measure: definition.measure,
    of: definition.of,
    sector: definition.sector,
    sectorBasis: definition.sectorBasis,
    topic: definition.topic,
    value: row.value,
    lowerBound: row.lowerBound,
    target: row.target,
    source: row.source,
    edition,
    period: periodIn(edition, row.period),
    carried,
  }
  // The new fields only where set, so an indicator of data without them looks as it always did.
  if (definition.partOf !== undefined) indicator.partOf = definition.partOf
  if (row.completion !== undefined) indicator.completion = row.completion
  if (row.rank !== undefined) indicator.rank = row.rank
  const estimate = row.estimate ?? edition.estimate
  if (estimate !== undefined) indicator.estimate = estimate
  return indicator
}

type Files = Partial<DataFiles> & Pick<DataFiles, 'meta' | 'editions'>

/** The dataset as the edition `editionId` (the newest when absent or unknown) shows it. */
export function resolveEdition(files: Files, editionId?: string): Dataset {
  const editions = editionsNewestFirst(files.editions)
  const edition = chooseEdition(editions, editionId) ?? { id: '', name: '', asOf: '2000-01', title: '', source: '' }
  const rank = new Map(editions.map((item, index) => [item.id, index]))
  const byId = new Map(editions.map((item) => [item.id, item]))
  const chosen = rank.get(edition.id) ?? 0
  const definitions = files.indicators ?? []
  const definitionById = new Map(definitions.map((item) => [item.id, item]))
  const values = files.values ?? []
  const units = new UnitTable(files.units ?? [])
  const latest = latestRows(values, (row) => row.indicator, rank, chosen)
  const indicators = definitions.flatMap((definition) => {
    const row = latest.get(definition.id)
    const from = row && byId.get(row.edition)
    return row && from ? [indicatorOf(definition, row, from, from.id !== edition.id, units)] : []
  })
  const history = values
    .filter((row) => (rank.get(row.edition) ?? -1) >= chosen && definitionById.has(row.indicator))
    .sort((a, b) => (rank.get(b.edition) ?? 0) - (rank.get(a.edition) ?? 0))
    .map((row) => indicatorOf(definitionById.get(row.indicator) as IndicatorDefinition, row, byId.get(row.edition) as Edition, false, units))
  const projectRows = latestRows(files.projects ?? [], (row) => row.id, rank, chosen)
  const projects = [...projectRows.values()].map((row): Project => {
    const from = byId.get(row.edition) as Edition
    // Field by field, not a spread that overwrites fields: a list of 100,000 projects stays fast to sort.
    return {
      id: row.id,
      name: row.name,
      sector: row.sector,
      sectorBasis: row.sectorBasis,
      totalInvestment: row.totalInvestment,
      completedInvestment: row.completedInvestment,
      investmentUnit: row.investmentUnit,
      status: row.status,
      statusText: row.statusText,
      statusBasis: row.statusBasis,
      expectedOpening: row.expectedOpening === null ? null : periodIn(from, row.expectedOpening),
      source: row.source,
      edition: from,
      period: periodIn(from, row.period),
      carried: from.id !== edition.id,
    }
  })
  const honours = [...latestRows(files.honours ?? [], (row) => row.id, rank, chosen).values()].map((row): Honour => {
    const from = byId.get(row.edition) as Edition
    return { id: row.id, name: row.name, holder: row.holder, source: row.source, edition: from, period: periodIn(from, row.period), carried: from.id !== edition.id }
  })
  const unreported = new Map(definitions.filter((definition) => !latest.has(definition.id)).map((definition) => [definition.id, definition.name]))
  return { meta: files.meta, sectors: files.sectors ?? [], edition, editions, indicators, projects, honours, history, unreported, definitions }
}
