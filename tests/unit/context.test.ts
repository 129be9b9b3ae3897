/**
 * The one context a panel is built from, on screen and in its export: the loaded files, the filter with
 * sub-sectors, the theme and the text scale.
 */
import { describe, expect, it } from 'vitest'
import { contextFor, filesLoaded, type PanelView } from '../../src/panels/context'
import { findPanel } from '../../src/layouts/pages'
import { fixtureFiles } from '../support/fixtures'

const files = fixtureFiles('small')

describe('panel context', () => {
  const gdp = findPanel('gdp')!

  it('is not there until the files the panel reads are (the panel says 正在读取数据…, export refuses)', () => {
    expect(filesLoaded({}, gdp.reads)).toBe(false)
    expect(filesLoaded({ meta: files.meta }, ['meta.json', 'indicators.json'])).toBe(false)
    expect(filesLoaded({ meta: files.meta, indicators: files.indicators }, ['meta.json', 'indicators.json'])).toBe(true)
    // Every panel names its edition's period and source: nothing without meta.json and editions.json.
    expect(contextFor({ reads: ['indicators.json'] }, view({ indicators: files.indicators }))).toBeUndefined()
    expect(contextFor({ reads: ['indicators.json'] }, view({ meta: files.meta, indicators: files.indicators }))).toBeUndefined()
    expect(contextFor(gdp, view({ meta: files.meta, editions: files.editions }))).toBeUndefined()
  })

  it('carries the data read so far, the filter, theme and scale; a panel builds from it', () => {
    const sectors = new Set(['industry', 'health'])
    const { meta, editions, indicators, values } = files
    const shown = view({ meta, editions, indicators, values }, { expanded: sectors, theme: 'light', scale: 1.5 })
    const ctx = contextFor(gdp, shown)!
    expect(ctx).toMatchObject({ sectors, theme: 'light', scale: 1.5 })
    expect(ctx.dataset).toMatchObject({ meta, sectors: [], projects: [], edition: editions[0] })
    expect(ctx.dataset.indicators.map((item) => item.id)).toEqual(indicators.map((item) => item.id))
    expect(gdp.period(ctx)).toBe('2022年1-5月')
    // An output draws in its own theme and scale; the data, edition and filter stay the view's.
    const printed = contextFor(gdp, shown, { theme: 'dark', scale: 0.65 })!
    expect(printed).toMatchObject({ sectors, theme: 'dark', scale: 0.65 })
    expect(printed.dataset).toBe(ctx.dataset)
  })

  it('shows the edition of the view: the pinned one, the newest when none or an unknown one is pinned', () => {
    const multi = fixtureFiles('multi')
    expect(gdp.period(contextFor(gdp, view(multi, { edition: '2022-04' }))!)).toBe('2022年1-4月')
    expect(gdp.period(contextFor(gdp, view(multi))!)).toBe('2022年1-5月')
    expect(gdp.period(contextFor(gdp, view(multi, { edition: '1999' }))!)).toBe('2022年1-5月')
  })

  it('without a sector list, draws the panel unfiltered and does not wait for sectors.json', () => {
    const rest = { ...files, sectors: undefined }
    const filtered = view(rest, { chosen: ['industry'], expanded: new Set(['industry']) })
    const panel = { reads: ['meta.json', 'editions.json', 'sectors.json'] as const }
    expect(contextFor({ reads: [...panel.reads] }, filtered)).toBeUndefined()
    expect(contextFor({ reads: [...panel.reads] }, filtered, { withoutSectors: true })?.sectors.size).toBe(0)
  })
})

function view(values: PanelView['values'], over: Partial<PanelView> = {}): PanelView {
  return { values, chosen: [], expanded: new Set(), theme: 'dark', scale: 1, ...over }
}
