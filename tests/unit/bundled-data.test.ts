/**
 * The one test of the live data/: it passes the check and holds the report's facts, as listed in
 * tests/expected/report-2022-05.json (each source phrase checked verbatim against the report). Every
 * other test runs on tests/fixtures/: adding next month's edition to data/, or correcting a figure,
 * breaks no test but this one (update the expected facts with it).
 */
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkAll, formatIssue } from '../../src/data/validate'
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
})
