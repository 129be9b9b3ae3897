/**
 * The portable build's own Vite plugin, after vite-plugin-singlefile has inlined the bundle and the
 * stylesheet into index.html: writes the one page (src/portable/page.ts) with what singlefile leaves
 * beside it inlined too (the old-browser check, the icon), the data files as JSON blocks, exceljs as a
 * lazy block (run only when a workbook is opened), and a Content-Security-Policy that allows exactly
 * these inline scripts and this style by their sha256 hashes: no 'unsafe-inline', no eval.
 * (The early data read, public/read-data-early.js, has nothing to do here: the data is in the page.)
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { escapeForScript, lazyBlockText, newestEditionName, portableFileName, portablePage, townOfMeta, type PortableParts } from '../../src/portable/page'
import { DATA_FILE_NAMES, isOptionalFile } from '../../src/data/schema'
import { splitFolder } from '../../src/data/split'
import { readFolder } from '../data-folder'
import { READ_WORKER_BLOCK } from '../../src/platform/marks'
import { checkAll, formatIssue } from '../../src/data/validate'

const EXCELJS = 'exceljs/dist/exceljs.bare.min.js'
/** pptxgenjs's browser bundle, imported by path (the package's exports do not expose dist/). */
const PPTXGEN = 'node_modules/pptxgenjs/dist/pptxgen.bundle.js'
const SCRIPT_URL_STUB = '\0yongan-portable-script-url'

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * The policy of the portable page: nothing but its own inline code, by hash; images as data:/blob:
 * (exports); the workbook-reading worker as a blob: made by the page of its own lazy blocks.
 */
function portablePolicy(scripts: string[], styles: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${styles.map(sha256).join(' ')}`,
    'img-src data: blob:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ')
}

/**
 * The data files of `folder` as the page holds them, in the split form (src/data/split.ts: one block per
 * file, values.json the index and values/<year>.json; a folder of either form is read); refuses data that
 * `npm run check:data` refuses.
 */
export function portableData(folder: string): Record<string, string> {
  const { texts } = readFolder(folder)
  for (const name of DATA_FILE_NAMES) {
    const text = texts[name]
    if (typeof text !== 'string' && !(isOptionalFile(name) && text.missing)) throw new Error(`离线版：数据文件无法读取：${text.error}`)
  }
  const { issues } = checkAll(texts)
  const problems = DATA_FILE_NAMES.flatMap((name) => issues[name])
  if (problems.length) throw new Error(`离线版：数据有误，未生成文件（共 ${problems.length} 处）：\n${problems.map(formatIssue).join('\n')}`)
  // An optional file the folder leaves out has no block: the page reads it as absent.
  const present = Object.fromEntries(DATA_FILE_NAMES.flatMap((name) => (typeof texts[name] === 'string' ? [[name, texts[name]]] : [])))
  return Object.fromEntries(Object.entries(splitFolder(present)).map(([name, text]) => [name, escapeForScript(text)]))
}

function only(html: string, pattern: RegExp, what: string): string {
  const found = [...html.matchAll(pattern)]
  if (found.length !== 1) throw new Error(`portable build: expected one ${what} in the inlined page, found ${found.length}`)
  return found[0][1]
}

export interface PortablePluginOptions {
  root: string
  dataFolder: string
  /** The address phones open (`--public-url`); without it the page shows no QR code and no 复制链接. */
  publicUrl?: string
}

/** `--public-url` as the page holds it: '' when not given; an http(s) address, else an error saying so. */
export function checkedPublicUrl(value: string | undefined): string {
  const text = value?.trim() ?? ''
  if (!text) return ''
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (!url || !/^https?:$/.test(url.protocol) || /[\s"<>]/.test(text))
    throw new Error(`离线版：--public-url 应为手机能打开的 http:// 或 https:// 地址（如 http://10.1.2.3/dashboard/），实际为“${text}”`)
  return text
}

/**
 * exceljs and pptxgenjs are plain scripts the served build fetches by URL: here their text travels in
 * lazy blocks instead, and their URL imports resolve to an empty string.
 */
function noScriptUrls(): Plugin {
  return {
    name: 'yongan-portable-no-script-urls',
    enforce: 'pre',
    resolveId: (source) => (source === `${EXCELJS}?url` || source.endsWith(`${PPTXGEN}?url`) ? SCRIPT_URL_STUB : null),
    load: (id) => (id === SCRIPT_URL_STUB ? 'export default ""' : null),
  }
}

export function portablePagePlugin(options: PortablePluginOptions): Plugin[] {
  const require = createRequire(join(options.root, 'package.json'))
  return [
    noScriptUrls(),
    {
      name: 'yongan-portable-page',
      apply: 'build',
      enforce: 'post',
      // The classic scripts beside the page (old-browser check, early data read) are not for the bundler:
      // the check is inlined below, the early read has nothing to read.
      transformIndexHtml: {
        order: 'pre',
        handler: (html) => html.replace(/\s*<script src="\/(legacy-check|read-data-early)\.js"><\/script>/g, ''),
      },
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const html = bundle['index.html']
          if (!html || html.type !== 'asset') return this.error('portable build: no index.html in the bundle')
          const page = String(html.source)
          const app = only(page, /<script type="module"[^>]*>([\s\S]*?)<\/script>/g, 'module script')
          // (Looked for outside the app's code, which may hold the text "<style".)
          const style = only(page.replace(app, ''), /<style[^>]*>([\s\S]*?)<\/style>/g, 'stylesheet')
          // On file:// nothing beside the page can load: no asset may hide in the code as a data: URL either.
          if (/data:(text|application)\/javascript/.test(app)) return this.error('portable build: a script was inlined as a data: URL')
          // The workbook-reading worker, built as a file of its own: it travels as a lazy block instead.
          const workers = Object.keys(bundle).filter((name) => /(^|\/)readWorker-[\w-]+\.js$/.test(name))
          if (workers.length !== 1) return this.error(`portable build: expected one workbook-reading worker, found ${workers.length}`)
          const worker = bundle[workers[0]]
          const workerCode = worker.type === 'asset' ? String(worker.source) : worker.code
          delete bundle[workers[0]]
          const left = Object.keys(bundle).filter((name) => name !== 'index.html')
          if (left.length) return this.error(`portable build: files not inlined: ${left.join(', ')}`)
          const legacyCheck = readFileSync(join(options.root, 'public', 'legacy-check.js'), 'utf8')
            .replace(/\r\n?/g, '\n')
            .trim()
          const excel = readFileSync(require.resolve(EXCELJS), 'utf8')
          const pptxgen = readFileSync(join(options.root, PPTXGEN), 'utf8')
          const data = portableData(options.dataFolder)
          const parts: PortableParts = {
            csp: portablePolicy([legacyCheck, app, excel, pptxgen], [style]),
            favicon: `data:image/svg+xml;base64,${readFileSync(join(options.root, 'public', 'favicon.svg')).toString('base64')}`,
            legacyCheck,
            style,
            app,
            data,
            lazy: { exceljs: lazyBlockText(excel), pptxgen: lazyBlockText(pptxgen), [READ_WORKER_BLOCK]: lazyBlockText(workerCode) },
            publicUrl: checkedPublicUrl(options.publicUrl),
          }
          delete bundle['index.html']
          this.emitFile({
            type: 'asset',
            fileName: portableFileName(newestEditionName(data['editions.json']), townOfMeta(data['meta.json'])),
            source: portablePage(parts),
          })
        },
      },
    },
  ]
}
