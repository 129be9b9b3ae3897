// @ts-check
/**
 * The portable file (npm run build:portable) in `npm run bench`: its size against its own 3 MB ceiling,
 * and its time to the overview's charts opened from file:// against the served build's, both at 4x CPU
 * slow-down, loads alternated so drift hits both alike (target: within 1.5x).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const PORTABLE_CEILING_BYTES = 3 * 1024 * 1024
const PORTABLE_TARGET_RATIO = 1.5
const THROTTLE = 4

/** Builds the portable file into dist-portable/ (scripts/build-portable.ts) and returns its path. @param {string} root */
export async function buildPortable(root) {
  const run = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'build-portable.ts')], { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) throw new Error(`build:portable failed (exit ${String(run.status)})`)
  return portableFile(path.join(root, 'dist-portable'))
}

/** The one portable page in `dir`. @param {string} dir */
export async function portableFile(dir) {
  const pages = (await fs.readdir(dir)).filter((name) => name.endsWith('.html'))
  if (pages.length !== 1) throw new Error(`expected one .html in ${dir}, found ${pages.length}`)
  return path.join(dir, pages[0])
}

/**
 * @typedef {(context: any, url: string, charts: number, throttle: number) => Promise<{ drawn: number }>} LoadOnce
 * @param {{ context: any, loadOnce: LoadOnce, spread: (v: number[]) => any, servedUrl: string, file: string, charts: number, runs: number }} o
 */
export async function measurePortable({ context, loadOnce, spread, servedUrl, file, charts, runs }) {
  const bytes = (await fs.stat(file)).size
  const fileUrl = pathToFileURL(file).href
  /** @type {{ served: number[], portable: number[] }} */
  const drawn = { served: [], portable: [] }
  // One unmeasured load of each first, as the other load measurements do.
  await loadOnce(context, servedUrl, charts, THROTTLE)
  await loadOnce(context, fileUrl, charts, THROTTLE)
  for (let i = 0; i < runs; i++) {
    drawn.served.push((await loadOnce(context, servedUrl, charts, THROTTLE)).drawn)
    drawn.portable.push((await loadOnce(context, fileUrl, charts, THROTTLE)).drawn)
  }
  const served = spread(drawn.served)
  const portable = spread(drawn.portable)
  const ratio = served && portable ? Math.round((portable.median / served.median) * 100) / 100 : null
  return {
    file: path.basename(file),
    bytes,
    ceilingBytes: PORTABLE_CEILING_BYTES,
    cpuThrottle: THROTTLE,
    served,
    portable,
    ratio,
    target: PORTABLE_TARGET_RATIO,
  }
}

/**
 * The rows of the results table for the portable file.
 * @param {any} p @param {(s: any) => string} ms @param {(n: number) => string} bytes
 * @returns {string[][]}
 */
export function portableRows(p, ms, bytes) {
  if (!p) return []
  if (p.skipped) return [['Portable file', `skipped: ${p.skipped}`, '', '']]
  const ok = (/** @type {boolean} */ b) => (b ? 'yes' : 'NO')
  return [
    ['Portable file size', bytes(p.bytes), `≤ ${bytes(p.ceilingBytes)}`, ok(p.bytes <= p.ceilingBytes)],
    [`Overview charts drawn, CPU ${p.cpuThrottle}x slower: served build`, ms(p.served), '', ''],
    [`Overview charts drawn, CPU ${p.cpuThrottle}x slower: portable file (file://)`, ms(p.portable), '', ''],
    [
      `Portable / served, CPU ${p.cpuThrottle}x slower`,
      p.ratio === null ? '—' : `${p.ratio}x`,
      `≤ ${p.target}x`,
      p.ratio === null ? '' : ok(p.ratio <= p.target),
    ],
  ]
}
