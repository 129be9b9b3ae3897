import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { BUDGET_JS_GZIP, measureFirstLoad } from '../../scripts/check-size.mjs'

const SCRIPT = path.resolve('scripts/check-size.mjs')
let tmp: string

/** A fake build: index.html plus the given files under it. */
function writeDist(name: string, files: Record<string, string | Buffer>): string {
  const dist = path.join(tmp, name)
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dist, file)), { recursive: true })
    fs.writeFileSync(path.join(dist, file), body)
  }
  return dist
}

function runScript(dist: string) {
  const run = spawnSync(process.execPath, [SCRIPT], { env: { ...process.env, DIST_DIR: dist }, encoding: 'utf8' })
  return { status: run.status, out: run.stdout + run.stderr }
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'check-size-test-'))
})
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true })
})

describe('first-load size budget', () => {
  it('counts the entry, its modulepreloads and static imports, and the stylesheet, but not lazy chunks', () => {
    const dist = writeDist('split', {
      'index.html': `<!doctype html><head>
        <script type="module" crossorigin src="./assets/index-a.js"></script>
        <link rel="modulepreload" crossorigin href="./assets/vendor-b.js">
        <link rel="stylesheet" crossorigin href="./assets/index-c.css"></head>`,
      'assets/index-a.js': 'import{v as x}from"./vendor-b.js";import"./side-d.js";x(()=>import("./lazy-e.js"))',
      'assets/vendor-b.js': 'export const v=f=>f()',
      'assets/side-d.js': 'console.log(1)',
      'assets/lazy-e.js': 'export default "not on the first load"',
      'assets/index-c.css': 'body{margin:0}',
    })
    const { js, css } = measureFirstLoad(dist)
    expect(js.files.map((f) => f.file).sort()).toEqual(['assets/index-a.js', 'assets/side-d.js', 'assets/vendor-b.js'])
    expect(css.files.map((f) => f.file)).toEqual(['assets/index-c.css'])
    expect(js.raw).toBe(js.files.reduce((n, f) => n + f.raw, 0))
    expect(js.gzip).toBeGreaterThan(0)
    const result = runScript(dist)
    expect(result.status).toBe(0)
    expect(result.out).toMatch(/size PASS: .* first-load JS \d[\d,]* B gzip/)
  })

  it('fails when the first-load JS is over budget, and says so', () => {
    // Random bytes do not compress: a little over the budget after gzip.
    const filler = crypto.randomBytes(BUDGET_JS_GZIP + 1000).toString('latin1')
    const dist = writeDist('fat', {
      'index.html': '<script type="module" src="./assets/big.js"></script>',
      'assets/big.js': `export const blob=${JSON.stringify(filler)}`,
    })
    const result = runScript(dist)
    expect(result.status).toBe(1)
    expect(result.out).toContain('size FAIL')
  })

  it('fails when there is no build', () => {
    const result = runScript(path.join(tmp, 'missing'))
    expect(result.status).toBe(1)
    expect(result.out).toContain('npm run build')
  })
})
