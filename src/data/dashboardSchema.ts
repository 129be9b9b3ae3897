/**
 * The dashboard definition (`data/dashboard.json`): its pages and the panels on them, as a Grafana
 * dashboard is a JSON document of panels with grid positions. A panel names its kind (a folder of
 * src/panels/kinds/), the indicators it shows in order, its page, a place on the page's 24-column grid
 * or `auto`, and the few options its kind takes. Optional: a data folder without it gets an automatic
 * dashboard. Checks across files (indicators that exist, panels that overlap, pages left empty) are here
 * too, with the same Chinese messages as every other file; whether a kind exists is the registry's to say.
 */
import * as v from 'valibot'
import type { DataIssue } from './issue'

/** Columns of the page grid. */
export const GRID_COLUMNS = 24
/** Rows of a page as designed for the 1920x1080 screen; a page placing panels lower grows. */
export const GRID_ROWS = 12

const id = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/, '小写字母开头，只含小写字母、数字和下划线'))
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('不能为空'))
const cell = (max: number, what: string) => v.pipe(v.number(), v.integer(`整数${what}`), v.minValue(0), v.maxValue(max))

const GridPositionSchema = v.pipe(
  v.strictObject({
    /** Column 0-23 and width in columns. */
    x: cell(GRID_COLUMNS - 1, '列号'),
    w: v.pipe(v.number(), v.integer('整数列数'), v.minValue(1), v.maxValue(GRID_COLUMNS)),
    /** Row and height in rows (12 rows fill the design screen). */
    y: cell(200, '行号'),
    h: v.pipe(v.number(), v.integer('整数行数'), v.minValue(1), v.maxValue(GRID_ROWS * 4)),
  }),
  v.check((p) => p.x + p.w <= GRID_COLUMNS, `不超出 ${GRID_COLUMNS} 列（x + w ≤ ${GRID_COLUMNS}）`),
)
/** Where a panel goes: a place on the grid, or `auto` (laid out by kind and content). */
const position = v.union([v.literal('auto'), GridPositionSchema], '"auto" 或 {x, w, y, h}')

const optionValue = v.union([v.string(), v.number(), v.boolean(), v.array(v.string()), v.record(v.string(), v.string())])

const DashboardPageSchema = v.strictObject({
  id,
  title: text,
  /** Position in the navigation and the rotation: 1, 2, 3… */
  order: v.pipe(v.number(), v.integer('整数'), v.minValue(0)),
})

const PlacementSchema = v.strictObject({ page: id, position })

const DashboardPanelSchema = v.strictObject({
  id,
  title: text,
  /** The kind's name as the registry lists it: 指标卡, 总量对比, 增速对比… */
  kind: text,
  /** Indicator ids in the order the panel shows them (empty for kinds that read projects or honours). */
  indicators: v.array(id),
  page: id,
  position,
  /** The same panel shown on other pages too (the overview repeats a few). */
  also: v.optional(v.array(PlacementSchema)),
  /** What the kind takes: labels, a unit to show in, the headline indicator… (see each kind). */
  options: v.optional(v.record(v.string(), optionValue)),
})

export const DashboardFileSchema = v.strictObject({
  pages: v.pipe(v.array(DashboardPageSchema), v.minLength(1, '至少一项')),
  panels: v.array(DashboardPanelSchema),
})

export type DashboardFile = v.InferOutput<typeof DashboardFileSchema>
export type DashboardPanelEntry = v.InferOutput<typeof DashboardPanelSchema>
export type GridPosition = v.InferOutput<typeof GridPositionSchema>
export type PanelOptions = NonNullable<DashboardPanelEntry['options']>

const FILE = 'data/dashboard.json'

/** Options that must be a whole number of editions (项目 panels: after how many unreported editions a project is 往期). */
const EDITION_COUNT_OPTIONS: Readonly<Record<string, string>> = {
  staleAfter: '正整数（项目连续多少期未报道后移入往期项目，默认 12）',
}

/** Options naming one of the panel's own indicators (增速对比's target: the growth whose 年度目标 is drawn). */
const OWN_INDICATOR_OPTIONS: Readonly<Record<string, string>> = {
  target: '本面板“指标”中的一项增速的编号（画出其年度目标线）',
}

function optionIssues(panel: DashboardPanelEntry, index: number): DataIssue[] {
  const issue = (key: string, expected: string, value: unknown): DataIssue => ({ file: FILE, path: `panels[${index}].options.${key}`, expected, got: JSON.stringify(value), index, label: panel.title })
  const counts = Object.entries(EDITION_COUNT_OPTIONS).flatMap(([key, expected]) => {
    const value = panel.options?.[key]
    if (value === undefined || (typeof value === 'number' && Number.isInteger(value) && value >= 1)) return []
    return [issue(key, expected, value)]
  })
  const own = Object.entries(OWN_INDICATOR_OPTIONS).flatMap(([key, expected]) => {
    const value = panel.options?.[key]
    if (value === undefined || (typeof value === 'string' && panel.indicators.includes(value))) return []
    return [issue(key, expected, value)]
  })
  return [...counts, ...own]
}

/** Each place a panel has: its own page first, then `also`, with the JSON path of each. */
function placementsOf(panel: DashboardPanelEntry, index: number) {
  return [
    { page: panel.page, position: panel.position, path: `panels[${index}]` },
    ...(panel.also ?? []).map((p, i) => ({ page: p.page, position: p.position, path: `panels[${index}].also[${i}]` })),
  ]
}

function overlaps(a: GridPosition, b: GridPosition): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
}

/**
 * The checks of the definition against itself and the indicators: ids used once, pages that exist and
 * show something, indicators that exist, panels that do not overlap on a page. `indicatorIds` undefined:
 * indicators.json is not good, so indicators are not checked against it.
 */
export function dashboardIssues(file: DashboardFile, indicatorIds: ReadonlySet<string> | undefined): DataIssue[] {
  const issues: DataIssue[] = []
  const pageIds = new Set<string>()
  file.pages.forEach((page, index) => {
    if (pageIds.has(page.id)) issues.push({ file: FILE, path: `pages[${index}].id`, expected: '不重复的页面编号', got: `重复的 ${JSON.stringify(page.id)}`, index })
    pageIds.add(page.id)
  })
  const panelIds = new Set<string>()
  const shown = new Set<string>()
  const placed = new Map<string, { position: GridPosition; id: string }[]>()
  file.panels.forEach((panel, index) => {
    if (panelIds.has(panel.id)) issues.push({ file: FILE, path: `panels[${index}].id`, expected: '不重复的面板编号', got: `重复的 ${JSON.stringify(panel.id)}`, index, label: panel.title })
    panelIds.add(panel.id)
    issues.push(...optionIssues(panel, index))
    panel.indicators.forEach((indicator, i) => {
      if (indicatorIds && !indicatorIds.has(indicator))
        issues.push({ file: FILE, path: `panels[${index}].indicators[${i}]`, expected: 'indicators.json 中已有的指标编号', got: `未知指标 ${JSON.stringify(indicator)}`, index, label: panel.title })
    })
    for (const place of placementsOf(panel, index)) {
      if (!pageIds.has(place.page)) {
        issues.push({ file: FILE, path: `${place.path}.page`, expected: `pages 中已有的页面编号（${[...pageIds].join('、')}）`, got: `未知页面 ${JSON.stringify(place.page)}`, index, label: panel.title })
        continue
      }
      shown.add(place.page)
      if (place.position === 'auto') continue
      const onPage = placed.get(place.page) ?? []
      const other = onPage.find((p) => overlaps(p.position, place.position as GridPosition))
      if (other)
        issues.push({
          file: FILE,
          path: `${place.path}.position`,
          expected: `与同页其他面板不重叠的位置`,
          got: `与面板 ${JSON.stringify(other.id)} 重叠（页面 ${place.page}）`,
          index,
          label: panel.title,
        })
      onPage.push({ position: place.position, id: panel.id })
      placed.set(place.page, onPage)
    }
  })
  file.pages.forEach((page, index) => {
    if (!shown.has(page.id)) issues.push({ file: FILE, path: `pages[${index}]`, expected: '至少放有一个面板的页面', got: `页面 ${JSON.stringify(page.id)}（${page.title}）没有面板`, index, label: page.title })
  })
  return issues
}
