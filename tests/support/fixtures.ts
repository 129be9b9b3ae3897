/**
 * Fixture data folders (tests/fixtures/<name>/, each a complete data/ folder) read and checked as the app
 * reads data/: tests run on these, never on the live data, so a data update breaks no test.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DATA_FILE_NAMES, isOptionalFile, type DataFileName, type DataFiles, type Dataset } from '../../src/data/schema'
import { checkAll, formatIssue } from '../../src/data/validate'
import { resolveEdition } from '../../src/data/resolve'
import { readSplitFolder } from '../../src/data/split'

// __dirname, not import.meta.url: under the jsdom environment the module's URL is not a file URL.
const FIXTURES_DIR = path.join(__dirname, '../fixtures')

/** The folder of a fixture. */
export function fixtureDir(name: string): string {
  return path.join(FIXTURES_DIR, name)
}

/**
 * The texts of a data folder's files, as the app reads them; an optional file left out reads as absent
 * (''). A folder of the split form (values.json the index, values/<year>.json) gives its values merged.
 */
export function folderTexts(dir: string): Record<DataFileName, string> {
  const split = readSplitFolder((name) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : { error: 'missing', missing: true }))
  if (split) return Object.fromEntries(Object.entries(split.texts).map(([name, text]) => [name, typeof text === 'string' ? text : ''])) as Record<DataFileName, string>
  return Object.fromEntries(
    DATA_FILE_NAMES.map((name) => {
      const file = path.join(dir, name)
      return [name, isOptionalFile(name) && !fs.existsSync(file) ? '' : fs.readFileSync(file, 'utf8')]
    }),
  ) as Record<DataFileName, string>
}

/** Every file of a fixture, checked; throws with the problems when the fixture itself is wrong. */
export function fixtureFiles(name: string): DataFiles {
  const checked = checkAll(folderTexts(fixtureDir(name)))
  const problems = Object.values(checked.issues).flat()
  if (problems.length) throw new Error(`fixture ${name}:\n${problems.map(formatIssue).join('\n')}`)
  return checked.values as DataFiles
}

/** A fixture as the edition `edition` shows it (the newest when absent). */
export function fixtureDataset(name: string, edition?: string): Dataset {
  return resolveEdition(fixtureFiles(name), edition)
}
