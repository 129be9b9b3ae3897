/**
 * Projects counted by sector (未注明 where the report does not say what a project does), stacked by
 * progress. The table lists every shown project with its sector, investment or 未公布, and the report's
 * words for its status. The report states no such counts: they are the projects it names, counted one by
 * one here, and every count says so.
 */
import type { ChartOption } from '../../../charts/echarts'
import { STATUS_COLOURS, STATUS_STAGES } from '../../../charts/fixedColours'
import type { Project, ProjectStatus } from '../../../data/schema'
import { baseOption, colours, fontPx, itemTooltip, noteGraphic, noteRoom, topLegend } from '../../option'
import { someNames } from '../../lists'
import { STATUS_NAMES, projectPanelBase, projectsTable, sectorLabel, visibleProjects } from '../../projects'
import type { ChartPanel, PanelContext } from '../../types'
import type { PanelKind } from '../../spec'
import { textOption } from '../../spec'

const DEFAULT_TITLE = '重点项目产业分布与进度'
/** How every count of this panel was made: by counting the projects the report names, not stated by it. */
const COUNTED = '按报道逐项统计'

interface SectorRow {
  sector: string | null
  label: string
  projects: Project[]
}

/** One row per sector that has shown projects, in the order of sectors.json, 未注明 last. */
export function sectorRows(ctx: PanelContext): SectorRow[] {
  const projects = visibleProjects(ctx)
  const order = [...ctx.dataset.sectors.map((sector) => sector.id as string | null), null]
  const known = new Set(order)
  // A project whose sector id is not in sectors.json still counts, under its own id.
  for (const project of projects)
    if (!known.has(project.sector)) {
      known.add(project.sector)
      order.splice(order.length - 1, 0, project.sector)
    }
  return order
    .map((sector) => ({ sector, label: sectorLabel(ctx, sector), projects: projects.filter((project) => project.sector === sector) }))
    .filter((row) => row.projects.length > 0)
}

/** Shown projects per status, in the order of the stages, statuses without projects left out. */
function statusCounts(ctx: PanelContext): { status: ProjectStatus; count: number }[] {
  const counts = new Map<ProjectStatus, number>()
  for (const project of visibleProjects(ctx)) counts.set(project.status, (counts.get(project.status) ?? 0) + 1)
  return STATUS_STAGES.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status) ?? 0 }))
}

/** "在建 12": a status with the count of its projects, as the legend and the table write it. */
const statusText = ({ status, count }: { status: ProjectStatus; count: number }) => `${STATUS_NAMES[status]} ${count}`

function buildOption(ctx: PanelContext, TITLE: string): ChartOption {
  const c = colours(ctx)
  // One line: how they were counted (按报道逐项统计) is in the headline.
  const note = '括号内、图例中为报道列出的项目数'
  const rows = sectorRows(ctx)
  const statuses = statusCounts(ctx)
  const count = (row: SectorRow, status: string) => row.projects.filter((project) => project.status === status).length
  return {
    ...baseOption(ctx, TITLE),
    tooltip: itemTooltip(ctx, TITLE, (index, seriesIndex) => {
      const row = rows[index]
      const status = statuses[seriesIndex]?.status
      if (!row || !status) return []
      const names = row.projects.filter((project) => project.status === status).map((project) => project.name)
      return [`${row.label}：报道列出 ${row.projects.length} 个项目（${COUNTED}）`, `其中${STATUS_NAMES[status]} ${names.length} 个：`, ...someNames(names)]
    }),
    // Each status with its count: the totals by progress, which the headline has no room for.
    legend: topLegend(ctx, statuses.map(statusText)),
    grid: { left: '2%', right: fontPx(ctx, 48), top: fontPx(ctx, 64), bottom: noteRoom(ctx, note), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: '个',
      nameGap: fontPx(ctx, 24),
      minInterval: 1,
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      axisLabel: { fontSize: fontPx(ctx, 14) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => `${row.label}（${row.projects.length}）`),
      // A sector with its count on one line (工业 · 智能制造（1）), at the smallest size the rule allows:
      // eleven rows must fit the panel's height at the room's text size.
      axisLabel: { fontSize: fontPx(ctx, 14), color: c.text, width: fontPx(ctx, 14) * 11.5 },
    },
    series: statuses.map((entry) => ({
      type: 'bar' as const,
      name: statusText(entry),
      stack: 'projects',
      barMaxWidth: fontPx(ctx, 28),
      // The status's own colour: the same under every filter, whichever statuses are left.
      itemStyle: { color: STATUS_COLOURS[ctx.theme][entry.status] },
      data: rows.map((row) => ({ name: row.label, value: count(row, entry.status), sector: row.sector })),
      label: {
        show: true,
        position: 'inside' as const,
        fontSize: fontPx(ctx, 14),
        color: c.background,
        formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ''),
      },
    })),
    graphic: noteGraphic(ctx, note),
  }
}

/** "报道列出，共 29 个项目（按报道逐项统计）": the counts by progress are in the legend. */
function headline(ctx: PanelContext): string {
  return `报道列出，共 ${visibleProjects(ctx).length} 个项目（${COUNTED}）`
}

export const projectSectorsKind: PanelKind = {
  about: '项目分布：各产业项目数及进度（读 projects.json）',
  build: (spec): ChartPanel => ({
  ...projectPanelBase(spec.id, spec.title || DEFAULT_TITLE, textOption(spec, 'unit', '个（项目）')),
  headline,
  buildOption: (ctx) => buildOption(ctx, spec.title),
  buildTable: (ctx) => {
    const rows = sectorRows(ctx)
    const listed = projectsTable(ctx, rows.flatMap((row) => row.projects))
    // The counts the chart draws, under the same words: one row, not one per sector, so the list stays a list.
    const bySector = rows.map((row) => `${row.label} ${row.projects.length}`).join('，')
    const byStatus = statusCounts(ctx).map(statusText).join('，')
    const total = [`报道列出，共 ${visibleProjects(ctx).length} 个项目`, bySector, '', '', byStatus, '', COUNTED]
    return { ...listed, rows: [...listed.rows, total.map((text) => ({ text }))] }
  },
}),
}
