/**
 * The split form of a data folder (src/data/split.ts): values by year with an index of every file and its
 * hash, read back to the very same logical files; the years a view reads; a folder of the single-file form
 * read as before; problems told in the year file of their item; an index that no longer matches its files
 * named by check:data, and data:index writing a folder of either form in the split form.
 */
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkAll, formatIssue } from '../../src/data/validate'
import { mergeYears, parseIndex, readSplitFolder, splitFolder, textHash, yearsToShow, type IndexFile } from '../../src/data/split'
import { listText } from '../../src/data/jsonLayout'
import type { DataFileName } from '../../src/data/schema'
import { fixtureDir, folderTexts } from '../support/fixtures'

const ROOT = join(__dirname, '../..')
const multi = () => folderTexts(fixtureDir('multi'))

/** Reads from a map of files as a folder would. */
const reader = (files: Record<string, string>) => (name: string) => files[name] ?? { error: 'missing', missing: true as const }

describe('splitting and merging', () => {
  it('writes one file per year, oldest first, and an index of every file with its hash (values.json), last', () => {
    const files = splitFolder(multi())
    expect(Object.keys(files)).toEqual([
      'meta.json',
      'editions.json',
      'units.json',
      'sectors.json',
      'indicators.json',
      'projects.json',
      'honours.json',
      'dashboard.json',
      'values/2020.json',
      'values/2021.json',
      'values/2022.json',
      'values.json',
    ])
    const index = parseIndex(files['values.json'])
    expect(index.ok).toBe(true)
    const entries = (index as { index: IndexFile }).index.files
    expect(entries.map((entry) => entry.name)).toEqual(Object.keys(files).slice(0, -1))
    for (const entry of entries) expect(entry.hash).toBe(textHash(files[entry.name]))
    expect(entries.filter((entry) => entry.year !== undefined).map((entry) => entry.year)).toEqual([2020, 2021, 2022])
    // Each year holds the values of its editions only (by the as-of date's year).
    const y2021 = JSON.parse(files['values/2021.json']) as { values: { edition: string }[] }
    expect(new Set(y2021.values.map((item) => item.edition))).toEqual(new Set(['2021-05', '2021']))
  })

  it('reads back the same logical files, which pass the same checks with the same values', () => {
    const texts = multi()
    const read = readSplitFolder(reader(splitFolder(texts)))
    expect(read?.problems).toEqual([])
    const checked = checkAll(read!.texts)
    expect(Object.values(checked.issues).flat().map(formatIssue)).toEqual([])
    const original = checkAll(texts).values
    expect(new Set(checked.values.values)).toEqual(new Set(original.values))
    expect(checked.values.values).toHaveLength(original.values!.length)
    // Split again: byte for byte the same files (an import that changes nothing writes the same bytes).
    expect(splitFolder(read!.texts as Record<DataFileName, string>)).toEqual(splitFolder(texts))
  })

  it('leaves an absent optional file out of the folder and its index', () => {
    const texts = { ...multi(), 'honours.json': '', 'dashboard.json': '' }
    const files = splitFolder(texts)
    expect(Object.keys(files)).not.toContain('honours.json')
    expect(files['values.json']).not.toContain('honours.json')
    const read = readSplitFolder(reader(files))!
    expect(read.texts['honours.json']).toBe('')
    expect(checkAll(read.texts).absent).toEqual(['honours.json', 'dashboard.json'])
  })

  it('is undefined for a folder of the single-file form (values.json holds the values), which then reads as before', () => {
    expect(readSplitFolder(reader({ 'values.json': multi()['values.json'] }))).toBeUndefined()
  })
})

describe('the split fixture (tests/fixtures/multi-split: tests/fixtures/multi written by data:index)', () => {
  it('reads as the same data as its single-file original, and splits again to its very files', () => {
    const split = folderTexts(fixtureDir('multi-split'))
    const checked = checkAll(split)
    expect(Object.values(checked.issues).flat().map(formatIssue)).toEqual([])
    const original = checkAll(multi()).values
    // The same values, grouped by year (oldest first) where the original lists them in its own order.
    expect(checked.values.values).toHaveLength(original.values!.length)
    expect(checked.values.values).toEqual(expect.arrayContaining(original.values!))
    expect(checked.values.editions).toEqual(original.editions)
    const files = splitFolder(split)
    for (const [name, text] of Object.entries(files)) expect(readFileSync(join(fixtureDir('multi-split'), name), 'utf8'), name).toBe(text)
  })
})

describe('problems in the split form', () => {
  it('names the year file and the item of a bad value, not the merged list', () => {
    const files = splitFolder(multi())
    const bad = JSON.parse(files['values/2021.json']) as { values: Record<string, unknown>[] }
    bad.values[2].value = 'abc'
    files['values/2021.json'] = listText('values', bad.values)
    const { issues } = checkAll(readSplitFolder(reader(files))!.texts)
    expect(issues['values.json'].map(formatIssue)).toEqual(['data/values/2021.json: values[2].value: 应为数字，实际为 "abc"'])
  })

  it('names a year file that is no JSON', () => {
    expect(mergeYears([{ file: 'values/2020.json', text: '{"values": [' }])).toEqual({ error: 'data/values/2020.json 不是合法的 JSON' })
  })

  it('names an index whose hash no longer matches its file, and a year file it does not list', () => {
    const files = splitFolder(multi())
    files['meta.json'] = files['meta.json'].replace('永安镇', '永安乡')
    const read = readSplitFolder(reader(files), () => ['values/2020.json', 'values/2019.json'])!
    expect(read.problems.map(formatIssue)).toEqual([
      expect.stringMatching(/^data\/values\.json: （索引）meta\.json: 应为与文件内容一致的校验值 [0-9a-f]{14}（文件改动后请运行 npm run data:index 重写索引），实际为 [0-9a-f]{14}$/),
      'data/values.json: 应为列出数据目录中的 values/2019.json（请运行 npm run data:index 重写索引），实际为 未列出',
    ])
  })

  it('reads an index that is no index as a problem of values.json, naming it the index', () => {
    const files = { ...splitFolder(multi()), 'values.json': '{"files": [{"name": "../x.json", "hash": "0"}]}' }
    const { issues } = checkAll(readSplitFolder(reader(files))!.texts)
    expect(issues['values.json'].map(formatIssue)).toEqual([expect.stringContaining('values.json（索引）格式不对')])
  })
})

describe('the years a view reads', () => {
  const index = (years: number[]): IndexFile => ({ files: years.map((year) => ({ name: `values/${year}.json`, hash: '0'.repeat(14), year })) })
  const monthly = (from: number, to: number) =>
    JSON.stringify({
      editions: Array.from({ length: (to - from + 1) * 12 }, (_, i) => {
        const id = `${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
        return { id, asOf: id }
      }),
    })
  const annual = (from: number, to: number) => JSON.stringify({ editions: Array.from({ length: to - from + 1 }, (_, i) => ({ id: `${from + i}`, asOf: `${from + i}-12` })) })

  it('monthly editions: the chosen edition’s year and the year before (the same period last year)', () => {
    const years = index(Array.from({ length: 20 }, (_, i) => 2003 + i))
    expect(yearsToShow(years, monthly(2003, 2022))).toEqual([2021, 2022])
    expect(yearsToShow(years, monthly(2003, 2022), '2019-03')).toEqual([2018, 2019])
    expect(yearsToShow(years, monthly(2003, 2022), '2003-05')).toEqual([2003])
    // An id the data does not know: the newest, as the screen shows.
    expect(yearsToShow(years, monthly(2003, 2022), '1999-01')).toEqual([2021, 2022])
  })

  it('annual editions: a trend window of 24 editions reaches back 24 years', () => {
    const years = index(Array.from({ length: 30 }, (_, i) => 1993 + i))
    expect(yearsToShow(years, annual(1993, 2022))).toEqual(Array.from({ length: 24 }, (_, i) => 1999 + i))
  })

  it('with editions.json unreadable: the newest year and the one before', () => {
    expect(yearsToShow(index([2020, 2021, 2022]), { error: '读取失败' })).toEqual([2021, 2022])
  })
})

describe('the command line on the split form', { timeout: 120_000 }, () => {
  const tsx = (script: string, ...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, `scripts/${script}.ts`), ...args], { cwd: ROOT, encoding: 'utf8' })

  it('data:index turns a single-file folder into the split form that check:data passes; a hand edit is named until data:index runs again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'split-form-'))
    try {
      cpSync(fixtureDir('multi'), dir, { recursive: true })
      const single = tsx('check-data', dir)
      expect(single.status).toBe(0)
      expect(single.stdout).toContain('单文件形式')
      expect(tsx('data-index', dir).status).toBe(0)
      expect(readFileSync(join(dir, 'values.json'), 'utf8')).toContain('"values/2021.json"')
      expect(existsSync(join(dir, 'values', '2021.json'))).toBe(true)
      expect(tsx('check-data', dir).stdout).toContain('数据校验通过')

      writeFileSync(join(dir, 'meta.json'), readFileSync(join(dir, 'meta.json'), 'utf8').replace('永安镇', '永安乡'))
      const stale = tsx('check-data', dir)
      expect(stale.status).toBe(1)
      expect(stale.stderr).toContain('data/values.json: （索引）meta.json: 应为与文件内容一致的校验值')
      expect(tsx('data-index', dir).status).toBe(0)
      expect(tsx('check-data', dir).status).toBe(0)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
