/**
 * The portable file as a clerk has it: copied alone into an empty folder whose path holds a space and
 * Chinese characters, opened through file://; and what it asked for while open.
 */
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BrowserContext } from 'playwright-core'
import { DASHBOARD_NAME } from '../../src/platform/marks'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** The fixture the tests' portable file carries, and where the browser tests' global setup builds it. */
export const PORTABLE_FIXTURE = path.join(ROOT, 'tests/fixtures/small')
export const PORTABLE_TEST_DIR = path.join(ROOT, 'test-output/portable')
const PORTABLE_DIR = process.env.PORTABLE_DIR ? path.resolve(ROOT, process.env.PORTABLE_DIR) : PORTABLE_TEST_DIR

const folders: string[] = []

/** Path of the built portable page. */
export async function builtPortablePage(): Promise<string> {
  const found = (await fs.readdir(PORTABLE_DIR)).filter((name) => name.includes(`${DASHBOARD_NAME}-`) && name.endsWith('.html'))
  if (found.length !== 1) throw new Error(`expected one portable page in ${PORTABLE_DIR} (built by tests/support/portableFixtureBuild.ts), found ${found.length}`)
  return path.join(PORTABLE_DIR, found[0])
}

/** A new empty folder like "…/会议室 U盘 & 备份-xxxx/" (space, Chinese, &). */
export async function meetingRoomFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), '会议室 U盘 & 备份-'))
  folders.push(dir)
  return dir
}

/** Copies `file` (default: the built page) alone into a new meeting-room folder; returns its path. */
export async function portableCopy(file?: string): Promise<string> {
  const source = file ?? (await builtPortablePage())
  const target = path.join(await meetingRoomFolder(), path.basename(source))
  await fs.copyFile(source, target)
  return target
}

export const fileUrl = (file: string): string => pathToFileURL(file).href

export async function removePortableCopies(): Promise<void> {
  await Promise.all(folders.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })))
}

/** Every request the context makes, except in-memory blob: and data: URLs (exports, the icon). */
export function recordRequests(context: BrowserContext): string[] {
  const seen: string[] = []
  context.on('request', (request) => {
    const url = request.url()
    if (!/^(blob|data):/.test(url)) seen.push(url)
  })
  return seen
}

/** The page with its data blocks' contents blanked: what must not change from one generation to the next. */
export function withoutData(html: string): string {
  return html.replace(/(<script type="application\/json" id="yongan-data:[^"]+">)[\s\S]*?(<\/script>)/g, '$1$2')
}
