/**
 * The dashboard from its definition: each panel built by its kind, each page's panels placed on the grid
 * (`auto` ones in the free room), and every indicator no panel names on an automatic page 其他指标, by
 * topic, in the data's order. A folder without a definition gets a whole automatic dashboard: the leading
 * figures as cards, then a page per topic. Pure; cached per definition and indicator list.
 */
import { GRID_COLUMNS, GRID_ROWS, type DashboardFile, type DashboardPanelEntry, type GridPosition, type PanelOptions } from '../data/dashboardSchema'
import type { Edition, IndicatorDefinition } from '../data/schema'
import { asOfParts } from '../data/period'
import type { DataIssue } from '../data/issue'
import { TOPIC_NAMES } from '../data/topicNames'
import { isKind, kindLists, kindNames, loadedKind } from './registry'
import { MIN_TREND_POINTS } from './kinds/trend/points'
import { scopeOption, textOption, type PanelSpec } from './spec'
import type { PageDefinition, PanelDefinition, PanelPlacement } from './types'

export interface Dashboard {
  pages: PageDefinition[]
  panels: PanelDefinition[]
  /** Indicators no panel of the definition names, placed on the automatic pages (all, without one). */
  automatic: IndicatorDefinition[]
  /** Panels of a kind the registry lacks (each also shows an error card in its place). */
  issues: DataIssue[]
  /** It shows a trend (趋势), which draws editions before the years read at start: every year is read. */
  trends: boolean
  /** Kinds whose code was still to load when this was built (their panels wait for it: loadKinds). */
  pending: readonly string[]
}

/** The title of the automatic page of indicators no panel names. */
export const OTHERS_TITLE = '其他指标'
/** Most panels on an automatic page (more go on the next), and most cards in one panel. */
const PANELS_PER_PAGE = 6
const CARDS_PER_PANEL = 8
/** The trend kind's name, and how many leading figures an automatic overview draws a trend of. */
const TREND_KIND = '趋势'
const AUTOMATIC_TRENDS = 4

/**
 * What the editions allow a trend (趋势) to draw, known from editions.json alone: whether three distinct
 * months are reported (by month), and three year-end editions (by year).
 */
interface TrendRoom {
  months: boolean
  years: boolean
  /** Optional list files the data has nothing in (projects.json, honours.json): panels reading them are left out. */
  without: ReadonlySet<string>
}

function trendRoom(editions: readonly Pick<Edition, 'asOf'>[], without: ReadonlySet<string>): TrendRoom {
  const months = new Set(editions.map((edition) => edition.asOf.slice(0, 7)))
  const years = new Set(editions.filter((edition) => asOfParts(edition.asOf).month === 12).map((edition) => edition.asOf.slice(0, 4)))
  return { months: months.size >= MIN_TREND_POINTS, years: years.size >= MIN_TREND_POINTS, without }
}

/**
 * A trend panel whose editions cannot give it three points is left out, as if not defined (its page too
 * when nothing else is on it): a dashboard of one or two editions shows no empty trend. The kind itself
 * says so when the edition shown has fewer (an early edition chosen).
 */
function shownWith(entry: DashboardPanelEntry, room: TrendRoom): boolean {
  // A panel that needs a list the data does not have (a town that reports no projects) is left out too:
  // absent, not empty or broken.
  if (room.without.size && buildPanel(specOf(entry)).reads.some((name) => room.without.has(name))) return false
  if (entry.kind !== TREND_KIND) return true
  return entry.options?.by === 'year' ? room.years : room.months
}

const KIND_NAMES = () => kindNames().join('、')

/** A panel whose kind is unknown: its frame says so, the rest of the dashboard works. */
function unknownKindPanel(spec: PanelSpec): PanelDefinition {
  const fail = (): never => {
    throw new Error(`data/dashboard.json 中面板“${spec.title}”的类型“${spec.kind}”未知；可用类型：${KIND_NAMES()}`)
  }
  return { id: spec.id, title: spec.title, unit: '', scope: 'town', kind: 'chart', reads: ['dashboard.json'], indicators: spec.indicators, period: fail, source: fail, buildOption: fail, buildTable: fail }
}

/**
 * A panel of a kind whose code is still to load (src/panels/registry.ts): its frame shows the loading state
 * and asks for the code; the dashboard is built again once it is in. Nothing draws it before then.
 */
function pendingPanel(spec: PanelSpec): PanelDefinition {
  const fail = (): never => {
    throw new Error(`面板“${spec.title}”（${spec.kind}）的程序尚未载入`)
  }
  return {
    id: spec.id,
    title: spec.title,
    unit: textOption(spec, 'unit', ''),
    scope: scopeOption(spec),
    kind: 'chart',
    reads: ['dashboard.json', ...kindLists(spec.kind)],
    indicators: spec.indicators,
    pending: spec.kind,
    period: fail,
    source: fail,
    buildOption: fail,
    buildTable: fail,
  }
}

function buildPanel(spec: PanelSpec): PanelDefinition {
  const kind = loadedKind(spec.kind)
  const panel = kind ? kind.build(spec) : isKind(spec.kind) ? pendingPanel(spec) : unknownKindPanel(spec)
  // Whatever the kind: the definition says which panel holds the report's leading figures.
  return spec.options.headline === true ? { ...panel, leading: true } : panel
}

function overlaps(a: GridPosition, b: GridPosition): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * The size `auto` gives a panel: cards a short full-width band (a figure with its unit, 23612000万千瓦时,
 * needs the width of a wide card on paper too), charts half the width, more height for more bars.
 */
function autoSize(kind: string, indicators: number): { w: number; h: number } {
  if (kind === '指标卡') return { w: 24, h: 4 }
  if (kind === TREND_KIND) return { w: 12, h: 4 }
  return { w: 12, h: Math.min(12, Math.max(6, 2 + indicators)) }
}

/** The first free place, top to bottom and left to right, for a panel of this size. */
function freePlace(taken: readonly GridPosition[], size: { w: number; h: number }): GridPosition {
  for (let y = 0; ; y++)
    for (let x = 0; x + size.w <= GRID_COLUMNS; x++) {
      const place = { x, y, ...size }
      if (!taken.some((other) => overlaps(place, other))) return place
    }
}

interface Placed {
  panel: string
  kind: string
  count: number
  position: GridPosition | 'auto'
}

/** A page's panels in reading order (placed ones top to bottom, left to right; then `auto` ones). */
function layOut(id: string, title: string, placed: readonly Placed[]): PageDefinition {
  const fixed = placed.filter((p): p is Placed & { position: GridPosition } => p.position !== 'auto').sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)
  const taken: GridPosition[] = fixed.map((p) => p.position)
  const panels: PanelPlacement[] = [...fixed, ...placed.filter((p) => p.position === 'auto')].map((p) => {
    if (p.position !== 'auto') return { panel: p.panel, ...p.position }
    const place = freePlace(taken, autoSize(p.kind, p.count))
    taken.push(place)
    return { panel: p.panel, ...place }
  })
  const rows = Math.max(GRID_ROWS, ...panels.map((p) => p.y + p.h))
  return { id, title, rows, panels }
}

const MEASURE_ORDER = { level: 0, share: 1, growth: 2 } as const

/**
 * Panels for indicators, by measure: levels and shares as cards (a level's growth beside it), growths
 * without their level as growth bars. `prefix` makes the panel ids unique.
 */
function automaticSpecs(prefix: string, title: string, items: readonly IndicatorDefinition[]): PanelSpec[] {
  const ids = new Set(items.map((item) => item.id))
  const beside = (item: IndicatorDefinition) => item.measure === 'growth' && item.of !== null && ids.has(item.of)
  const cards = items.filter((item) => item.measure !== 'growth' || beside(item))
  const growths = items.filter((item) => item.measure === 'growth' && !beside(item))
  const specs: PanelSpec[] = []
  const levels = cards.filter((item) => !beside(item))
  for (let start = 0; start < levels.length; start += CARDS_PER_PANEL) {
    const chunk = levels.slice(start, start + CARDS_PER_PANEL)
    const withGrowths = chunk.flatMap((item) => [item, ...cards.filter((other) => beside(other) && other.of === item.id)])
    const part = levels.length > CARDS_PER_PANEL ? `（${start / CARDS_PER_PANEL + 1}）` : ''
    specs.push({ id: `${prefix}_cards_${start / CARDS_PER_PANEL + 1}`, title: `${title}${part}`, kind: '指标卡', indicators: withGrowths.map((item) => item.id), options: { scope: 'sector', unit: unitsOf(chunk) } })
  }
  if (growths.length)
    specs.push({ id: `${prefix}_growth`, title: `${title} · 增速`, kind: '增速对比', indicators: growths.map((item) => item.id), options: { unit: '%' } })
  return specs
}

function unitsOf(items: readonly IndicatorDefinition[]): string {
  return [...new Set(items.map((item) => item.unit))].join('、')
}

/** Indicators grouped by topic, topics in the order they first appear, items in the data's order. */
function byTopic(items: readonly IndicatorDefinition[]): [string, IndicatorDefinition[]][] {
  const groups = new Map<string, IndicatorDefinition[]>()
  for (const item of items) groups.set(item.topic, [...(groups.get(item.topic) ?? []), item])
  return [...groups]
}

/** Automatic pages of panels, at most PANELS_PER_PAGE each: 其他指标, 其他指标（2）… */
function automaticPages(idPrefix: string, title: string, specs: readonly PanelSpec[]): { page: PageDefinition; specs: PanelSpec[] }[] {
  const pages: { page: PageDefinition; specs: PanelSpec[] }[] = []
  for (let start = 0; start < specs.length; start += PANELS_PER_PAGE) {
    const chunk = specs.slice(start, start + PANELS_PER_PAGE)
    const n = start / PANELS_PER_PAGE + 1
    const page = layOut(n === 1 ? idPrefix : `${idPrefix}_${n}`, n === 1 ? title : `${title}（${n}）`, chunk.map((spec) => ({ panel: spec.id, kind: spec.kind, count: spec.indicators.length, position: 'auto' })))
    pages.push({ page, specs: chunk })
  }
  return pages
}

/** Topic panels of indicators: each topic's cards and growth bars, titled by the topic. */
function topicSpecs(prefix: string, items: readonly IndicatorDefinition[]): PanelSpec[] {
  return byTopic(items).flatMap(([topic, group]) => automaticSpecs(`${prefix}_${topic}`, TOPIC_NAMES[topic as keyof typeof TOPIC_NAMES] ?? topic, sortByMeasure(group)))
}

function sortByMeasure(items: readonly IndicatorDefinition[]): IndicatorDefinition[] {
  return [...items].sort((a, b) => MEASURE_ORDER[a.measure] - MEASURE_ORDER[b.measure])
}

/**
 * The whole dashboard of a folder without a definition: the leading figures as cards (and, when the
 * editions allow, a trend of the first few), then a page per topic.
 */
function automaticDashboard(indicators: readonly IndicatorDefinition[], room: TrendRoom): Dashboard {
  const leading = byTopic(indicators.filter((item) => item.measure === 'level'))
    .map(([, group]) => group[0])
    .slice(0, CARDS_PER_PANEL)
  const growthsOfLeading = indicators.filter((item) => item.measure === 'growth' && leading.some((level) => level.id === item.of))
  const overviewSpec: PanelSpec = {
    id: 'auto_overview',
    title: '主要指标',
    kind: '指标卡',
    indicators: leading.flatMap((level) => [level.id, ...growthsOfLeading.filter((g) => g.of === level.id).map((g) => g.id)]),
    options: { scope: 'sector', unit: unitsOf(leading), headline: true },
  }
  const trendSpecs: PanelSpec[] = room.months
    ? leading.slice(0, AUTOMATIC_TRENDS).map((level) => ({ id: `auto_trend_${level.id}`, title: `${level.name} · 趋势`, kind: TREND_KIND, indicators: [level.id], options: { scope: 'town', unit: level.unit } }))
    : []
  const overviewPanels: Placed[] = [
    { panel: overviewSpec.id, kind: '指标卡', count: leading.length, position: { x: 0, y: 0, w: 24, h: 4 } },
    ...trendSpecs.map((spec): Placed => ({ panel: spec.id, kind: TREND_KIND, count: 1, position: 'auto' })),
  ]
  const overview = leading.length ? [{ page: layOut('overview', '总览', overviewPanels), specs: [overviewSpec, ...trendSpecs] }] : []
  const topics = byTopic(indicators).flatMap(([topic, group]) =>
    automaticPages(`auto_${topic}`, TOPIC_NAMES[topic as keyof typeof TOPIC_NAMES] ?? topic, automaticSpecs(`auto_${topic}`, TOPIC_NAMES[topic as keyof typeof TOPIC_NAMES] ?? topic, sortByMeasure(group))),
  )
  const all = [...overview, ...topics]
  const panels = all.flatMap((p) => p.specs.map(buildPanel))
  return { pages: all.map((p) => p.page), panels, automatic: [...indicators], issues: [], trends: trendSpecs.length > 0, pending: pendingKinds(panels) }
}

function specOf(entry: DashboardPanelEntry): PanelSpec {
  return { id: entry.id, title: entry.title, kind: entry.kind, indicators: entry.indicators, options: entry.options ?? ({} as PanelOptions) }
}

function definedDashboard(file: DashboardFile, indicators: readonly IndicatorDefinition[], room: TrendRoom): Dashboard {
  const entries = file.panels.filter((entry) => shownWith(entry, room))
  const placed = new Map<string, Placed[]>(file.pages.map((page) => [page.id, []]))
  for (const entry of entries) {
    const places = [{ page: entry.page, position: entry.position }, ...(entry.also ?? [])]
    for (const place of places) placed.get(place.page)?.push({ panel: entry.id, kind: entry.kind, count: entry.indicators.length, position: place.position })
  }
  const issues: DataIssue[] = file.panels.flatMap((entry, index) =>
    isKind(entry.kind)
      ? []
      : [{ file: 'data/dashboard.json', path: `panels[${index}].kind`, expected: `已有的面板类型（${KIND_NAMES()}）`, got: `未知类型 ${JSON.stringify(entry.kind)}`, index, label: entry.title }],
  )
  // A page whose only panels were left out is left out too.
  const placesOn = (entry: DashboardPanelEntry, page: string) => entry.page === page || (entry.also ?? []).some((place) => place.page === page)
  const pages = [...file.pages].sort((a, b) => a.order - b.order).filter((page) => (placed.get(page.id) ?? []).length > 0 || !file.panels.some((entry) => placesOn(entry, page.id)))
  // Indicators only a left-out panel names are not lost: they go to the automatic page.
  const named = new Set(entries.flatMap((entry) => entry.indicators))
  const automatic = indicators.filter((item) => !named.has(item.id))
  const others = automaticPages('others', OTHERS_TITLE, topicSpecs('others', automatic))
  // Panels in the order of the pages that show them, each once.
  const order = new Map<string, number>()
  for (const page of pages) for (const p of placed.get(page.id) ?? []) if (!order.has(p.panel)) order.set(p.panel, order.size)
  const panels = [...entries].sort((a, b) => (order.get(a.id) ?? 1e9) - (order.get(b.id) ?? 1e9)).map((entry) => buildPanel(specOf(entry)))
  const all = [...panels, ...others.flatMap((p) => p.specs.map(buildPanel))]
  return {
    pages: [...pages.map((page) => layOut(page.id, page.title, placed.get(page.id) ?? [])), ...others.map((p) => p.page)],
    panels: all,
    automatic,
    issues,
    trends: entries.some((entry) => entry.kind === TREND_KIND),
    pending: pendingKinds(all),
  }
}

function pendingKinds(panels: readonly PanelDefinition[]): string[] {
  return [...new Set(panels.flatMap((panel) => panel.pending ?? []))]
}

const cache = new WeakMap<object, WeakMap<object, Map<string, Dashboard>>>()
const NO_FILE = {}
const NONE_WITHOUT: ReadonlySet<string> = new Set()

/** The optional list files with nothing in them, from the data as read (an absent one reads as an empty list). */
export function emptyListFiles(files: { projects?: readonly unknown[]; honours?: readonly unknown[] }): Set<string> {
  return new Set([...(files.projects?.length === 0 ? ['projects.json'] : []), ...(files.honours?.length === 0 ? ['honours.json'] : [])])
}

/**
 * The dashboard of a definition (undefined: none in the folder), the indicators of the data and its
 * editions (which trends they can draw). The same dashboard object while none of these changes what it
 * shows: a new edition that draws no new trend keeps the pages as they are. Panels of a kind whose code is
 * still to load wait for it (`pending`): after loadKinds, the next call builds the dashboard again.
 */
export function buildDashboard(
  file: DashboardFile | undefined,
  indicators: readonly IndicatorDefinition[],
  editions: readonly Pick<Edition, 'asOf'>[] = [],
  without: ReadonlySet<string> = NONE_WITHOUT,
): Dashboard {
  const key = file ?? NO_FILE
  let byIndicators = cache.get(key)
  if (!byIndicators) cache.set(key, (byIndicators = new WeakMap()))
  let byRoom = byIndicators.get(indicators)
  if (!byRoom) byIndicators.set(indicators, (byRoom = new Map()))
  const room = trendRoom(editions, without)
  const roomKey = `${room.months}|${room.years}|${[...without].sort().join()}`
  const build = () => (file ? definedDashboard(file, indicators, room) : automaticDashboard(indicators, room))
  let dashboard = byRoom.get(roomKey)
  if (!dashboard) byRoom.set(roomKey, (dashboard = build()))
  else if (dashboard.pending.some((name) => loadedKind(name) !== undefined)) byRoom.set(roomKey, (dashboard = keepingBuilt(dashboard, build())))
  return dashboard
}

/**
 * The dashboard built again once the code of a kind it waited for is in: the panels it already had keep
 * their objects (the same definition gives the same panel), so their charts are not drawn again.
 */
function keepingBuilt(previous: Dashboard, next: Dashboard): Dashboard {
  const built = new Map(previous.panels.filter((panel) => panel.pending === undefined).map((panel) => [panel.id, panel]))
  return { ...next, panels: next.panels.map((panel) => (panel.pending === undefined ? (built.get(panel.id) ?? panel) : panel)) }
}

/** The notice check:data and the import print: which indicators went to the automatic pages. */
export function automaticNotice(dashboard: Pick<Dashboard, 'automatic'>, defined: boolean): string | undefined {
  if (dashboard.automatic.length === 0) return undefined
  const names = dashboard.automatic.map((item) => `${item.name}（${item.id}）`).join('、')
  return defined
    ? `提示：${dashboard.automatic.length} 项指标未放入任何面板，已自动放在“${OTHERS_TITLE}”页：${names}`
    : `提示：数据中没有 dashboard.json，看板按指标类别自动排版，${dashboard.automatic.length} 项指标全部自动放置：${names}`
}
