/**
 * Global setup of the browser tests: the portable file of the small fixture, built once per run into
 * test-output/portable (tests/support/portableCopy.ts reads it). The tests' pages and panels are the
 * fixture's (tests/support/installDashboard.ts), so the file they open must carry the fixture's data, not
 * the bundled data/, which a clerk may change without breaking the build.
 */
import { runScript } from './scripts'
import { PORTABLE_FIXTURE, PORTABLE_TEST_DIR } from './portableCopy'

export default function buildFixturePortable(): void {
  const { code, out } = runScript('build-portable', ['--data', PORTABLE_FIXTURE, '--out', PORTABLE_TEST_DIR])
  if (code !== 0) throw new Error(`the fixture's portable file did not build:\n${out}`)
}
