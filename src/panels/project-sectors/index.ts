/**
 * Projects counted by sector (未注明 where the report does not say what a project does), stacked by
 * progress. The table lists every shown project with its sector, investment or 未公布, and the report's
 * words for its status.
 */
import type { ChartOption } from '../../charts/echarts'
import { PROJECT_STATUSES, type Project } from '../../data/schema'
import { baseOption, colours, fontPx, itemTooltip, someNames, topLegend } from '../shared'
import { STATUS_NAMES, projectPanelBase, projectsTable, sectorLabel, visibleProjects } from '../projects'
import type { PanelContext, PanelDefinition } from '../types'

const TITLE = '重点项目产业分布与进度'

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
  for (const project of projects) if (!known.has(project.sector)) order.splice(order.length - 1, 0, project.sector)
  return order
    .map((sector) => ({ sector, label: sectorLabel(ctx, sector), projects: projects.filter((project) => project.sector === sector) }))
    .filter((row) => row.projects.length > 0)
}

function buildOption(ctx: PanelContext): ChartOption {
  const c = colours(ctx)
  const rows = sectorRows(ctx)
  const statuses = PROJECT_STATUSES.filter((status) => rows.some((row) => row.projects.some((project) => project.status === status)))
  const count = (row: SectorRow, status: string) => row.projects.filter((project) => project.status === status).length
  return {
    ...baseOption(ctx, TITLE),
    tooltip: itemTooltip(ctx, TITLE, (index, seriesIndex) => {
      const row = rows[index]
      const status = statuses[seriesIndex]
      if (!row || !status) return []
      const names = row.projects.filter((project) => project.status === status).map((project) => project.name)
      return [`${row.label} · ${STATUS_NAMES[status]}：${names.length}个`, ...someNames(names)]
    }),
    legend: topLegend(ctx, statuses.map((status) => STATUS_NAMES[status])),
    grid: { left: '2%', right: fontPx(ctx, 48), top: fontPx(ctx, 64), bottom: fontPx(ctx, 6), containLabel: true },
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
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text },
    },
    series: statuses.map((status, index) => ({
      type: 'bar' as const,
      name: STATUS_NAMES[status],
      stack: 'projects',
      barMaxWidth: fontPx(ctx, 28),
      itemStyle: { color: c.palette[index % c.palette.length] },
      data: rows.map((row) => ({ name: row.label, value: count(row, status), sector: row.sector })),
      label: {
        show: true,
        position: 'inside' as const,
        fontSize: fontPx(ctx, 14),
        color: c.background,
        formatter: (p: { value: unknown }) => (Number(p.value) > 0 ? String(p.value) : ''),
      },
    })),
  }
}

export const projectSectorsPanel: PanelDefinition = {
  ...projectPanelBase('project_sectors', TITLE, '个（项目）'),
  headline: (ctx) => {
    const projects = visibleProjects(ctx)
    const byStatus = PROJECT_STATUSES.map((status) => [STATUS_NAMES[status], projects.filter((project) => project.status === status).length] as const)
    return `共 ${projects.length} 个项目：${byStatus
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${n}`)
      .join('，')}`
  },
  buildOption,
  buildTable: (ctx) => projectsTable(ctx, sectorRows(ctx).flatMap((row) => row.projects)),
}
