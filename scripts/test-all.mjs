// @ts-check
/**
 * `npm test`: runs every check, then prints a summary table and, as the very last line,
 * `N passed, N failed`.
 *
 * The checks that read only the sources (typecheck, lint, knip, unit tests, data check) and the build run
 * side by side, as many at a time as the machine has cores (two on the CI machine); each one's output is
 * printed whole when it ends, so the log reads step by step. The size check and the browser tests need the
 * build and run after it, streaming their output (the browser tests spread over two workers themselves:
 * vitest.e2e.config.ts). No unit test reads dist/, so the build may run beside them.
 *
 * Vitest steps count their tests (from the JSON reports); every other step counts as one check. All steps
 * run even after a failure, so one run shows everything that is broken; only the steps that need the build
 * are skipped (and e2e counted failed) when the build failed, since they would test a stale or missing dist/.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
process.chdir(root)

/**
 * @typedef {object} Step
 * @property {string} name
 * @property {string} cmd
 * @property {string[]} args
 * @property {string} [report] vitest JSON report written by this step
 * @property {() => string | null} [skip] returns why the step is skipped, or null
 * @property {boolean} [failWhenSkipped]
 */

/**
 * @typedef {object} Result
 * @property {string} name
 * @property {'PASS' | 'FAIL' | 'SKIP'} status
 * @property {number} ms
 * @property {number} passed
 * @property {number} failed
 * @property {string} note
 */

/** @type {Result[]} */
const results = []
const ok = (/** @type {string} */ name) => results.find((r) => r.name === name)?.status === 'PASS'

/**
 * Side by side, longest first so the shorter ones fill the other core: none of them reads what another
 * writes.
 * @type {Step[]}
 */
const independent = [
  // With coverage: prints the summary and fails below the floors set in vitest.config.ts.
  { name: 'unit', cmd: 'npm', args: ['run', 'test:unit', '--', '--coverage'], report: 'test-output/unit-results.json' },
  { name: 'typecheck', cmd: 'npm', args: ['run', 'typecheck'] },
  { name: 'build', cmd: 'npm', args: ['run', 'build'] },
  { name: 'lint', cmd: 'npm', args: ['run', 'lint'] },
  { name: 'knip', cmd: 'npm', args: ['run', 'knip'] },
  { name: 'check:data', cmd: 'npm', args: ['run', 'check:data'] },
]

/**
 * One after the other, after the build.
 * @type {Step[]}
 */
const afterBuild = [
  {
    name: 'size',
    cmd: 'node',
    args: ['scripts/check-size.mjs'],
    skip: () => (ok('build') ? null : 'build failed'),
  },
  {
    name: 'e2e',
    cmd: 'npm',
    args: ['run', 'test:e2e'],
    report: 'test-output/e2e-results.json',
    skip: () => (ok('build') ? null : 'build failed'),
    failWhenSkipped: true,
  },
]

/** The order of the summary table. */
const ORDER = ['typecheck', 'lint', 'knip', 'unit', 'check:data', 'build', 'size', 'e2e']

/**
 * Reads a vitest JSON report; null if it is missing or unreadable.
 * @param {string} file
 * @returns {{ passed: number, failed: number } | null}
 */
function readReport(file) {
  try {
    /** @type {unknown} */
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'))
    const report = /** @type {{ numPassedTests?: unknown, numFailedTests?: unknown }} */ (raw)
    return { passed: Number(report.numPassedTests) || 0, failed: Number(report.numFailedTests) || 0 }
  } catch {
    return null
  }
}

/**
 * Runs one step: its output streamed, or kept and printed whole when it ends (`buffered`).
 * @param {Step} step
 * @param {boolean} buffered
 * @returns {Promise<Result>}
 */
async function run(step, buffered) {
  const why = step.skip?.()
  if (why) {
    console.log(`\n=== ${step.name}: skipped (${why}) ===`)
    const failed = step.failWhenSkipped ? 1 : 0
    return { name: step.name, status: failed ? 'FAIL' : 'SKIP', ms: 0, passed: 0, failed, note: `skipped: ${why}` }
  }
  const title = `=== ${step.name}: ${step.cmd} ${step.args.join(' ')} ===`
  if (!buffered) console.log(`\n${title}`)
  // A stale report from an earlier run must not be counted.
  if (step.report) fs.rmSync(step.report, { force: true })
  const start = Date.now()
  /** @type {Buffer[]} */
  const output = []
  const child = spawn(step.cmd, step.args, { stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit' })
  child.stdout?.on('data', (chunk) => output.push(chunk))
  child.stderr?.on('data', (chunk) => output.push(chunk))
  /** @type {{ status: number | null, signal: NodeJS.Signals | null, error?: Error }} */
  const exit = await new Promise((resolve) => {
    child.on('error', (error) => resolve({ status: null, signal: null, error }))
    child.on('close', (status, signal) => resolve({ status, signal }))
  })
  const ms = Date.now() - start
  if (buffered) {
    console.log(`\n${title} (${(ms / 1000).toFixed(1)} s)`)
    process.stdout.write(Buffer.concat(output))
  }
  // Ctrl+C reaches the child too: stop everything rather than run the next step.
  if (exit.signal === 'SIGINT') process.exit(130)
  const exitOk = exit.status === 0
  let note = exit.error ? exit.error.message : exitOk ? '' : `exit ${String(exit.status ?? exit.signal)}`

  let passed = exitOk ? 1 : 0
  let failed = exitOk ? 0 : 1
  const counts = step.report ? readReport(step.report) : null
  if (counts) {
    passed = counts.passed
    failed = counts.failed
    // Vitest can fail without a failing test (a file that does not import,
    // an unhandled error, no test files): count that as one failed check.
    if (!exitOk && failed === 0) failed = 1
    note ||= `${counts.passed + counts.failed} tests`
  } else if (step.report) {
    note ||= 'no JSON report'
  }
  return { name: step.name, status: exitOk && failed === 0 ? 'PASS' : 'FAIL', ms, passed, failed, note }
}

const started = Date.now()
const queue = [...independent]
const lanes = Math.max(1, Math.min(os.availableParallelism(), queue.length))
await Promise.all(
  Array.from({ length: lanes }, async () => {
    for (let step = queue.shift(); step; step = queue.shift()) results.push(await run(step, true))
  }),
)
for (const step of afterBuild) results.push(await run(step, false))
results.sort((a, b) => ORDER.indexOf(a.name) - ORDER.indexOf(b.name))

const pad = (/** @type {string} */ s, /** @type {number} */ n) => s.padEnd(n)
console.log('\n' + pad('step', 12) + pad('result', 8) + pad('time', 9) + pad('passed', 8) + pad('failed', 8) + 'note')
for (const r of results) {
  const time = r.status === 'SKIP' || r.ms === 0 ? '-' : `${(r.ms / 1000).toFixed(1)}s`
  console.log(
    pad(r.name, 12) + pad(r.status, 8) + pad(time, 9) + pad(String(r.passed), 8) + pad(String(r.failed), 8) + r.note,
  )
}

console.log(`wall time ${((Date.now() - started) / 1000).toFixed(0)} s`)
const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
