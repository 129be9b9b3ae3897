// @ts-check
/**
 * `npm test`: runs every check in order, streaming its output, then prints a
 * summary table and, as the very last line, `N passed, N failed`.
 *
 * Vitest steps count their tests (from the JSON reports); every other step
 * counts as one check. All steps run even after a failure, so one run shows
 * everything that is broken; only e2e is skipped (and counted failed) when
 * the build failed, since it would test a stale or missing dist/.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
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

/** @type {Step[]} */
const steps = [
  { name: 'typecheck', cmd: 'npm', args: ['run', 'typecheck'] },
  { name: 'lint', cmd: 'npm', args: ['run', 'lint'] },
  { name: 'knip', cmd: 'npm', args: ['run', 'knip'] },
  // With coverage: prints the summary and fails below the floors set in vitest.config.ts.
  { name: 'unit', cmd: 'npm', args: ['run', 'test:unit', '--', '--coverage'], report: 'test-output/unit-results.json' },
  { name: 'check:data', cmd: 'npm', args: ['run', 'check:data'] },
  { name: 'build', cmd: 'npm', args: ['run', 'build'] },
  {
    name: 'size',
    cmd: 'node',
    args: ['scripts/check-size.mjs'],
    skip: () => (fs.existsSync('scripts/check-size.mjs') ? null : 'no scripts/check-size.mjs'),
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

for (const step of steps) {
  const why = step.skip?.()
  if (why) {
    console.log(`\n=== ${step.name}: skipped (${why}) ===`)
    const failed = step.failWhenSkipped ? 1 : 0
    results.push({
      name: step.name,
      status: failed ? 'FAIL' : 'SKIP',
      ms: 0,
      passed: 0,
      failed,
      note: `skipped: ${why}`,
    })
    continue
  }

  console.log(`\n=== ${step.name}: ${step.cmd} ${step.args.join(' ')} ===`)
  // A stale report from an earlier run must not be counted.
  if (step.report) fs.rmSync(step.report, { force: true })
  const start = Date.now()
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit' })
  const ms = Date.now() - start
  // Ctrl+C reaches the child too: stop everything rather than run the next step.
  if (run.signal === 'SIGINT') process.exit(130)
  const exitOk = run.status === 0
  let note = run.error ? run.error.message : exitOk ? '' : `exit ${String(run.status ?? run.signal)}`

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
  results.push({ name: step.name, status: exitOk && failed === 0 ? 'PASS' : 'FAIL', ms, passed, failed, note })
}

const pad = (/** @type {string} */ s, /** @type {number} */ n) => s.padEnd(n)
console.log('\n' + pad('step', 12) + pad('result', 8) + pad('time', 9) + pad('passed', 8) + pad('failed', 8) + 'note')
for (const r of results) {
  const time = r.status === 'SKIP' || r.ms === 0 ? '-' : `${(r.ms / 1000).toFixed(1)}s`
  console.log(
    pad(r.name, 12) + pad(r.status, 8) + pad(time, 9) + pad(String(r.passed), 8) + pad(String(r.failed), 8) + r.note,
  )
}

const passed = results.reduce((n, r) => n + r.passed, 0)
const failed = results.reduce((n, r) => n + r.failed, 0)
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0
