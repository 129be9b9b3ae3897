/** The dataset store keeps the last good data of each file when a later read fails. */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'
import { useDatasetStore } from '../../src/stores/useDatasetStore'

const NAMES = Object.keys(DATA_FILES) as DataFileName[]
const good = Object.fromEntries(NAMES.map((name) => [name, readFileSync(join(__dirname, '../fixtures/small', name), 'utf8')])) as Record<DataFileName, string>
const gdp = (store: ReturnType<typeof useDatasetStore>) => store.values.values?.find((item) => item.indicator === 'gdp')?.value

describe('useDatasetStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is ready with every part of the dataset after a good read', () => {
    const store = useDatasetStore()
    expect(store.status).toBe('loading')
    store.apply(good)
    expect(store.status).toBe('ready')
    expect(gdp(store)).toBe(1_139_000_000)
    expect(store.values.projects).toHaveLength(29)
    expect(store.allIssues).toEqual([])
  })

  it('keeps the last good figures and marks the file stale when a read turns bad', () => {
    const store = useDatasetStore()
    store.apply(good)
    store.apply({ ...good, 'values.json': '{"indicators": [' })
    expect(store.status).toBe('error')
    expect(gdp(store)).toBe(1_139_000_000)
    expect(store.staleFiles).toEqual(['values.json'])
    store.apply(good)
    expect(store.staleFiles).toEqual([])
    expect(store.status).toBe('ready')
  })

  it('does not replace the dataset when nothing changed, and does when a file changed', () => {
    const store = useDatasetStore()
    store.apply(good)
    const before = store.values
    store.apply(good)
    expect(store.values).toBe(before)
    store.apply({ ...good, 'values.json': good['values.json'].replace('1139000000', '1200000000') })
    expect(store.values).not.toBe(before)
    expect(gdp(store)).toBe(1_200_000_000)
  })

  it('shows nothing for a file that never read good, and says why', () => {
    const store = useDatasetStore()
    store.apply({ ...good, 'projects.json': { error: '文件不存在（HTTP 404）' } })
    expect(store.values.projects).toBeUndefined()
    expect(store.values.values).toBeDefined()
    expect(store.staleFiles).toEqual([])
    expect(store.issues['projects.json'][0].got).toBe('文件不存在（HTTP 404）')
  })

  it('on a first read with one bad figure, keeps every other figure of that file', () => {
    const store = useDatasetStore()
    store.apply({ ...good, 'values.json': good['values.json'].replace('"value": 10130000', '"value": "1013万"') })
    expect(store.status).toBe('error')
    expect(gdp(store)).toBe(1_139_000_000)
    expect(store.values.values?.find((item) => item.indicator === 'fiscal_revenue')).toBeUndefined()
    expect(store.staleFiles).toEqual([])
  })

  it('replaces the partial figures of a file that never read good with those of its latest read', () => {
    const store = useDatasetStore()
    const broken = (from: string, to: string) => ({ ...good, 'values.json': good['values.json'].replace(from, to) })
    store.apply(broken('"value": 10130000', '"value": "1013万"'))
    expect(store.values.values?.find((item) => item.indicator === 'fiscal_revenue')).toBeUndefined()
    store.apply(broken('"value": 1139000000', '"value": "11.39亿"'))
    expect(gdp(store)).toBeUndefined()
    expect(store.values.values?.find((item) => item.indicator === 'fiscal_revenue')?.value).toBe(10_130_000)
    expect(store.staleFiles).toEqual([])
  })
})

