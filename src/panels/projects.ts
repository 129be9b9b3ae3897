/**
 * What the project panels share: which projects the filter keeps, status names, short names for axes, and
 * the table that lists every shown project with its investment or 未公布 (never 0).
 */
import type { Project } from '../data/schema'
import { STATUS_NAMES } from '../data/statusNames'
import { formatMoney, periodLabel } from '../format/number'
import { formatPeriod } from '../format/period'
import { SECTOR_BASIS_NAMES, STATUS_BASIS_NAMES } from '../data/schema'
import { sectorName } from '../data/sectorName'
import { NotInEdition, periodOf, sourceLine, visibleItems } from './lookup'
import { perContext, table } from './lists'
import type { ChartPanel, PanelContext, PanelTable } from './types'

// The names live beside the schema: the workbook (src/workbook) writes them too.
export { STATUS_NAMES }

/** Shown where the report gives no amount. */
const NOT_PUBLISHED = '未公布'

/** The projects of the chosen sectors; projects without a sector only when no filter is set. */
export const visibleProjects: (ctx: PanelContext) => readonly Project[] = perContext((ctx) => visibleItems(ctx, 'sector', ctx.dataset.projects))

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

/** The parts every project panel shares: it reads the projects, shows them all, empty without any. */
export function projectPanelBase<const Id extends string>(id: Id, title: string, unit: string) {
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
      return periodOf(ctx.dataset.projects)
    },
    source: (ctx) => {
      const shown = visibleProjects(ctx)
      return sourceLine(ctx.dataset, shown.length > 0 ? shown : ctx.dataset.projects)
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

/** Every shown project: sector, total and completed investment (or 未公布), progress, period and the report's words. */
export function projectsTable(ctx: PanelContext, projects: readonly Project[]): PanelTable {
  return table(
    ['项目', '产业', '总投资', '已完成投资', '进度', '期间', '报道说明'],
    projects.map((project) => [
      project.name,
      attributedSector(ctx, project),
      investmentText(project.totalInvestment),
      investmentText(project.completedInvestment),
      attributedStatus(project),
      periodLabel(project),
      project.expectedOpening ? `${project.statusText}（预计开业：${formatPeriod(project.expectedOpening)}）` : project.statusText,
    ]),
  )
}
