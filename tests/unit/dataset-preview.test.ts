/** A workbook previewed through the dataset store: shown through the same checks, the published data back after. */
import { beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_FILES, type DataFileName } from '../../src/data/schema'
import { useDatasetStore } from '../../src/stores/useDatasetStore'

const NAMES = Object.keys(DATA_FILES) as DataFileName[]
const good = Object.fromEntries(NAMES.map((name) => [name, readFileSync(join(__dirname, '../fixtures/small', name), 'utf8')])) as Record<DataFileName, string>
const changed = { ...good, 'values.json': good['values.json'].replace('"value": 1139000000', '"value": 1250000000') }
const gdp = (store: ReturnType<typeof useDatasetStore>) => store.values.values?.find((item) => item.indicator === 'gdp')?.value

describe('previewing unpublished data', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('shows the preview, then brings the published data back unchanged', () => {
    const store = useDatasetStore()
    store.apply(good)
    const published = store.values
    store.beginPreview('7月.xlsx', changed)
    expect(store.preview?.name).toBe('7月.xlsx')
    expect(gdp(store)).toBe(1_250_000_000)
    expect(store.status).toBe('ready')
    store.endPreview()
    expect(store.preview).toBeUndefined()
    expect(store.values).toBe(published)
    expect(gdp(store)).toBe(1_139_000_000)
  })

  it('goes through the usual checks: a bad file in a preview keeps the last good figures', () => {
    const store = useDatasetStore()
    store.apply(good)
    store.beginPreview('坏.xlsx', { ...good, 'values.json': '{"values": [' })
    expect(store.status).toBe('error')
    expect(gdp(store)).toBe(1_139_000_000)
    expect(store.staleFiles).toEqual(['values.json'])
    store.endPreview()
    expect(store.status).toBe('ready')
    expect(store.staleFiles).toEqual([])
  })

  it('after the preview, a read of the published files is applied again', () => {
    const store = useDatasetStore()
    store.apply(good)
    store.beginPreview('7月.xlsx', changed)
    store.endPreview()
    // The published files are read again (screen-mode refresh): unchanged, nothing moves.
    const before = store.values
    store.apply(good)
    expect(store.values).toBe(before)
    // They are replaced by the previewed files (published): shown.
    store.apply(changed)
    expect(gdp(store)).toBe(1_250_000_000)
  })
})
