/** The command-line scripts run as a clerk runs them (tsx scripts/<name>.ts), with their exit code and output. */
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

/** The project folder: scripts run from it, as `npm run` runs them. */
export const ROOT = join(__dirname, '../..')

/** Runs scripts/<script>.ts with `args`; the exit code and everything printed (stdout, then stderr). */
export function runScript(script: string, args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' })
    return { code: 0, out }
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string }
    return { code: failed.status, out: failed.stdout + failed.stderr }
  }
}
