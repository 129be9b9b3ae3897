// @ts-check
/**
 * Size budget of the overview's first load, checked by `npm test` after the build (bytes are
 * deterministic, timings are not: only bytes fail the build).
 *
 * First-load JS = every script index.html starts (the entry module and any classic script), its
 * modulepreload links, and every module those import statically (followed through the files, in case a
 * preload link is missing): what the browser must fetch before the overview can render. Lazy chunks
 * (import()) are not counted. `npm run bench` cross-checks this by summing the JS responses of a real load.
 *
 * Budget: first-load JS at most BUDGET_JS_GZIP bytes gzip (decimal kilobytes; gzip level 9, as zlib does it).
 * The budget is written here only: docs, the bench table and the tests read it from this constant.
 * Honours DIST_DIR (default dist). Exit 1 when over budget or when the build is missing.
 */
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { pathToFileURL } from 'node:url'

// 1.2x a one-chart Vue + ECharts page of 196 KB (issue 28): code the overview's first view does not run
// (screen mode, settings, print, the workbook, the maintenance page, the tooltip's text, the panel kinds
// the overview does not draw: src/panels/registry.ts) loads when used.
export const BUDGET_JS_GZIP = 235_000

/**
 * @typedef {object} FileSize
 * @property {string} file path relative to the dist folder
 * @property {number} raw
 * @property {number} gzip
 */

/**
 * @typedef {object} SizeGroup
 * @property {FileSize[]} files
 * @property {number} raw
 * @property {number} gzip
 */

/** @param {Buffer} body */
const gzipSize = (body) => zlib.gzipSync(body, { level: 9 }).length

/**
 * Local URLs (src/href) of the tags in `html` that match `tagPattern`.
 * @param {string} html
 * @param {RegExp} tagPattern global regex matching whole opening tags
 * @param {'src' | 'href'} attr
 */
function tagUrls(html, tagPattern, attr) {
  const attrPattern = new RegExp(`\\s${attr}\\s*=\\s*["']([^"']+)["']`, 'i')
  /** @type {string[]} */
  const urls = []
  for (const m of html.matchAll(tagPattern)) {
    const url = attrPattern.exec(m[0])?.[1]
    if (url !== undefined && !/^[a-z]+:|^\/\//i.test(url)) urls.push(url)
  }
  return urls
}

/**
 * Specifiers of the static imports of a built ES module (`import"./a.js"`, `from"./a.js"`); dynamic
 * `import("./b.js")` is lazy and not matched. Minified output has no spaces, source output may have.
 * @param {string} code
 */
function staticImports(code) {
  return [...code.matchAll(/(?:\bimport|\bfrom)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((m) => m[1])
}

/**
 * @param {string} dist absolute dist folder
 * @param {string[]} relFiles
 * @returns {SizeGroup}
 */
function sizeGroup(dist, relFiles) {
  const files = relFiles.map((file) => {
    const body = fs.readFileSync(path.join(dist, file))
    return { file, raw: body.length, gzip: gzipSize(body) }
  })
  return {
    files,
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
  }
}

/**
 * The first load's JS and CSS of the built app in `dist`.
 * @param {string} dist
 * @returns {{ js: SizeGroup, css: SizeGroup }}
 */
export function measureFirstLoad(dist) {
  const root = path.resolve(dist)
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8')
  /** @param {string} url relative to `from` (a file path relative to root) */
  const resolve = (url, from = 'index.html') =>
    path.posix.normalize(path.posix.join(path.posix.dirname(from), url.split(/[?#]/)[0]))

  const js = new Set()
  const queue = [
    ...tagUrls(html, /<script\b[^>]*>/gi, 'src'),
    ...tagUrls(html, /<link\b[^>]*\brel\s*=\s*["']?modulepreload\b[^>]*>/gi, 'href'),
  ].map((url) => resolve(url))
  while (queue.length > 0) {
    const file = /** @type {string} */ (queue.shift())
    if (js.has(file)) continue
    js.add(file)
    const code = fs.readFileSync(path.join(root, file), 'utf8')
    for (const spec of staticImports(code)) queue.push(resolve(spec, file))
  }
  const css = tagUrls(html, /<link\b[^>]*\brel\s*=\s*["']?stylesheet\b[^>]*>/gi, 'href').map((url) => resolve(url))
  return { js: sizeGroup(root, [...js]), css: sizeGroup(root, css) }
}

const fmt = (/** @type {number} */ n) => n.toLocaleString('en-US')

function main() {
  const dist = process.env.DIST_DIR || 'dist'
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    console.error(`size: ${path.join(dist, 'index.html')} 不存在 / missing: run npm run build first`)
    process.exit(1)
  }
  const { js, css } = measureFirstLoad(dist)
  if (process.argv.includes('--verbose')) {
    for (const f of [...js.files, ...css.files]) console.log(`  ${f.file}  ${fmt(f.raw)} B raw, ${fmt(f.gzip)} B gzip`)
  }
  const over = js.gzip > BUDGET_JS_GZIP
  console.log(
    `size ${over ? 'FAIL' : 'PASS'}: 首屏 JS / first-load JS ${fmt(js.gzip)} B gzip (${fmt(js.raw)} B raw, ` +
      `${js.files.length} files), budget ${fmt(BUDGET_JS_GZIP)} B gzip (1 KB = 1000 B); ` +
      `CSS ${fmt(css.gzip)} B gzip (${fmt(css.raw)} B raw); ${dist}`,
  )
  if (over) process.exit(1)
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main()
