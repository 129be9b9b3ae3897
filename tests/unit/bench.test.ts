/** The benchmark's own arithmetic: the figures it reports must be right before they can be trusted. */
import { describe, expect, it } from 'vitest'
import { zipEntries } from '../../scripts/bench/measure-export.mjs'
import { pngSize } from '../../scripts/image-size.mjs'
import { tableRows } from '../../scripts/bench/report.mjs'
import { spread } from '../../scripts/bench/stats.mjs'
import { zipStore } from '../../src/export/zip'

const MACHINE = { machine: { cpu: 'Test CPU', cores: 2, memoryBytes: 4 * 1024 ** 3, loadAverage: { start: 0.5 }, browser: 'Chrome/1' }, loadAverageEnd: 0.7 }

describe('bench', () => {
  it('reports the median and spread of the runs, ignoring runs that gave no number', () => {
    expect(spread([40, 10, 30, 20, 50, Number.NaN])).toEqual({ n: 5, median: 30, min: 10, max: 50, q1: 20, q3: 40 })
    expect(spread([12.34, 45.67])).toMatchObject({ n: 2, median: 29 })
    expect(spread([])).toBeNull()
  })

  it('reads the entry count of an exported ZIP and the pixel size of a PNG', () => {
    const text = (s: string) => new TextEncoder().encode(s)
    const zip = zipStore([
      { name: 'a.png', data: text('a') },
      { name: 'b.png', data: text('b') },
      { name: 'c.png', data: text('c') },
    ])
    expect(zipEntries(Buffer.from(zip))).toBe(3)
    const ihdr = Buffer.alloc(25)
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(ihdr)
    ihdr.write('IHDR', 12, 'latin1')
    ihdr.writeUInt32BE(2376, 16)
    ihdr.writeUInt32BE(1760, 20)
    expect(pngSize(ihdr)).toEqual({ width: 2376, height: 1760 })
    expect(() => pngSize(text('GIF89a: not a PNG at all'))).toThrow('not a PNG')
  })

  it('says which measurements were skipped and why, and still names the machine', () => {
    const rows = tableRows({
      filter: { skipped: 'no 产业 filter group in this build' },
      memory: { skipped: 'no [data-page-id] in screen mode' },
      export: { skipped: 'no 导出 menu on a chart panel in this build' },
      ...MACHINE,
    })
    const text = rows.map((row) => row.join(' | ')).join('\n')
    expect(text).toContain('skipped: no 产业 filter group')
    expect(text).toContain('skipped: no [data-page-id]')
    expect(text).toContain('skipped: no 导出 menu')
    expect(text).toContain('Test CPU, 2 cores, 4.0 GB, load average 0.5 → 0.7')
  })

  it('reports the portable file against its 3 MB ceiling and its time against the served build (≤ 1.5x)', () => {
    const spreadOf = (median: number) => ({ n: 5, median, min: median - 10, max: median + 10, q1: median, q3: median })
    const rows = tableRows({
      portable: { bytes: 3_200_000, ceilingBytes: 3 * 1024 * 1024, cpuThrottle: 4, served: spreadOf(1000), portable: spreadOf(1600), ratio: 1.6, target: 1.5 },
      ...MACHINE,
    })
    expect(rows).toContainEqual(['Portable file size', '3,200,000 B', '≤ 3,145,728 B', 'NO'])
    expect(rows).toContainEqual(['Portable / served, CPU 4x slower', '1.6x', '≤ 1.5x', 'NO'])
    expect(rows.find((row) => row[0].endsWith('portable file (file://)'))?.[1]).toMatch(/^1600 ms/)
  })
})
