/**
 * What the project panels share: which projects the filter keeps, status names, short names for axes, and
 * the table that lists every shown project with its investment or 未公布 (never 0).
 */
import type { Dataset, Project } from '../data/schema'
import { STATUS_NAMES } from '../data/statusNames'
import { formatMoney } from '../format/number'
import { formatPeriod } from '../format/period'
import { SECTOR_BASIS_NAMES, STATUS_BASIS_NAMES } from '../data/schema'
import { sectorName } from '../data/sectorName'
import { NotInEdition, sourceLine, visibleItems } from './lookup'
import { perContext, table } from './lists'
import type { ChartPanel, PanelContext, PanelTable } from './types'

// The names live beside the schema: the workbook (src/workbook) writes them too.
export { STATUS_NAMES }

/** Shown where the report gives no amount. */
const NOT_PUBLISHED = '未公布'

/** The projects of the chosen sectors; projects without a sector only when no filter is set. */
const visibleProjects: (ctx: PanelContext) => readonly Project[] = perContext((ctx) => visibleItems(ctx, 'sector', ctx.dataset.projects))

/** Editions a project may go unreported before it leaves the current view for 往期项目 (the panel's `staleAfter`). */
export const DEFAULT_STALE_AFTER = 12

/** Each edition's age in a dataset: 0 for the newest. */
const editionAges = new WeakMap<Dataset, Map<string, number>>()

/** How many editions up to the shown one have not reported the project: 0 when the shown edition reports it. */
export function editionsUnreported(dataset: Dataset, project: Pick<Project, 'edition'>): number {
  let ages = editionAges.get(dataset)
  if (!ages) editionAges.set(dataset, (ages = new Map(dataset.editions.map((edition, index) => [edition.id, index]))))
  const shown = ages.get(dataset.edition.id) ?? 0
  return Math.max(0, (ages.get(project.edition.id) ?? shown) - shown)
}

/** Projects of the current view, and 往期项目: those `staleAfter` or more editions unreported, listed in the table only. */
export interface AgedProjects {
  current: Project[]
  past: Project[]
}

export function splitByAge(dataset: Dataset, projects: readonly Project[], staleAfter: number): AgedProjects {
  const current: Project[] = []
  const past: Project[] = []
  for (const project of projects) (editionsUnreported(dataset, project) >= staleAfter ? past : current).push(project)
  return { current, past }
}

/**
 * A project's as-of, once: 截至报道时 when the shown edition reports it; 截至2019年1-5月 when carried from
 * the 2019年1-5月 edition (its own period when the report dates it: 2019年6月23日).
 */
export function projectAsOf(project: Pick<Project, 'period' | 'carried' | 'edition'>): string {
  if (project.carried && project.period.kind === 'asOfReport') return `截至${project.edition.name}`
  return formatPeriod(project.period)
}

/**
 * The header's period of the current projects in one line, however many editions they come from:
 * 截至报道时；另 12 个沿用往期报道（截至2021年1-3月至2022年1-11月，各项见数据表）.
 */
export function projectsPeriod(dataset: Dataset, current: readonly Project[], past: readonly Project[]): string {
  const own = new Set<string>()
  const carried: Project[] = []
  for (const project of current) {
    if (project.carried) carried.push(project)
    else own.add(formatPeriod(project.period))
  }
  const parts = [...own]
  if (carried.length > 0) {
    let oldest = carried[0]
    let newest = carried[0]
    for (const project of carried) {
      const age = editionsUnreported(dataset, project)
      if (age > editionsUnreported(dataset, oldest)) oldest = project
      if (age < editionsUnreported(dataset, newest)) newest = project
    }
    const range = oldest.edition === newest.edition ? `截至${oldest.edition.name}` : `截至${oldest.edition.name}至${newest.edition.name}`
    parts.push(`${own.size > 0 ? '另 ' : ''}${carried.length} 个沿用往期报道（${range}）`)
  }
  if (current.length === 0 && past.length > 0) parts.push(`${past.length} 个往期项目（见数据表）`)
  return parts.join('；')
}

/** An amount in its own scale (100亿元, 6000万元), or 未公布. */
export function investmentText(yuan: number | null): string {
  return yuan === null ? NOT_PUBLISHED : formatMoney(yuan)
}

/** A name short enough for an axis: up to the first bracket or "暨", at most 12 characters. */
export function shortName(name: string): string {
  const head = name.split(/[（(暨]/)[0] || name
  return head.length > 12 ? `${head.slice(0, 11)}…` : head
}

/** Sector name with its parent, e.g. 工业·新材料; 未注明 for none. */
export function sectorLabel(ctx: PanelContext, sector: string | null): string {
  const found = ctx.dataset.sectors.find((item) => item.id === sector)
  if (!found?.parent) return sectorName(ctx.dataset, sector)
  return `${sectorName(ctx.dataset, found.parent)}·${found.name}`
}

/** The shown projects split by age, once per render: `staleAfter` from the panel's definition. */
export function agedProjects(staleAfter: number): (ctx: PanelContext) => AgedProjects {
  return perContext((ctx) => splitByAge(ctx.dataset, visibleProjects(ctx), staleAfter))
}

/**
 * The parts every project panel shares: it reads the projects, shows the current ones (往期项目 only in its
 * table), empty without any.
 */
export function projectPanelBase<const Id extends string>(id: Id, title: string, unit: string, aged: (ctx: PanelContext) => AgedProjects) {
  return {
    id,
    title,
    unit,
    scope: 'sector',
    kind: 'chart',
    reads: ['meta.json', 'sectors.json', 'editions.json', 'projects.json'],
    indicators: [],
    period: (ctx) => {
      if (ctx.dataset.projects.length === 0) throw new NotInEdition(`报告期“${ctx.dataset.edition.name}”及以前各期没有项目数据`)
      const { current, past } = aged(ctx)
      // Under a filter that leaves nothing, the period of every project, as the source line does.
      return current.length + past.length > 0 ? projectsPeriod(ctx.dataset, current, past) : projectsPeriod(ctx.dataset, ctx.dataset.projects, [])
    },
    source: (ctx) => {
      const { current, past } = aged(ctx)
      return sourceLine(ctx.dataset, current.length > 0 ? current : past.length > 0 ? past : ctx.dataset.projects)
    },
    isEmpty: (ctx) => visibleProjects(ctx).length === 0,
  } satisfies Partial<ChartPanel<Id>>
}

/** A project's sector and how it was attributed: 工业·新材料（按名称归类）; 未注明. */
export function attributedSector(ctx: PanelContext, project: Pick<Project, 'sector' | 'sectorBasis'>): string {
  const label = sectorLabel(ctx, project.sector)
  return project.sectorBasis === 'assigned' ? `${label}（${SECTOR_BASIS_NAMES.assigned}）` : label
}

/** A project's progress and how it is known: 在建; 落地开工（按报道推断）; 未说明进度. */
export function attributedStatus(project: Pick<Project, 'status' | 'statusBasis'>): string {
  return project.statusBasis === 'inferred' ? `${STATUS_NAMES[project.status]}（${STATUS_BASIS_NAMES.inferred}）` : STATUS_NAMES[project.status]
}

/** The first line of the table's 往期项目 part. */
function pastHeading(count: number, staleAfter: number): string {
  return `往期项目（${count} 个：连续 ${staleAfter} 期以上未报道，不计入图表和合计）`
}

/**
 * Every shown project: sector, total and completed investment (or 未公布), progress, its own as-of and the
 * report's words; then, under a 往期项目 line, the projects that left the current view.
 */
export function projectsTable(ctx: PanelContext, projects: readonly Project[], past: readonly Project[] = [], staleAfter = DEFAULT_STALE_AFTER): PanelTable {
  const row = (project: Project) => [
    project.name,
    attributedSector(ctx, project),
    investmentText(project.totalInvestment),
    investmentText(project.completedInvestment),
    attributedStatus(project),
    projectAsOf(project),
    project.expectedOpening ? `${project.statusText}（预计开业：${formatPeriod(project.expectedOpening)}）` : project.statusText,
  ]
  const pastRows = past.length > 0 ? [[pastHeading(past.length, staleAfter), '', '', '', '', '', ''], ...past.map(row)] : []
  return table(['项目', '产业', '总投资', '已完成投资', '进度', '期间', '报道说明'], [...projects.map(row), ...pastRows])
}
