/**
 * Panel kinds the overview does not draw load when first needed (src/panels/registry.ts), so the first load
 * stays within its budget. Before their code is in, the dashboard has the same pages and panels and those
 * panels wait (the frame shows its loading state; every builder refuses); once it is in, the dashboard is
 * built again with the real panels. A town without projects leaves the project panels (and their page) out
 * before their code is in, as after. Each test takes fresh modules: the test setup loads every kind.
 */
import { describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { DataFiles } from '../../src/data/schema'
import { fixtureDataset, fixtureDir, fixtureFiles, folderTexts } from '../support/fixtures'
import { contextOf } from '../support/panelData'

/** The registry and the dashboard builder as the app has them at start: no lazy kind loaded. */
async function atStart() {
  vi.resetModules()
  return { ...(await import('../../src/panels/registry')), ...(await import('../../src/panels/dashboard')) }
}

const small = fixtureFiles('small')
const ctx = contextOf(fixtureDataset('small'))

function build(modules: Awaited<ReturnType<typeof atStart>>, files: DataFiles = small) {
  return modules.buildDashboard(files.dashboard, files.indicators, files.editions, modules.emptyListFiles(files))
}

describe('lazy panel kinds', () => {
  it('the overview draws only kinds of the first load; the other pages wait for theirs', async () => {
    const modules = await atStart()
    const dashboard = build(modules)
    const overview = dashboard.pages.find((page) => page.id === 'overview')!
    const panelOf = (id: string) => dashboard.panels.find((panel) => panel.id === id)!
    expect(overview.panels.map((p) => panelOf(p.panel).pending)).toEqual(overview.panels.map(() => undefined))
    // Drawn at once: each overview panel gives its option or cards.
    for (const p of overview.panels) {
      const panel = panelOf(p.panel)
      expect(() => (panel.kind === 'cards' ? panel.buildCards(ctx) : panel.buildOption(ctx)), panel.id).not.toThrow()
    }
    expect([...dashboard.pending].sort()).toEqual(['条形对比', '构成', '荣誉称号', '重点项目', '项目分布'].sort())
    const honours = panelOf('honours')
    expect(honours).toMatchObject({ pending: '荣誉称号', title: small.dashboard!.panels.find((entry) => entry.id === 'honours')!.title })
    expect(() => honours.buildOption(ctx)).toThrow('面板“')
    expect(() => honours.period(ctx)).toThrow('程序尚未载入')
  })

  it('once their code is in, the dashboard is built again with the real panels on the same pages', async () => {
    const modules = await atStart()
    const before = build(modules)
    await modules.loadKinds(before.pending)
    const after = build(modules)
    expect(after).not.toBe(before)
    expect(after.pending).toEqual([])
    expect(after.pages).toEqual(before.pages)
    expect(after.panels.map((panel) => panel.id)).toEqual(before.panels.map((panel) => panel.id))
    const honours = after.panels.find((panel) => panel.id === 'honours')!
    expect(honours.kind).toBe('cards')
    expect(honours.kind === 'cards' && honours.buildCards(ctx).length).toBeGreaterThan(0)
    for (const panel of after.panels) expect(() => panel.buildTable(ctx), panel.id).not.toThrow()
    // The panels it had keep their objects: their charts are not drawn again.
    expect(after.panels.find((panel) => panel.id === 'gdp')).toBe(before.panels.find((panel) => panel.id === 'gdp'))
    // Nothing left to wait for: the same dashboard from now on.
    expect(build(modules)).toBe(after)
  })

  it('says which optional lists a lazy kind reads before its code is in, as its panels do after', async () => {
    const modules = await atStart()
    const lazy = modules.KIND_LIST.filter((entry) => 'load' in entry)
    expect(lazy.length).toBeGreaterThan(0)
    await modules.loadKinds()
    for (const entry of lazy) {
      const kind = modules.loadedKind(entry.name)!
      const panel = kind.build({ id: 'tested', title: '测试面板', kind: entry.name, indicators: [], options: {} })
      const lists = panel.reads.filter((name) => name === 'projects.json' || name === 'honours.json')
      expect(lists, entry.name).toEqual([...modules.kindLists(entry.name)])
    }
  })

  it('a town without projects: the project panels and their page are left out before their code is in, as after', async () => {
    const modules = await atStart()
    const files: DataFiles = { ...small, projects: [] }
    const before = build(modules, files)
    expect(before.panels.map((panel) => panel.id)).not.toContain('key_projects')
    expect(before.panels.map((panel) => panel.id)).not.toContain('project_sectors')
    await modules.loadKinds()
    const after = build(modules, files)
    expect(after.pages.map((page) => page.id)).toEqual(before.pages.map((page) => page.id))
    expect(after.panels.map((panel) => panel.id)).toEqual(before.panels.map((panel) => panel.id))
  })

  it('loads nothing for the kinds of the first load or an unknown name, and names every kind', async () => {
    const modules = await atStart()
    await modules.loadKinds(['指标卡', '没有这种类型'])
    expect(modules.loadedKind('趋势')).toBeUndefined()
    expect(modules.loadedKind('指标卡')).toBeDefined()
    expect(modules.isKind('没有这种类型')).toBe(false)
    expect(modules.kindNames()).toHaveLength(modules.KIND_LIST.length)
  })

  it('the dataset store installs the dashboard with the real panels once their code is in; the asks of one tick are one load', async () => {
    vi.resetModules()
    setActivePinia(createPinia())
    const { useDatasetStore } = await import('../../src/stores/useDatasetStore')
    const { findPanel } = await import('../../src/layouts/pages')
    const store = useDatasetStore()
    // Asked before the data is there (screen mode at start): the code comes in, the dashboard is built with it later.
    await store.loadKinds(['条形对比'])
    store.apply(folderTexts(fixtureDir('small')))
    // The store installs the dashboard when Vue next flushes its watchers.
    await new Promise((resolve) => setTimeout(resolve, 0))
    const gdp = findPanel('gdp')
    expect(gdp).toBeDefined()
    expect(gdp?.pending).toBeUndefined()
    expect(findPanel('feature_villages')?.pending).toBeUndefined()
    expect(findPanel('honours')?.pending).toBe('荣誉称号')
    expect(findPanel('village_commerce')?.pending).toBe('构成')
    const honours = store.loadKinds(['荣誉称号'])
    const parts = store.loadKinds(['构成'])
    // One load: when the first ask is answered, both panels are drawn with their code.
    await honours
    expect(findPanel('honours')).toMatchObject({ kind: 'cards' })
    expect(findPanel('honours')?.pending).toBeUndefined()
    expect(findPanel('village_commerce')?.pending).toBeUndefined()
    expect(findPanel('gdp')).toBe(gdp)
    await parts
    await store.loadKinds()
    expect(store.dashboard?.pending).toEqual([])
  })
})
