/**
 * Projects counted by sector (未注明 where the report does not say what a project does), stacked by
 * progress. The table lists every shown project with its sector, investment or 未公布, and the report's
 * words for its status. The report states no such counts: they are the projects it names, counted one by
 * one here, and every count says so.
 */
import type { ChartOption } from '../../../charts/echarts'
import { textEm } from '../../../format/text'
import { STATUS_COLOURS, STATUS_STAGES } from '../../../charts/fixedColours'
import type { Project, ProjectStatus } from '../../../data/schema'
import { baseOption, colours, fontPx, itemTooltip, noteGraphic, noteRoom, topLegend } from '../../option'
import { someNames } from '../../lists'
import { agedProjects, DEFAULT_STALE_AFTER, STATUS_NAMES, projectPanelBase, projectsTable, sectorLabel, type AgedProjects } from '../../projects'
import type { ChartPanel, PanelContext } from '../../types'
import type { PanelKind } from '../../spec'
import { countOption, textOption } from '../../spec'

const DEFAULT_TITLE = '重点项目产业分布与进度'
/** How every count of this panel was made: by counting the projects the report names, not stated by it. */
const COUNTED = '按报道逐项统计'

interface SectorRow {
  sector: string | null
  label: string
  projects: Project[]
}

/**
 * One row per sector that has current projects, in the order of sectors.json, 未注明 last; `fold`: a
 * sub-sector's projects counted under its parent (工业·新材料 under 工业), for fewer, taller rows.
 */
export function sectorRows(ctx: PanelContext, projects: readonly Project[], fold = false): SectorRow[] {
  const parentOf = new Map(fold ? ctx.dataset.sectors.flatMap((sector) => (sector.parent ? [[sector.id as string | null, sector.parent]] : [])) : [])
  const rowOf = (sector: string | null) => parentOf.get(sector) ?? sector
  const order = [...ctx.dataset.sectors.filter((sector) => !parentOf.has(sector.id)).map((sector) => sector.id as string | null), null]
  const known = new Set(order)
  // A project whose sector id is not in sectors.json still counts, under its own id.
  for (const project of projects)
    if (!known.has(rowOf(project.sector))) {
      known.add(rowOf(project.sector))
      order.splice(order.length - 1, 0, rowOf(project.sector))
    }
  const bySector = new Map<string | null, Project[]>()
  for (const project of projects) {
    const row = rowOf(project.sector)
    const list = bySector.get(row)
    if (list) list.push(project)
    else bySector.set(row, [project])
  }
  return order.flatMap((sector) => {
    const listed = bySector.get(sector)
    return listed ? [{ sector, label: sectorLabel(ctx, sector), projects: listed }] : []
  })
}

/**
 * Above this text scale (screen mode from the back of the room) sub-sectors are counted under their
 * parent: eleven rows of room-sized text do not fit a panel's height; the 数据 table keeps every sub-sector.
 */
const FOLD_ABOVE_SCALE = 1.5

/** Projects per status, in the order of the stages, statuses without projects left out. */
function statusCounts(projects: readonly Project[]): { status: ProjectStatus; count: number }[] {
  const counts = new Map<ProjectStatus, number>()
  for (const project of projects) counts.set(project.status, (counts.get(project.status) ?? 0) + 1)
  return STATUS_STAGES.filter((status) => counts.has(status)).map((status) => ({ status, count: counts.get(status) ?? 0 }))
}

/** "在建 12": a status with the count of its projects, as the legend and the table write it. */
const statusText = ({ status, count }: { status: ProjectStatus; count: number }) => `${STATUS_NAMES[status]} ${count}`

/** The panel's width at the design size, where its legend must fit: 11 of 24 columns of 1920 px. */
const LEGEND_DESIGN_PX = 860

/** Lines the legend takes at the design size (its items as ECharts lays them: mark, gap, text, item gap). */
function legendLines(names: readonly string[]): number {
  const width = names.reduce((sum, name) => sum + 22 + 5 + textEm(name) * 15 + 10, 0)
  return Math.ceil(width / LEGEND_DESIGN_PX)
}

function buildOption(ctx: PanelContext, TITLE: string, aged: AgedProjects, staleAfter: number): ChartOption {
  const c = colours(ctx)
  // One line: how they were counted (按报道逐项统计) is in the headline.
  // At the room's text size the rows need the panel's height: no note, and a legend of names only (the
  // counts by progress are in the tooltips and the 数据 table).
  const folded = ctx.scale > FOLD_ABOVE_SCALE
  const past = aged.past.length > 0 ? `；往期项目 ${aged.past.length} 个（${staleAfter} 期以上未报道）不计入` : ''
  const note = folded ? '' : `括号内、图例中为报道列出的项目数${past}`
  const rows = sectorRows(ctx, aged.current, folded)
  const seriesName = folded ? (entry: { status: ProjectStatus }) => STATUS_NAMES[entry.status] : statusText
  const statuses = statusCounts(aged.current)
  if (rows.length === 0) return { ...baseOption(ctx, TITLE), graphic: noteGraphic(ctx, `近 ${staleAfter} 期没有报道的项目；往期项目 ${aged.past.length} 个`) }
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
    legend: topLegend(ctx, statuses.map(seriesName)),
    // Room for the legend's lines and no more: an empty band above the bars is room they lack.
    grid: { left: '2%', right: fontPx(ctx, 48), top: fontPx(ctx, 8 + 24 * legendLines(statuses.map(seriesName))), bottom: note ? noteRoom(ctx, note) : fontPx(ctx, 6), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
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
      name: seriesName(entry),
      stack: 'projects',
      barMaxWidth: fontPx(ctx, 28),
      // Rows apart: a gap as wide as most of a bar between neighbours, at any size.
      barCategoryGap: '45%',
      // The status's own colour: the same under every filter, whichever statuses are left.
      itemStyle: { color: STATUS_COLOURS[ctx.theme][entry.status] },
      data: rows.map((row) => ({ name: row.label, value: count(row, entry.status), sector: row.sector })),
    })),
    ...(note ? { graphic: noteGraphic(ctx, note) } : {}),
  }
}

/** "报道列出，共 29 个项目（按报道逐项统计）": the counts by progress are in the legend. */
function headline(aged: AgedProjects): string {
  return `报道列出，共 ${aged.current.length} 个项目（${COUNTED}）`
}

export const projectSectorsKind: PanelKind = {
  about: '项目分布：各产业项目数及进度（读 projects.json；选项 staleAfter：连续多少期未报道后移入往期项目，默认 12）',
  build: (spec): ChartPanel => {
    const staleAfter = countOption(spec, 'staleAfter', DEFAULT_STALE_AFTER)
    const aged = agedProjects(staleAfter)
    return {
      ...projectPanelBase(spec.id, spec.title || DEFAULT_TITLE, textOption(spec, 'unit', '个（项目）'), aged),
      headline: (ctx) => headline(aged(ctx)),
      buildOption: (ctx) => buildOption(ctx, spec.title, aged(ctx), staleAfter),
      buildTable: (ctx) => {
        const { current, past } = aged(ctx)
        const rows = sectorRows(ctx, current)
        const listed = projectsTable(ctx, rows.flatMap((row) => row.projects), past, staleAfter)
        // The counts the chart draws, under the same words: one row, not one per sector, so the list stays a list.
        const bySector = rows.map((row) => `${row.label} ${row.projects.length}`).join('，')
        const byStatus = statusCounts(current).map(statusText).join('，')
        const total = [`报道列出，共 ${current.length} 个项目${past.length > 0 ? '（不含往期项目）' : ''}`, bySector, '', '', byStatus, '', COUNTED]
        return { ...listed, rows: [...listed.rows, total.map((text) => ({ text }))], sums: 1 }
      },
    }
  },
}
