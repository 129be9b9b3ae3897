/**
 * The data folder is atomic as a whole: `npm run data:import` killed (SIGKILL, by its fail point) after each
 * of its steps leaves a folder that `npm run check:data` passes, holding wholly the old or wholly the new
 * files, with no staging or temporary file left; the next import then completes.
 */
import { describe, expect, it, beforeAll, afterAll, vi } from 'vitest'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATA_FILES } from '../../src/data/schema'
import { importSteps } from '../../scripts/data-folder'
import { startServer } from '../../scripts/serve.mjs'
import { folderTexts } from '../support/fixtures'
import { rowWhere, setCell, workbookOf } from '../support/workbook'

const ROOT = join(__dirname, '../..')
const NAMES = Object.keys(DATA_FILES)

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } })
  // tsx runs the script in a child process and exits with 128 + 9 when that child is killed by SIGKILL.
  const killed = result.signal === 'SIGKILL' || result.status === 137
  return { code: result.status, signal: killed ? 'SIGKILL' : result.signal, out: result.stdout + result.stderr }
}

/** Every data file of a folder, in either form (values/<year>.json too), by its path in the folder. */
function contents(folder: string): Record<string, string> {
  const names = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json') && !name.startsWith('backup-') && !name.startsWith('.'))
    .sort()
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name), 'utf8')]))
}

let dir: string
let book: string
let oldFiles: Record<string, string>
let newFiles: Record<string, string>
let oldFolder: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yongan-journal-'))
  const workbook = await workbookOf('tests/fixtures/small')
  setCell(workbook, '指标值', rowWhere(workbook, '指标值', '指标编号', 'gdp'), '数值', 12.5)
  book = join(dir, '新.xlsx')
  await workbook.xlsx.writeFile(book)
  const reference = join(dir, 'reference')
  expect(run('data-import', [book, '--out', reference]).code).toBe(0)
  newFiles = contents(reference)
  // The old folder: the fixture's files written on one line each, so every old file differs from its new one.
  oldFolder = join(dir, 'old')
  mkdirSync(oldFolder)
  for (const [name, text] of Object.entries(folderTexts('tests/fixtures/small'))) writeFileSync(join(oldFolder, name), JSON.stringify(JSON.parse(text)))
  oldFiles = contents(oldFolder)
  // Every file differs, so "wholly old" and "wholly new" are told apart file by file; the old folder is of
  // the single-file form (values.json), the import writes the split form (values.json the index, values/<year>.json).
  expect(NAMES.filter((name) => oldFiles[name] === newFiles[name])).toEqual([])
  expect(Object.keys(JSON.parse(oldFiles['values.json']))).toEqual(['values'])
  expect(Object.keys(newFiles)).toEqual(expect.arrayContaining(['values.json', 'values/2022.json']))
  expect(Object.keys(JSON.parse(newFiles['values.json']))).toEqual(['files'])
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('an import killed after each step', { timeout: 300_000 }, () => {
  it('leaves a folder that check:data passes, wholly old before the journal and wholly new after it', () => {
    const steps = importSteps(oldFolder, folderTexts('tests/fixtures/small'))
    expect(steps.slice(0, 3)).toEqual(['staged', 'backed-up', 'journal'])
    expect(steps.filter((step) => step.startsWith('placed:'))).toHaveLength(Object.keys(newFiles).length)
    expect(steps.filter((step) => step.startsWith('removed:'))).toEqual([])
    for (const [index, step] of steps.entries()) {
      const folder = join(dir, `killed-${index}`)
      cpSync(oldFolder, folder, { recursive: true })
      const killed = run('data-import', [book, '--out', folder], { YONGAN_IMPORT_FAIL_AT: step })
      expect({ step, signal: killed.signal }).toEqual({ step, signal: 'SIGKILL' })
      const checked = run('check-data', [folder])
      expect({ step, code: checked.code }).toEqual({ step, code: 0 })
      const committed = index >= steps.indexOf('journal')
      expect({ step, whole: contents(folder) }).toEqual({ step, whole: committed ? newFiles : oldFiles })
      if (step !== 'done' && step !== 'staged') expect({ step, note: /上次导入.*中断/.test(checked.out) }).toEqual({ step, note: true })
      const left = readdirSync(folder).filter((name) => name.startsWith('.'))
      expect({ step, left }).toEqual({ step, left: [] })
    }
  })

  it('the next import after an interrupted one completes', () => {
    const folder = join(dir, 'again')
    cpSync(oldFolder, folder, { recursive: true })
    expect(run('data-import', [book, '--out', folder], { YONGAN_IMPORT_FAIL_AT: 'staged' }).signal).toBe('SIGKILL')
    const again = run('data-import', [book, '--out', folder])
    expect(again.code).toBe(0)
    expect(again.out).toContain('上次导入在替换文件前中断，已清除其临时文件')
    expect(contents(folder)).toEqual(newFiles)
  })
})

describe('the server started on a folder left mid-import', { timeout: 300_000 }, () => {
  it('recovers it before serving: wholly new after the journal, wholly old before it, then check:data passes with nothing left to recover', async () => {
    const root = join(dir, 'dist')
    mkdirSync(root, { recursive: true })
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>')
    const steps = importSteps(oldFolder, folderTexts('tests/fixtures/small'))
    const placed = steps.filter((step) => step.startsWith('placed:'))
    // Killed halfway through the renames (some files new, some old), and killed before the journal.
    for (const [step, expected] of [[placed[Math.floor(placed.length / 2)], newFiles], ['backed-up', oldFiles]] as const) {
      const folder = join(dir, `served-${step.replace(/[^a-z-]/g, '_')}`)
      cpSync(oldFolder, folder, { recursive: true })
      expect(run('data-import', [book, '--out', folder], { YONGAN_IMPORT_FAIL_AT: step }).signal).toBe('SIGKILL')
      expect(readdirSync(folder).filter((name) => name.startsWith('.')).length).toBeGreaterThan(0)
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
      const server = await startServer({ root, dataDir: folder })
      try {
        expect(log.mock.calls.flat().join('\n')).toMatch(/上次导入在替换文件(时|前)中断/)
        // Read before check:data, which would recover the folder itself.
        expect({ step, whole: contents(folder) }).toEqual({ step, whole: expected })
        expect({ step, left: readdirSync(folder).filter((name) => name.startsWith('.')) }).toEqual({ step, left: [] })
        expect(await (await fetch(`${server.url}data/meta.json`)).text()).toBe(expected['meta.json'])
      } finally {
        log.mockRestore()
        await server.close()
      }
      const checked = run('check-data', [folder])
      expect({ step, code: checked.code }).toEqual({ step, code: 0 })
      expect(checked.out).not.toMatch(/上次导入.*中断/)
    }
  })
})
