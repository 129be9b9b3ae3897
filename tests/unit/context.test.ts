/**
 * The one context a panel is built from, on screen and in its export: the loaded files, the filter with
 * sub-sectors, the theme and the text scale.
 */
import { describe, expect, it } from 'vitest'
import { filesLoaded, panelContext } from '../../src/panels/context'
import { findPanel } from '../../src/panels/registry'
import { dataset } from './panelData'

describe('panel context', () => {
  const gdp = findPanel('gdp')!

  it('is not there until the files the panel reads are (the panel says 正在读取数据…, export refuses)', () => {
    expect(filesLoaded({}, gdp.reads)).toBe(false)
    expect(filesLoaded({ meta: dataset.meta }, ['meta.json', 'indicators.json'])).toBe(false)
    expect(filesLoaded({ meta: dataset.meta, indicators: dataset.indicators }, ['meta.json', 'indicators.json'])).toBe(true)
    expect(panelContext({ indicators: dataset.indicators }, new Set(), 'dark', 1)).toBeUndefined()
  })

  it('carries the data read so far, the filter, theme and scale; a panel builds from it', () => {
    const sectors = new Set(['industry', 'health'])
    const ctx = panelContext({ meta: dataset.meta, indicators: dataset.indicators }, sectors, 'light', 1.5)!
    expect(ctx).toEqual({ dataset: { meta: dataset.meta, sectors: [], indicators: dataset.indicators, projects: [] }, sectors, theme: 'light', scale: 1.5 })
    expect(gdp.period(ctx)).toMatch(/^\d{4}年/)
  })
})
