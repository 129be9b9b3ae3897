/**
 * Key projects by investment, in one unit (亿元): 牛郎山 100亿, 未来易购 20亿, 希尔顿逸林 5.64亿 (1.3亿 done),
 * 弘阳家居 2亿, 世通 6000万. The completed part is drawn over the total. Projects the report gives no
 * amount for are counted under the chart and listed in the table as 未公布, never drawn as zero.
 */
import { cutText, NAME_LIMIT, textEm } from '../../../format/text'
import type { ChartOption } from '../../../charts/echarts'
import type { Project } from '../../../data/schema'
import { formatMoney, formatPercent, trimNumber } from '../../../format/number'
import { share } from '../../../data/derived'
import { baseOption, colours, fontPx, itemTooltip, topLegend, noteGraphic, noteRoom } from '../../option'
import { OTHERS_NAME, perContext, topN } from '../../lists'
import { attributedSector, attributedStatus, investmentText, projectPanelBase, projectsTable, shortName, visibleProjects } from '../../projects'
import type { ChartPanel, PanelContext } from '../../types'
import type { PanelKind } from '../../spec'
import { textOption } from '../../spec'
import { barLabelRoom } from '../../bars'

const DEFAULT_TITLE = '重点项目投资'
const YI = 1e8
/** Bars drawn at most: past them, a long project list is one 其他 bar holding the sum of the rest. */
export const MAX_BARS = 10

/** Shown projects with a published total, largest first. */
const investedProjects: (ctx: PanelContext) => readonly (Project & { totalInvestment: number })[] = perContext((ctx) =>
  visibleProjects(ctx)
    .filter((project): project is Project & { totalInvestment: number } => project.totalInvestment !== null)
    .sort((a, b) => b.totalInvestment - a.totalInvestment),
)

/** The projects drawn as bars and the 其他 sum past them; shared by the chart and the table. */
const drawnProjects = perContext((ctx) => topN(investedProjects(ctx), MAX_BARS, (project) => project.totalInvestment))

const yi = (yuan: number) => `${trimNumber(yuan / YI)}亿元`
/** The 其他 bar's total: a sum the dashboard computes, never a figure of the report. */
const othersTotal = (rest: { value: number }) => `${yi(rest.value)}（推算）`

function unpublishedNote(ctx: PanelContext): string {
  const count = visibleProjects(ctx).length - investedProjects(ctx).length
  // No "列于数据表": the note is drawn into exported images too, which carry no table.
  return count > 0 ? `另有 ${count} 个项目未公布投资额（未公布不计为0）` : ''
}

function buildOption(ctx: PanelContext, TITLE: string): ChartOption {
  const c = colours(ctx)
  const invested = investedProjects(ctx)
  const base = baseOption(ctx, TITLE)
  if (invested.length === 0)
    return { ...base, graphic: noteGraphic(ctx, `所选产业的 ${visibleProjects(ctx).length} 个项目均未公布投资额`) }
  const completedLine = (project: Project) => {
    if (project.completedInvestment === null || project.totalInvestment === null) return []
    const part = share(project.completedInvestment, project.totalInvestment)
    return [`已完成 ${yi(project.completedInvestment)}${part === undefined ? '' : `（占${formatPercent(part)}，推算）`}`]
  }
  const note = unpublishedNote(ctx)
  const { top: projects, rest } = drawnProjects(ctx)
  const othersName = rest ? `${OTHERS_NAME}（${rest.count}个）` : ''
  // The 已完成投资 series (and its legend entry) only when a drawn project has that figure.
  const anyCompleted = projects.some((project) => project.completedInvestment !== null)
  const totals: { name: string; value: number; sector: string | null; itemStyle?: { color: string } }[] = [
    ...projects.map((project) => ({ name: project.name, value: project.totalInvestment / YI, sector: project.sector })),
    // A computed sum, coloured as derived figures are.
    ...(rest ? [{ name: othersName, value: rest.value / YI, sector: null, itemStyle: { color: c.derived } }] : []),
  ]
  const labelPx = fontPx(ctx, 17)
  const totalLabel = (index: number) => {
    const project = projects[index]
    if (!project) return rest ? othersTotal(rest) : ''
    // The completed part on a line of its own: the label stays narrow and leaves the plot its width.
    const done = project.completedInvestment === null ? '' : `\n已完成${yi(project.completedInvestment)}`
    return `${yi(project.totalInvestment)}${done}`
  }
  return {
    ...base,
    tooltip: itemTooltip(ctx, TITLE, (index) => {
      const project = projects[index]
      if (!project) return rest ? [`${OTHERS_NAME} ${rest.count} 个项目`, `总投资合计 ${othersTotal(rest)}`] : []
      return [
        project.name,
        `产业：${attributedSector(ctx, project)}`,
        `总投资 ${yi(project.totalInvestment)}（报道为${formatMoney(project.totalInvestment)}）`,
        ...completedLine(project),
        `进度：${attributedStatus(project)}，${project.statusText}`,
      ]
    }),
    legend: topLegend(ctx, anyCompleted ? ['总投资', '已完成投资'] : ['总投资'], 'right'),
    grid: { left: '2%', right: barLabelRoom(ctx, totals.map((item, i) => ({ value: item.value, width: textEm(totalLabel(i)) * labelPx })), 230), top: fontPx(ctx, 40), bottom: note ? noteRoom(ctx, note) : fontPx(ctx, 6), outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    xAxis: {
      type: 'value',
      name: '亿元',
      nameGap: fontPx(ctx, 24),
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext },
      axisLabel: { fontSize: fontPx(ctx, 14) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...projects.map((project) => shortName(project.name)), ...(rest ? [othersName] : [])],
      axisLabel: { fontSize: fontPx(ctx, 16), color: c.text },
    },
    series: [
      {
        type: 'bar',
        name: '总投资',
        barMaxWidth: fontPx(ctx, 32),
        barGap: '-100%',
        itemStyle: { color: c.palette[0] },
        data: totals,
        label: {
          show: true,
          position: 'right',
          fontSize: labelPx,
          color: c.text,
          formatter: (p: { dataIndex: number }) => totalLabel(p.dataIndex),
        },
      },
      ...(anyCompleted ? [completedSeries(ctx, projects, rest ? othersName : undefined)] : []),
    ],
    ...(note ? { graphic: noteGraphic(ctx, note) } : {}),
  }
}

/** The completed part of each drawn project, over its total bar; '-' (no bar) where the report gives none. */
function completedSeries(ctx: PanelContext, projects: readonly Project[], othersName: string | undefined) {
  return {
    type: 'bar' as const,
    name: '已完成投资',
    barMaxWidth: fontPx(ctx, 32),
    itemStyle: { color: colours(ctx).palette[2] },
    // '-' is ECharts' empty value: no bar where the report gives no completed amount.
    data: [
      ...projects.map((project) => ({
        name: project.name,
        value: project.completedInvestment === null ? '-' : project.completedInvestment / YI,
        sector: project.sector,
      })),
      ...(othersName ? [{ name: othersName, value: '-', sector: null }] : []),
    ],
  }
}

export const keyProjectsKind: PanelKind = {
  about: '重点项目：各项目总投资与已完成投资（读 projects.json）',
  build: (spec): ChartPanel => ({
  ...projectPanelBase(spec.id, spec.title || DEFAULT_TITLE, textOption(spec, 'unit', '亿元')),
  headline: (ctx) => {
    const projects = investedProjects(ctx)
    if (projects.length === 0) return '所选产业的项目未公布投资额'
    const total = projects.reduce((sum, project) => sum + project.totalInvestment, 0)
    return projects.length === 1
      ? `${cutText(projects[0].name, NAME_LIMIT)} 总投资 ${investmentText(total)}`
      : `公布投资额的 ${projects.length} 个项目合计 ${yi(total)}（推算）；另有 ${visibleProjects(ctx).length - projects.length} 个未公布`
  },
  buildOption: (ctx) => buildOption(ctx, spec.title),
  buildTable: (ctx) => {
    const invested = investedProjects(ctx)
    const listed = projectsTable(ctx, [...invested, ...visibleProjects(ctx).filter((project) => project.totalInvestment === null)])
    if (invested.length < 2) return listed
    const total = invested.reduce((sum, project) => sum + project.totalInvestment, 0)
    const sumRow = (name: string, yuan: number, how: string) =>
      [name, '', yi(yuan), '', '', how].map((text, index) => (index === 2 ? { text, derived: true } : { text }))
    // The chart's 其他 bar, as the table's own row: the same computed sum, marked the same way.
    const { rest } = drawnProjects(ctx)
    const sums = [
      ...(rest ? [sumRow(`${OTHERS_NAME}（${rest.count}个）合计`, rest.value, `推算：图中前 ${MAX_BARS} 个以外各项目总投资之和`)] : []),
      sumRow(`公布投资额的 ${invested.length} 个项目合计`, total, '推算：各项目总投资之和'),
    ]
    return { ...listed, rows: [...listed.rows, ...sums], sums: sums.length }
  },
}),
}
