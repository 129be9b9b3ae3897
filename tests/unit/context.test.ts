/**
 * The one context a panel is built from, on screen and in its export: the loaded files, the filter with
 * sub-sectors, the theme and the text scale.
 */
import { describe, expect, it } from 'vitest'
import { filesLoaded, panelContext } from '../../src/panels/context'
import { findPanel } from '../../src/panels/registry'
import { fixtureFiles } from '../support/fixtures'

const files = fixtureFiles('small')

describe('panel context', () => {
  const gdp = findPanel('gdp')!

  it('is not there until the files the panel reads are (the panel says 正在读取数据…, export refuses)', () => {
    expect(filesLoaded({}, gdp.reads)).toBe(false)
    expect(filesLoaded({ meta: files.meta }, ['meta.json', 'indicators.json'])).toBe(false)
    expect(filesLoaded({ meta: files.meta, indicators: files.indicators }, ['meta.json', 'indicators.json'])).toBe(true)
    // Every panel names its edition's period and source: nothing without meta.json and editions.json.
    expect(panelContext({ indicators: files.indicators }, new Set(), 'dark', 1)).toBeUndefined()
    expect(panelContext({ meta: files.meta, indicators: files.indicators }, new Set(), 'dark', 1)).toBeUndefined()
  })

  it('carries the data read so far, the filter, theme and scale; a panel builds from it', () => {
    const sectors = new Set(['industry', 'health'])
    const { meta, editions, indicators, values } = files
    const ctx = panelContext({ meta, editions, indicators, values }, sectors, 'light', 1.5)!
    expect(ctx).toMatchObject({ sectors, theme: 'light', scale: 1.5 })
    expect(ctx.dataset).toMatchObject({ meta, sectors: [], projects: [], edition: editions[0] })
    expect(ctx.dataset.indicators.map((item) => item.id)).toEqual(indicators.map((item) => item.id))
    expect(gdp.period(ctx)).toBe('2022年1-5月')
  })
})
