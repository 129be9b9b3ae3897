/**
 * The production build against broken copies of data/: each bad file is rejected with its message
 * (file, path, expected, got) on the page, in the banner and in the panels that read it, while the
 * panels that do not read it render; no stack trace, no blank page, nothing spinning forever. A BOM is
 * accepted, and 100,000 projects load with the page staying responsive.
 */
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { screenshot, useBrowser, type AppPage } from '../support/browser'
import { useDataServer } from '../support/server'
import { DATA_NAMES, edited, original, type Json } from '../support/dataCopy'
import { panelsOf, readersOf, settle, STACK_TRACE, type PanelState } from '../support/pageState'
import { bigProjectsText } from '../fixtures/bigData'
import type { DataFileName } from '../../src/data/schema'

const browser = useBrowser({ viewport: { width: 1920, height: 1080 } })
const openWith = useDataServer(browser)

const indexOf = (json: Json, id: string) => (json.values as { indicator: string }[]).findIndex((item) => item.indicator === id)
const setIndicator = (id: string, value: unknown) => edited('values.json', (json) => (json.values[indexOf(json, id)].value = value))

/** What every bad-data page must be: the header there, no stack trace, no script error. */
async function expectNotBlank(app: AppPage): Promise<void> {
  expect((await app.page.locator('.app-title').innerText()).trim()).not.toBe('')
  const body = await app.page.locator('body').innerText()
  expect(body).not.toMatch(STACK_TRACE)
  expect(app.consoleErrors.filter((line) => line.startsWith('pageerror'))).toEqual([])
}

async function banner(page: Page): Promise<string> {
  return page.locator('.data-error-banner').innerText()
}

/**
 * The panels of the page that read `file` show the message in an error card (those in `broken`, at
 * least); every other panel of the page renders.
 */
function expectPanels(panels: PanelState[], hash: string, broken: string[], message: string | RegExp): void {
  expect(panels.map((panel) => panel.id)).toEqual(panelsOf(hash))
  for (const panel of panels) {
    if (broken.includes(panel.id)) {
      expect({ id: panel.id, state: panel.state }).toEqual({ id: panel.id, state: 'error' })
      expect(panel.text).toMatch(typeof message === 'string' ? new RegExp(escape(message)) : message)
      // An error is never shown as "no data".
      expect(panel.text).not.toContain('暂无数据')
    } else {
      expect({ id: panel.id, state: panel.state, drawn: panel.drawn }).toEqual({ id: panel.id, state: 'ok', drawn: true })
    }
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface BadCase {
  name: string
  changes: () => Promise<Partial<Record<DataFileName, string | null>>>
  hash: string
  /** Panels of the page that must show the error card. */
  broken: string[]
  message: string | RegExp
}

const PROJECT_PANELS = [...readersOf('projects.json')]

const CASES: BadCase[] = [
  {
    name: 'truncated JSON',
    changes: async () => ({ 'values.json': (await original('values.json')).slice(0, 3000) }),
    hash: '#/page/projects',
    broken: ['enterprises'],
    message: /values\.json：应为合法的 JSON，实际为 第 \d+ 行第 \d+ 列处有语法错误/,
  },
  {
    // A required file (projects.json is optional since issue 23: a report may have no projects).
    name: 'a missing file (404)',
    changes: async () => ({ 'indicators.json': null }),
    hash: '#/page/projects',
    broken: [...readersOf('indicators.json')],
    message: 'indicators.json：文件不存在（HTTP 404）',
  },
  {
    name: 'a wrong type',
    changes: async () => ({ 'values.json': await setIndicator('gdp', '11.39亿') }),
    hash: '#/page/economy',
    broken: ['gdp'],
    message: '「地区生产总值」的数值应为数字，实际为“11.39亿”（values.json 第 1 项）',
  },
  {
    name: 'null where a list is expected',
    changes: async () => ({ 'projects.json': await edited('projects.json', (json) => (json.projects = null)) }),
    hash: '#/page/projects',
    broken: PROJECT_PANELS,
    message: 'projects.json 中 projects：应为数组，实际为 null',
  },
  {
    name: 'an empty list',
    changes: async () => ({ 'indicators.json': await edited('indicators.json', (json) => (json.indicators = [])) }),
    hash: '#/page/projects',
    broken: [...readersOf('indicators.json')],
    message: 'indicators.json 中 indicators：应为非空数组，实际为 数组（0 项）',
  },
  {
    name: 'a negative count',
    changes: async () => ({ 'values.json': await setIndicator('four_above_enterprises_total', -3) }),
    hash: '#/page/projects',
    // A card panel keeps its good cards: the bad one says what is wrong in its place (banner and card).
    broken: [],
    message: /^(?![\s\S]*values\[)[\s\S]*「[^」]+」的数值应为0 到 10000000000000 之间的数值，实际为 -3（values\.json 第 12 项）/,
  },
  {
    name: '1e300',
    changes: async () => ({ 'values.json': await setIndicator('gdp', 1e300) }),
    hash: '#/page/economy',
    broken: ['gdp'],
    message: '「地区生产总值」的数值应为0 到 10000000000000 之间的数值，实际为 1e+300（values.json 第 1 项）',
  },
  {
    name: 'a duplicate id',
    changes: async () => ({ 'indicators.json': await edited('indicators.json', (json) => (json.indicators[1].id = json.indicators[0].id)) }),
    // Only the second of the two is dropped: the GDP panel, which needs GDP's growth, says why; the
    // panels that do not need it keep drawing.
    hash: '#/',
    broken: ['gdp'],
    message: '「地区生产总值」的编号应为唯一的标识，实际为“gdp”（与 indicators[0] 重复）（indicators.json 第 2 项）',
  },
]

describe('a broken data file', () => {
  for (const bad of CASES) {
    it(`${bad.name}: rejected with its message, the other panels render`, async () => {
      const app = await openWith(await bad.changes(), bad.hash)
      const panels = await settle(app.page)
      await screenshot(app.page, `bad-data-${bad.name.replace(/\W+/g, '-')}`)
      expect(await banner(app.page)).toMatch(typeof bad.message === 'string' ? new RegExp(escape(bad.message)) : bad.message)
      expectPanels(panels, bad.hash, bad.broken, bad.message)
      await expectNotBlank(app)
      await app.page.close()
    })
  }

  it('__proto__ and constructor keys: rejected, Object.prototype stays clean', async () => {
    const sectors = (await original('sectors.json')).replace('"id"', '"__proto__": {"polluted": "yes"}, "id"')
    const projects = (await original('projects.json')).replace('{', '{"constructor": {"prototype": {"polluted": "yes"}},')
    const app = await openWith({ 'sectors.json': sectors, 'projects.json': projects }, '#/page/projects')
    const message = /「[^」]+」的__proto__应为普通字段名（不允许 __proto__、constructor、prototype），实际为 字段 "__proto__"（sectors\.json 第 1 项）/
    // The projects are lost (a bad key at the top): their panels say so. The sector list is lost too: the
    // panels needing it draw unfiltered with a note (tests/e2e/faults.e2e.test.ts), the banner says why.
    expectPanels(await settle(app.page), '#/page/projects', PROJECT_PANELS, 'projects.json 中 constructor：应为普通字段名')
    expect(await banner(app.page)).toMatch(message)
    const prototype = await app.page.evaluate(() => ({
      polluted: ({} as Record<string, unknown>).polluted,
      keys: Object.keys(Object.prototype),
      constructorIntact: ({}).constructor === Object,
    }))
    expect(prototype).toEqual({ polluted: undefined, keys: [], constructorIntact: true })
    // On the overview every panel draws; investment, which reads sectors.json, without sector colours.
    await app.page.goto(app.page.url().replace(/#.*$/, '#/'))
    const overview = await settle(app.page)
    expectPanels(overview, '#/', [], '')
    expect(overview.find((panel) => panel.id === 'investment')?.text).toContain('产业列表不可用')
    await expectNotBlank(app)
    await app.page.close()
  })

  it('an item rejected under a sector filter: the emptied panels show the error, never 所选产业暂无数据', async () => {
    // The only 文化旅游 project, with an impossible investment: dropped, the other projects kept.
    const projects = await edited('projects.json', (json) => {
      const index = (json.projects as { sector: string }[]).findIndex((project) => project.sector === 'culture_tourism')
      json.projects[index].totalInvestment = -5
    })
    const hash = '#/page/projects?sector=culture_tourism'
    const app = await openWith({ 'projects.json': projects }, hash)
    const panels = await settle(app.page)
    const message = /「[^」]+」的总投资应为不小于 0 的数，实际为 -5（projects\.json 第 \d+ 项）/
    expectPanels(panels, '#/page/projects', PROJECT_PANELS, message)
    // Without the filter the other projects show, marked as partly rejected.
    await app.page.goto(app.page.url().replace(/#.*$/, '#/page/projects'))
    const unfiltered = await settle(app.page)
    expectPanels(unfiltered, '#/page/projects', [], '')
    for (const id of PROJECT_PANELS) expect(unfiltered.find((panel) => panel.id === id)?.text).toContain('部分数据有误')
    await expectNotBlank(app)
    await app.page.close()
  })

  it('a file that never answers: loading, then after 10 s an error, never a spinner forever', async () => {
    const started = Date.now()
    const app = await openWith({}, '#/page/projects', ['data/projects.json'])
    const message = 'projects.json：读取超时（10 秒无响应）'
    // While waiting, the panels say they are reading, not that there is no data.
    const waiting = await app.page.locator('[data-panel-id="key_projects"]').innerText()
    expect(waiting).toContain('正在读取数据')
    const panels = await settle(app.page, 30_000)
    const waited = Date.now() - started
    expect(waited).toBeGreaterThan(9_500)
    expect(waited).toBeLessThan(20_000)
    expectPanels(panels, '#/page/projects', PROJECT_PANELS, message)
    expect(await banner(app.page)).toContain(message)
    await expectNotBlank(app)
    await app.page.close()
  })
})

describe('data that must be accepted', () => {
  it('a UTF-8 byte-order mark on every file', async () => {
    const withBom = Object.fromEntries(await Promise.all(DATA_NAMES.map(async (name) => [name, `\uFEFF${await original(name)}`])))
    const app = await openWith(withBom, '#/')
    expectPanels(await settle(app.page), '#/', [], '')
    expect(await app.page.locator('.data-error-banner').count()).toBe(0)
    await app.page.close()
  })

  it('100,000 projects: accepted, drawn as top items plus 其余, the page stays responsive', async () => {
    const app = await openWith({ 'projects.json': bigProjectsText(100_000) }, '#/page/projects')
    // Long tasks of the main thread, from the first byte of the page on.
    await app.page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] }
      w.__longTasks = []
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.__longTasks.push(Math.round(entry.duration)))).observe({ type: 'longtask', buffered: true })
    })
    const started = Date.now()
    await app.page.reload()
    const panels = await settle(app.page, 60_000)
    const loadMs = Date.now() - started
    expectPanels(panels, '#/page/projects', [], '')
    expect(await app.page.locator('.data-error-banner').count()).toBe(0)
    expect(panels.find((panel) => panel.id === 'project_sectors')?.text).toContain('共 100000 个项目')

    // A click answers: the theme switch repaints every panel.
    const clickStarted = Date.now()
    await app.page.getByRole('button', { name: '浅色主题' }).click()
    await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light', null, { timeout: 10_000 })
    await settle(app.page)
    const clickMs = Date.now() - clickStarted

    // The table lists the first rows and counts them all, exactly (the sum rows are not rows of projects and
    // are listed after them), rather than building 100,000 rows.
    const tableStarted = Date.now()
    const projectsPanel = app.page.locator('[data-panel-id="key_projects"]')
    await projectsPanel.getByRole('button', { name: /^数据：/ }).click()
    await app.page.getByText('共 100000 行，此处列出前 500 行', { exact: true }).waitFor({ timeout: 10_000 })
    const tableMs = Date.now() - tableStarted
    const rows = await projectsPanel.locator('.data-table tbody tr').allInnerTexts()
    // Every third generated project has no published investment: 66,666 have one.
    expect(rows.at(-1)).toMatch(/^公布投资额的 66666 个项目合计\t/)
    expect(rows.at(-2)).toMatch(/^其余 \d+ 个合计\t/)
    expect(rows).toHaveLength(502)
    await screenshot(app.page, 'bad-data-100000-projects')

    const longTasks = await app.page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks)
    const longest = Math.max(0, ...longTasks)
    console.log(`100,000 projects: loaded in ${loadMs} ms, longest main-thread task ${longest} ms, theme click ${clickMs} ms, table ${tableMs} ms`)
    // Generous bounds: they catch a page that hangs on big data, not a slow machine (npm run bench measures speed).
    expect(longest).toBeLessThan(20_000)
    expect(clickMs).toBeLessThan(15_000)
    expect(tableMs).toBeLessThan(10_000)
    await expectNotBlank(app)
    await app.page.close()
  })
})
