/**
 * `npm run build:portable [-- --data <folder>] [--public-url <address>] [--out <folder>]`: the whole dashboard in one HTML
 * file for a USB stick, dist-portable/永安镇经济运行看板-<newest edition>.html, with the meeting-room launchers beside it; a copy
 * goes to dist/离线版/ when dist/ exists (the served build's page points there from file://). Prints the
 * file's path. Fails on any build warning, on data that check:data refuses, and above the size ceiling.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build, createLogger } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { DASHBOARD_NAME } from '../src/platform/marks'
import { launcherFiles } from './portable/launchers'
import { checkedPublicUrl, portableData, portablePagePlugin } from './portable/plugin'
import { CommandError, failureText } from './cli'
import { recoverFolder } from './data-journal.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const PORTABLE_OUT = join(ROOT, 'dist-portable')
/** The portable file's own ceiling (the served build keeps its first-load budget, scripts/check-size.mjs). */
export const PORTABLE_MAX_BYTES = 3 * 1024 * 1024
const OFFLINE_COPY = join(ROOT, 'dist', '离线版')

/** Stops with `error`'s message (no stack) and exit code 1. */
function fail(error: unknown): never {
  console.error(error instanceof CommandError || !(error instanceof Error) || (error as { code?: string }).code ? failureText(error) : error.message.split('\n').filter((line) => !/^\s+at /.test(line)).join('\n'))
  process.exit(1)
}

let values: { data?: string; 'public-url'?: string; out?: string }
try {
  values = parseArgs({ options: { data: { type: 'string' }, 'public-url': { type: 'string' }, out: { type: 'string' } } }).values
} catch (error) {
  fail(new CommandError(`离线版：无法识别的参数（${error instanceof Error ? error.message : String(error)}）\n用法：npm run build:portable -- [--data <数据目录>] [--public-url <手机能打开的地址>] [--out <输出目录>]`))
}
const dataFolder = resolve(values.data ?? join(ROOT, 'data'))
// Another folder (the browser tests build the file of their fixture there): the served build's 离线版 copy stays as it is.
const outFolder = values.out === undefined ? PORTABLE_OUT : resolve(values.out)
let publicUrl: string
try {
  publicUrl = checkedPublicUrl(values['public-url'])
  // The data checked before the bundler starts: a problem is named here, not inside a build error.
  recoverFolder(dataFolder)
  portableData(dataFolder)
} catch (error) {
  fail(error)
}

const warnings: string[] = []
const logger = createLogger('warn')
const warn = logger.warn.bind(logger)
logger.warn = (message, options) => {
  warnings.push(message)
  warn(message, options)
}

try {
  await build({
    root: ROOT,
    mode: 'portable',
    publicDir: false,
    customLogger: logger,
    plugins: [viteSingleFile(), portablePagePlugin({ root: ROOT, dataFolder, publicUrl })],
    build: {
      outDir: outFolder,
      emptyOutDir: true,
      // One file on purpose; its size is checked against its own ceiling below.
      chunkSizeWarningLimit: 100_000_000,
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  })
} catch (error) {
  fail(error)
}
if (warnings.length) {
  console.error(`离线版构建有 ${warnings.length} 条警告（见上），视为失败。`)
  process.exit(1)
}

const pages = readdirSync(outFolder).filter((name) => name.includes(`${DASHBOARD_NAME}-`) && name.endsWith('.html'))
if (pages.length !== 1) {
  console.error(`离线版：应生成 1 个网页文件，实际 ${pages.length} 个`)
  process.exit(1)
}
const page = join(outFolder, pages[0])
const bytes = statSync(page).size
if (bytes > PORTABLE_MAX_BYTES) {
  console.error(`离线版：文件 ${(bytes / 1024 / 1024).toFixed(2)} MB，超过上限 3 MB`)
  process.exit(1)
}
for (const [name, content] of Object.entries(launcherFiles())) writeFileSync(join(outFolder, name), content)

if (values.out === undefined && existsSync(join(ROOT, 'dist', 'index.html'))) {
  rmSync(OFFLINE_COPY, { recursive: true, force: true })
  mkdirSync(OFFLINE_COPY, { recursive: true })
  for (const name of readdirSync(outFolder)) copyFileSync(join(outFolder, name), join(OFFLINE_COPY, name))
}

console.log(`离线版：${relative(process.cwd(), page)}（${(bytes / 1024 / 1024).toFixed(2)} MB）`)
