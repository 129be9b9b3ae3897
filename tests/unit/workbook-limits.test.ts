/**
 * Hostile workbooks, made here: a ZIP whose declared sizes lie (a sheet of about 1 MB that inflates to
 * 1 GB) and a million-row sheet are refused within seconds and in bounded memory, by the library and by
 * `npm run data:import` (timed with /usr/bin/time); a 2 GiB file is refused by its size before it is read.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { zipSync, strToU8 } from 'fflate'
import { readWorkbook } from '../../src/workbook/xlsx'
import { inflateParts } from '../../src/workbook/unzip'
import { lyingSizesWorkbook, millionRowWorkbook } from '../fixtures/hostileWorkbook'
import { bytesOf, workbookOf } from '../support/workbook'

const ROOT = join(__dirname, '../..')
let dir: string
let lying: Uint8Array
let million: Uint8Array
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'yongan-limits-'))
  lying = await lyingSizesWorkbook()
  million = millionRowWorkbook()
  writeFileSync(join(dir, 'lying.xlsx'), lying)
  writeFileSync(join(dir, 'million.xlsx'), million)
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The refusal's message and the CPU time spent reaching it (not wall time: the machine may be busy). */
async function refusalOf(bytes: Uint8Array): Promise<{ message: string; ms: number }> {
  const started = process.cpuUsage()
  try {
    await readWorkbook(ExcelJS, bytes)
  } catch (error) {
    const spent = process.cpuUsage(started)
    return { message: (error as Error).message, ms: (spent.user + spent.system) / 1000 }
  }
  throw new Error('not refused')
}

/** `npm run data:import` on `book` under /usr/bin/time: its output, wall and CPU seconds, peak memory. */
function timedImport(book: string): { out: string; code: number; wall: number; cpu: number; peakMb: number } {
  let out: string
  let code = 0
  try {
    out = execFileSync('/usr/bin/time', ['-v', join(ROOT, 'node_modules/.bin/tsx'), 'scripts/data-import.ts', book, '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' })
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    out = failed.stdout + failed.stderr
    code = failed.status
  }
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(out)?.[1] ?? ''
  const [minutes, seconds] = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number)
  return {
    out,
    code,
    wall: minutes * 60 + seconds,
    cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    peakMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
  }
}

describe('a ZIP whose declared sizes lie', () => {
  it('is about 1 MB, says 2,000 bytes and would inflate to 1 GB', () => {
    expect(lying.length).toBeLessThan(1.5 * 1024 * 1024)
  })

  it('is refused by the running byte limit within seconds, by the library and by data:import (under 600 MB)', async () => {
    const refused = await refusalOf(lying)
    expect(refused.message).toBe('工作簿解压后过大（超过 50 MB），无法导入；文件中声明的大小与实际内容不符时也会如此')
    expect(refused.ms).toBeLessThan(5000)
    const run = timedImport(join(dir, 'lying.xlsx'))
    console.log(`data:import, lying sizes: wall ${run.wall} s, CPU ${run.cpu.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`)
    expect(run.code).toBe(1)
    expect(run.out).toContain('工作簿解压后过大（超过 50 MB），无法导入')
    expect(run.out).not.toMatch(/\n\s+at /)
    // CPU time, not wall time: wall time failed under load on a shared machine; wall time is still printed above.
    expect(run.cpu).toBeLessThan(5)
    expect(run.peakMb).toBeLessThan(600)
    expect(existsSync(join(dir, 'out', 'values.json'))).toBe(false)
  })
})

describe('a sheet of a million rows', () => {
  it('is refused at the row limit while it inflates, by the library and by data:import (under 600 MB)', async () => {
    const refused = await refusalOf(million)
    expect(refused.message).toBe('工作簿行数过多（超过 100000 行），不能超过 100000 行')
    expect(refused.ms).toBeLessThan(5000)
    const run = timedImport(join(dir, 'million.xlsx'))
    console.log(`data:import, a million rows: wall ${run.wall} s, CPU ${run.cpu.toFixed(2)} s, peak ${run.peakMb.toFixed(0)} MB`)
    expect(run.code).toBe(1)
    expect(run.out).toContain('工作簿行数过多（超过 100000 行）')
    // CPU time, not wall time: wall time failed under load on a shared machine; wall time is still printed above.
    expect(run.cpu).toBeLessThan(5)
    expect(run.peakMb).toBeLessThan(600)
  })

  it('counts rows split between inflated pieces, and not <rowBreaks>', () => {
    const rows = (count: number) => `<worksheet><sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(count)}</sheetData><rowBreaks count="1"/></worksheet>`
    const zip = (count: number) => zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8(rows(count)) }, { level: 9 })
    expect(Object.keys(inflateParts(zip(100_000)))).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
    expect(() => inflateParts(zip(100_001))).toThrow('工作簿行数过多')
  })
})

describe('the size limit', () => {
  it('refuses a 2 GiB file before reading it', () => {
    const huge = join(dir, 'huge.xlsx')
    const handle = openSync(huge, 'w')
    ftruncateSync(handle, 2 * 1024 ** 3) // sparse: nothing written
    closeSync(handle)
    const run = timedImport(huge)
    expect(run.code).toBe(1)
    expect(run.out).toContain('文件过大（2048.0 MB），工作簿不能超过 10 MB，未读取')
    expect(run.peakMb).toBeLessThan(600)
  })
})

describe('a good workbook', () => {
  it('reads through the guarded inflation with its cells intact', async () => {
    const bytes = await bytesOf(await workbookOf('tests/fixtures/small'))
    const cells = await readWorkbook(ExcelJS, bytes)
    expect([...cells.keys()]).toContain('指标值')
    expect(cells.get('指标值')?.[0]).toContain('指标编号')
  })
})
