import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ancestorsOf,
  expandSectors,
  focusSector,
  normalizeSectors,
  parseSectors,
  rawSectorParam,
  serialiseSectors,
  toggleSector,
  type SectorNode,
} from '../../src/routing/sectorQuery'
import { sectorNamed } from '../../src/charts/sectorOf'
import type { ChartOption } from '../../src/charts/echarts'
import { PANELS } from '../../src/layouts/pages'
import { context, dataset, seriesOf } from '../support/panelData'

/** The sectors of the small fixture, as the report's data has them (industry with four sub-sectors, six more top-level sectors). */
const SECTORS = (JSON.parse(readFileSync(new URL('../fixtures/small/sectors.json', import.meta.url), 'utf8')) as { sectors: SectorNode[] }).sectors
const INDUSTRY_PARTS = ['new_materials', 'intelligent_manufacturing', 'digital_economy', 'health']

describe('reading ?sector=', () => {
  it('joins several parameters and ignores empty ones', () => {
    expect(rawSectorParam('industry,e_commerce')).toBe('industry,e_commerce')
    expect(rawSectorParam(['industry', null, 'e_commerce', ''])).toBe('industry,e_commerce')
    expect(rawSectorParam(undefined)).toBe('')
    expect(rawSectorParam(null)).toBe('')
  })

  it('keeps known ids in data order, once, and lists unknown ones', () => {
    expect(parseSectors(' e_commerce , industry,e_commerce', SECTORS)).toEqual({ chosen: ['industry', 'e_commerce'], unknown: [] })
    expect(parseSectors('bogus,livelihood,,bogus,Industry', SECTORS)).toEqual({ chosen: ['livelihood'], unknown: ['bogus', 'Industry'] })
    expect(parseSectors('', SECTORS)).toEqual({ chosen: [], unknown: [] })
  })

  it('treats every id as unknown while the sectors are not loaded', () => {
    expect(parseSectors('industry', [])).toEqual({ chosen: [], unknown: ['industry'] })
  })

  it('drops a sub-sector whose parent is chosen: the parent includes it', () => {
    expect(parseSectors('health,industry', SECTORS).chosen).toEqual(['industry'])
    expect(normalizeSectors(['health', 'new_materials'], SECTORS)).toEqual(['new_materials', 'health'])
  })
})

describe('writing ?sector=', () => {
  it('serialises to a comma list, or nothing when all sectors are shown', () => {
    expect(serialiseSectors(['industry', 'e_commerce'])).toBe('industry,e_commerce')
    expect(serialiseSectors([])).toBeUndefined()
  })

  it('round-trips through parse', () => {
    const ids = ['industry', 'culture_tourism', 'livelihood']
    expect(parseSectors(serialiseSectors(ids) ?? '', SECTORS).chosen).toEqual(ids)
  })
})

describe('expanding a choice', () => {
  it('includes the sub-sectors of 工业 and nothing else', () => {
    expect([...expandSectors(['industry'], SECTORS)].sort()).toEqual(['industry', ...INDUSTRY_PARTS].sort())
    expect([...expandSectors(['health', 'e_commerce'], SECTORS)].sort()).toEqual(['e_commerce', 'health'])
    expect(expandSectors([], SECTORS).size).toBe(0)
  })

  it('survives a loop of parents in bad data', () => {
    const loop: SectorNode[] = [
      { id: 'a', parent: 'b' },
      { id: 'b', parent: 'a' },
    ]
    expect(ancestorsOf('a', loop)).toEqual(['b'])
    expect([...expandSectors(['a'], loop)].sort()).toEqual(['a', 'b'])
    expect(normalizeSectors(['a', 'b'], loop)).toEqual([])
  })
})

describe('pressing a sector button', () => {
  it('adds a sector, several at once, in data order', () => {
    const one = toggleSector([], 'livelihood', SECTORS)
    expect(one).toEqual(['livelihood'])
    expect(toggleSector(one, 'industry', SECTORS)).toEqual(['industry', 'livelihood'])
  })

  it('takes a chosen sector out again; the last one out means all', () => {
    expect(toggleSector(['industry', 'livelihood'], 'industry', SECTORS)).toEqual(['livelihood'])
    expect(toggleSector(['livelihood'], 'livelihood', SECTORS)).toEqual([])
  })

  it('choosing 工业 absorbs sub-sectors chosen before', () => {
    expect(toggleSector(['health', 'e_commerce'], 'industry', SECTORS)).toEqual(['industry', 'e_commerce'])
  })

  it('taking a sub-sector out of 工业 leaves its siblings, not 工业 as a whole', () => {
    expect(toggleSector(['industry', 'e_commerce'], 'health', SECTORS)).toEqual(['new_materials', 'intelligent_manufacturing', 'digital_economy', 'e_commerce'])
  })

  it('ignores an id the data does not know', () => {
    expect(toggleSector(['livelihood'], 'bogus', SECTORS)).toEqual(['livelihood'])
  })
})

describe('clicking a sector in a chart', () => {
  it('filters to that sector alone, and a second click shows all again', () => {
    expect(focusSector(['industry', 'livelihood'], 'e_commerce', SECTORS)).toEqual(['e_commerce'])
    expect(focusSector(['e_commerce'], 'e_commerce', SECTORS)).toEqual([])
    expect(focusSector(['industry'], 'health', SECTORS)).toEqual(['health'])
  })
})

describe('finding the sector behind a legend entry or series', () => {
  const option = {
    series: [
      { type: 'bar' as const, name: '落地开工', data: [{ name: '工业', value: 1, sector: 'industry' }, { name: '未注明', value: 2, sector: null }] },
      { type: 'bar' as const, name: '电子商务', sector: 'e_commerce', data: [3] },
    ],
  }

  it('reads the sector of a data item or a series of that name', () => {
    expect(sectorNamed(option, '工业')).toBe('industry')
    expect(sectorNamed(option, '电子商务')).toBe('e_commerce')
  })

  it('gives null for a legend entry that is not a sector (a status, an item without sector)', () => {
    expect(sectorNamed(option, '落地开工')).toBeNull()
    expect(sectorNamed(option, '未注明')).toBeNull()
    expect(sectorNamed({ series: { type: 'bar', data: [{ name: '工业', value: 1 }] } }, '工业')).toBeNull()
    expect(sectorNamed({}, '工业')).toBeNull()
  })

  /** The names a person can click in a chart: its legend's entries, its series and its data items. */
  function clickableNames(option: ChartOption): string[] {
    const legends = [option.legend ?? []].flat()
    const listed = legends.flatMap((legend) => (legend.data ?? []).map((item) => (typeof item === 'object' ? String(item.name) : String(item))))
    return [...listed, ...seriesOf(option).flatMap((series) => [series.name ?? '', ...(series.data ?? []).map((item) => String((item as { name?: unknown }).name ?? ''))])]
  }

  it('in every panel, a legend entry, series or bar named after a sector carries that sector, so a click on it filters', () => {
    const ids = new Map(dataset.sectors.map((sector) => [sector.name, sector.id]))
    let named = 0
    for (const chosen of [[], ...dataset.sectors.map((sector) => [sector.id])]) {
      const ctx = context(chosen)
      for (const panel of PANELS) {
        if (panel.isEmpty?.(ctx)) continue
        const option = panel.buildOption(ctx)
        for (const name of clickableNames(option).filter((entry) => ids.has(entry))) {
          named += 1
          expect(sectorNamed(option, name), `${panel.id}: ${name}`).toBe(ids.get(name))
        }
      }
    }
    // The fixture's panels do name sectors (the project sectors' bars): the rule above was really checked.
    expect(named).toBeGreaterThan(0)
  })
})
