/**
 * Key projects by investment, in one unit (亿元): 牛郎山 100亿, 未来易购 20亿, 希尔顿逸林 5.64亿 (1.3亿 done),
 * 弘阳家居 2亿, 世通 6000万. The completed part is drawn over the total. Projects the report gives no
 * amount for are counted under the chart and listed in the table as 未公布, never drawn as zero. A long
 * list draws its top 15 and one 其余 x 个 bar holding their sum (推算); projects unreported for
 * `staleAfter` editions (default 12) are 往期项目, in the table only. Options: `unit`, `staleAfter`.
 */
import { cutText, NAME_LIMIT, textEm } from '../../../format/text'
import type { ChartOption } from '../../../charts/echarts'
import type { Project } from '../../../data/schema'
import { formatMoney, formatPercent, trimNumber } from '../../../format/number'
import { share } from '../../../data/derived'
import { baseOption, colours, fontPx, itemTooltip, topLegend, noteGraphic, noteRoom } from '../../option'
import { OTHERS_NAME, topN, type TopItems } from '../../lists'
import { agedProjects, attributedSector, attributedStatus, DEFAULT_STALE_AFTER, investmentText, projectAsOf, projectPanelBase, projectsTable, shortName, type AgedProjects } from '../../projects'
import type { ChartPanel, PanelContext, PanelTable } from '../../types'
import type { PanelKind } from '../../spec'
import { countOption, textOption } from '../../spec'
import { barLabelRoom } from '../../bars'

const DEFAULT_TITLE = '重点项目投资'
const YI = 1e8
/** Bars drawn at most: past them, a long project list is counted and summed as 其余 x 个. */
export const MAX_BARS = 15
/** Bars drawn at the least, at the largest text (screen mode from the back of the room). */
const MIN_BARS = 5

/**
 * Bars for the text size: 15 at the design size (normal view, deck, print), fewer as the room's text grows,
 * so each row stays taller than its line of text; the rest joins 其余.
 */
export function barsFor(scale: number): number {
  return Math.max(MIN_BARS, Math.min(MAX_BARS, Math.floor(MAX_BARS / Math.max(1, scale))))
}

type Invested = Project & { totalInvestment: number }

/** The current projects with a published total, largest first; the top MAX_BARS and the rest summed. */
export interface InvestmentRanking {
  invested: Invested[]
  drawn: TopItems<Invested>
}

/** Pure: the ranking of the current projects of `aged`, as the chart, headline and table show it. */
export function rankInvestments(aged: AgedProjects, max = MAX_BARS): InvestmentRanking {
  const invested = aged.current.filter((project): project is Invested => project.totalInvestment !== null).sort((a, b) => b.totalInvestment - a.totalInvestment)
  return { invested, drawn: topN(invested, max, (project) => project.totalInvestment) }
}

/** The ranking of one render's projects, once per bar count (headline, chart and table; 100,000 projects sort once). */
const rankings = new WeakMap<AgedProjects, Map<number, InvestmentRanking>>()
function ranked(aged: AgedProjects, max = MAX_BARS): InvestmentRanking {
  let byMax = rankings.get(aged)
  if (!byMax) rankings.set(aged, (byMax = new Map()))
  let ranking = byMax.get(max)
  if (!ranking) byMax.set(max, (ranking = rankInvestments(aged, max)))
  return ranking
}

/** The name of the bar that stands for the projects past the top: 其余 12 个. */
const othersName = (count: number) => `${OTHERS_NAME} ${count} 个`

const yi = (yuan: number) => `${trimNumber(yuan / YI)}亿元`
/** The 其余 bar's total: a sum the dashboard computes, never a figure of the report. */
const othersTotal = (rest: { value: number }) => `合计${yi(rest.value)}（推算）`

/**
 * Under the chart (and in exported images, which carry no table): the 其余 sum, and what the bars leave out.
 * The sum is written, not drawn: a bar of hundreds of projects would dwarf the fifteen it follows.
 */
function leftOutNote(aged: AgedProjects, ranking: InvestmentRanking, staleAfter: number): string {
  const unpublished = aged.current.length - ranking.invested.length
  const { rest } = ranking.drawn
  return [
    rest ? `${othersName(rest.count)}${othersTotal(rest)}` : '',
    unpublished > 0 ? `另有 ${unpublished} 个项目未公布投资额（未公布不计为0）` : '',
    aged.past.length > 0 ? `往期项目 ${aged.past.length} 个（${staleAfter} 期以上未报道）不计入` : '',
  ]
    .filter(Boolean)
    .join('；')
}

/** One line a bar: the total, and the completed part where the report gives it. */
function totalLabel(project: Invested): string {
  const total = yi(project.totalInvestment)
  return project.completedInvestment === null ? total : `${total} 已完成${yi(project.completedInvestment)}`
}

function buildOption(ctx: PanelContext, TITLE: string, aged: AgedProjects, staleAfter: number): ChartOption {
  const c = colours(ctx)
  const ranking = ranked(aged, barsFor(ctx.scale))
  const base = baseOption(ctx, TITLE)
  const note = leftOutNote(aged, ranking, staleAfter)
  if (ranking.invested.length === 0) {
    const why = aged.current.length > 0 ? `所选产业的 ${aged.current.length} 个项目均未公布投资额` : `近 ${staleAfter} 期没有报道的项目`
    return { ...base, graphic: noteGraphic(ctx, note ? `${why}；${note}` : why) }
  }
  const completedLine = (project: Project) => {
    if (project.completedInvestment === null || project.totalInvestment === null) return []
    const part = share(project.completedInvestment, project.totalInvestment)
    return [`已完成 ${yi(project.completedInvestment)}${part === undefined ? '' : `（占${formatPercent(part)}，推算）`}`]
  }
  const projects = ranking.drawn.top
  // The 已完成投资 series (and its legend entry) only when a drawn project has that figure.
  const anyCompleted = projects.some((project) => project.completedInvestment !== null)
  const totals = projects.map((project) => ({ name: project.name, value: project.totalInvestment / YI, sector: project.sector }))
  const labelPx = fontPx(ctx, 16)
  const labelOf = (index: number) => totalLabel(projects[index])
  return {
    ...base,
    tooltip: itemTooltip(ctx, TITLE, (index) => {
      const project = projects[index]
      if (!project) return []
      return [
        project.name,
        `产业：${attributedSector(ctx, project)}`,
        `总投资 ${yi(project.totalInvestment)}（报道为${formatMoney(project.totalInvestment)}）`,
        ...completedLine(project),
        `进度：${attributedStatus(project)}，${project.statusText}`,
        // Its own as-of, once: a project carried from an older edition says which.
        `期间：${projectAsOf(project)}`,
      ]
    }),
    legend: topLegend(ctx, anyCompleted ? ['总投资', '已完成投资'] : ['总投资'], 'right'),
    grid: {
      left: '2%',
      right: barLabelRoom(ctx, totals.map((item, i) => ({ value: item.value, width: textEm(labelOf(i)) * labelPx })), 230),
      top: fontPx(ctx, 32),
      bottom: note ? noteRoom(ctx, note) : fontPx(ctx, 6),
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: {
      type: 'value',
      name: '亿元',
      nameGap: fontPx(ctx, 24),
      // Below the axis line, beside the last tick: clear of the lowest bar's label.
      nameTextStyle: { fontSize: fontPx(ctx, 14), color: c.subtext, verticalAlign: 'top', padding: [fontPx(ctx, 8), 0, 0, 0] },
      axisLabel: { fontSize: fontPx(ctx, 14) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: projects.map((project) => shortName(project.name)),
      // Every name drawn: fifteen rows at most, each a line.
      axisLabel: { fontSize: fontPx(ctx, 15), color: c.text, interval: 0 },
    },
    series: [
      {
        type: 'bar',
        name: '总投资',
        barMaxWidth: fontPx(ctx, 32),
        barCategoryGap: '35%',
        barGap: '-100%',
        itemStyle: { color: c.palette[0] },
        data: totals,
        label: {
          show: true,
          position: 'right',
          fontSize: labelPx,
          color: c.text,
          formatter: (p: { dataIndex: number }) => labelOf(p.dataIndex),
        },
      },
      ...(anyCompleted ? [completedSeries(ctx, projects)] : []),
    ],
    ...(note ? { graphic: noteGraphic(ctx, note) } : {}),
  }
}

/** The completed part of each drawn project, over its total bar; '-' (no bar) where the report gives none. */
function completedSeries(ctx: PanelContext, projects: readonly Project[]) {
  return {
    type: 'bar' as const,
    name: '已完成投资',
    barMaxWidth: fontPx(ctx, 32),
    barCategoryGap: '35%',
    itemStyle: { color: colours(ctx).palette[2] },
    // '-' is ECharts' empty value: no bar where the report gives no completed amount.
    data: projects.map((project) => ({
      name: project.name,
      value: project.completedInvestment === null ? '-' : project.completedInvestment / YI,
      sector: project.sector,
    })),
  }
}

function headline(aged: AgedProjects): string {
  const { invested } = ranked(aged)
  if (invested.length === 0) return aged.current.length > 0 ? '所选产业的项目未公布投资额' : '近期没有报道的项目'
  const total = invested.reduce((sum, project) => sum + project.totalInvestment, 0)
  const unpublished = aged.current.length - invested.length
  return invested.length === 1
    ? `${cutText(invested[0].name, NAME_LIMIT)} 总投资 ${investmentText(total)}`
    : `公布投资额的 ${invested.length} 个项目合计 ${yi(total)}（推算）${unpublished > 0 ? `；另有 ${unpublished} 个未公布` : ''}`
}

/** Current projects (largest first, then 未公布), 往期项目 under their own line, then the computed sums. */
function buildTable(ctx: PanelContext, aged: AgedProjects, staleAfter: number): PanelTable {
  // The same 其余 as the chart of this view (fewer bars at the room's text size).
  const { invested, drawn } = ranked(aged, barsFor(ctx.scale))
  const listed = projectsTable(ctx, [...invested, ...aged.current.filter((project) => project.totalInvestment === null)], aged.past, staleAfter)
  if (invested.length < 2) return listed
  const total = invested.reduce((sum, project) => sum + project.totalInvestment, 0)
  // One cell per column: 项目, 产业, 总投资 (the sum), 已完成投资, 进度, 期间, 报道说明 (how it was computed).
  const sumRow = (name: string, yuan: number, how: string) => [name, '', yi(yuan), '', '', '', how].map((text, index) => (index === 2 ? { text, derived: true } : { text }))
  // The chart's 其余 bar, as the table's own row: the same computed sum, marked the same way.
  const { rest } = drawn
  const sums = [
    ...(rest ? [sumRow(`${othersName(rest.count)}合计`, rest.value, `推算：投资额前 ${drawn.top.length} 个以外各项目总投资之和`)] : []),
    sumRow(`公布投资额的 ${invested.length} 个项目合计`, total, `推算：各项目总投资之和${aged.past.length > 0 ? '（不含往期项目）' : ''}`),
  ]
  return { ...listed, rows: [...listed.rows, ...sums], sums: sums.length }
}

export const keyProjectsKind: PanelKind = {
  about: '重点项目：各项目总投资与已完成投资，前 15 个以外合计（读 projects.json；选项 staleAfter：连续多少期未报道后移入往期项目，默认 12）',
  build: (spec): ChartPanel => {
    const staleAfter = countOption(spec, 'staleAfter', DEFAULT_STALE_AFTER)
    const aged = agedProjects(staleAfter)
    return {
      ...projectPanelBase(spec.id, spec.title || DEFAULT_TITLE, textOption(spec, 'unit', '亿元'), aged),
      headline: (ctx) => headline(aged(ctx)),
      buildOption: (ctx) => buildOption(ctx, spec.title, aged(ctx), staleAfter),
      buildTable: (ctx) => buildTable(ctx, aged(ctx), staleAfter),
    }
  },
}
