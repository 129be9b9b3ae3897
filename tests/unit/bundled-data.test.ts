/**
 * The one test of the live data/: it passes the check and holds the report's facts, as listed in
 * tests/expected/report-2022-05.json (each source phrase checked verbatim against the report). Every
 * other test runs on tests/fixtures/: adding next month's edition to data/, or correcting a figure,
 * breaks no test but this one (update the expected facts with it).
 */
import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { checkAll, formatIssue } from '../../src/data/validate'
import { buildDashboard } from '../../src/panels/dashboard'
import { folderTexts } from '../support/fixtures'

const expected = JSON.parse(readFileSync(join(__dirname, '../expected/report-2022-05.json'), 'utf8')) as {
  values: Record<string, unknown>[]
  projects: Record<string, unknown>[]
  honours: Record<string, unknown>[]
}

describe('the bundled data/', () => {
  it('passes the check and holds every fact of the report with its period, attribution and phrase', () => {
    const { values, issues } = checkAll(folderTexts(join(__dirname, '../../data')))
    expect(Object.values(issues).flat().map(formatIssue)).toEqual([])
    for (const fact of expected.values) expect(values.values).toContainEqual(expect.objectContaining(fact))
    for (const fact of expected.projects) expect(values.projects).toContainEqual(expect.objectContaining(fact))
    for (const fact of expected.honours) expect(values.honours).toContainEqual(expect.objectContaining(fact))
    // No fact of the report is dated 2022年6月: the report gives 1-5月, 5月末, 6月23日, 3月 or no date.
    const periods = new Set([...values.values!, ...values.projects!, ...values.honours!].map((item) => item.period))
    expect([...periods].sort()).toEqual(['2022年1-5月', '2022年5月末', '3月', '6月23日', '截至报道时'])
  })

  it('places every indicator on a panel of its dashboard definition, none on the automatic page', () => {
    const { values } = checkAll(folderTexts(join(__dirname, '../../data')))
    const dashboard = buildDashboard(values.dashboard, values.indicators!)
    expect(values.dashboard).toBeDefined()
    expect(dashboard.issues).toEqual([])
    expect(dashboard.automatic.map((item) => item.id)).toEqual([])
  })
})

/**
 * The product knows no town: the panels take their indicators from data/dashboard.json, the names from
 * meta.json. Only the portable file's name and the settings keys still carry the product's name
 * (src/platform/marks.ts: the file name launchers and old copies look for).
 */
const NAMED_PRODUCT = ['src/platform/marks.ts']

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

describe('src/ and the bundled data', () => {
  it('no file under src/ names an indicator id of data/ or its town', () => {
    const root = join(__dirname, '../..')
    const { values } = checkAll(folderTexts(join(root, 'data')))
    const ids = values.indicators!.map((item) => item.id)
    const town = values.meta!.town
    const found: string[] = []
    for (const file of filesUnder(join(root, 'src'))) {
      const where = relative(root, file)
      const text = readFileSync(file, 'utf8')
      for (const id of ids) if (new RegExp(`(?<![A-Za-z0-9_])${id}(?![A-Za-z0-9_])`).test(text)) found.push(`${where}: ${id}`)
      if (text.includes(town) && !NAMED_PRODUCT.includes(where)) found.push(`${where}: ${town}`)
    }
    expect(found).toEqual([])
  })
})

describe('the bundled data/ through the workbook', () => {
  it('data:export then data:import with no change: git diff --exit-code data/ passes (same bytes, same layout)', { timeout: 120_000 }, () => {
    const root = join(__dirname, '../..')
    const dir = mkdtempSync(join(tmpdir(), 'bundled-roundtrip-'))
    try {
      // A copy under git, so the real data/ is never written by a test.
      cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true })
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.invalid', '-c', 'user.name=t', ...args], { cwd: dir, encoding: 'utf8' })
      git('init', '-q')
      git('add', 'data')
      git('commit', '-qm', 'data')
      const tsx = (script: string, ...args: string[]) => execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, `scripts/${script}.ts`), ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' })
      tsx('data-export', join(dir, 'book.xlsx'), '--from', join(dir, 'data'))
      expect(tsx('data-import', join(dir, 'book.xlsx'), '--out', join(dir, 'data'))).toContain('已写入数据文件')
      expect(git('status', '--porcelain', '--untracked-files=no')).toBe('')
      expect(git('diff', '--exit-code', 'data/')).toBe('')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
