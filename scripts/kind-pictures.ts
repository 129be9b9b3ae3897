/**
 * The pictures of docs/panel-kinds.md: one panel of each kind (src/panels/registry.ts) drawn by the built app
 * (dist/) in the system Chromium at 1280x800, the panel's element screenshotted to docs/kinds/<folder>.png.
 * Kinds the bundled dashboard shows are drawn from data/; the others from a fixture of tests/fixtures/ with
 * the panel added to its definition on a page of its own (the docs say which data drew which picture).
 *
 * Usage: `npm run docs:pictures` (builds first), or `npx tsx scripts/kind-pictures.ts [folder ...]` on a
 * fresh dist/ to redraw only some (e.g. `trend table`).
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
/** Where the pictures go, relative to the project root. */
export const PICTURE_DIR = 'docs/kinds'
const VIEWPORT = { width: 1280, height: 800 }

/** A panel added to a fixture's definition, on the page `kinds` (面板类型示例), for kinds data/ does not show. */
export interface AddedPanel {
  title: string
  indicators: string[]
  position: { x: number; y: number; w: number; h: number }
  options?: Record<string, unknown>
}

export interface KindPicture {
  /** The kind's name in the registry and in dashboard.json. */
  kind: string
  /** Its folder under src/panels/kinds/, the picture's name. */
  folder: string
  /** The data folder it is drawn from, relative to the project root. */
  data: string
  /** The panel drawn: a panel of that folder's dashboard.json, or the one `add` defines under this id. */
  panel: string
  /** The panel's page (overview when absent). */
  page?: string
  /** The edition shown (?edition=), when not the newest. */
  edition?: string
  add?: AddedPanel
}

const BUNDLED = 'data'
const MULTI = 'tests/fixtures/multi'
const SECOND_TOWN = 'tests/fixtures/second-town'
/** The page the added panels go on. */
const ADDED_PAGE = 'kinds'

export const PICTURES: readonly KindPicture[] = [
  {
    kind: '指标卡',
    folder: 'figure-cards',
    data: MULTI,
    panel: 'main_cards',
    page: ADDED_PAGE,
    add: {
      title: '主要经济指标',
      indicators: ['gdp', 'gdp_growth', 'fiscal_revenue', 'fiscal_revenue_growth', 'four_above_enterprises_total', 'four_above_enterprises_new'],
      position: { x: 0, y: 6, w: 18, h: 4 },
      options: { scope: 'town', labels: { gdp: '地区生产总值', fiscal_revenue: '财政收入', four_above_enterprises_total: '“四上”企业' }, added: { four_above_enterprises_total: 'four_above_enterprises_new' } },
    },
  },
  { kind: '总量对比', folder: 'level-compare', data: BUNDLED, panel: 'gdp' },
  { kind: '增速对比', folder: 'growth-bars', data: BUNDLED, panel: 'investment' },
  { kind: '条形对比', folder: 'count-bars', data: BUNDLED, panel: 'feature_villages', page: 'rural' },
  { kind: '构成', folder: 'parts', data: BUNDLED, panel: 'village_commerce', page: 'rural' },
  { kind: '分档', folder: 'tiers', data: BUNDLED, panel: 'village_tiers' },
  { kind: '重点项目', folder: 'key-projects', data: BUNDLED, panel: 'key_projects', page: 'projects' },
  { kind: '项目分布', folder: 'project-sectors', data: BUNDLED, panel: 'project_sectors', page: 'projects' },
  { kind: '荣誉称号', folder: 'honours', data: BUNDLED, panel: 'honours', page: 'livelihood' },
  {
    kind: '趋势',
    folder: 'trend',
    data: MULTI,
    panel: 'gdp_trend',
    page: ADDED_PAGE,
    add: { title: '地区生产总值走势', indicators: ['gdp'], position: { x: 0, y: 0, w: 14, h: 6 }, options: { unit: '亿元', by: 'month', window: 24 } },
  },
  {
    kind: '完成进度',
    folder: 'completion',
    data: SECOND_TOWN,
    panel: 'completion',
    page: ADDED_PAGE,
    edition: '2023-06',
    add: {
      title: '年度目标完成进度',
      indicators: ['budget_revenue', 'fixed_asset_investment', 'investment_attracted', 'tax_revenue'],
      position: { x: 0, y: 0, w: 14, h: 6 },
      options: { labels: { budget_revenue: '预算收入' } },
    },
  },
  {
    kind: '表格',
    folder: 'table',
    data: SECOND_TOWN,
    panel: 'main_figures',
    page: ADDED_PAGE,
    edition: '2023-06',
    add: {
      title: '主要指标',
      indicators: ['tax_revenue', 'tax_revenue_growth', 'budget_revenue', 'above_scale_output', 'above_scale_output_growth', 'power_use_growth', 'grain_area'],
      position: { x: 0, y: 6, w: 18, h: 4 },
      options: { labels: { above_scale_output: '规上工业总产值' } },
    },
  },
]

interface DashboardJson {
  pages: { id: string; title: string; order: number }[]
  panels: Record<string, unknown>[]
}

/** A copy of a fixture with the added panels on a page of their own; its path. */
async function dataFolder(data: string, pictures: readonly KindPicture[], tmp: string): Promise<string> {
  const added = pictures.filter((picture) => picture.add)
  if (added.length === 0) return path.join(ROOT, data)
  const folder = path.join(tmp, data.replace(/\W+/g, '-'))
  await fs.cp(path.join(ROOT, data), folder, { recursive: true })
  const file = path.join(folder, 'dashboard.json')
  const dashboard: DashboardJson = await fs.readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as DashboardJson,
    () => ({ pages: [], panels: [] }),
  )
  dashboard.pages.push({ id: ADDED_PAGE, title: '面板类型示例', order: dashboard.pages.length + 1 })
  for (const { panel, kind, add } of added) if (add) dashboard.panels.push({ id: panel, title: add.title, kind, indicators: add.indicators, page: ADDED_PAGE, position: add.position, ...(add.options ? { options: add.options } : {}) })
  await fs.writeFile(file, JSON.stringify(dashboard, null, 1))
  return folder
}

function hashOf(picture: KindPicture): string {
  const page = picture.page ?? 'overview'
  return `#${page === 'overview' ? '/' : `/page/${page}`}${picture.edition ? `?edition=${picture.edition}` : ''}`
}

async function main(only: readonly string[]): Promise<void> {
  const { chromium } = await import('playwright-core')
  const { startServer } = await import('./serve.mjs')
  const { CHROMIUM_ARGS, CHROMIUM_PATH } = await import('./chromium.mjs')
  const unknown = only.filter((folder) => !PICTURES.some((picture) => picture.folder === folder))
  if (unknown.length) throw new Error(`没有这些面板类型的图：${unknown.join('、')}（可选：${PICTURES.map((p) => p.folder).join('、')}）`)
  const wanted = PICTURES.filter((picture) => only.length === 0 || only.includes(picture.folder))
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kind-pictures-'))
  const context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
  })
  try {
    const page = await context.newPage()
    await fs.mkdir(path.join(ROOT, PICTURE_DIR), { recursive: true })
    for (const data of [...new Set(wanted.map((picture) => picture.data))]) {
      const server = await startServer({ root: path.join(ROOT, 'dist'), port: 0, dataDir: await dataFolder(data, wanted.filter((picture) => picture.data === data), tmp) })
      try {
        for (const picture of wanted.filter((p) => p.data === data)) {
          await page.goto(`${server.url}${hashOf(picture)}`, { waitUntil: 'load' })
          const panel = page.locator(`[data-panel-id="${picture.panel}"]`).first()
          await panel.waitFor({ timeout: 30_000 })
          await panel.scrollIntoViewIfNeeded()
          // Drawn: not loading, and every chart shown has a canvas with a size; then its animation ends.
          await page.waitForFunction(
            (id) => {
              const element = document.querySelector(`[data-panel-id="${id}"]`)
              if (!element || element.getAttribute('data-state') === 'loading') return false
              const charts = Array.from(element.querySelectorAll('[_echarts_instance_]')).filter((chart) => chart.getClientRects().length > 0)
              return charts.every((chart) => Array.from(chart.querySelectorAll('canvas')).some((canvas) => canvas.getBoundingClientRect().width > 0))
            },
            picture.panel,
            { timeout: 30_000, polling: 100 },
          )
          await page.waitForTimeout(1500)
          const state = await panel.getAttribute('data-state')
          if (state !== 'ok') throw new Error(`面板 ${picture.panel}（${picture.kind}）显示为 ${state}：${await panel.innerText()}`)
          const file = path.join(ROOT, PICTURE_DIR, `${picture.folder}.png`)
          await panel.screenshot({ path: file, animations: 'disabled' })
          const { size } = await fs.stat(file)
          console.log(`${PICTURE_DIR}/${picture.folder}.png  ${picture.kind}  ${data} ${picture.panel}  ${Math.round(size / 1024)} KB`)
        }
      } finally {
        await server.close()
      }
    }
  } finally {
    await context.close()
    await fs.rm(tmp, { recursive: true, force: true })
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
