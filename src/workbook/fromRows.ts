/**
 * The 指标值 and 项目 sheets back into values and projects: figures from the unit of their row to the
 * base unit by moving the decimal point (decimal.ts), a level's 同比增长(%) into its growth indicator's
 * value, one row per indicator (or project) and edition. Pure.
 */
import { SECTOR_BASIS_NAMES, STATUS_BASIS_NAMES, type DataFiles, type IndicatorDefinition, type IndicatorValue, type ProjectRow } from '../data/schema'
import { MONEY_UNITS } from '../data/units'
import { readChoice, readCode, readDecimal, readRate, readText, type Cell, type Read } from './cells'
import { fromUnit } from '../format/decimal'
import { editionRef, flagRepeats, orRaw, periodRef, sectorRef, type Context } from './refs'
import { ESTIMATE_HEADER, ESTIMATE_NAMES, LOWER_BOUND_MARK, STATUS_NAMES, UNKNOWN_UNIT_EXPECTED } from './layout'
import { originOf, type Origin, type RowView } from './reader'
import { growthOfLevel } from './toBook'

const VALUE_COLUMNS = {
  indicator: '指标编号',
  edition: '报告期',
  period: '期间',
  value: '数值',
  lowerBound: '余(下限)',
  target: '年度目标',
  source: '来源原文',
  completion: '完成率(%)',
  estimate: ESTIMATE_HEADER,
  rank: '排名或比较',
}
/** Units whose figures are rates: their cells may be percent-formatted or typed as 6.5%. */
const RATE_UNITS = new Set(['%', '个百分点'])
const PROJECT_COLUMNS = {
  id: '项目编号',
  name: '项目名称',
  sector: '产业',
  sectorBasis: '产业来源',
  totalInvestment: '总投资',
  completedInvestment: '已完成投资',
  investmentUnit: '单位',
  status: '状态',
  statusText: '状态原文',
  statusBasis: '状态来源',
  expectedOpening: '预计开业',
  edition: '报告期',
  period: '期间',
  source: '来源原文',
}

function readLowerBound(cell: Cell): Read<boolean | null> {
  if (cell === true || cell === false) return { ok: true, value: cell }
  const text = readCode(cell)
  if (!text.ok || text.value === null) return text as Read<null>
  if (['余', '是', 'TRUE', 'true', '下限'].includes(text.value)) return { ok: true, value: true }
  if (['否', 'FALSE', 'false'].includes(text.value)) return { ok: true, value: false }
  return { ok: false, expected: `“${LOWER_BOUND_MARK}”或留空` }
}

/** A figure of a row in `factor` times the base unit, exactly; NaN where the cell could not be read. */
function amount(ctx: Context, row: RowView, column: string, factor: number, required = false, rate = false): number | null {
  const text = ctx.reader.take(row, column, rate ? readRate : readDecimal, required)
  if (text === undefined) return Number.NaN
  return text === null ? null : (fromUnit(text, factor) ?? Number.NaN)
}

/** The unit of a row: known (built in or declared) and of the indicator's family, or undefined with a problem. */
function unitOf(ctx: Context, row: RowView, definition: IndicatorDefinition | undefined): string | undefined {
  const text = ctx.reader.take(row, '单位', readCode, true)
  if (text === undefined || text === null) return undefined
  const unit = ctx.units.get(text)
  if (!unit) {
    ctx.reader.flag(row, '单位', UNKNOWN_UNIT_EXPECTED)
    return undefined
  }
  const own = definition && ctx.units.get(definition.unit)
  if (own && own.family !== unit.family) {
    ctx.reader.flag(row, '单位', `指标“${definition.name}”可用的单位：${ctx.units.sameFamily(definition.unit).join('、')}（不同类的单位不能换算）`)
    return undefined
  }
  return text
}

export function readValues(ctx: Context, indicators: DataFiles['indicators'], origins: Origin[]): IndicatorValue[] {
  const { reader } = ctx
  const definitions = new Map(indicators.map((item) => [item.id, item]))
  const growthOf = growthOfLevel(indicators)
  const values: IndicatorValue[] = []
  const keys: { key: string; row: RowView; column: string }[] = []
  for (const row of reader.rows('values')) {
    const id = reader.take(row, '指标编号', readCode, true)
    const definition = id ? definitions.get(id) : undefined
    if (id && !definition) reader.flag(row, '指标编号', '“指标”表中已有的指标编号')
    const edition = editionRef(ctx, row, '报告期')
    const period = periodRef(ctx, row, edition) as string
    const unit = unitOf(ctx, row, definition)
    // An unknown unit is reported above; its figure is then read as written (factor 1), never a crash.
    const factor = ctx.units.get(unit ?? definition?.unit ?? '')?.factor ?? 1
    const rate = RATE_UNITS.has(unit ?? definition?.unit ?? '')
    const item: IndicatorValue = {
      indicator: orRaw(id, row.cell('指标编号')),
      edition,
      period,
      value: amount(ctx, row, '数值', factor, true, rate) as number,
      lowerBound: reader.take(row, '余(下限)', readLowerBound) ?? false,
      target: amount(ctx, row, '年度目标', factor, false, rate),
      source: orRaw(reader.take(row, '来源原文', readText, true), row.cell('来源原文')),
    }
    const completion = amount(ctx, row, '完成率(%)', 1, false, true)
    if (completion !== null) item.completion = completion
    const estimate = reader.take(row, ESTIMATE_HEADER, (cell) => readChoice(cell, ESTIMATE_NAMES))
    if (estimate) item.estimate = estimate
    const rank = reader.take(row, '排名或比较', readText)
    if (rank) item.rank = rank
    values.push(item)
    origins.push(originOf(row, VALUE_COLUMNS))
    keys.push({ key: `${item.indicator}|${edition}`, row, column: '指标编号' })
    const growth = amount(ctx, row, '同比增长(%)', 1, false, true)
    if (growth === null || !definition) continue
    const growthIndicator = growthOf.get(definition.id)
    if (definition.measure !== 'level') reader.flag(row, '同比增长(%)', '空（增速和占比指标的数值填在“数值”列）')
    else if (!growthIndicator)
      reader.flag(row, '同比增长(%)', `空，或先在“指标”表中为“${definition.name}”添加一行增速指标（指标类型 增速，所属指标 ${definition.id}）`)
    else {
      values.push({ indicator: growthIndicator.id, edition, period, value: growth, lowerBound: false, target: null, source: item.source, ...(item.estimate ? { estimate: item.estimate } : {}) })
      origins.push(originOf(row, { ...VALUE_COLUMNS, value: '同比增长(%)', lowerBound: '同比增长(%)', target: '同比增长(%)' }))
      keys.push({ key: `${growthIndicator.id}|${edition}`, row, column: '同比增长(%)' })
    }
  }
  flagRepeats(reader, keys, '指标编号', '每个指标每个报告期只填一行')
  return values
}

export function readProjects(ctx: Context, origins: Origin[]): ProjectRow[] {
  const { reader } = ctx
  const projects: ProjectRow[] = []
  const keys: { key: string; row: RowView }[] = []
  for (const row of reader.rows('projects')) {
    const unit = reader.take(row, '单位', (cell) => {
      const text = readCode(cell)
      return !text.ok || text.value === null || (MONEY_UNITS as readonly string[]).includes(text.value) ? text : { ok: false, expected: `以下之一：${MONEY_UNITS.join('、')}，或留空` }
    }) as ProjectRow['investmentUnit'] | undefined
    // No unit with an amount: the amount is in 元 (the base unit), as the export writes it.
    const factor = ctx.units.get(unit ?? '元')?.factor ?? 1
    const edition = editionRef(ctx, row, '报告期')
    const project = {
      id: orRaw(reader.take(row, '项目编号', readCode, true), row.cell('项目编号')),
      name: orRaw(reader.take(row, '项目名称', readText, true), row.cell('项目名称')),
      sector: sectorRef(ctx, row, '产业'),
      sectorBasis: reader.take(row, '产业来源', (cell) => readChoice(cell, SECTOR_BASIS_NAMES)) ?? null,
      totalInvestment: amount(ctx, row, '总投资', factor),
      completedInvestment: amount(ctx, row, '已完成投资', factor),
      investmentUnit: unit ?? null,
      status: orRaw(reader.take(row, '状态', (cell) => readChoice(cell, STATUS_NAMES), true), row.cell('状态')),
      statusText: orRaw(reader.take(row, '状态原文', readText, true), row.cell('状态原文')),
      statusBasis: orRaw(reader.take(row, '状态来源', (cell) => readChoice(cell, STATUS_BASIS_NAMES), true), row.cell('状态来源')),
      expectedOpening: periodRef(ctx, row, edition, '预计开业', false),
      edition,
      period: periodRef(ctx, row, edition) as string,
      source: orRaw(reader.take(row, '来源原文', readText, true), row.cell('来源原文')),
    } as ProjectRow
    projects.push(project)
    origins.push(originOf(row, PROJECT_COLUMNS))
    keys.push({ key: `${project.id}|${edition}`, row })
  }
  flagRepeats(reader, keys, '项目编号', '同一报告期内唯一的项目编号')
  return projects
}
