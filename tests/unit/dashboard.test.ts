/**
 * The dashboard as data: data/dashboard.json's checks (as check:data prints them), the automatic pages for
 * indicators no panel names and for a folder without a definition, `auto` layout, and the workbook's 页面
 * and 面板 sheets. On the small fixture and copies of it changed as a clerk would.
 */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DashboardFile } from '../../src/data/dashboardSchema'
import { checkAll, formatIssue } from '../../src/data/validate'
import type { DataFiles } from '../../src/data/schema'
import { buildDashboard, emptyListFiles, OTHERS_TITLE } from '../../src/panels/dashboard'
import { automaticNotice, filesNotice } from '../../src/panels/notice'
import { fixtureDir, folderTexts } from '../support/fixtures'
import { cardsOf, contextOf, dataset } from '../support/panelData'
import { importBook, movePanel, workbookOf } from '../support/workbook'

const ROOT = join(__dirname, '../..')
const texts = folderTexts(fixtureDir('small'))
const definition = JSON.parse(texts['dashboard.json']) as DashboardFile

/** The checks of the small fixture with its dashboard.json changed by `change`. */
function issuesWith(change: (file: DashboardFile) => void): string[] {
  const file = structuredClone(definition)
  change(file)
  return checkAll({ ...texts, 'dashboard.json': JSON.stringify(file) }).issues['dashboard.json'].map(formatIssue)
}

function filesOf(text: Record<string, string>): DataFiles {
  const checked = checkAll(text)
  expect(Object.values(checked.issues).flat().map(formatIssue)).toEqual([])
  return checked.values as DataFiles
}

describe('dashboard.json checks', () => {
  it('accepts the fixture definition', () => {
    expect(issuesWith(() => {})).toEqual([])
  })

  it('names an unknown indicator with its panel and place', () => {
    expect(issuesWith((file) => file.panels[1].indicators.push('no_such_figure'))).toEqual([
      'data/dashboard.json: panels[1].indicators[2]: 应为indicators.json 中已有的指标编号，实际为 未知指标 "no_such_figure"',
    ])
  })

  it('names two panels that overlap on a page', () => {
    const messages = issuesWith((file) => {
      file.panels[2].position = { x: 4, y: 3, w: 8, h: 5 }
    })
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('panels[2].position')
    expect(messages[0]).toContain('与面板 "gdp" 重叠（页面 overview）')
  })

  it('names a page with no panels', () => {
    expect(issuesWith((file) => file.pages.push({ id: 'empty', title: '空页', order: 9 }))).toEqual([
      'data/dashboard.json: pages[5]: 应为至少放有一个面板的页面，实际为 页面 "empty"（空页）没有面板',
    ])
  })

  it('names a panel on a page that does not exist', () => {
    const messages = issuesWith((file) => {
      file.panels[0].page = 'nowhere'
    })
    expect(messages.join('\n')).toContain('panels[0].page: 应为pages 中已有的页面编号')
  })

  it('names a place past the 24 columns', () => {
    expect(issuesWith((file) => (file.panels[1].position = { x: 20, y: 0, w: 8, h: 2 })).join('\n')).toContain('panels[1].position: 应为不超出 24 列（x + w ≤ 24）')
  })

  it('check:data prints an unknown kind as a problem and the indicators placed automatically as a notice', () => {
    const folder = mkdtempSync(join(tmpdir(), 'dash-check-'))
    const run = () => {
      try {
        return { code: 0, out: execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/check-data.ts', folder], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }) }
      } catch (error) {
        const failed = error as { status: number; stdout: string; stderr: string }
        return { code: failed.status, out: failed.stdout + failed.stderr }
      }
    }
    try {
      cpSync(fixtureDir('small'), folder, { recursive: true })
      const file = structuredClone(definition)
      file.panels[1].kind = '饼图'
      // The land panel leaves the definition: its two figures go to 其他指标.
      file.panels = file.panels.filter((panel) => panel.id !== 'land')
      writeFileSync(join(folder, 'dashboard.json'), JSON.stringify(file))
      const broken = run()
      expect(broken.code).toBe(1)
      expect(broken.out).toContain('data/dashboard.json: panels[1].kind: 应为已有的面板类型（指标卡、总量对比')
      expect(broken.out).toContain('实际为 未知类型 "饼图"')
      file.panels[1].kind = '总量对比'
      writeFileSync(join(folder, 'dashboard.json'), JSON.stringify(file))
      const noticed = run()
      expect(noticed.code).toBe(0)
      expect(noticed.out).toContain('提示：2 项指标未放入任何面板，已自动放在“其他指标”页：规范发包机动地（contracted_reserve_land）、规范发包“四荒”地（contracted_wasteland）')
      rmSync(join(folder, 'dashboard.json'))
      const automatic = run()
      expect(automatic.code).toBe(0)
      expect(automatic.out).toContain('提示：数据中没有 dashboard.json，看板按指标类别自动排版，48 项指标全部自动放置')
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
    // Two runs of the command line (tsx starting each time): slow on a busy two-core machine.
  }, 60_000)
})

describe('a panel of an unknown kind', () => {
  it('is named as a problem with its place, keeps its frame saying what is wrong, and the other panels still draw', () => {
    const files = filesOf(texts)
    const file = structuredClone(definition)
    const { id, title } = file.panels[1]
    file.panels[1].kind = '饼图'
    const dashboard = buildDashboard(file, files.indicators, files.editions)
    expect(dashboard.issues).toHaveLength(1)
    expect(dashboard.issues[0]).toMatchObject({ file: 'data/dashboard.json', path: 'panels[1].kind', got: '未知类型 "饼图"', label: title })
    expect(dashboard.issues[0].expected).toContain('总量对比')
    const broken = dashboard.panels.find((panel) => panel.id === id)!
    const ctx = contextOf(dataset)
    const message = `data/dashboard.json 中面板“${title}”的类型“饼图”未知；可用类型：`
    for (const part of [() => broken.period(ctx), () => broken.source(ctx), () => broken.buildOption(ctx), () => broken.buildTable(ctx)]) expect(part).toThrow(message)
    // Its page still has it (its frame shows the problem); every other panel builds.
    expect(dashboard.pages.some((page) => page.panels.some((p) => p.panel === id))).toBe(true)
    for (const panel of dashboard.panels.filter((panel) => panel.id !== id)) expect(() => panel.buildOption(ctx), panel.id).not.toThrow()
  })
})

describe('panels that need a file the data lacks', () => {
  it('are absent: a town without projects or honours gets no empty project or honours panel, and no empty page', () => {
    const files = filesOf({ ...texts, 'projects.json': '', 'honours.json': '' })
    expect(files.projects).toEqual([])
    const without = emptyListFiles(files)
    expect([...without].sort()).toEqual(['honours.json', 'projects.json'])
    const full = buildDashboard(files.dashboard, files.indicators, files.editions)
    const lacking = buildDashboard(files.dashboard, files.indicators, files.editions, without)
    const needing = full.panels.filter((panel) => panel.reads.some((name) => without.has(name))).map((panel) => panel.id)
    expect(needing.length).toBeGreaterThan(0)
    for (const id of needing) expect(lacking.panels.map((panel) => panel.id)).not.toContain(id)
    for (const page of lacking.pages) {
      expect(page.panels.length, page.id).toBeGreaterThan(0)
      for (const placed of page.panels) expect(needing).not.toContain(placed.panel)
    }
    // Every other panel stays, and no indicator is lost (none of these panels names one).
    expect(lacking.panels.length).toBe(full.panels.length - needing.length)
    expect(lacking.automatic).toEqual(full.automatic)
  })
})

describe('nothing entered is invisible', () => {
  it('puts indicators no panel names on 其他指标, by topic: levels and shares as cards (growth beside its level), growths alone as bars', () => {
    const file = structuredClone(definition)
    file.panels = file.panels.filter((panel) => !['investment', 'land', 'commerce'].includes(panel.id))
    const files = filesOf({ ...texts, 'dashboard.json': JSON.stringify(file) })
    const dashboard = buildDashboard(files.dashboard, files.indicators)
    const others = dashboard.pages.filter((page) => page.title.startsWith(OTHERS_TITLE))
    expect(others.map((page) => page.title)).toEqual([OTHERS_TITLE])
    const panels = others[0].panels.map((p) => dashboard.panels.find((panel) => panel.id === p.panel)!)
    expect(panels.map((panel) => panel.title)).toEqual(['经济运行 · 增速', '土地', '商贸'])
    const ctx = contextOf(dataset)
    // Growths without a level (the headline still shows fixed-asset investment and its growth): bars.
    expect(panels[0].indicators).toEqual(['industrial_project_investment_growth', 'above_scale_industry_value_added_growth'])
    expect(panels.map((panel) => panel.kind)).toEqual(['chart', 'cards', 'cards'])
    const commerce = cardsOf(panels[2], ctx)
    expect(commerce.map((card) => `${card.label} ${card.value}`)).toEqual(['在库批零住餐规模以上企业 17家', '电商企业、网店 200余家', '世通智慧物流产业园每日货物吞吐量占全区比重 40%'])
    expect(dashboard.automatic.map((item) => item.id).sort()).toEqual(
      [...panels.flatMap((panel) => panel.indicators)].sort(),
    )
  })

  it('composes the one-line notice the import result shows (数据维护 and data:import), from the files as read', () => {
    expect(filesNotice(filesOf(texts))).toBeUndefined()
    const file = structuredClone(definition)
    file.panels = file.panels.filter((panel) => panel.id !== 'land')
    const notice = filesNotice(filesOf({ ...texts, 'dashboard.json': JSON.stringify(file) }))
    expect(notice).toBe('提示：2 项指标未放入任何面板，已自动放在“其他指标”页：规范发包机动地（contracted_reserve_land）、规范发包“四荒”地（contracted_wasteland）')
    expect(notice).not.toContain('\n')
    expect(filesNotice(filesOf({ ...texts, 'dashboard.json': '' }))).toMatch(/^提示：数据中没有 dashboard\.json，看板按指标类别自动排版，48 项指标全部自动放置：/)
    expect(filesNotice({})).toBeUndefined()
  })

  it('lays out a whole dashboard for a folder without a definition: the leading figures, then a page per topic, every indicator on a page', () => {
    const rest = Object.fromEntries(Object.entries(texts).filter(([name]) => name !== 'dashboard.json'))
    const files = filesOf(rest)
    expect(files.dashboard).toBeUndefined()
    const dashboard = buildDashboard(undefined, files.indicators)
    expect(dashboard.pages[0]).toMatchObject({ id: 'overview', title: '总览' })
    expect(dashboard.pages.slice(1).map((page) => page.title)).toEqual(expect.arrayContaining(['经济运行', '村集体经济', '商贸', '农业', '党建']))
    const onPages = new Set(dashboard.pages.flatMap((page) => page.panels.flatMap((p) => dashboard.panels.find((panel) => panel.id === p.panel)!.indicators)))
    expect(files.indicators.filter((item) => !onPages.has(item.id)).map((item) => item.id)).toEqual([])
    expect(automaticNotice(dashboard, false)).toContain('48 项指标全部自动放置')
    // Every panel builds, and every card shows a figure.
    const ctx = contextOf(dataset)
    for (const panel of dashboard.panels) {
      expect(() => panel.buildOption(ctx), panel.id).not.toThrow()
      if (panel.kind === 'cards') for (const card of panel.buildCards(ctx)) expect(card.missing, card.label).toBeUndefined()
    }
  })

  it('places `auto` panels in free room of the 24 columns, never over another', () => {
    const dashboard = buildDashboard(undefined, filesOf(texts).indicators)
    for (const page of dashboard.pages) {
      for (const [i, a] of page.panels.entries()) {
        expect(a.x + a.w, page.id).toBeLessThanOrEqual(24)
        expect(a.y + a.h, page.id).toBeLessThanOrEqual(page.rows)
        for (const b of page.panels.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${a.panel} / ${b.panel}`).toBe(false)
      }
    }
  })
})

describe('the workbook sheets 页面 and 面板', () => {
  it('carry the definition: a panel moved to another page and kind in the sheet arrives in dashboard.json', async () => {
    const book = await workbookOf(fixtureDir('small'))
    const panels = book.getWorksheet('面板')!
    const header = (panels.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(['面板编号', '标题', '类型', '指标', '页面', '位置', '选项'])
    movePanel(book, 'land', '指标卡', 'economy')
    const result = await importBook(book)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    const land = result.files.dashboard?.panels.find((panel) => panel.id === 'land')
    expect(land).toMatchObject({ kind: '指标卡', page: 'economy', position: 'auto', indicators: ['contracted_reserve_land', 'contracted_wasteland'] })
    expect(land?.options).toBeUndefined()
    const dashboard = buildDashboard(result.files.dashboard, result.files.indicators)
    expect(dashboard.pages.find((page) => page.id === 'economy')?.panels.map((p) => p.panel)).toContain('land')
  })

  it('a workbook without the two sheets gives no dashboard.json: the dashboard is laid out automatically', async () => {
    const book = await workbookOf(fixtureDir('small'))
    book.removeWorksheet(book.getWorksheet('页面')!.id)
    book.removeWorksheet(book.getWorksheet('面板')!.id)
    const result = await importBook(book)
    if (!result.ok) throw new Error(JSON.stringify(result.issues))
    expect(result.files.dashboard).toBeUndefined()
    expect(result.texts['dashboard.json']).toBe('')
  })

  it('names a bad place by sheet, row and column', async () => {
    const book = await workbookOf(fixtureDir('small'))
    book.getWorksheet('面板')!.getRow(2).getCell(6).value = '左上角'
    const result = await importBook(book)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.issues).toContainEqual(expect.objectContaining({ sheet: '面板', row: 2, column: '位置' }))
  })
})
