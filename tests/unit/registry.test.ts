/**
 * The registry and the pages: unique ids, every panel builds in both themes, every figure and project of
 * data/ is shown by some panel, and every page places known panels on the grid without overlap.
 */
import { describe, expect, it } from 'vitest'
import { THEMES } from '../../src/charts/themes'
import { formatGrowth, formatIndicator } from '../../src/format/number'
import { PAGES, findPage, PANELS, findPanel } from '../../src/layouts/pages'
import { badValues, context, dataset, panelText } from '../support/panelData'

/** The panels that show every project of data/projects.json by name (checked below). */
const PROJECT_PANELS: readonly string[] = ['key_projects', 'project_sectors']

describe('panel registry', () => {
  it('has unique ids and titles, and finds panels by id', () => {
    const ids = PANELS.map((panel) => panel.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(PANELS.map((panel) => panel.title)).size).toBe(ids.length)
    for (const panel of PANELS) expect(findPanel(panel.id)).toBe(panel)
    expect(findPanel('no_such_panel')).toBeUndefined()
  })

  it.each(PANELS.map((panel) => [panel.id, panel] as const))('%s builds in both themes with title, unit, period and source', (_id, panel) => {
    for (const theme of THEMES) {
      const ctx = context([], theme)
      expect(panel.title).not.toBe('')
      expect(panel.unit).not.toBe('')
      // A year, a month or day of the edition's year, or 截至报道时: never blank, never a raw code.
      expect(panel.period(ctx)).toMatch(/^(\d{4}年|\d{1,2}月|截至报道时)/)
      expect(panel.source(ctx)).toMatch(/^来源：《/)
      const option = panel.buildOption(ctx)
      expect(badValues(option)).toEqual([])
      expect((option.aria as { enabled?: boolean } | undefined)?.enabled).toBe(true)
      expect((option.tooltip as { renderMode?: string } | undefined)?.renderMode).toBe('richText')
      expect(panel.buildTable(ctx).rows.length).toBeGreaterThan(0)
      if (panel.kind === 'cards') expect(panel.buildCards(ctx).length).toBeGreaterThan(0)
    }
  })

  it('uses the theme colours: a dark and a light option differ', () => {
    for (const panel of PANELS) {
      expect(JSON.stringify(panel.buildOption(context([], 'dark')))).not.toBe(JSON.stringify(panel.buildOption(context([], 'light'))))
    }
  })

  it('lists every indicator of data/indicators.json on a panel that shows it', () => {
    const missing: string[] = []
    for (const indicator of dataset.indicators) {
      const panels = PANELS.filter((panel) => panel.indicators.includes(indicator.id))
      // How the figure may be written: as the report does, or as 同比 growth; always in the report's unit.
      const forms = [formatIndicator(indicator)]
      if (indicator.measure === 'growth') forms.push(formatGrowth(indicator.value))
      const shown = panels.some((panel) => {
        const text = panelText(panel, context())
        return forms.some((form) => text.includes(form))
      })
      if (!shown) missing.push(`${indicator.id} (${forms.join(' / ')}) on [${panels.map((panel) => panel.id).join(', ')}]`)
    }
    expect(missing).toEqual([])
  })

  it('lists the figures a panel finds through the data\'s `of` relation: a level\'s growth, a share\'s whole', () => {
    const wrong: string[] = []
    for (const panel of PANELS) {
      const listed = new Set(panel.indicators)
      for (const indicator of dataset.indicators) {
        // A listed level with a growth rate (found at run time by `of`): the rate is listed too.
        if (indicator.measure === 'growth' && indicator.of !== null && listed.has(indicator.of) && !listed.has(indicator.id))
          wrong.push(`${panel.id}: ${indicator.id} (growth of ${indicator.of}) not listed`)
        // A listed figure qualifying another (growth, share): the figure it qualifies is listed too.
        if (listed.has(indicator.id) && indicator.of !== null && !listed.has(indicator.of)) wrong.push(`${panel.id}: ${indicator.id} listed without ${indicator.of}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('lists only indicators that exist', () => {
    const known = new Set(dataset.indicators.map((indicator) => indicator.id))
    for (const panel of PANELS) for (const id of panel.indicators) expect(known.has(id), `${panel.id}: ${id}`).toBe(true)
  })

  it('shows every project of data/projects.json, by name, on a project panel', () => {
    const projectPanels = PANELS.filter((panel) => PROJECT_PANELS.includes(panel.id))
    expect(projectPanels.length).toBeGreaterThan(0)
    for (const panel of projectPanels) {
      const text = panelText(panel, context())
      for (const project of dataset.projects) expect(text, `${panel.id}: ${project.name}`).toContain(project.name)
    }
  })
})

describe('pages', () => {
  it('has the overview and the four topic pages, with unique ids', () => {
    expect(PAGES.map((page) => page.id)).toEqual(['overview', 'economy', 'rural', 'projects', 'livelihood'])
    expect(PAGES.map((page) => page.title)).toEqual(['总览', '经济运行', '乡村振兴', '项目建设', '民生与治理'])
    expect(findPage('rural')?.title).toBe('乡村振兴')
    expect(findPage('nope')).toBeUndefined()
  })

  it('places the overview panels the issue names', () => {
    expect(findPage('overview')!.panels.map((p) => p.panel)).toEqual(['headline', 'gdp', 'fiscal_revenue', 'investment', 'income', 'village_tiers'])
  })

  it.each(PAGES.map((page) => [page.id, page] as const))('%s references known panels, inside 24 columns and its rows, without overlap', (_id, page) => {
    expect(page.rows).toBeGreaterThan(0)
    expect(page.rows).toBeLessThanOrEqual(24)
    const cells = new Map<string, string>()
    for (const p of page.panels) {
      expect(findPanel(p.panel), p.panel).toBeDefined()
      expect(p.w).toBeGreaterThan(0)
      expect(p.h).toBeGreaterThan(0)
      expect(p.x).toBeGreaterThanOrEqual(0)
      expect(p.y).toBeGreaterThanOrEqual(0)
      expect(p.x + p.w, p.panel).toBeLessThanOrEqual(24)
      expect(p.y + p.h, p.panel).toBeLessThanOrEqual(page.rows)
      for (let x = p.x; x < p.x + p.w; x++)
        for (let y = p.y; y < p.y + p.h; y++) {
          const key = `${x},${y}`
          expect(cells.get(key), `${p.panel} overlaps ${cells.get(key)} at ${key}`).toBeUndefined()
          cells.set(key, p.panel)
        }
    }
    expect(new Set(page.panels.map((p) => p.panel)).size).toBe(page.panels.length)
  })

  it('puts every panel on some page', () => {
    const placed = new Set(PAGES.flatMap((page) => page.panels.map((p) => p.panel)))
    expect(PANELS.map((panel) => panel.id).filter((id) => !placed.has(id))).toEqual([])
  })
})

describe('one test file per panel kind', () => {
  it('has tests/unit/kind-<folder>.test.ts for every folder of src/panels/kinds, and every folder in the registry', async () => {
    const { readdirSync, existsSync } = await import('node:fs')
    const { join } = await import('node:path')
    const root = join(__dirname, '../..')
    const folders = readdirSync(join(root, 'src/panels/kinds'))
    expect(folders.filter((folder) => !existsSync(join(root, `tests/unit/kind-${folder}.test.ts`)))).toEqual([])
    const { KIND_LIST } = await import('../../src/panels/registry')
    expect(KIND_LIST.length).toBe(folders.length)
  })
})
